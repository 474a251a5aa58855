"""Every fixed word printed on the handout, looked up by key in one catalogue per language.

The handout is read at home by people of every age and reading level, so each
fixed sentence here is short and plain (aim: US grade 6 or below). A label is
looked up only through ``label()``, which falls back to English for a language
without a catalogue (or a key a translation lacks), so adding a language is
adding one module to ``catalogues`` (docs/handout.md says how), and a test
checks that every key is translated and every ``{placeholder}`` kept.

Labels are plain text, never paragraph markup: the layout escapes them like
any other text. Values filled into a label (a name, a date) are inserted as
they are; this module never escapes, prints or logs them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from .catalogues import en, es

DEFAULT_LANGUAGE: Final = "en"


CATALOGUES: Final = MappingProxyType(
    {
        "en": MappingProxyType(en.CATALOGUE),
        "es": MappingProxyType(es.CATALOGUE),
    }
)
"""Message id -> text, per language (one module each in ``catalogues``). English holds every key."""


def catalogue_language(language: str | None) -> str:
    """The catalogue that serves ``language``: ``pt-BR`` -> ``pt`` -> ``en``.

    The handout's dates and its PDF language tag follow this choice, so a
    handout is never printed half in one language and half in another.
    """
    if not language:
        return DEFAULT_LANGUAGE
    tag = language.replace("_", "-")
    while tag:
        if tag in CATALOGUES:
            return tag
        tag = tag.rpartition("-")[0]
    return DEFAULT_LANGUAGE


def has_catalogue(language: str | None) -> bool:
    """Whether ``language`` has words of its own (``es-MX`` does; ``fr`` falls back to English)."""
    if not language:
        return False
    primary = language.replace("_", "-").split("-")[0]
    return catalogue_language(language).split("-")[0] == primary


def label(key: str, language: str | None = None, /, **values: str) -> str:
    """The fixed text ``key`` in ``language``, with ``{name}`` fields filled from ``values``.

    A key missing from the language's catalogue falls back to English; a key
    English lacks is a programming error and raises ``KeyError``.
    """
    catalogue = CATALOGUES[catalogue_language(language)]
    template = catalogue.get(key)
    if template is None:
        template = CATALOGUES[DEFAULT_LANGUAGE][key]
    # format_map reads fields from the template only; braces inside a value
    # (a name typed as "{x}") are inserted literally, never interpreted.
    return template.format_map(values)
