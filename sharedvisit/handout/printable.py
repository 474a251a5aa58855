"""What in a visit will not come out on paper as it was typed, found before printing.

The handout font (DejaVu Sans) covers most scripts, but not emoji or every
symbol; control characters cannot go into a PDF at all; and right-to-left
scripts (Hebrew, Arabic) print reversed and unjoined, because the layout
draws every line left to right. None of these may vanish unseen: the window
calls ``print_problems()`` before Print and Save PDF and names each entry.

Every text field of the visit is checked, found by walking the models, so a
field added later is checked without changes here. The clinician's private
note is skipped: it is never printed. Never imports Qt; never logs text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from msgspec import Struct

from ..visit import Visit, field_names
from .markup import missing_glyphs, right_to_left_chars, unprintable_chars

NEVER_PRINTED = frozenset({"clinician_private_note", "format", "language"})
"""Visit fields that are not printed as text: nothing to check in them."""

Place = tuple[str | int, ...]
"""Where a text is in the visit, as a path: ``("agenda", 2, "text")``."""


class Problem(StrEnum):
    """Why some characters will not print as typed."""

    NO_GLYPH = "no_glyph"  # the font has no shape for them: they print as empty boxes
    UNPRINTABLE = "unprintable"  # control characters: left out of the PDF
    RIGHT_TO_LEFT = "right_to_left"  # printed left to right, Arabic letters unjoined


@dataclass(frozen=True)
class PrintProblem:
    """Some characters of one text field that will not print as typed."""

    place: Place
    problem: Problem
    chars: tuple[str, ...]  # distinct, in the order they first appear

    @property
    def path(self) -> str:
        """The place written as in visit files and their error messages: ``agenda[2].text``."""
        return place_path(self.place)


def print_problems(visit: Visit) -> list[PrintProblem]:
    """Every text field whose characters will not all print as typed, in visit order."""
    problems = []
    for place, text in text_fields(visit):
        if text.isascii() and text.isprintable():
            continue  # the common case, and every check below would pass
        for problem, chars in (
            (Problem.UNPRINTABLE, tuple(dict.fromkeys(unprintable_chars(text)))),
            (Problem.NO_GLYPH, missing_glyphs(text)),
            (Problem.RIGHT_TO_LEFT, right_to_left_chars(text)),
        ):
            if chars:
                problems.append(PrintProblem(place, problem, chars))
    return problems


def text_fields(visit: Visit) -> Iterator[tuple[Place, str]]:
    """Each text of the visit that may be printed, with its place; never the private note."""
    for name in field_names(type(visit)):
        if name not in NEVER_PRINTED:
            yield from _walk(getattr(visit, name), (name,))


def place_path(place: Place) -> str:
    text = ""
    for part in place:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _walk(value: object, place: Place) -> Iterator[tuple[Place, str]]:
    if isinstance(value, str):
        yield place, value
    elif isinstance(value, Struct):
        for name in field_names(type(value)):
            yield from _walk(getattr(value, name), (*place, name))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _walk(item, (*place, index))
