"""The printed handout, read back from the PDF as a reader (or a screen reader) would."""

from __future__ import annotations

import datetime as _dt
import os
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from pypdf.generic import IndirectObject

from sharedvisit.handout import build_handout, render_handout, write_handout
from sharedvisit.handout.layout import render_pdf
from sharedvisit.handout.typography import LARGE_PRINT
from sharedvisit.visit import AgendaItem, AgendaStatus, Concern, NextStep, Person, Visit

from .pdftools import all_text, body_text, decoded_streams, font_sizes, page_texts, reader, squash
from .visits import make_visit

ROOT = Path(__file__).resolve().parents[2]


def visible_strings(visit: Visit) -> list[str]:
    """Every piece of text the patient should find on the handout."""
    strings = [visit.patient, visit.clinician, visit.reason, visit.plan, visit.clinician_contact]
    for item in visit.agenda:
        strings += [item.text, item.note]
    for concern in visit.concerns:
        strings += [concern.text, concern.response]
    for unknown in visit.uncertainties:
        strings += [unknown.text, unknown.plan]
    strings += [step.text for step in visit.next_steps]
    return [squash(s) for s in strings if s.strip()]


@pytest.fixture
def example_pdf(example_visit: Visit) -> bytes:
    return render_handout(example_visit)


@pytest.fixture(scope="module")
def huge_pdf(huge_visit: Visit) -> bytes:
    started = time.perf_counter()
    pdf = render_handout(huge_visit)
    assert time.perf_counter() - started < 20, "a 1,000-item visit must print in seconds"
    return pdf


def test_every_patient_visible_string_is_printed(example_visit: Visit, example_pdf: bytes) -> None:
    text = body_text(example_pdf)
    missing = [s for s in visible_strings(example_visit) if s not in text]
    assert not missing


def test_dates_and_authors_are_printed_in_words(example_pdf: bytes) -> None:
    text = all_text(example_pdf)
    for words in [
        "Tuesday, November 24, 2026",
        "When: by Tuesday, December 1, 2026",
        "Who: Both of us",
        "You said: Pain in my right knee",
        "Dr. Ana Chen said: I worry that taking ibuprofen",
        "We both said: Being able to keep my job",
        "About: what is causing it",
        "What we'll do about it: If the exercises",
    ]:
        assert words in text


def test_sections_print_in_order(example_pdf: bytes) -> None:
    text = all_text(example_pdf)
    order = [
        "About this visit",
        "Your next steps",
        "What we talked about",
        "What worries us",
        "What we don't know yet",
        "What we will talk about next time",
        "Questions I still have",
    ]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)


def test_first_page_is_about_this_visit(example_visit: Visit, example_pdf: bytes) -> None:
    first = page_texts(example_pdf)[0]
    for fact in [
        "Maria Lopez",
        "Dr. Ana Chen",
        "Tuesday, November 24, 2026",
        example_visit.reason,
        squash(example_visit.plan),
        example_visit.clinician_contact,
    ]:
        assert fact in first


def test_private_note_is_not_in_the_pdf(example_visit: Visit, example_pdf: bytes) -> None:
    note = example_visit.clinician_private_note
    assert note
    assert squash(note) not in all_text(example_pdf)
    for fragment in ("rheumatology", "effusion", "TKR"):
        assert fragment.encode() not in example_pdf
        assert not any(fragment.encode() in stream for stream in decoded_streams(example_pdf))
        assert fragment not in all_text(example_pdf)


def test_streams_are_searchable_so_the_note_check_means_something(example_pdf: bytes) -> None:
    """The check above looks for note text in decoded streams; prove that visible text is found."""
    assert any(b"physiotherapy" in stream for stream in decoded_streams(example_pdf))


def test_markup_in_typed_text_prints_literally() -> None:
    visit = make_visit(
        patient="<b> & </b>",
        reason='<font size=40>big</font> <img src="/etc/passwd"/> &amp; ]]>',
        concerns=[Concern(text="<para>x</para>\x00\x07 done", raised_by=Person.PATIENT)],
    )
    text = all_text(render_handout(visit))
    assert "<b> & </b>" in text
    assert '<font size=40>big</font> <img src="/etc/passwd"/> &amp; ]]>' in text
    assert "<para>x</para> done" in text


@pytest.mark.parametrize("name", ["Ελένη Παπαδοπούλου", "Мария Иванова", "Zoë Åström", "Nguyễn"])
def test_non_latin_names_print_as_letters(name: str) -> None:
    visit = make_visit(patient=name, clinician="Dr. Dvořák", reason=f"{name} ça va")
    text = all_text(render_handout(visit))
    assert name in text
    assert f"{name} ça va" in text
    assert "Seen by: Dr. Dvořák" in text


def test_fonts_are_embedded(example_pdf: bytes) -> None:
    pdf = reader(example_pdf)
    for page in pdf.pages:
        fonts = page["/Resources"]["/Font"]
        assert fonts
        for ref in fonts.values():
            font = ref.get_object() if isinstance(ref, IndirectObject) else ref
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "DejaVuSans" in font["/BaseFont"]


def test_page_x_of_y_on_every_page(example_pdf: bytes) -> None:
    pages = page_texts(example_pdf)
    assert len(pages) > 1
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "Maria Lopez, November 24, 2026" in text


def test_metadata(example_pdf: bytes) -> None:
    pdf = reader(example_pdf)
    assert pdf.metadata is not None
    assert pdf.metadata.title == "Visit summary"
    assert pdf.metadata.author == "Dr. Ana Chen"
    assert pdf.metadata.subject == "Your visit on Tuesday, November 24, 2026"
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_body_is_14_pt_and_nothing_is_below_12(example_pdf: bytes) -> None:
    sizes = font_sizes(example_pdf)
    assert sizes.most_common(1)[0][0] == 14
    assert min(sizes) >= 12
    assert max(sizes) > 14  # headings are larger than the body


def test_large_print_body_is_18_pt(example_visit: Visit) -> None:
    pdf = render_pdf(build_handout(example_visit), typography=LARGE_PRINT)
    sizes = font_sizes(pdf)
    assert sizes.most_common(1)[0][0] == 18
    assert min(sizes) >= 14


def test_letter_is_the_default_and_a4_is_available(example_visit: Visit) -> None:
    letter = reader(render_handout(example_visit)).pages[0].mediabox
    a4 = reader(render_handout(example_visit, paper="a4")).pages[0].mediabox
    assert (round(letter.width), round(letter.height)) == (612, 792)
    assert (round(a4.width), round(a4.height)) == (595, 842)


def test_unknown_paper_is_refused(example_visit: Visit) -> None:
    with pytest.raises(ValueError, match="paper"):
        render_handout(example_visit, paper="legal")  # type: ignore[arg-type]


def test_empty_sections_are_absent() -> None:
    visit = make_visit(concerns=[Concern(text="Falls at night", raised_by=Person.BOTH)])
    text = all_text(render_handout(visit))
    assert "What worries us" in text
    assert "We both said: Falls at night" in text
    for heading in [
        "Your next steps",
        "What we talked about",
        "What we don't know yet",
        "What we will talk about next time",
        "Still on our list",
        "About this visit",
        "The plan:",
    ]:
        assert heading not in text
    assert "none" not in text.lower()


def test_open_agenda_items_are_still_on_our_list() -> None:
    item = AgendaItem(text="Hearing aids", raised_by=Person.CLINICIAN, status=AgendaStatus.OPEN)
    text = all_text(render_handout(make_visit(clinician="Dr. Ana Chen", agenda=[item])))
    assert "Still on our list" in text
    assert "Dr. Ana Chen said: Hearing aids" in text


def test_a_300_character_word_wraps_and_prints_whole() -> None:
    word = "".join(chr(ord("a") + i % 26) for i in range(300))
    pdf = render_handout(
        make_visit(reason=word, concerns=[Concern(text=word, raised_by=Person.PATIENT)])
    )
    joined = "".join(all_text(pdf).split())
    assert joined.count(word) == 2
    lines = reader(pdf).pages[0].extract_text().splitlines()
    assert all(len(line) < 100 for line in lines)  # broken across lines, not run off the page


def test_text_taller_than_a_page_splits_across_pages() -> None:
    """Header cell, framed box, checklist item and entry: each may outgrow a page."""
    essay = " ".join(["A very long reason for the visit."] * 400)
    steps = [NextStep(text=essay, owner=Person.PATIENT, due=_dt.date(2026, 12, 1))]
    worries = [Concern(text=essay, raised_by=Person.PATIENT, response=essay)]
    visit = make_visit(reason=essay, plan=essay, next_steps=steps, concerns=worries)
    pdf = render_handout(visit)
    assert len(reader(pdf).pages) > 10
    assert body_text(pdf).count("A very long reason for the visit.") == 5 * 400


def test_a_very_long_name_does_not_break_the_footer() -> None:
    pdf = render_handout(make_visit(patient="Maria " * 200))
    for text in page_texts(pdf):
        assert "Page " in text


def test_thousand_item_visit_flows_over_many_pages(huge_visit: Visit, huge_pdf: bytes) -> None:
    pages = page_texts(huge_pdf)
    assert len(pages) > 50
    for number in (1, len(pages) // 2, len(pages)):
        assert f"Page {number} of {len(pages)}" in pages[number - 1]
    text = " ".join(pages)
    for last in (
        "Agenda item number 249 ",
        "Worry number 249 ",
        "Unknown number 249 ",
        "Step number 249 ",
    ):
        assert last in text
    assert "PRIVATE-MARKER" not in text
    body = body_text(huge_pdf)
    assert [s for s in visible_strings(huge_visit) if s not in body] == []
    assert "Questions I still have" in pages[-1]


def test_write_handout_is_private_and_whole(example_visit: Visit, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    write_handout(example_visit, target, paper="a4")
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert os.listdir(tmp_path) == ["summary.pdf"]  # no temporary file left behind


def test_importing_the_package_loads_neither_reportlab_nor_qt() -> None:
    """The window imports this package at start-up; reportlab must wait for printing."""
    code = (
        "import sys, sharedvisit.handout, sharedvisit.handout.content, sharedvisit.handout.markup;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6'));"
        "print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_rendering_never_loads_qt() -> None:
    code = (
        "import sys, sharedvisit.handout.layout;"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'));"
        "print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_renders_on_several_threads_at_once_agree(example_visit: Visit) -> None:
    """The window renders on a worker thread while it may also render to print."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        pdfs = list(pool.map(lambda _: render_handout(example_visit), range(8)))
    texts = {all_text(pdf) for pdf in pdfs}
    assert len(texts) == 1
    assert "Your next steps" in texts.pop()
