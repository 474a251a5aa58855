"""A decision in the printed handout, read back from the PDF as a reader would see it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sharedvisit.clinic import load_clinic
from sharedvisit.handout import build_handout, render_handout
from sharedvisit.handout.layout import render_pdf
from sharedvisit.handout.typography import LARGE_PRINT
from sharedvisit.visit import Visit
from sharedvisit.visitfile import load_visit

from .pdftools import all_text, body_text, font_sizes, page_texts, reader, squash
from .visits import make_decision, make_visit

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
_FOOTER = re.compile(r"Page \d+ of \d+")


@pytest.fixture(scope="module")
def decision_visit() -> Visit:
    return load_visit(EXAMPLES / "blood-thinner.json")


@pytest.fixture(scope="module")
def decision_pdf(decision_visit: Visit) -> bytes:
    return render_handout(decision_visit)


def expected_sentences(visit: Visit) -> list[str]:
    """Every "N out of M people" sentence the visit's numbers must print."""
    sentences = []
    for decision in visit.decisions:
        for option in decision.options:
            for o in option.outcomes:
                label = o.label.rstrip(".")
                sentences += [
                    f"{o.chance:,} out of {o.out_of:,} people: {label}.",
                    f"{o.out_of - o.chance:,} out of {o.out_of:,} people: it does not happen.",
                ]
    return sentences


def last_body_lines(pdf: bytes) -> list[str]:
    """The last line of text above the footer, page by page."""
    lasts = []
    for page in reader(pdf).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        footer = max(i for i, line in enumerate(lines) if _FOOTER.fullmatch(line))
        lasts.append(lines[footer - 1] if footer else "")
    return lasts


def test_every_option_number_and_certainty_is_printed(
    decision_visit: Visit, decision_pdf: bytes
) -> None:
    text = body_text(decision_pdf)
    decision = decision_visit.decisions[0]
    assert decision.question in text
    for option in decision.options:
        assert option.name in text
        assert squash(option.description) in text
        for sentence in option.benefits + option.harms:
            assert sentence in text
    for sentence in expected_sentences(decision_visit):
        assert sentence in text
    assert "We are fairly sure about this number." in text
    assert "We are not very sure about this number." in text
    assert "1 out of 100 people: a stroke in the next year." in text
    assert "3 out of 1,000 people: bleeding in the brain in the next year." in text


def test_what_matters_where_we_are_and_help_are_printed(decision_pdf: bytes) -> None:
    text = body_text(decision_pdf)
    for words in [
        "What matters most to you",
        "●●●●● Not having a stroke like my father did Matters very much",
        "●●○○○ Not having to take more pills Matters a little",
        "Where we are now",
        "We lean towards: Blood thinner pill",
        "How you want to decide: You want us to choose together.",
        "Decide by: Tuesday, December 15, 2026",
        "Not sure yet? That is OK.",
        "Talk it over with family or friends you trust.",
        "What is good and bad about each one?",
    ]:
        assert words in text


def test_decision_pages_come_after_what_we_dont_know(decision_pdf: bytes) -> None:
    text = all_text(decision_pdf)
    order = [
        "What we don't know yet",
        "Should you take a blood thinner",
        "What matters most to you",
        "Where we are now",
        "What we will talk about next time",
        "Questions I still have",
    ]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)


def test_the_private_note_is_absent(decision_visit: Visit, decision_pdf: bytes) -> None:
    text = all_text(decision_pdf)
    assert decision_visit.clinician_private_note
    for fragment in ("CHA2DS2", "HAS-BLED", "cardiology", "Daughter lives nearby"):
        assert fragment not in text


def test_body_stays_14_pt_and_nothing_is_below_12(decision_pdf: bytes) -> None:
    sizes = font_sizes(decision_pdf)
    assert sizes.most_common(1)[0][0] == 14
    assert min(sizes) >= 12


def test_large_print_with_a_decision(decision_visit: Visit) -> None:
    pdf = render_pdf(build_handout(decision_visit), typography=LARGE_PRINT)
    sizes = font_sizes(pdf)
    assert sizes.most_common(1)[0][0] == 18
    assert min(sizes) >= 14
    text = body_text(pdf)
    for sentence in expected_sentences(decision_visit):
        assert sentence in text
    assert "Blood thinner pill" in text


def test_option_names_repeat_on_every_page_of_the_table(decision_pdf: bytes) -> None:
    pages = [
        text for text in page_texts(decision_pdf) if "out of 100 people" in text or "1,000" in text
    ]
    assert len(pages) >= 2  # the example's comparison runs over pages
    for text in pages:
        assert "Blood thinner pill Wait and see" in text


def test_no_page_ends_on_a_row_name(decision_visit: Visit, decision_pdf: bytes) -> None:
    """A row's name (a grey band) always has at least the start of its cells under it."""
    bands = {"What it involves", "Good things", "Bad things"}
    bands |= {
        o.label[:1].upper() + o.label[1:] for o in decision_visit.decisions[0].options[0].outcomes
    }
    large = render_pdf(build_handout(decision_visit), typography=LARGE_PRINT)
    for pdf in (decision_pdf, large, render_handout(many_long_options())):
        for last in last_body_lines(pdf):
            assert last not in bands | {"Better after 3 months", "A rare harm in a year"}


def many_long_options(count: int = 7) -> Visit:
    long = "This option takes a long time to explain, so it has many words. " * 6
    options = [
        {
            "name": f"Option number {i} with a rather long name",
            "description": long,
            "benefits": ["A good thing said at some length, so it wraps."] * 4,
            "harms": ["Harmful supercalifragilisticexpialidociousnessitudeship."] * 4,
            "outcomes": [
                {"label": "better after 3 months", "chance": 10 * i, "out_of": 100},
                {"label": "a rare harm in a year", "chance": i, "out_of": 1000},
            ],
        }
        for i in range(count)
    ]
    decision = make_decision(options=options, chosen=None, status="undecided")
    return make_visit(patient="Maria Lopez", decisions=[decision])


@pytest.mark.parametrize("large", [False, True])
def test_many_long_options_split_across_pages(large: bool) -> None:
    visit = many_long_options()
    handout = build_handout(visit)
    pdf = render_pdf(handout, typography=LARGE_PRINT) if large else render_handout(visit)
    pages = page_texts(pdf)
    assert len(pages) > 5
    text = body_text(pdf)
    joined = "".join(text.split())  # long words are broken across lines
    for i in range(7):
        assert f"Optionnumber{i}witharatherlongname" in joined
        assert f"{10 * i}outof100people:betterafter3months." in joined
        assert f"{i}outof1,000people:arareharminayear." in joined
    # A cell split across pages is read back interleaved with its neighbours
    # and the repeated option names, so count words, not sentences.
    assert text.split().count("Harmful") == 7 * 4
    assert "supercalifragilisticexpialidociousnessitudeship" in joined  # broken, not cut


def test_a_cell_taller_than_a_page_still_prints_whole() -> None:
    essay = "A benefit described at great length. " * 300
    options = [{"name": "Long", "benefits": [essay]}, {"name": "Short", "benefits": ["Quick."]}]
    visit = make_visit(decisions=[make_decision(options=options, chosen="Long")])
    pdf = render_handout(visit)
    assert len(reader(pdf).pages) > 3
    # Count words: the split cell reads back interleaved with the other column.
    assert body_text(pdf).split().count("benefit") == 300


def test_a_decision_with_no_numbers_prints_without_pictures() -> None:
    options = [
        {"name": "Physiotherapy", "benefits": ["You stay active."]},
        {"name": "Wait and see", "harms": ["It may take longer."]},
    ]
    pdf = render_handout(make_visit(decisions=[make_decision(options=options)]))
    text = body_text(pdf)
    assert "Physiotherapy Wait and see" in text
    assert "out of" not in text
    assert "In the pictures" not in text


def test_a_chance_with_no_picture_is_printed_in_words() -> None:
    options = [
        {"name": "Cream", "outcomes": [{"label": "a rash", "chance": 3, "out_of": 10_000}]},
        {"name": "Wait and see", "outcomes": [{"label": "a rash", "chance": 1, "out_of": 10_000}]},
    ]
    decision = make_decision(options=options, chosen=None, status="undecided")
    text = body_text(render_handout(make_visit(decisions=[decision])))
    assert "3 out of 10,000 people: a rash." in text
    assert "1 out of 10,000 people: a rash." in text
    assert "9,997 out of 10,000 people: it does not happen." in text


def test_a_visit_without_decisions_prints_as_before(example_visit: Visit) -> None:
    """The committed knee-pain handout has no decision: its text is what `make examples` made."""
    committed = (EXAMPLES / "knee-pain.pdf").read_bytes()
    clinic = load_clinic(EXAMPLES / "clinic.json")  # the Makefile prints every example with it
    assert page_texts(render_handout(example_visit, clinic=clinic)) == page_texts(committed)


def test_a4_paper_with_a_decision(decision_visit: Visit) -> None:
    pdf = render_handout(decision_visit, paper="a4")
    assert "Blood thinner pill" in body_text(pdf)
