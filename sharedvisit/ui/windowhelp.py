"""What Help > About and Help > Keyboard shortcuts say.

Kept apart from the window so the list of keys is easy to find and keep in
step with ``docs/accessibility.md``. The words keep the main window's
translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import __version__


def about_text() -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "SharedVisit {0}\n\nA clinician and a patient build the visit together, "
        "and the patient takes home a summary they can read.\n\n"
        "The SURE test: Légaré F, et al. Can Fam Physician 2010;56(8):e308-14. "
        "© Ottawa Hospital Research Institute, used unaltered.",
    ).format(__version__)


def keys_text() -> str:
    return QCoreApplication.translate(
        "MainWindow",
        "Enter: add what you typed\n"
        "Ctrl+1 / Ctrl+2 / Ctrl+3: patient / clinician / both\n"
        "Ctrl+Up / Ctrl+Down: move the selected item\n"
        "F2: edit the selected item; Delete: remove it\n"
        "Ctrl+D: discussed; Ctrl+T: next time\n"
        "Alt+1 to Alt+5: go to a section (Alt+5: the decision)\n"
        "In the decision: 0 to 5 rate what matters; the arrow keys choose an answer\n"
        "Ctrl+Z: undo; Ctrl+Shift+Z or Ctrl+Y: redo\n"
        "Ctrl+P: print the summary; Ctrl+Shift+S: save it as PDF\n"
        "Ctrl+Shift+P: patient view (F11 there: full screen)\n"
        "Ctrl+= / Ctrl+- / Ctrl+0: text size\n"
        "Ctrl+L: lock the screen\n"
        "Ctrl+,: settings (the clinic, saved advice, questions to offer)",
    )
