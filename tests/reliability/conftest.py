"""Set-up for the reliability tests that open a window in this process.

The same isolation as ``tests/ui``: settings in the test's own folder,
garbage collected on the UI thread only, and any dialog a test did not
expect fails it instead of hanging. Tests that need a window ask for the
``window_env`` fixture; the others run without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from sharedvisit.ui import collector, dialogs


@pytest.fixture
def window_env(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    collector.install(qapp)
    QCoreApplication.setOrganizationName("SharedVisit")
    QCoreApplication.setApplicationName("SharedVisit")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )

    def refuse(name: str) -> Callable[..., None]:
        def opened(*args: object, **kwargs: object) -> None:
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected dialog {name}: {texts}")

        return opened

    for name in (
        "ask_save_path",
        "ask_open_path",
        "show_error",
        "show_info",
        "ask_choice",
        "run_print_dialog",
        "run_dialog",
    ):
        monkeypatch.setattr(dialogs, name, refuse(name))
