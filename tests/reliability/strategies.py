"""Hypothesis strategies for hostile visits and visit files, and the fuzzing profiles.

Visits are generated from the pydantic models themselves, field by field, so
a text field added to the visit later is fuzzed without a change here. Text
is drawn from all of Unicode (lone surrogates included, which Python allows
and UTF-8 does not), mixed with the pieces most likely to break something:
markup reportlab would parse, right-to-left text, combining marks, emoji,
control characters, NUL, and with ``huge=True`` fields of 100,000 characters.

Profiles: ``ci`` keeps ``make test`` within minutes; ``long`` (``make fuzz``,
``SHAREDVISIT_FUZZ=long``) tries many more examples.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import types
import typing
from typing import Any

from annotated_types import Ge, Gt, Le
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from pydantic import AfterValidator, BaseModel, ValidationError

from sharedvisit.visit import Visit

LONG = os.environ.get("SHAREDVISIT_FUZZ") == "long"
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=_SLOW_OK, print_blob=True
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=_SLOW_OK, print_blob=True
)
PROFILE = settings.get_profile("long" if LONG else "ci")


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

    def model(self, model: type[BaseModel]) -> st.SearchStrategy:
        fields = {}
        for name, info in model.model_fields.items():
            strategy = self.annotation(info.annotation, info.metadata)
            if not info.is_required():
                # Leaving a field out tests its default, as a file from another tool would.
                strategy = st.one_of(st.just(_MISSING), strategy)
            fields[name] = strategy

        def build(values: dict[str, Any]) -> BaseModel | None:
            data = {k: v for k, v in values.items() if v is not _MISSING}
            try:
                return model.model_validate(data)
            except ValidationError:
                return None  # crossed a rule between fields (e.g. chance above out_of)

        return st.fixed_dictionaries(fields).map(build).filter(lambda m: m is not None)

    def annotation(self, annotation: Any, metadata: list[Any]) -> st.SearchStrategy:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            base, *extra = typing.get_args(annotation)
            return self.annotation(base, [*metadata, *extra])
        if origin in (typing.Union, types.UnionType):
            return st.one_of(
                *(self.annotation(arg, metadata) for arg in typing.get_args(annotation))
            )
        if origin is typing.Literal:
            return st.sampled_from(typing.get_args(annotation))
        if origin is list:
            (item,) = typing.get_args(annotation)
            return st.lists(self.annotation(item, []), max_size=self.max_items)
        if annotation is type(None):
            return st.none()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return self.model(annotation)
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return st.sampled_from(list(annotation))
        if annotation is bool:
            return st.booleans()
        if annotation is int:
            return _integers(metadata)
        if annotation is dt.datetime:
            return st.datetimes(timezones=st.just(dt.UTC))
        if annotation is dt.date:
            return st.dates()
        if annotation is str:
            if any(getattr(m, "pattern", None) for m in metadata):
                return st.sampled_from(["en", "es", "pt-BR", "ar", "he", "zh-Hant"])
            if any(isinstance(m, AfterValidator) for m in metadata):
                return self.text.filter(str.strip)  # "Text": at least one visible character
            return self.text
        raise TypeError(f"no strategy for {annotation!r}: teach strategies.py about it")


def _integers(metadata: list[Any]) -> st.SearchStrategy[int]:
    low, high = 0, 10_000
    for item in metadata:
        for inner in getattr(item, "metadata", [item]):
            if isinstance(inner, Ge):
                low = int(inner.ge)
            elif isinstance(inner, Gt):
                low = int(inner.gt) + 1
            elif isinstance(inner, Le):
                high = int(inner.le)
    return st.integers(low, high)


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
