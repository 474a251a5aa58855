"""The window's language: Qt Linguist translations, loaded once at start.

Sources are ``resources/i18n/sharedvisit_<lang>.ts`` (``make i18n-update``
refreshes them from the code's ``tr()`` calls); ``make`` compiles them to
``.qm`` files beside them. Qt's own words (OK, Cancel, the print dialog)
come from the translations PySide6 ships.

The window's language is independent of each handout's: a clinician working
in English prints a Spanish handout for a Spanish-speaking patient.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource

UI_LANGUAGES = ("en", "es")
"""Languages the window is translated into; English is the source."""


def install_translators(app: QApplication, language: str = "") -> QLocale:
    """Load the window's translations for ``language`` ("" follows the system)."""
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("sharedvisit", str(resource("i18n"))),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
    return locale
