"""The app's remembered choices, through QSettings, each key spelled once.

Nothing here holds visit text: settings files are not private the way the
store is. The id of the open visit is kept so a crash can reopen it; the
clinic's details, reusable safety-netting advice and the questions offered
to patients are the clinic's own words, not a patient's.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
from PySide6.QtCore import QByteArray, QSettings

from ..clinic import Clinic
from ..visit import SafetyNet, copy_of, from_data, to_data

TEXT_ZOOM = "view/text_zoom"
HIGH_CONTRAST = "view/high_contrast"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
LAST_CLINICIAN = "visit/last_clinician"
OPEN_VISIT = "visit/open_id"

CLINIC = "clinic/"
SAFETY_NETS = "handout/safety_nets"
QUESTIONS = "agenda/questions_"
UI_LANGUAGE = "view/ui_language"

DEFAULT_QUESTIONS = {
    # After "Ask Share Know" and question prompt lists (Clayton et al. 2007).
    "en": (
        "What are my options?",
        "What are the possible benefits and harms of each option?",
        "How likely are these benefits and harms to happen to me?",
        "What happens if I wait?",
    ),
    "es": (
        "¿Cuáles son mis opciones?",
        "¿Cuáles son los posibles beneficios y daños de cada opción?",
        "¿Qué tan probable es que me pasen esos beneficios y daños?",
        "¿Qué pasa si espero?",
    ),
}

DEFAULT_SAFETY_NETS = (
    (
        "If things get worse",
        SafetyNet(
            warning_signs=[
                "You feel much worse, or you get new symptoms that worry you.",
                "Things are not better by the time we expected.",
            ],
            what_to_do="Call the clinic. In an emergency, call emergency services.",
        ),
    ),
)

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5)
"""Text sizes offered by Ctrl+= / Ctrl+-; 1.0 is the system size."""


class Settings:
    """Typed accessors over QSettings; construct after QApplication names are set."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store or QSettings()

    def text_zoom(self) -> float:
        value = _float(self._s.value(TEXT_ZOOM, 1.0), 1.0)
        return min(ZOOM_STEPS, key=lambda step: abs(step - value))

    def set_text_zoom(self, zoom: float) -> None:
        self._s.setValue(TEXT_ZOOM, float(zoom))

    def high_contrast(self) -> bool:
        return _bool(self._s.value(HIGH_CONTRAST, False))

    def set_high_contrast(self, on: bool) -> None:
        self._s.setValue(HIGH_CONTRAST, bool(on))

    def window_geometry(self) -> QByteArray | None:
        return _bytes(self._s.value(WINDOW_GEOMETRY))

    def set_window_geometry(self, data: QByteArray) -> None:
        self._s.setValue(WINDOW_GEOMETRY, data)

    def window_state(self) -> QByteArray | None:
        return _bytes(self._s.value(WINDOW_STATE))

    def set_window_state(self, data: QByteArray) -> None:
        self._s.setValue(WINDOW_STATE, data)

    def splitter_state(self) -> QByteArray | None:
        return _bytes(self._s.value(SPLITTER_STATE))

    def set_splitter_state(self, data: QByteArray) -> None:
        self._s.setValue(SPLITTER_STATE, data)

    def last_clinician(self) -> str:
        return str(self._s.value(LAST_CLINICIAN, "") or "")

    def set_last_clinician(self, name: str) -> None:
        self._s.setValue(LAST_CLINICIAN, name)

    def open_visit(self) -> int | None:
        """The visit open when the app last ran, if it did not close normally."""
        value = self._s.value(OPEN_VISIT)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_open_visit(self, visit_id: int | None) -> None:
        if visit_id is None:
            self._s.remove(OPEN_VISIT)
        else:
            self._s.setValue(OPEN_VISIT, int(visit_id))
        self._s.sync()

    # -- the clinic's own details and words --------------------------------------

    def clinic(self) -> Clinic:
        logo = str(self._s.value(CLINIC + "logo", "") or "")
        return Clinic(
            name=str(self._s.value(CLINIC + "name", "") or ""),
            phone=str(self._s.value(CLINIC + "phone", "") or ""),
            after_hours=str(self._s.value(CLINIC + "after_hours", "") or ""),
            address=str(self._s.value(CLINIC + "address", "") or ""),
            logo=Path(logo) if logo else None,
        )

    def set_clinic(self, clinic: Clinic) -> None:
        for key in ("name", "phone", "after_hours", "address"):
            self._s.setValue(CLINIC + key, getattr(clinic, key))
        self._s.setValue(CLINIC + "logo", str(clinic.logo) if clinic.logo else "")

    def safety_nets(self) -> list[tuple[str, SafetyNet]]:
        """Reusable safety-netting advice, by name; the defaults until the clinic edits them."""
        raw = self._s.value(SAFETY_NETS)
        if not raw:
            return [(name, copy_of(net)) for name, net in DEFAULT_SAFETY_NETS]
        try:
            return [
                (str(item["name"]), from_data(item["advice"], SafetyNet))
                for item in json.loads(str(raw))
            ]
        except (ValueError, KeyError, TypeError, msgspec.ValidationError):
            return [(name, copy_of(net)) for name, net in DEFAULT_SAFETY_NETS]

    def set_safety_nets(self, nets: list[tuple[str, SafetyNet]]) -> None:
        items = [{"name": name, "advice": to_data(net)} for name, net in nets]
        self._s.setValue(SAFETY_NETS, json.dumps(items, ensure_ascii=False))

    def questions(self, language: str) -> list[str]:
        """The questions the agenda offers patients, in ``language`` (English if none)."""
        base = language.split("-")[0]
        raw = self._s.value(QUESTIONS + base)
        if raw:
            try:
                return [str(q) for q in json.loads(str(raw)) if str(q).strip()]
            except ValueError:
                pass
        return list(DEFAULT_QUESTIONS.get(base, DEFAULT_QUESTIONS["en"]))

    def set_questions(self, language: str, questions: list[str]) -> None:
        kept = [q.strip() for q in questions if q.strip()]
        self._s.setValue(QUESTIONS + language.split("-")[0], json.dumps(kept, ensure_ascii=False))

    def ui_language(self) -> str:
        """ "" follows the system; otherwise a language code such as "es"."""
        return str(self._s.value(UI_LANGUAGE, "") or "")

    def set_ui_language(self, code: str) -> None:
        self._s.setValue(UI_LANGUAGE, code)


def _float(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _bytes(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
