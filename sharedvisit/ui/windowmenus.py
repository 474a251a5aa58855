"""The main window's menus and toolbar, made from its actions.

Every action lives on the window (with its shortcut, so it works whatever
has focus); this module only arranges them: the menus in the usual order,
and a toolbar of the few things done in every visit, each button named for
screen readers with its shortcut in its tooltip. The words keep the main
window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

if TYPE_CHECKING:
    from .mainwindow import MainWindow


def add_menus_and_toolbar(window: MainWindow) -> QToolBar:
    """Fill ``window``'s menu bar and add its toolbar, which is returned."""
    bar = window.menuBar()
    _fill(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&File")),
        window.new_action,
        window.open_action,
        window.import_action,
        window.save_template_action,
        None,
        window.print_action,
        window.save_pdf_action,
        None,
        window.quit_action,
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit")),
        window.undo_action,
        window.redo_action,
        None,
        window.settings_action,
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&View")),
        window.patient_view_action,
        None,
        window.zoom_in_action,
        window.zoom_out_action,
        window.zoom_reset_action,
        window.contrast_action,
        None,
        window.lock_action,
    )
    _fill(
        bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")),
        window.keys_action,
        window.about_action,
    )

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _fill(
        toolbar,
        window.open_action,
        None,
        window.undo_action,
        window.redo_action,
        None,
        window.print_action,
        window.save_pdf_action,
        None,
        window.patient_view_action,
        window.zoom_out_action,
        window.zoom_in_action,
        None,
        window.lock_action,
    )
    window.addToolBar(toolbar)
    names = {
        window.open_action: QCoreApplication.translate("MainWindow", "Open or find a visit"),
        window.undo_action: QCoreApplication.translate("MainWindow", "Undo"),
        window.redo_action: QCoreApplication.translate("MainWindow", "Redo"),
        window.print_action: QCoreApplication.translate("MainWindow", "Print summary"),
        window.save_pdf_action: QCoreApplication.translate("MainWindow", "Save summary as PDF"),
        window.patient_view_action: QCoreApplication.translate("MainWindow", "Patient view"),
        window.zoom_out_action: QCoreApplication.translate("MainWindow", "Smaller text"),
        window.zoom_in_action: QCoreApplication.translate("MainWindow", "Larger text"),
        window.lock_action: QCoreApplication.translate("MainWindow", "Lock screen"),
    }
    for act, name in names.items():
        widget = toolbar.widgetForAction(act)
        if not isinstance(widget, QToolButton):
            continue
        widget.setAccessibleName(name)
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        widget.setToolTip(f"{name} ({keys})" if keys else name)
        if act in (
            window.undo_action,
            window.redo_action,
            window.zoom_in_action,
            window.zoom_out_action,
        ):
            widget.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return toolbar


def _fill(holder: QMenu | QToolBar, *actions: QAction | None) -> None:
    """Add ``actions`` in order; None stands for a separator."""
    for act in actions:
        if act is None:
            holder.addSeparator()
        else:
            holder.addAction(act)
