"""Every modal dialog the app opens goes through one function here.

A modal dialog blocks a headless test forever, so tests replace these
functions (``monkeypatch.setattr(dialogs, "ask_save_path", ...)``). Callers
must therefore use them as ``dialogs.ask_save_path(...)``, never import the
function by name.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

PDF_FILTER = "PDF (*.pdf)"
VISIT_FILTER = "SharedVisit visit (*.json)"

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str
) -> Path | None:
    """Where to save a file; None when the person cancels.

    Typing "summary" saves ``summary.pdf``: the filter's extension is added, so
    the question about replacing a file is about the file really written.
    """
    dialog = QFileDialog(parent, title, str(suggested), file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if match := re.search(r"\*\.(\w+)", file_filter):
        dialog.setDefaultSuffix(match.group(1))
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Which file to open; None when the person cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_choice(
    parent: QWidget | None, title: str, text: str, choices: list[str], default: int = 0
) -> int:
    """Show ``text`` with one button per choice; returns the index chosen, -1 if dismissed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text typed by the person (``text`` to start from); None if they cancel."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def run_print_dialog(printer: QPrinter, parent: QWidget | None) -> bool:
    """Let the person choose printer and pages; True when they press Print."""
    from PySide6.QtPrintSupport import QPrintDialog  # Qt's printing loads when first used

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def run_dialog(dialog: QDialog) -> int:
    """Run one of our own modal dialogs; returns its result code."""
    return dialog.exec()
