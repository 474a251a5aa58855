"""The main window's quiet pages, shown when no visit is: the start page and the lock page.

Neither shows any patient data: the start page is what a patient may see
before a visit is chosen, and a locked screen shows nothing at all. Their
words keep the main window's translation context, so translators find them
with the rest of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .icons import icon


def start_page(parent: QWidget) -> tuple[QWidget, QPushButton, QPushButton]:
    """The page, its "Start a new visit" button and its "Open or find a visit" button."""
    page = QWidget(parent)
    title = QLabel(QCoreApplication.translate("MainWindow", "SharedVisit"), page)
    title.setProperty("role", "hero")
    line = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "Build the visit together: what to talk about, what worries each of you, "
            "what we don't know yet, and what happens next.",
        ),
        page,
    )
    line.setWordWrap(True)
    new = QPushButton(
        icon("add"), QCoreApplication.translate("MainWindow", "Start a new visit"), page
    )
    new.setAccessibleName(QCoreApplication.translate("MainWindow", "Start a new visit"))
    new.setDefault(True)
    find = QPushButton(
        icon("visit"), QCoreApplication.translate("MainWindow", "Open or find a visit…"), page
    )
    find.setAccessibleName(QCoreApplication.translate("MainWindow", "Open or find a visit"))
    return centred(page, title, line, new, find), new, find


def lock_page(parent: QWidget) -> tuple[QWidget, QPushButton]:
    """The page shown while the screen is locked, and its unlock button."""
    page = QWidget(parent)
    title = QLabel(QCoreApplication.translate("MainWindow", "Screen locked"), page)
    title.setProperty("role", "hero")
    line = QLabel(
        QCoreApplication.translate(
            "MainWindow", "Nothing is shown while the screen is locked. Your work is saved."
        ),
        page,
    )
    line.setWordWrap(True)
    unlock = QPushButton(
        icon("lock"), QCoreApplication.translate("MainWindow", "Unlock (Ctrl+L)"), page
    )
    unlock.setAccessibleName(QCoreApplication.translate("MainWindow", "Unlock the screen"))
    return centred(page, title, line, unlock), unlock


def scrolling(page: QWidget | None = None) -> QScrollArea:
    """Large text or a small screen scrolls a section; it never squeezes or clips it.

    Without ``page``, the area stays empty until one is set (a tab built when first shown).
    """
    area = QScrollArea()
    if page is not None:
        area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def centred(page: QWidget, *widgets: QWidget) -> QWidget:
    """``widgets`` in a column of readable width, in the middle of ``page``."""
    column = QVBoxLayout()
    column.setSpacing(16)
    for widget in widgets:
        column.addWidget(widget)
    inner = QWidget(page)
    inner.setLayout(column)
    inner.setMaximumWidth(620)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page
