"""The one place text becomes reportlab paragraph markup.

reportlab's ``Paragraph`` parses its text as XML-like markup: a patient who
types ``<b>`` or ``&amp;`` or ``<img src=...>`` must see exactly that on
paper, never bold type, a changed character or a file read from disk. So
every string, typed or fixed, reaches a ``Paragraph`` only as ``Markup``
made here: cleaned of characters a PDF cannot hold, XML-escaped, newlines
turned into ``<br/>``. Markup is never built from raw text anywhere else,
and never with an f-string over unescaped values.

This module never imports Qt, and imports reportlab only to check glyphs.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

# Control characters other than newline and tab, and lone surrogates: Unicode's
# categories Cc and Cs, which the Standard fixes for good at these code points.
# One regular expression, not a category lookup per character: every string on
# the handout passes through here, and a long visit has some 80,000 characters.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_RIGHT_TO_LEFT = frozenset(("R", "AL"))  # Unicode bidi classes of right-to-left letters
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


class Markup(str):
    """Text already safe to hand to a reportlab ``Paragraph``.

    A distinct type so the layout can refuse plain ``str`` and a reviewer can
    see at a glance which strings have been escaped.
    """

    __slots__ = ()


def unprintable_chars(text: str) -> tuple[str, ...]:
    """The characters ``clean_text`` removes from ``text``, in order, repeats kept.

    These are control characters (other than newline and tab) and lone
    surrogates: reportlab's parser or the PDF cannot hold them. The window
    can list them instead of letting them vanish unseen.
    """
    return tuple(_UNPRINTABLE.findall(_normalise(text)))


def clean_text(text: str) -> str:
    """``text`` as it can be printed: NFC, ``\\n`` line breaks, unprintable characters removed.

    NFC joins a letter and its accent typed separately ("e" + U+0301) into one
    character, which the font draws as one glyph and a reader copies as one.
    """
    return _UNPRINTABLE.sub("", _normalise(text))


def one_line(text: str) -> str:
    """``clean_text`` with every run of whitespace, line breaks included, made one space.

    For text drawn outside paragraphs (the footer, the PDF's title and
    author), where a line break would draw as a stray glyph or not at all.
    """
    return " ".join(clean_text(text).split())


def plain(text: str) -> Markup:
    """``text`` as markup that prints it literally; newlines become line breaks."""
    if isinstance(text, Markup):
        return text
    return Markup(escape(clean_text(text)).replace("\n", "<br/>"))


def bold(text: str) -> Markup:
    """``text`` printed in the bold face of the paragraph's font family."""
    return Markup("<b>" + plain(text) + "</b>")


def join(*parts: str, sep: str = " ") -> Markup:
    """Markup pieces (plain text is escaped first) joined by ``sep`` (plain text too)."""
    return Markup(plain(sep).join(plain(part) for part in parts))


def missing_glyphs(text: str, font_name: str | None = None) -> tuple[str, ...]:
    """The distinct characters of ``text`` the handout font cannot draw, in order.

    Such characters would print as empty boxes; the window can warn before
    printing. Whitespace is never missing (it is spacing, not a glyph), and
    characters ``clean_text`` removes are reported by ``unprintable_chars``.
    """
    from .fonts import REGULAR, register_fonts

    face = register_fonts()[font_name or REGULAR].face
    seen: dict[str, None] = {}
    for char in clean_text(text):
        if char.isspace() or char in seen:
            continue
        if ord(char) not in face.charToGlyph:
            seen[char] = None
    return tuple(seen)


def right_to_left_chars(text: str) -> tuple[str, ...]:
    """The distinct characters of ``text`` from right-to-left scripts (Hebrew, Arabic...), in order.

    The handout lays every line out left to right and does not join Arabic
    letters, so such text prints reversed and broken apart; the window warns
    before printing it (see ``docs/reliability.md``).
    """
    seen: dict[str, None] = {}
    for char in clean_text(text):
        if char not in seen and unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
            seen[char] = None
    return tuple(seen)


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    try:
        return unicodedata.normalize("NFC", text)
    except UnicodeError:  # pragma: no cover - NFC accepts lone surrogates today
        return text
