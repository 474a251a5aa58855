"""The catalogue of fixed words: one lookup, an English fallback, no surprises."""

from __future__ import annotations

import re
import string

import pytest

from sharedvisit.handout import labels
from sharedvisit.handout.labels import CATALOGUES, catalogue_language, label


def test_lookup() -> None:
    assert label("said.patient", "en") == "You said:"
    assert label("said.clinician", "en", clinician="Dr. Ana Chen") == "Dr. Ana Chen said:"
    assert label("footer.page", "en", page="2", pages="7") == "Page 2 of 7"


@pytest.mark.parametrize("language", ["fr", "pt-BR", "zz", "", None, "en-GB", "en_US"])
def test_language_without_catalogue_falls_back_to_english(language: str | None) -> None:
    assert label("steps.heading", language) == "Your next steps"
    assert catalogue_language(language) == "en"


def test_a_key_missing_from_a_translation_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partial = {"steps.heading": "Seus próximos passos"}
    monkeypatch.setattr(labels, "CATALOGUES", {**CATALOGUES, "pt": partial})
    assert labels.label("steps.heading", "pt-BR") == "Seus próximos passos"
    assert labels.label("said.patient", "pt") == "You said:"
    assert labels.catalogue_language("pt-BR") == "pt"


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError):
        label("no.such.key", "en")


def test_missing_value_is_an_error_not_a_printed_placeholder() -> None:
    with pytest.raises(KeyError):
        label("said.clinician", "en")


def test_values_are_inserted_literally() -> None:
    assert label("said.clinician", "en", clinician="{0} {x!r}") == "{0} {x!r} said:"


def test_every_template_names_only_known_fields() -> None:
    """A typo'd field ({clincian}) would raise at print time; catch it here."""
    known = {"date", "clinician", "patient", "page", "pages", "chance", "out_of", "rest", "outcome"}
    known |= {"people", "words", "phone"}
    for catalogue in CATALOGUES.values():
        for key, template in catalogue.items():
            fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
            assert fields <= known, key


def test_fixed_sentences_are_short() -> None:
    """Plain language: no fixed sentence on the handout runs past twelve words."""
    for template in CATALOGUES["en"].values():
        for sentence in re.split(r"[.!?]\s", template):
            assert len(sentence.split()) <= 12, sentence
