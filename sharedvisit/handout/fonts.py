"""The handout's font: DejaVu Sans, embedded so every letter prints as itself.

The standard PDF fonts cover Western European letters only; a patient named
Ελένη, Мария or Nguyễn must see their name, not boxes. DejaVu Sans (from
``resources/fonts``) is registered with reportlab once per process, with its
bold face as a family so ``<b>`` works; reportlab embeds only the glyphs used.

This module never imports Qt, and never builds font paths other than through
``sharedvisit.resources``.
"""

from __future__ import annotations

import threading
from functools import cache
from typing import TYPE_CHECKING

from ..resources import resource

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_LOCK = threading.Lock()  # callers may render and check glyphs on several threads at once


def register_fonts() -> dict[str, TTFont]:
    """Register both faces and the family with reportlab; return them by name.

    Once per process: reportlab's font registry is process-wide, and reading
    the font files again for every handout would only cost time.
    """
    with _LOCK:
        return _register()


@cache
def _register() -> dict[str, TTFont]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = {name: TTFont(name, str(resource("fonts", file))) for name, file in _FILES.items()}
    for font in fonts.values():
        pdfmetrics.registerFont(font)
    # There is no italic face: <i> falls back to upright rather than failing.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return fonts


@cache
def widest_glyph(name: str) -> float:
    """The widest advance of any glyph of the registered font ``name``, in ems.

    No text in that font is wider than its length times this, so it tells
    which words could be too wide for a line without measuring them.
    """
    face = register_fonts()[name].face
    return max(max(face.charWidths.values(), default=0), face.defaultWidth) / 1000
