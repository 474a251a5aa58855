"""What every test that builds real widgets needs: the user's settings untouched, no modal hang.

Shared by ``tests/ui`` (for every test) and ``tests/reliability`` (for the
tests that open a window in their own process).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

DIALOGS = (
    "ask_save_path",
    "ask_open_path",
    "show_error",
    "show_info",
    "ask_choice",
    "ask_text",
    "run_print_dialog",
    "run_dialog",
)
"""Every function of ``sharedvisit.ui.dialogs`` that opens a modal dialog."""


def isolate_settings(folder: Path) -> None:
    """QSettings write below ``folder``, never to the user's."""
    QCoreApplication.setOrganizationName("SharedVisit")
    QCoreApplication.setApplicationName("SharedVisit")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def refuse_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang a headless test: any one a test did not expect fails it.

    A test that expects one patches that function again, with the answer.
    """
    from sharedvisit.ui import dialogs

    def refuse(name: str) -> Callable[..., None]:
        def opened(*args: object, **kwargs: object) -> None:
            texts = [a for a in args if isinstance(a, str)]
            raise AssertionError(f"unexpected dialog {name}: {texts}")

        return opened

    for name in DIALOGS:
        monkeypatch.setattr(dialogs, name, refuse(name))


def print_to_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[Any]:
    """A printer is set up, and in the print dialog the person picks "Print to file" at ``path``.

    Returns the list the printers the dialog was shown are appended to.
    """
    from PySide6.QtPrintSupport import QPrinter

    from sharedvisit.ui import dialogs, printing

    printers: list[Any] = []

    def run_print_dialog(printer: QPrinter, _parent: object) -> bool:
        printers.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True

    monkeypatch.setattr(printing, "printers_available", lambda: True)
    monkeypatch.setattr(dialogs, "run_print_dialog", run_print_dialog)
    return printers
