"""Text size and contrast for the whole app, readable across a desk.

One place sets the application font (the base size times the zoom the
person chose) and the style sheet; the patient's window is drawn larger still.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .people import PEOPLE, person_look

BASE_POINT_SIZE = 11.0
"""Body text at zoom 1.0: larger than most desktop defaults, for reading at arm's length."""

LARGE_TYPE = 1.6
"""The patient's window text, relative to the main window's (that window is made when opened)."""


def apply_theme(app: QApplication, zoom: float, high_contrast: bool) -> None:
    """Set the font size and colours of every window of the app."""
    app.setStyle("Fusion")
    point = BASE_POINT_SIZE * zoom
    font = app.font()
    font.setPointSizeF(point)
    app.setFont(font)
    app.setPalette(_palette(high_contrast))
    app.setStyleSheet(_style_sheet(point, high_contrast))


def _palette(high_contrast: bool) -> QPalette:
    palette = QPalette()
    if high_contrast:
        colours = {
            QPalette.ColorRole.Window: "#ffffff",
            QPalette.ColorRole.WindowText: "#000000",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#ffffff",
            QPalette.ColorRole.Text: "#000000",
            QPalette.ColorRole.Button: "#ffffff",
            QPalette.ColorRole.ButtonText: "#000000",
            QPalette.ColorRole.Highlight: "#000000",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#333333",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#000000",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#f6f6f3",
            QPalette.ColorRole.WindowText: "#1f2328",
            QPalette.ColorRole.Base: "#ffffff",
            QPalette.ColorRole.AlternateBase: "#f3f4f6",
            QPalette.ColorRole.Text: "#1f2328",
            QPalette.ColorRole.Button: "#eef0f2",
            QPalette.ColorRole.ButtonText: "#1f2328",
            QPalette.ColorRole.Highlight: "#cfe0fb",
            QPalette.ColorRole.HighlightedText: "#0b1f44",
            QPalette.ColorRole.PlaceholderText: "#5b6470",
            QPalette.ColorRole.ToolTipBase: "#ffffff",
            QPalette.ColorRole.ToolTipText: "#1f2328",
        }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def _style_sheet(point: float, high_contrast: bool) -> str:
    border = "2px solid #000000" if high_contrast else "1px solid #a3a9b1"
    focus = "3px solid #0000cc" if high_contrast else "2px solid #1d4ed8"
    large = point * LARGE_TYPE
    icon = round(point * 1.75)  # icons grow with the text they sit beside
    box = round(point * 1.35)  # so do the boxes of check boxes and radio buttons
    # The base size is in the sheet itself: with an application style sheet,
    # QApplication.setFont alone does not reach widgets that are already shown.
    return f"""
* {{ font-size: {point:.1f}pt; }}
QToolBar, QToolButton, QPushButton, QCheckBox {{ qproperty-iconSize: {icon}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px; }}
QLabel[role="title"] {{ font-size: {point * 1.3:.1f}pt; font-weight: 600; }}
QLabel[role="subtitle"] {{ font-size: {point * 1.12:.1f}pt; font-weight: 600; }}
QLabel[role="hero"] {{ font-size: {point * 2.0:.1f}pt; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QDateEdit, QComboBox, QListView {{
    border: {border}; border-radius: 4px; padding: 3px; background: #ffffff;
}}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QComboBox:focus, QListView:focus {{
    border: {focus};
}}
QPushButton:focus, QToolButton:focus {{ border: {focus}; border-radius: 4px; }}
#patientView, #patientView QListView, #patientView QLabel {{ font-size: {large:.1f}pt; }}
#patientView QLabel[role="title"] {{ font-size: {large * 1.25:.1f}pt; font-weight: 600; }}
#patientView QLabel[role="subtitle"] {{ font-size: {large * 1.05:.1f}pt; font-weight: 600; }}
#patientView QListView {{ border: none; background: transparent; }}
QScrollBar:vertical {{ width: 12px; background: transparent; margin: 0; }}
QScrollBar::handle:vertical {{ background: {"#000000" if high_contrast else "#a3a9b1"};
    border-radius: 5px; min-height: 32px; margin: 1px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
{_person_rules()}
#saveStatus[state="failed"] {{ color: #9b1c1c; font-weight: 600; }}
"""


def _person_rules() -> str:
    """A chosen Patient / Clinician / Both button wears that person's colours (and a border)."""
    rules = []
    for person in PEOPLE:
        look = person_look(person)
        rules.append(
            f'QToolButton[person="{person.value}"]:checked {{ background: {look.fill.name()};'
            f" border: 2px solid {look.ink.name()}; border-radius: 5px;"
            f" color: {look.ink.name()}; font-weight: 600; }}"
        )
    return "\n".join(rules)
