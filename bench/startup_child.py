"""One measured start: the real app on a visit file, or the bare reference window.

``python -m bench.startup_child app DATA_DIR VISIT.json`` starts SharedVisit the
way a person does (``sharedvisit --data-dir DATA_DIR VISIT.json``, through
``sharedvisit.cli.main``); ``python -m bench.startup_child bare`` shows an empty
QMainWindow; ``floor VISIT.json`` shows it after importing the core and reading
the visit, the least any start with a visit does. All install the same probe
and print a JSON line when the window has been shown and painted and the event
loop has come round once more: the moment a person could start typing. The
parent timed the spawn.

The app itself is not changed: the probe goes in by wrapping
``sharedvisit.ui.app.start`` (the function ``run_app`` calls to build the
window), so everything ``run_app`` does before and after it runs as shipped.
The app then also reports when the summary preview first shows a PDF, which
it renders on a worker thread after the window is already usable.
"""

from __future__ import annotations

import json
import resource
import sys
import time

PREVIEW_TIMEOUT_MS = 30_000


def _report(event: str, started: float) -> None:
    """One JSON line: what happened, when (monotonic clock, shared with the parent), peak RSS."""
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    line = {"event": event, "at": time.monotonic(), "rss_kb": rss_kb, "main": started}
    print(json.dumps(line), flush=True)


def _probe(window: object, started: float, *, wait_for_preview: bool = False) -> None:
    """Report once ``window`` is visible and painted and a zero-timer has run after that.

    With ``wait_for_preview``, report again when the summary pane shows its first PDF.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(window, QWidget)
    state = {"painted": False, "done": False}

    class Painted(QObject):
        """Notes the window's first paint; a filter on the window alone costs nothing else."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                state["painted"] = True
            return False

    window.installEventFilter(Painted(window))

    def finish(event: str) -> None:
        if state["done"]:
            return
        state["done"] = True
        if event:
            _report(event, started)
        window.close()
        QApplication.instance().quit()

    def check() -> None:
        if not (window.isVisible() and state["painted"]):
            QTimer.singleShot(0, check)  # not there yet: look again on the next turn
            return
        _report("idle", started)
        summary = getattr(window, "summary", None)
        if wait_for_preview and summary is not None and summary.pdf_bytes() is None:
            summary.rendered.connect(lambda: finish("preview"))
            QTimer.singleShot(PREVIEW_TIMEOUT_MS, lambda: finish("timeout"))
        else:
            finish("")

    QTimer.singleShot(0, check)


def bare() -> int:
    """The reference: the least a PySide6 app can do to show a main window."""
    started = time.monotonic()
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    _probe(window, started)
    return app.exec()


def floor(visit_file: str) -> int:
    """The bare window plus what any start with a visit must do: import the core, read the visit.

    Not a target, a floor: no window of SharedVisit's can open a visit sooner
    than this, with the core imported and the visit read on the UI's path.
    """
    started = time.monotonic()
    from PySide6.QtWidgets import QApplication, QMainWindow

    import sharedvisit.store  # noqa: F401  (the store and the visit model, as the app loads them)
    from sharedvisit.visitfile import load_visit

    app = QApplication(sys.argv[:1])
    load_visit(visit_file)
    window = QMainWindow()
    window.show()
    _probe(window, started)
    return app.exec()


def minimal(visit_file: str) -> int:
    """The floor plus the least window that shows a visit to edit, in plain PySide6.

    Not SharedVisit's window: Qt's stock widgets, no style sheet, icons,
    delegates or undo, laid out as the exam-room window is (menus, toolbar,
    the visit's header, its sections as tabs with the first one filled, the
    summary pane's controls). What any PySide6 window showing this visit
    costs: the bench compares it with the bare window to show how much of
    the start-up target is left for SharedVisit's own code.
    """
    started = time.monotonic()
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QPlainTextEdit,
        QPushButton,
        QSplitter,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    import sharedvisit.store  # noqa: F401  (as the floor)
    from sharedvisit.visitfile import load_visit

    app = QApplication(sys.argv[:1])
    visit = load_visit(visit_file)
    window = QMainWindow()
    for title in ("File", "Edit", "View", "Help"):
        menu = window.menuBar().addMenu(title)
        for item in range(4):
            menu.addAction(f"{title} {item}")
    toolbar = window.addToolBar("Visit")
    for name in ("Open", "Undo", "Redo", "Print", "Save PDF", "Patient view", "Lock"):
        toolbar.addAction(name)
    left = QWidget()
    left_layout = QVBoxLayout(left)
    header = QHBoxLayout()
    for label, text in (("Patient", visit.patient), ("Clinician", visit.clinician)):
        header.addWidget(QLabel(label))
        header.addWidget(QLineEdit(text))
    header.addWidget(QDateEdit())
    left_layout.addLayout(header)
    left_layout.addWidget(QLineEdit(visit.reason))
    tabs = QTabWidget()
    agenda = QWidget()
    agenda_layout = QVBoxLayout(agenda)
    row = QHBoxLayout()
    row.addWidget(QLineEdit())
    for person in ("Patient", "Clinician", "Both", "Add"):
        row.addWidget(QPushButton(person))
    agenda_layout.addLayout(row)
    items = QListWidget()
    items.addItems([item.text for item in visit.agenda])
    agenda_layout.addWidget(items)
    agenda_layout.addWidget(QPlainTextEdit())
    tabs.addTab(agenda, "Agenda")
    for name in ("Concerns", "Not known yet", "Next steps", "Decision"):
        tabs.addTab(QWidget(), name)
    left_layout.addWidget(tabs)
    left_layout.addWidget(QPushButton("Private note"))
    right = QWidget()
    right_layout = QVBoxLayout(right)
    options = QHBoxLayout()
    options.addWidget(QComboBox())
    options.addWidget(QComboBox())
    options.addWidget(QCheckBox("Large print"))
    right_layout.addLayout(options)
    right_layout.addWidget(QLabel("Take-home summary"))
    right_layout.addWidget(QPushButton("Save PDF..."))
    right_layout.addWidget(QPushButton("Print..."))
    right_layout.addWidget(QWidget(), 1)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    window.setCentralWidget(splitter)
    window.statusBar().showMessage("Saved")
    window.resize(1280, 720)
    window.show()
    _probe(window, started)
    return app.exec()


def app(data_dir: str, visit_file: str) -> int:
    """SharedVisit opened on ``visit_file``, exactly as ``sharedvisit --data-dir D FILE``."""
    started = time.monotonic()
    import sharedvisit.ui.app as app_module

    real_start = app_module.start

    def start(*args: object, **kwargs: object) -> object:
        window = real_start(*args, **kwargs)  # type: ignore[arg-type]
        _probe(window, started, wait_for_preview=True)  # run_app shows it right after this
        return window

    app_module.start = start  # type: ignore[assignment]
    from sharedvisit.cli import main

    return main(["--data-dir", data_dir, visit_file])


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    if sys.argv[1] == "floor":
        sys.exit(floor(sys.argv[2]))
    if sys.argv[1] == "minimal":
        sys.exit(minimal(sys.argv[2]))
    sys.exit(app(sys.argv[2], sys.argv[3]))
