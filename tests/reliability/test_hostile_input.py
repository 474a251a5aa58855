"""Hostile and odd text in every field: nothing crashes, nothing vanishes unseen.

Every text field of the visit (found from the models) gets any Unicode:
right-to-left scripts, combining marks, emoji, control characters, NUL, lone
surrogates, markup reportlab would parse, and 100,000-character fields.
Importing, storing, exporting and rendering must never fail; what the handout
prints must be the text as typed, and whatever it cannot print must be named
by ``print_problems`` for the window to warn about.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import stat
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given
from pypdf import PdfReader

from sharedvisit.handout import render_handout
from sharedvisit.handout.markup import clean_text, unprintable_chars
from sharedvisit.handout.printable import Place, Problem, print_problems, text_fields
from sharedvisit.store import Store
from sharedvisit.visit import AgendaItem, Person, Visit, from_data, to_data
from sharedvisit.visitfile import dump_visit, load_visit, parse_visit, save_visit

from .strategies import LONG, fuzz, visits

_SURROGATE = re.compile("[\ud800-\udfff]")


def as_read_back(visit: Visit) -> Visit:
    """The visit as any reader gets it back: a lone surrogate cannot be kept, it is U+FFFD."""
    text = json.dumps(to_data(visit), ensure_ascii=True)
    data = json.loads(text)

    def fix(value: object) -> object:
        if isinstance(value, str):
            return _SURROGATE.sub("\ufffd", value)
        if isinstance(value, list):
            return [fix(v) for v in value]
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        return value

    return from_data(fix(data), Visit)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("fuzz-store")) as opened:
        yield opened


@fuzz(40)
@given(visit=visits(huge=True))
def test_any_text_survives_import_store_and_export(visit: Visit, store: Store) -> None:
    expected = as_read_back(visit)
    text = dump_visit(visit)
    assert parse_visit(text) == expected
    assert parse_visit(text.encode("utf-8")) == expected

    visit_id = store.add(visit)
    assert store.load(visit_id) == expected
    store.save(visit_id, visit)
    assert store.load(visit_id) == expected

    with tempfile.TemporaryDirectory() as folder:
        plain, for_patient = Path(folder) / "visit.json", Path(folder) / "for-patient.json"
        save_visit(visit, plain)
        save_visit(visit, for_patient, for_patient=True)
        assert load_visit(plain) == expected
        assert load_visit(for_patient) == expected.for_patient()
        assert "clinician_private_note" not in json.loads(for_patient.read_text())
        assert {stat.S_IMODE(p.stat().st_mode) for p in (plain, for_patient)} == {0o600}


PRINTED_AS_TYPED = re.compile(
    r"(patient|clinician|reason|plan|clinician_contact"
    r"|agenda\.\d+\.(text|note)|concerns\.\d+\.(text|response)"
    r"|uncertainties\.\d+\.(text|plan)|next_steps\.\d+\.text)"
)
"""Fields the handout prints as they are (others, such as enums, are printed in words)."""


def printed(place: Place) -> bool:
    return PRINTED_AS_TYPED.fullmatch(".".join(map(str, place))) is not None


_ZERO_WIDTH = frozenset(("Mn", "Me", "Cf"))


def all_text(pdf: bytes, mode: str = "plain") -> str:
    """The PDF's text as pypdf reads it; ``"layout"`` orders it by where it is on the page."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(page.extract_text(extraction_mode=mode) for page in reader.pages)


def no_space(text: str) -> str:
    """``text`` as compared with the PDF's text: no spacing, and only what a reader sees.

    Lines break wherever the page fills, even inside a long word, so spacing is
    left out altogether. So are invisible format characters (zero-width space,
    joiners, direction marks: Unicode category Cf), which a layout may rightly
    drop, and characters beyond U+FFFF: they print, but reportlab writes their
    entry in the PDF's text layer wrongly (see ``test_text_beyond_u_ffff...``).
    """
    return "".join(
        char
        for char in "".join(text.split())
        if unicodedata.category(char) != "Cf" and ord(char) <= 0xFFFF
    )


@fuzz(40)
@given(visit=visits(max_pieces=6))
@example(  # found by make fuzz: a zero-width name beside the contact line
    visit=Visit.new(dt.date(2000, 1, 1), clinician="\ufeff", clinician_contact="</para>")
)
def test_rendering_prints_text_as_typed_and_names_what_it_cannot(visit: Visit) -> None:
    pdf = render_handout(visit)
    flat = no_space(all_text(pdf))
    reported: dict[Place, set[str]] = {}
    for problem in print_problems(visit):
        reported.setdefault(problem.place, set()).update(problem.chars)
    for place, value in text_fields(visit):
        if not printed(place):
            continue
        kept = clean_text(value)
        for char in unprintable_chars(value):
            assert char in reported.get(place, set()), (place, char)  # left out, but named
        if place in reported:
            for char in set(no_space(kept)) - set(flat):
                assert char in reported[place], (place, char)  # missing, but named
        elif any(unicodedata.category(char) in _ZERO_WIDTH for char in kept):
            # pypdf puts a glyph of no width (a combining mark, U+FEFF) out of order with its
            # neighbours ("</para>" after U+FEFF comes back "/<para>"; poppler reads it right
            # and the page is right), so here every character must come out, in any order.
            assert not Counter(no_space(kept)) - Counter(flat), place
        elif no_space(kept) not in flat:
            # pypdf's plain reading also misorders a field next to another field's
            # zero-width glyph ("\ufeff" then ":" then "</para>" came back ":\ufeff/<para>");
            # its layout reading follows the page, as poppler does.
            assert no_space(kept) in no_space(all_text(pdf, "layout")), place  # verbatim


@pytest.mark.xfail(
    reason="reportlab's ToUnicode map writes code points above U+FFFF as five hex digits, "
    "not as UTF-16, so copy, search and screen readers get another character; "
    "the page itself prints right (docs/reliability.md)",
    strict=True,
)
def test_text_beyond_u_ffff_keeps_its_text_layer() -> None:
    visit = Visit.new(reason="Smile \U0001f600")  # DejaVu Sans draws this emoji
    assert print_problems(visit) == []
    assert "\U0001f600" in all_text(render_handout(visit))


PRINTED_LENGTH = 100_000 if LONG else 20_000
"""100,000 characters render in about 10 s to 30 s (reportlab lays out a paragraph split
across pages again for every page), so ``make test`` prints 20,000 and ``make fuzz`` 100,000;
storing, importing and exporting 100,000-character fields is in every run (above)."""


def test_a_very_long_field_prints_whole() -> None:
    words = " ".join(f"word{n}" for n in range(PRINTED_LENGTH // 5))[:PRINTED_LENGTH]
    visit = Visit.new(
        agenda=[AgendaItem(text="Long note follows", raised_by=Person.PATIENT, note=words)]
    )
    assert len(visit.agenda[0].note) == PRINTED_LENGTH
    printed_words = set(all_text(render_handout(visit)).split())
    assert set(words.split()) <= printed_words  # every word, across however many pages


def test_what_cannot_be_printed_is_named_by_place() -> None:
    visit = Visit.new(
        reason="Headache \U0001f915 since Monday",
        agenda=[
            AgendaItem(text="Sleep", raised_by=Person.PATIENT),
            AgendaItem(text="Bell\x07 and tab\tkept", raised_by=Person.PATIENT),
            AgendaItem(text="ألم في الركبة", raised_by=Person.PATIENT, note="שלום"),
        ],
        clinician_private_note="\U0001f92b never printed, never checked",
    )
    found = {(p.path, p.problem, p.chars) for p in print_problems(visit)}
    assert found == {
        ("reason", Problem.NO_GLYPH, ("\U0001f915",)),
        ("agenda[1].text", Problem.UNPRINTABLE, ("\x07",)),
        ("agenda[2].text", Problem.RIGHT_TO_LEFT, tuple(dict.fromkeys("ألمفيالركبة"))),
        ("agenda[2].note", Problem.RIGHT_TO_LEFT, tuple(dict.fromkeys("שלום"))),
    }
