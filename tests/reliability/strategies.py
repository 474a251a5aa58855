"""Hypothesis strategies for hostile visits and visit files, and the fuzzing profiles.

Visits are generated from the visit's structs themselves, field by field, so
a text field added to the visit later is fuzzed without a change here. Text
is drawn from all of Unicode (lone surrogates included, which Python allows
and UTF-8 does not), mixed with the pieces most likely to break something:
markup reportlab would parse, right-to-left text, combining marks, emoji,
control characters, NUL, and with ``huge=True`` fields of 100,000 characters.

Profiles (registered in ``tests/conftest.py``): ``ci`` keeps ``make test`` within
minutes and draws the same examples every run; ``long`` (``make fuzz``,
``SHAREDVISIT_FUZZ=long``) tries many more, new ones each run.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import msgspec
from hypothesis import settings
from hypothesis import strategies as st
from msgspec import inspect as mi

from sharedvisit.visit import NOT_BLANK, Decision, Visit, decision_problems

LONG = os.environ.get("SHAREDVISIT_FUZZ") == "long"
PROFILE = settings.get_profile("long" if LONG else "ci")  # registered in tests/conftest.py


def fuzz(ci_examples: int, **overrides: Any) -> settings:
    """Settings for one property: ``ci_examples`` in CI, the long profile's count with make fuzz."""
    examples = PROFILE.max_examples if LONG else ci_examples
    return settings(PROFILE, max_examples=examples, **overrides)


HOSTILE = (
    "<para>",
    "</para>",
    "<b>bold?</b>",
    "<img src='/etc/passwd'/>",
    "&amp;",
    "&",
    "&#0;",
    "]]>",
    "<![CDATA[x]]>",
    "<br/>",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u2028",
    "\ufeff",
    "\u200b",
    "\u202e",  # right-to-left override
    "\u200f",
    "\ud800",
    "\udfff",
    "e\u0301",
    "\u0301",
    "\U0001f469\u200d\u2695\ufe0f",  # woman health worker: an emoji sequence
    "\U0001f600",
    "مرحبا بالعالم",
    "שלום",
    "Ελένη",
    "Мария",
    "Nguyễn",
    "%s {0} {patient}",
    '"quoted" \\back\\slash',
    "\U00010000",
)
ANY_CHAR = st.characters(exclude_categories=())  # every code point, surrogates included
PIECE = st.one_of(st.sampled_from(HOSTILE), st.text(ANY_CHAR, max_size=12))


def hostile_text(*, max_pieces: int = 8, huge: bool = False) -> st.SearchStrategy[str]:
    """Any text, leaning towards what breaks parsers, PDFs and fonts."""
    pieces = st.lists(PIECE, max_size=max_pieces).map("".join)
    if not huge:
        return pieces
    hundred_thousand = st.builds(
        lambda unit: (unit * (100_000 // len(unit) + 1))[:100_000],
        st.text(ANY_CHAR, min_size=1, max_size=20) | st.sampled_from(HOSTILE),
    )
    return st.one_of(pieces, hundred_thousand)


def visits(*, huge: bool = False, max_pieces: int = 8, max_items: int = 3) -> st.SearchStrategy:
    """Valid visits with hostile text in every text field."""
    builder = _Builder(huge=huge, max_pieces=max_pieces, max_items=max_items)
    return builder.model(Visit)


class _Builder:
    def __init__(self, *, huge: bool, max_pieces: int, max_items: int) -> None:
        self.text = hostile_text(max_pieces=max_pieces, huge=huge)
        self.max_items = max_items

    def model(self, model: type[msgspec.Struct]) -> st.SearchStrategy:
        fields = {}
        for info in mi.type_info(model).fields:
            strategy = self.annotation(info.type)
            if not info.required:
                # Leaving a field out tests its default, as a file from another tool would.
                strategy = st.one_of(st.just(_MISSING), strategy)
            fields[info.encode_name] = strategy

        def build(values: dict[str, Any]) -> msgspec.Struct | None:
            data = {k: v for k, v in values.items() if v is not _MISSING}
            try:
                built = msgspec.convert(data, model)
            except msgspec.ValidationError:
                return None  # crossed a rule between fields (e.g. chance above out_of)
            if isinstance(built, Decision) and decision_problems(built):
                return None  # a visit file may not hold it (two options at least, ...)
            return built

        return st.fixed_dictionaries(fields).map(build).filter(lambda m: m is not None)

    def annotation(self, info: mi.Type) -> st.SearchStrategy:
        if isinstance(info, mi.Metadata):
            return self.annotation(info.type)
        if isinstance(info, mi.UnionType):
            return st.one_of(*(self.annotation(t) for t in info.types))
        if isinstance(info, mi.LiteralType):
            return st.sampled_from(info.values)
        if isinstance(info, mi.ListType):
            return st.lists(self.annotation(info.item_type), max_size=self.max_items)
        if isinstance(info, mi.NoneType):
            return st.none()
        if isinstance(info, mi.StructType):
            return self.model(info.cls)
        if isinstance(info, mi.EnumType):
            return st.sampled_from(list(info.cls))
        if isinstance(info, mi.BoolType):
            return st.booleans()
        if isinstance(info, mi.IntType):
            low = info.ge if info.ge is not None else (info.gt + 1 if info.gt is not None else 0)
            return st.integers(low, info.le if info.le is not None else 10_000)
        if isinstance(info, mi.DateTimeType):
            return st.datetimes(timezones=st.just(dt.UTC))
        if isinstance(info, mi.DateType):
            return st.dates()
        if isinstance(info, mi.StrType):
            if info.pattern == NOT_BLANK:
                return self.text.filter(str.strip)  # "Text": at least one visible character
            if info.pattern is not None:
                return st.sampled_from(["en", "es", "pt-BR", "ar", "he", "zh-Hant"])
            return self.text
        raise TypeError(f"no strategy for {info!r}: teach strategies.py about it")


_MISSING = object()


# -- visit files ------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(ANY_CHAR, max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
