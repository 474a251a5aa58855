"""Every control a person can reach has a name a screen reader announces, listed in the docs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui.mainwindow import MainWindow
from sharedvisit.ui.settings import Settings
from sharedvisit.ui.visitdialog import VisitDialog
from sharedvisit.visit import Visit

DOC = Path(__file__).resolve().parents[2] / "docs" / "accessibility.md"
CONTROLS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
    QTabWidget,
)


def named_controls(root: QWidget) -> list[tuple[str, str]]:
    """(class, accessible name) of every control a person can reach in ``root``."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parent()
        if isinstance(parent, (QLineEdit, QAbstractSpinBox, QComboBox, QTabBar)):
            continue  # parts of another control: its clear button, its arrows
        if parent is not None and isinstance(parent.parent(), QComboBox):
            continue  # a combo box's drop-down list, named by the combo box
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own overflow and corner buttons
        found.append((type(widget).__name__, widget.accessibleName()))
    return found


def test_every_control_is_named_and_documented(
    qtbot: QtBot, store: Store, example_visit: Visit
) -> None:
    window = MainWindow(store, Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_visit(store.add(example_visit))
    for tab in range(window.tabs.count()):  # each tab is built when first shown
        window.tabs.setCurrentIndex(tab)
    dialog = VisitDialog(store)
    qtbot.addWidget(dialog)
    doc = DOC.read_text()
    controls = [
        *named_controls(window),
        *named_controls(window.patient_view),
        *named_controls(dialog),
    ]
    assert len(controls) > 60
    unnamed = [kind for kind, name in controls if not name]
    assert unnamed == []
    for kind, name in controls:
        for part in name.replace(": ", "\n").replace(", ", "\n").splitlines():
            assert part in doc, f"{kind} {name!r}: add it to docs/accessibility.md"
    window.close()
