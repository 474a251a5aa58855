"""Icons from ``resources/icons/`` (SVG), loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; a missing file is a bug, so it fails loudly."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))
