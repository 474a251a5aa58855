"""Typed text reaches the paragraph parser as text, never as markup."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from sharedvisit.handout import markup
from sharedvisit.handout.fonts import REGULAR, register_fonts
from sharedvisit.handout.markup import Markup

# Every code point, lone surrogates and control characters included.
ANY_TEXT = st.text(st.characters(exclude_categories=()))

HOSTILE = [
    "<b> & </b>",
    "<font size=40>huge</font>",
    '<img src="/etc/passwd"/>',
    "<para>x</para>",
    "&amp;",
    "&lt;b&gt;",
    "&nbsp; &#65; &#x41; &unknown;",
    "]]>",
    "<![CDATA[x]]>",
    "<!-- comment -->",
    '<a href="file:///etc/passwd">link</a>',
    "<br/><br/>",
    "a < b > c & d",
    "\"quotes\" and 'apostrophes'",
    "<unclosed",
    "</b>",
]


def parsed_text(text: Markup) -> str:
    """What reportlab's parser makes of ``text``: the characters it would draw."""
    register_fonts()
    paragraph = Paragraph(text, ParagraphStyle("t", fontName=REGULAR, fontSize=14))
    return "".join(frag.text for frag in paragraph.frags)


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_like_text_survives_literally(text: str) -> None:
    assert parsed_text(markup.plain(text)) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_like_text_is_not_bold_or_resized(text: str) -> None:
    register_fonts()
    paragraph = Paragraph(markup.plain(text), ParagraphStyle("t", fontName=REGULAR, fontSize=14))
    assert {(frag.fontName, frag.fontSize) for frag in paragraph.frags} == {(REGULAR, 14)}


def test_ampersand_entity_is_not_decoded() -> None:
    assert markup.plain("&amp;") == "&amp;amp;"


def test_control_characters_are_removed_and_reported() -> None:
    text = "a\x00b\x07c\x1bd\x7fe\x85f"
    assert markup.unprintable_chars(text) == ("\x00", "\x07", "\x1b", "\x7f")
    assert markup.clean_text(text) == "abcde\nf"  # U+0085 NEL is a line break
    assert parsed_text(markup.plain(text)) == "abcdef"


def test_nul_does_not_crash_the_parser() -> None:
    assert parsed_text(markup.plain("\x00<b>\x00")) == "<b>"


def test_lone_surrogates_are_removed_and_reported() -> None:
    text = "x\ud800y\udfffz"
    assert markup.unprintable_chars(text) == ("\ud800", "\udfff")
    assert markup.clean_text(text) == "xyz"


def test_exactly_control_characters_and_surrogates_are_unprintable() -> None:
    """Unicode's categories Cc and Cs, but for the tab and the controls that break lines."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    kept = "\t\n\r\x85"  # \r and NEL become "\n"
    expected = tuple(c for c in every if unicodedata.category(c) in ("Cc", "Cs") and c not in kept)
    assert markup.unprintable_chars(every) == expected


def test_newline_and_tab_are_kept() -> None:
    assert markup.unprintable_chars("a\tb\nc") == ()
    assert markup.clean_text("a\tb\nc") == "a\tb\nc"


def test_line_breaks_of_every_kind_become_br() -> None:
    assert markup.plain("a\r\nb\rc\nd\u2028e") == "a<br/>b<br/>c<br/>d<br/>e"


def test_decomposed_accents_are_joined() -> None:
    assert markup.clean_text("Nguye\u0302\u0303n") == "Nguyễn"


def test_bold_escapes_its_text() -> None:
    assert markup.bold("<i>&") == "<b>&lt;i&gt;&amp;</b>"


def test_join_escapes_plain_parts_but_not_markup() -> None:
    joined = markup.join(markup.bold("You said:"), "<b>x</b>")
    assert joined == "<b>You said:</b> &lt;b&gt;x&lt;/b&gt;"
    assert isinstance(joined, Markup)


def test_markup_is_not_escaped_twice() -> None:
    once = markup.plain("a & b")
    assert markup.plain(once) == once


def test_missing_glyphs_finds_what_dejavu_cannot_draw() -> None:
    text = "Ελένη Мария Zoë Åström Nguyễn 王小明 王 ☐"
    assert markup.missing_glyphs(text) == ("王", "小", "明")


def test_missing_glyphs_ignores_whitespace_and_control_characters() -> None:
    assert markup.missing_glyphs("a b\tc\nd\u00a0e\x00") == ()


@given(ANY_TEXT)
def test_any_text_parses_to_itself(text: str) -> None:
    # Printing collapses whitespace anyway; every other character must come through.
    expected = "".join(markup.clean_text(text).split())
    assert "".join(parsed_text(markup.plain(text)).split()) == expected


@given(ANY_TEXT)
def test_cleaning_is_idempotent_and_complete(text: str) -> None:
    cleaned = markup.clean_text(text)
    assert markup.unprintable_chars(cleaned) == ()
    assert markup.clean_text(cleaned) == cleaned
    assert all(char in text or char == "\n" or not char.isascii() for char in cleaned)


def test_one_line_collapses_breaks_for_footer_and_metadata() -> None:
    assert markup.one_line(" Maria\n\tLopez\x00 \r\n") == "Maria Lopez"
