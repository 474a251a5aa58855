"""The handout's paragraphs: broken into lines once per width, and "Label: text" without markup.

Both exist for speed (see docs/performance.md, "Rendering"); these tests pin
down that they print exactly what a plain reportlab paragraph with inline
``<b>`` markup printed.
"""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph

from sharedvisit.handout import blocks, markup, render_handout
from sharedvisit.handout.fonts import register_fonts
from sharedvisit.handout.typography import LARGE_PRINT, REGULAR_PRINT, Styles
from sharedvisit.visit import Concern, Person

from .pdftools import body_text, reader
from .visits import make_visit

WIDTH = 468.0  # Letter less two 1-inch margins
TEXT = "Worse on stairs and after sitting a long time. No swelling or locking, and no fever."


@pytest.fixture
def styles() -> Styles:
    register_fonts()
    return Styles(REGULAR_PRINT)


def count_line_breaking(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    original = Paragraph.breakLines

    def counted(self: Paragraph, width: Any) -> Any:
        calls[0] += 1
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    return calls


def lines(paragraph: Paragraph) -> list[str]:
    """The words of each line, as reportlab broke them."""
    kind = paragraph.blPara.kind
    words = [
        line[1] if kind == 0 else [w.text for w in line.words] for line in paragraph.blPara.lines
    ]
    return [" ".join(" ".join(line).split()) for line in words]


def test_lines_are_broken_once_per_width(monkeypatch: pytest.MonkeyPatch, styles: Styles) -> None:
    calls = count_line_breaking(monkeypatch)
    paragraph = blocks.paragraph(markup.plain(TEXT * 3), styles.body)
    first = paragraph.wrap(WIDTH, 1e9)
    assert paragraph.wrap(WIDTH, 50) == first  # the height offered changes nothing
    assert calls[0] == 1
    narrower = paragraph.wrap(WIDTH / 2, 1e9)
    assert calls[0] == 2
    assert narrower[1] > first[1]
    fresh = Paragraph(markup.plain(TEXT * 3), styles.body)
    assert fresh.wrap(WIDTH / 2, 1e9) == narrower


def test_a_paragraph_moved_to_the_next_page_keeps_its_lines(styles: Styles) -> None:
    paragraph = blocks.paragraph(markup.plain(TEXT * 3), styles.body)
    paragraph.wrap(WIDTH, 1e9)
    assert paragraph.split(WIDTH, styles.body.leading) == []  # no room for two lines
    assert paragraph.wrap(WIDTH, 1e9)[1] > 0
    fresh = Paragraph(markup.plain(TEXT * 3), styles.body)
    fresh.wrap(WIDTH, 1e9)
    assert lines(paragraph) == lines(fresh)


def test_the_parts_of_a_split_paragraph_break_their_own_lines(styles: Styles) -> None:
    paragraph = blocks.paragraph(markup.plain(TEXT * 6), styles.body)
    paragraph.wrap(WIDTH, 1e9)
    first, rest = paragraph.split(WIDTH, styles.body.leading * 3)
    assert first.wrap(WIDTH, 1e9)[1] == styles.body.leading * 3
    assert rest.wrap(WIDTH, 1e9)[1] == paragraph.height - styles.body.leading * 3


@pytest.mark.parametrize("width", [WIDTH, 350.0, 250.0])
def test_a_label_breaks_lines_where_inline_bold_did(styles: Styles, width: float) -> None:
    labelled = blocks.labelled("What we said:", TEXT * 2, styles.detail, styles, width)
    inline = Paragraph(markup.join(markup.bold("What we said:"), TEXT * 2), styles.detail)
    assert isinstance(labelled, blocks.Labelled)
    assert len(labelled.frags) == 1  # one font: reportlab's fast line breaking
    labelled.wrap(width, 1e9)
    inline.wrap(width, 1e9)
    assert ["What we said: " + lines(labelled)[0], *lines(labelled)[1:]] == lines(inline)


def test_a_label_too_wide_for_its_text_stays_inline() -> None:
    """Beside a long label a word could be cut in two; inline it starts the next line."""
    register_fonts()
    styles = Styles(LARGE_PRINT)
    label = "En sus palabras / In your words:"
    paragraph = blocks.labelled(label, "Una cucharada de miel", styles.step_detail, styles, WIDTH)
    assert not isinstance(paragraph, blocks.Labelled)
    assert "<b>" in paragraph.text


def test_a_label_before_no_text_stays_inline(styles: Styles) -> None:
    for text in ("", "   ", "\x00"):
        paragraph = blocks.labelled("Who:", text, styles.detail, styles, WIDTH)
        assert not isinstance(paragraph, blocks.Labelled)


def test_the_first_part_of_a_split_keeps_the_label(styles: Styles) -> None:
    paragraph = blocks.labelled("You said:", TEXT * 6, styles.entry, styles, WIDTH)
    paragraph.wrap(WIDTH, 1e9)
    first, rest = paragraph.split(WIDTH, styles.entry.leading * 3)
    assert first.label == "You said:"
    assert first.style.firstLineIndent > 0
    assert rest.label == ""
    assert rest.style.firstLineIndent == 0


def bold_runs(pdf: bytes) -> list[str]:
    """The text shown in the bold face, run by run, page by page."""
    runs: list[str] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip() and font is not None and "Bold" in str(font.get("/BaseFont", "")):
            runs.append(text.strip())

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return runs


def test_labels_print_in_bold_first_and_literally() -> None:
    visit = make_visit(
        clinician="Dr. <b>Lee</b> & Co",
        concerns=[
            Concern(text="I worry <i>a lot</i>", raised_by=Person.CLINICIAN, response="We will")
        ],
    )
    pdf = render_handout(visit)
    assert "Dr. <b>Lee</b> & Co said: I worry <i>a lot</i> What we will do: We will" in body_text(
        pdf
    )
    runs = bold_runs(pdf)
    assert "Dr. <b>Lee</b> & Co said:" in runs
    assert "What we will do:" in runs
    assert not any("worry" in run for run in runs)
