"""The settings dialog: who we are, when to get help, questions to offer, the window's language.

Set once, used every visit: the clinic's details go on every handout, the
safety-netting advice and the questions are offered with one click. Nothing
here is about a patient. Saved through ``Settings`` only when the person
presses OK.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..clinic import Clinic
from ..visit import SafetyNet
from . import dialogs
from .handoutoptions import HANDOUT_LANGUAGES
from .settings import Settings
from .widgets import NoteEdit

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg)"


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._loading = False
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self._clinic_page(), self.tr("Clinic"))
        self.tabs.addTab(self._safety_page(), self.tr("When to get help"))
        self.tabs.addTab(self._questions_page(), self.tr("Questions to ask"))
        self.tabs.addTab(self._language_page(), self.tr("Language"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Save settings")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(720, 520)

    # -- pages -------------------------------------------------------------------

    def _clinic_page(self) -> QWidget:
        page = QWidget(self)
        clinic = self.settings.clinic()
        self.clinic_name = self._line(clinic.name, self.tr("Clinic name"))
        self.clinic_phone = self._line(clinic.phone, self.tr("Clinic phone"))
        self.clinic_after_hours = self._line(clinic.after_hours, self.tr("After-hours phone"))
        self.clinic_address = NoteEdit(self.tr("Clinic address"), "", page)
        self.clinic_address.setPlainText(clinic.address)
        self.logo = self._line(str(clinic.logo or ""), self.tr("Logo image file"))
        self.logo.setPlaceholderText(self.tr("Optional: a PNG or JPEG image"))
        choose = QPushButton(self.tr("Choose…"), page)
        choose.setAccessibleName(self.tr("Choose a logo image"))
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form = QFormLayout(page)
        form.addRow(self.tr("Name"), self.clinic_name)
        form.addRow(self.tr("Phone"), self.clinic_phone)
        form.addRow(self.tr("After hours"), self.clinic_after_hours)
        form.addRow(self.tr("Address"), self.clinic_address)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow(QLabel(self.tr("These appear on every take-home summary."), page))
        return page

    def _safety_page(self) -> QWidget:
        page = QWidget(self)
        self._nets: list[tuple[str, SafetyNet]] = self.settings.safety_nets()
        self.net_list = QListWidget(page)
        self.net_list.setAccessibleName(self.tr("Saved advice"))
        add = QPushButton(self.tr("Add"), page)
        add.setAccessibleName(self.tr("Add advice"))
        remove = QPushButton(self.tr("Remove"), page)
        remove.setAccessibleName(self.tr("Remove advice"))
        add.clicked.connect(self._add_net)
        remove.clicked.connect(self._remove_net)
        self.net_name = self._line("", self.tr("Name of the advice"))
        self.net_signs = NoteEdit(
            self.tr("Warning signs"), self.tr("One warning sign on each line"), page
        )
        self.net_what = self._line("", self.tr("What to do"))
        self.net_phone = self._line("", self.tr("Number to call"))
        self.net_course = self._line("", self.tr("How long it should take to get better"))
        for editor in (self.net_name, self.net_what, self.net_phone, self.net_course):
            editor.textEdited.connect(self._store_net)
        self.net_signs.textChanged.connect(self._store_net)
        self.net_list.currentRowChanged.connect(self._show_net)
        left = QVBoxLayout()
        left.addWidget(self.net_list, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        left.addLayout(row)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.net_name)
        form.addRow(self.tr("Warning signs"), self.net_signs)
        form.addRow(self.tr("What to do"), self.net_what)
        form.addRow(self.tr("Number to call"), self.net_phone)
        form.addRow(self.tr("Getting better"), self.net_course)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 1)
        layout.addLayout(form, 2)
        for name, _net in self._nets:
            self.net_list.addItem(name)
        self.net_list.setCurrentRow(0 if self._nets else -1)
        self._show_net(self.net_list.currentRow())
        return page

    def _questions_page(self) -> QWidget:
        page = QWidget(self)
        self.question_language = QComboBox(page)
        self.question_language.setAccessibleName(self.tr("Language of the questions"))
        self._questions = {code: self.settings.questions(code) for code, _ in HANDOUT_LANGUAGES}
        for code, name in HANDOUT_LANGUAGES:
            self.question_language.addItem(name, code)
        self.questions = NoteEdit(
            self.tr("Questions to offer"), self.tr("One question on each line"), page
        )
        self.questions.setFixedHeight(self.questions.fontMetrics().lineSpacing() * 8 + 14)
        self.questions.textChanged.connect(self._store_questions)
        self.question_language.currentIndexChanged.connect(self._show_questions)
        self._show_questions()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                self.tr("The agenda offers these questions to the patient, one click each."), page
            )
        )
        layout.addWidget(self.question_language)
        layout.addWidget(self.questions)
        layout.addStretch(1)
        return page

    def _language_page(self) -> QWidget:
        page = QWidget(self)
        self.ui_language = QComboBox(page)
        self.ui_language.setAccessibleName(self.tr("Language of the window"))
        self.ui_language.addItem(self.tr("Follow the computer's language"), "")
        for code, name in HANDOUT_LANGUAGES:
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(
            max(0, self.ui_language.findData(self.settings.ui_language()))
        )
        form = QFormLayout(page)
        form.addRow(self.tr("Window language"), self.ui_language)
        form.addRow(
            QLabel(
                self.tr(
                    "This changes the window the next time SharedVisit starts. Each handout "
                    "is printed in its visit's own language."
                ),
                page,
            )
        )
        return page

    # -- editing ---------------------------------------------------------------------

    def _line(self, text: str, name: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setAccessibleName(name)
        return line

    def _choose_logo(self) -> None:
        path = dialogs.ask_open_path(self, self.tr("Choose a logo image"), IMAGE_FILTER)
        if path is not None:
            self.logo.setText(str(path))

    def _show_net(self, row: int) -> None:
        on = 0 <= row < len(self._nets)
        for widget in (
            self.net_name,
            self.net_signs,
            self.net_what,
            self.net_phone,
            self.net_course,
        ):
            widget.setEnabled(on)
        name, net = self._nets[row] if on else ("", SafetyNet())
        self._loading = True
        self.net_name.setText(name)
        self.net_signs.setPlainText("\n".join(net.warning_signs))
        self.net_what.setText(net.what_to_do)
        self.net_phone.setText(net.phone)
        self.net_course.setText(net.expected_course)
        self._loading = False

    def _store_net(self) -> None:
        row = self.net_list.currentRow()
        if self._loading or not 0 <= row < len(self._nets):
            return
        signs = [line for line in self.net_signs.toPlainText().splitlines() if line.strip()]
        name = self.net_name.text().strip() or self.tr("Advice {0}").format(row + 1)
        self._nets[row] = (
            name,
            SafetyNet(
                warning_signs=signs,
                what_to_do=self.net_what.text(),
                phone=self.net_phone.text(),
                expected_course=self.net_course.text(),
            ),
        )
        self.net_list.item(row).setText(name)

    def _add_net(self) -> None:
        self._nets.append((self.tr("New advice"), SafetyNet()))
        self.net_list.addItem(self._nets[-1][0])
        self.net_list.setCurrentRow(len(self._nets) - 1)
        self.net_name.setFocus()
        self.net_name.selectAll()

    def _remove_net(self) -> None:
        row = self.net_list.currentRow()
        if 0 <= row < len(self._nets):
            del self._nets[row]
            self.net_list.takeItem(row)
            self._show_net(self.net_list.currentRow())

    def _show_questions(self) -> None:
        code = self.question_language.currentData()
        self.questions.blockSignals(True)
        self.questions.setPlainText("\n".join(self._questions[code]))
        self.questions.blockSignals(False)

    def _store_questions(self) -> None:
        code = self.question_language.currentData()
        self._questions[code] = self.questions.toPlainText().splitlines()

    # -- saving ------------------------------------------------------------------------

    def accept(self) -> None:
        logo = self.logo.text().strip()
        if logo and QImageReader(logo).size().isEmpty():
            dialogs.show_error(
                self,
                self.tr("This logo cannot be used"),
                self.tr("{0} is not a PNG or JPEG image that can be read.").format(logo),
            )
            self.tabs.setCurrentIndex(0)
            self.logo.setFocus()
            return
        self.settings.set_clinic(
            Clinic(
                name=self.clinic_name.text().strip(),
                phone=self.clinic_phone.text().strip(),
                after_hours=self.clinic_after_hours.text().strip(),
                address=self.clinic_address.toPlainText().strip(),
                logo=Path(logo) if logo else None,
            )
        )
        self.settings.set_safety_nets(self._nets)
        for code, questions in self._questions.items():
            self.settings.set_questions(code, questions)
        self.settings.set_ui_language(self.ui_language.currentData())
        super().accept()
