"""The exam-room window: one visit at a time, edited together, saved as it is typed.

Shows the current visit only. Other patients' names appear only in the
separate open-or-start dialog, never on this screen; a locked window shows
no patient data at all.

Holds no business rules: what the summary says, validation and persistence
live in the core; this module wires widgets, actions and the open visit.

Opening a visit builds only what is on screen: the section tab shown first
(``VisitTabs`` builds the others when first shown), the patient's window the
first time it is opened, and the readability library loads once the window
has been painted (``docs/performance.md`` has the figures).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import SharedVisitError, StoreError
from ..store import Store
from ..templates import Template, start_from
from ..visit import Visit
from ..visitfile import load_visit
from . import dialogs, readinghint, windowhelp, windowpages
from .autosave import Autosaver, SaveState
from .document import VisitDocument
from .handoutoptions import HandoutOptions
from .header import PrivateNote, VisitHeader
from .icons import icon
from .savetemplate import save_as_template
from .settings import ZOOM_STEPS, Settings
from .summary import SummaryPane
from .theme import apply_theme
from .undokeys import UndoKeys
from .visittabs import VisitTabs
from .windowmenus import add_menus_and_toolbar

if TYPE_CHECKING:
    from .decisions import DecisionSection
    from .header import PlanEditor
    from .patientview import PatientView
    from .safetynet import SafetyNetEditor
    from .visittabs import Sections

log = logging.getLogger(__name__)

START_PAGE, VISIT_PAGE, LOCK_PAGE = range(3)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings()
        self.document: VisitDocument | None = None
        self.autosaver: Autosaver | None = None
        self.setWindowTitle("SharedVisit")
        self.setObjectName("mainWindow")
        self.undo_group = QUndoGroup(self)
        self._patient_view: PatientView | None = None  # made when first opened
        self._patient_view_was_open = False
        self._painted = False
        self._after_paint: list[Callable[[], None]] = []
        self._locked_from = START_PAGE

        self._build_pages()
        self._build_actions()
        self.toolbar = add_menus_and_toolbar(self)
        self._build_status()
        self._undo_keys = UndoKeys(self)
        self._restore_layout()
        self._give_clinic()
        self._show_page(START_PAGE)

    # -- building ----------------------------------------------------------------

    def _build_pages(self) -> None:
        self.pages = QStackedWidget(self)
        self.setCentralWidget(self.pages)
        start, self.start_new_button, self.start_open_button = windowpages.start_page(self)
        self.start_new_button.clicked.connect(lambda: self.new_visit())
        self.start_open_button.clicked.connect(self.choose_visit)
        self.pages.addWidget(start)

        visit_page = QWidget(self)
        self.header = VisitHeader(visit_page)
        self.tabs = VisitTabs(self.settings, visit_page)
        self.private_note = PrivateNote(visit_page)
        left = QWidget(visit_page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 8, 6, 8)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.private_note)
        right = QWidget(visit_page)
        self.handout_options = HandoutOptions(right)
        self.summary = SummaryPane(right)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 8, 6, 0)
        right_layout.addWidget(self.handout_options)
        right_layout.addWidget(self.summary, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, visit_page)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(visit_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.pages.addWidget(visit_page)
        lock, self.unlock_button = windowpages.lock_page(self)
        self.unlock_button.clicked.connect(self.toggle_lock)
        self.pages.addWidget(lock)

    def show_about(self) -> None:
        dialogs.show_info(self, self.tr("About SharedVisit"), windowhelp.about_text())

    def show_keys(self) -> None:
        dialogs.show_info(self, self.tr("Keyboard shortcuts"), windowhelp.keys_text())

    @property
    def sections(self) -> Sections:
        """The open visit's section editors by list name (see ``VisitTabs``)."""
        return self.tabs.sections

    @property
    def decision_section(self) -> DecisionSection:
        return self.tabs.decision_section

    @property
    def plan_editor(self) -> PlanEditor:
        return self.tabs.plan_editor

    @property
    def safety_net_editor(self) -> SafetyNetEditor:
        return self.tabs.safety_net_editor

    @property
    def patient_view(self) -> PatientView:
        """The patient's window, made the first time it is needed, showing the open visit."""
        if self._patient_view is None:
            from .patientview import PatientView

            self._patient_view = PatientView(None)
            self._patient_view.set_document(self.document)
        return self._patient_view

    def _build_actions(self) -> None:
        def action(
            text: str, keys: QKeySequence | str | list, slot: object, icon_name: str = ""
        ) -> QAction:
            act = QAction(text, self)
            if isinstance(keys, list):
                act.setShortcuts([QKeySequence(k) for k in keys])
            elif keys:
                act.setShortcut(QKeySequence(keys))
            if icon_name:
                act.setIcon(icon(icon_name))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("&New visit"), QKeySequence.StandardKey.New, lambda: self.new_visit(), "add"
        )
        self.open_action = action(
            self.tr("&Open or find a visit…"),
            QKeySequence.StandardKey.Open,
            self.choose_visit,
            "visit",
        )
        self.import_action = action(
            self.tr("&Import a visit file…"), "Ctrl+I", self.import_visit_file
        )
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.save_template_action = action(
            self.tr("Save as &template…"), "", self.save_as_template, "template"
        )
        self.settings_action = action(
            self.tr("&Settings…"), "Ctrl+,", self.open_settings, "settings"
        )

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.print_action = self.summary.print_action
        self.print_action.setIcon(icon("print"))
        self.save_pdf_action = self.summary.save_pdf_action
        self.save_pdf_action.setIcon(icon("save-pdf"))
        self.addAction(self.print_action)
        self.addAction(self.save_pdf_action)

        self.patient_view_action = action(
            self.tr("&Patient view"), "Ctrl+Shift+P", self.toggle_patient_view, "patient-view"
        )
        self.patient_view_action.setCheckable(True)
        self.zoom_in_action = action(
            self.tr("&Larger text"), ["Ctrl+=", "Ctrl++"], lambda: self.zoom(+1), "zoom-in"
        )
        self.zoom_out_action = action(
            self.tr("&Smaller text"), "Ctrl+-", lambda: self.zoom(-1), "zoom-out"
        )
        self.zoom_reset_action = action(
            self.tr("&Normal text size"), "Ctrl+0", lambda: self.zoom(0)
        )
        self.contrast_action = action(
            self.tr("&High contrast"),
            "Ctrl+Shift+H",
            lambda: self._apply_look(toggle_contrast=True),
        )
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.settings.high_contrast())
        self.lock_action = action(self.tr("&Lock screen"), "Ctrl+L", self.toggle_lock, "lock")
        self.section_actions = []
        for number in range(5):
            self.section_actions.append(
                action(
                    self.tr("Go to section {0}").format(number + 1),
                    f"Alt+{number + 1}",
                    lambda _c=False, n=number: self.go_to_section(n),
                )
            )
        self.about_action = action(self.tr("&About SharedVisit"), "", self.show_about)
        self.keys_action = action(
            self.tr("&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents, self.show_keys
        )

    def _build_status(self) -> None:
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_status)
        self.statusBar().setSizeGripEnabled(False)
        self.reading_level = QLabel(self)
        self.reading_level.setObjectName("readingLevel")
        self.reading_level.setContentsMargins(10, 0, 0, 0)  # in line with the fields above
        self.statusBar().addWidget(self.reading_level, 1)
        self.reading_hint = readinghint.ReadingHint(
            self,
            self.reading_level,
            lambda: self.document.visit.language if self.document is not None else None,
        )

    # -- visits ----------------------------------------------------------------------

    def new_visit(self, template: Template | None = None) -> None:
        """Start a visit, blank or from ``template``, with the last clinician's name."""
        clinician = self.settings.last_clinician()
        try:
            visit = (
                start_from(template, clinician=clinician)
                if template is not None
                else Visit.new(clinician=clinician)
            )
        except SharedVisitError as exc:
            dialogs.show_error(self, self.tr("Cannot start from this template"), str(exc))
            return
        try:
            visit_id = self.store.add(visit)
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Cannot start a visit"), str(exc))
            return
        if self.open_visit(visit_id):
            self.header.patient.setFocus()

    def choose_visit(self) -> None:
        from .visitdialog import VisitDialog

        dialog = VisitDialog(self.store, self)
        if dialogs.run_dialog(dialog) != VisitDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if choice is None:
            return
        if choice.kind == "new":
            self.new_visit(choice.template)
        elif choice.kind == "open" and choice.visit_id is not None:
            self.open_visit(choice.visit_id)
        elif choice.kind == "import" and choice.visit is not None:
            self.import_visit(choice.visit)

    def import_visit_file(self, path: Path | None = None) -> bool:
        path = path or dialogs.ask_open_path(
            self, self.tr("Import a visit file"), dialogs.VISIT_FILTER
        )
        if path is None:
            return False
        try:
            visit = load_visit(path)
        except SharedVisitError as exc:
            dialogs.show_error(self, self.tr("This visit file cannot be opened"), str(exc))
            return False
        return self.import_visit(visit)

    def import_visit(self, visit: Visit) -> bool:
        try:
            visit_id = self.store.add(visit)
        except StoreError as exc:
            dialogs.show_error(self, self.tr("Cannot import the visit"), str(exc))
            return False
        return self.open_visit(visit_id)

    def open_visit(self, visit_id: int) -> bool:
        """Show a stored visit; the visit open before is saved and closed first."""
        if not self.close_visit():
            return False
        try:
            visit = self.store.load(visit_id)
        except SharedVisitError as exc:
            dialogs.show_error(self, self.tr("Cannot open the visit"), str(exc))
            return False
        document = VisitDocument(visit, visit_id, self)
        self.document = document
        self.autosaver = Autosaver(document, self.store, self)
        self.autosaver.stateChanged.connect(self._show_save_state)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self.tabs.set_document(document)
        self.header.set_document(document)
        self.handout_options.set_document(document)
        self.private_note.set_document(document)
        self.summary.set_document(document)
        if self._patient_view is not None:
            self._patient_view.set_document(document)
        if visit.clinician:
            self.settings.set_last_clinician(visit.clinician)
        document.fieldChanged.connect(self._remember_clinician)
        document.fieldChanged.connect(self._offer_questions)
        self._offer_questions("language")
        # The readability library takes a quarter of a second to load: not on the way
        # to the first paint, but before anyone types.
        self._when_painted(lambda language=visit.language: readinghint.warm_up(language))
        self.settings.set_open_visit(visit_id)
        self._show_save_state(SaveState.SAVED.value, "")
        self._show_page(VISIT_PAGE)
        self.tabs.setCurrentIndex(0)
        self.sections["agenda"].input.setFocus()
        log.info("visit %d opened", visit_id)
        return True

    def close_visit(self) -> bool:
        """Save and put away the open visit; False if it could not be saved and must stay."""
        if self.document is None or self.autosaver is None:
            return True
        while not self.autosaver.flush():
            choice = dialogs.ask_choice(
                self,
                self.tr("Not saved yet"),
                self.tr("The latest changes could not be saved: {0}").format(self.autosaver.error),
                [
                    self.tr("Try again"),
                    self.tr("Save a copy to a file…"),
                    self.tr("Close without saving"),
                ],
            )
            if choice == 0:
                continue
            if choice == 1 and self._save_copy():
                break
            if choice == 2:
                break
            return False
        self.autosaver.close()
        self.undo_group.removeStack(self.document.undo_stack)
        for view in (
            self.tabs,
            self.header,
            self.handout_options,
            self.private_note,
            self.summary,
            self._patient_view,
        ):
            if view is not None:
                view.set_document(None)
        self.document.deleteLater()
        self.document = None
        self.autosaver = None
        self.settings.set_open_visit(None)
        self._show_page(START_PAGE)
        return True

    def _save_copy(self) -> bool:
        from ..visitfile import save_visit

        assert self.document is not None
        path = dialogs.ask_save_path(
            self, self.tr("Save a copy of the visit"), Path("visit.json"), dialogs.VISIT_FILTER
        )
        if path is None:
            return False
        try:
            save_visit(self.document.visit, path)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Cannot save the copy"), exc.strerror or str(exc))
            return False
        return True

    def save_as_template(self) -> None:
        """File > Save as template…: keep this visit's structure for the next ones."""
        if self.document is not None:
            path = save_as_template(self, self.document.visit, self.store.path.parent)
            if path is not None:
                self.statusBar().showMessage(
                    self.tr("Saved as a template. Start a new visit to use it."), 8000
                )

    def open_settings(self) -> None:
        """Edit > Settings…; what the settings change shows at once after OK."""
        from .settingsdialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self._offer_questions("language")
        self.tabs.refresh_saved_advice()
        self._give_clinic()

    def _give_clinic(self) -> None:
        """The clinic's details go on the handout the summary pane previews and prints."""
        self.summary.set_clinic(self.settings.clinic())

    # -- view ---------------------------------------------------------------------------

    def go_to_section(self, number: int) -> None:
        if self.pages.currentIndex() == VISIT_PAGE:
            self.tabs.go_to(number)

    def toggle_patient_view(self) -> None:
        if self._patient_view is not None and self._patient_view.isVisible():
            self._patient_view.hide()
        elif self.pages.currentIndex() == VISIT_PAGE:
            self.patient_view.show()
            self.patient_view.raise_()
        self.patient_view_action.setChecked(
            self._patient_view is not None and self._patient_view.isVisible()
        )

    def toggle_lock(self) -> None:
        if self.pages.currentIndex() == LOCK_PAGE:
            self._show_page(self._locked_from)
            if self._locked_from == VISIT_PAGE and self._patient_view_was_open:
                self.patient_view.show()
            return
        self._locked_from = self.pages.currentIndex()
        self._patient_view_was_open = (
            self._patient_view is not None and self._patient_view.isVisible()
        )
        if self._patient_view is not None:
            self._patient_view.hide()
        self._show_page(LOCK_PAGE)
        self.unlock_button.setFocus()

    def zoom(self, step: int) -> None:
        current = self.settings.text_zoom()
        index = ZOOM_STEPS.index(current)
        if step == 0:
            index = ZOOM_STEPS.index(1.0)
        else:
            index = max(0, min(len(ZOOM_STEPS) - 1, index + step))
        self.settings.set_text_zoom(ZOOM_STEPS[index])
        self._apply_look()

    def _apply_look(self, *, toggle_contrast: bool = False) -> None:
        if toggle_contrast:
            self.settings.set_high_contrast(self.contrast_action.isChecked())
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, self.settings.text_zoom(), self.settings.high_contrast())
        self.zoom_in_action.setEnabled(self.settings.text_zoom() < ZOOM_STEPS[-1])
        self.zoom_out_action.setEnabled(self.settings.text_zoom() > ZOOM_STEPS[0])

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        in_visit = page == VISIT_PAGE
        for act in (
            self.print_action,
            self.save_pdf_action,
            self.patient_view_action,
            self.save_template_action,
            *self.section_actions,
        ):
            act.setEnabled(in_visit)
        for act in (self.new_action, self.open_action, self.import_action, self.settings_action):
            act.setEnabled(page != LOCK_PAGE)
        self.undo_action.setVisible(page != LOCK_PAGE)
        self.redo_action.setVisible(page != LOCK_PAGE)
        self.save_status.setVisible(page == VISIT_PAGE)
        if page == START_PAGE:
            self.start_new_button.setFocus()

    def _show_save_state(self, state: str, error: str) -> None:
        text = {
            SaveState.SAVED.value: self.tr("Saved"),
            SaveState.SAVING.value: self.tr("Saving…"),
        }.get(state, self.tr("Not saved: {0} Trying again…").format(error))
        self.save_status.setText(text)
        self.save_status.setProperty("state", state)
        self.save_status.style().unpolish(self.save_status)
        self.save_status.style().polish(self.save_status)

    def _offer_questions(self, field: str) -> None:
        """The agenda offers the clinic's questions in the handout's language."""
        if field == "language" and self.document is not None:
            questions = self.settings.questions(self.document.visit.language)
            self.sections["agenda"].set_suggestions(questions)

    def _remember_clinician(self, field: str) -> None:
        if field == "clinician" and self.document is not None and self.document.visit.clinician:
            self.settings.set_last_clinician(self.document.visit.clinician)

    # -- window state ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self._apply_look()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 720)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is None or not self.splitter.restoreState(splitter):
            QTimer.singleShot(0, lambda: self.splitter.setSizes([760, 520]))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_visit():
            event.ignore()
            return
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state(self.splitter.saveState())
        if self._patient_view is not None:
            self._patient_view.close()
        self.reading_hint.stop()
        self._undo_keys.stop()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            waiting, self._after_paint = self._after_paint, []
            for call in waiting:
                QTimer.singleShot(0, call)

    def _when_painted(self, call: Callable[[], None]) -> None:
        """Run ``call`` once the window has been painted and the event loop has come round.

        For work that can wait until the window is on screen: started on the
        way to the first paint, it would only delay it.
        """
        if self._painted:
            QTimer.singleShot(0, call)
        else:
            self._after_paint.append(call)
