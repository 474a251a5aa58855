"""The app's remembered choices, through QSettings, each key spelled once.

Nothing here holds visit text: settings files are not private the way the
store is. The id of the open visit is kept so a crash can reopen it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

TEXT_ZOOM = "view/text_zoom"
HIGH_CONTRAST = "view/high_contrast"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER_STATE = "window/splitter"
LAST_CLINICIAN = "visit/last_clinician"
OPEN_VISIT = "visit/open_id"

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
