"""Settings: the clinic, safety-netting advice, questions and language, kept on OK only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from sharedvisit.ui import dialogs
from sharedvisit.ui.settings import Settings
from sharedvisit.ui.settingsdialog import SettingsDialog


def open_dialog(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_clinic_details_are_kept_on_ok(qtbot: QtBot, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    assert image.save(str(logo))
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.clinic_name, "Riverside Family Clinic")
    qtbot.keyClicks(dialog.clinic_phone, "555-0142")
    qtbot.keyClicks(dialog.clinic_after_hours, "555-0199")
    qtbot.keyClicks(dialog.clinic_address, "12 River Road")
    dialog.logo.setText(str(logo))
    dialog.accept()
    clinic = Settings().clinic()
    assert (clinic.name, clinic.phone, clinic.after_hours, clinic.address, clinic.logo) == (
        "Riverside Family Clinic",
        "555-0142",
        "555-0199",
        "12 River Road",
        logo,
    )


def test_cancel_keeps_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.clinic_name, "Not kept")
    dialog.reject()
    assert Settings().clinic().name == ""


def test_a_logo_that_is_not_an_image_is_refused(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    dialog = open_dialog(qtbot)
    dialog.logo.setText(str(bad))
    dialog.accept()
    assert errors == [f"{bad} is not a PNG or JPEG image that can be read."]
    assert dialog.isVisible()
    assert Settings().clinic().logo is None


def test_safety_netting_advice_can_be_added_and_edited(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.net_list.count() >= 1  # a default to start from
    dialog._add_net()
    dialog.net_name.selectAll()
    qtbot.keyClicks(dialog.net_name, "After a knee injection")
    qtbot.keyClicks(dialog.net_signs, "The knee is hot and red")
    qtbot.keyClick(dialog.net_signs, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.net_signs, "You have a fever")
    qtbot.keyClicks(dialog.net_phone, "555-0199")
    qtbot.keyClicks(dialog.net_course, "The pain eases within two days.")
    dialog.accept()
    name, advice = Settings().safety_nets()[-1]
    assert name == "After a knee injection"
    assert advice.warning_signs == ["The knee is hot and red", "You have a fever"]
    assert advice.phone == "555-0199"
    assert advice.expected_course == "The pain eases within two days."


def test_questions_are_kept_per_language(qtbot: QtBot) -> None:
    assert Settings().questions("es")[0] == "¿Cuáles son mis opciones?"
    dialog = open_dialog(qtbot)
    dialog.question_language.setCurrentIndex(dialog.question_language.findData("en"))
    dialog.questions.setPlainText("What are my options?\n\nWho can I call?")
    dialog.accept()
    assert Settings().questions("en") == ["What are my options?", "Who can I call?"]
    assert Settings().questions("en-GB") == ["What are my options?", "Who can I call?"]
    assert Settings().questions("es")[0] == "¿Cuáles son mis opciones?"


def test_window_language_choice(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("es"))
    dialog.accept()
    assert Settings().ui_language() == "es"
