"""Set-up for the reliability tests that open a window in this process.

The same isolation as ``tests/ui``: settings in the test's own folder,
garbage collected on the UI thread only, and any dialog a test did not
expect fails it instead of hanging. Tests that need a window ask for the
``window_env`` fixture; the others run without Qt.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sharedvisit.ui import collector
from tests.qtisolation import isolate_settings, refuse_dialogs


@pytest.fixture
def window_env(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    collector.install(qapp)
    isolate_settings(tmp_path / "settings")
    refuse_dialogs(monkeypatch)
