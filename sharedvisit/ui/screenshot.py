"""``make screenshot``: render the main window with a visit to a PNG, without a display.

Usage: ``python -m sharedvisit.ui.screenshot VISIT.json OUT.png [--patient-view OUT2.png]``
(``--section 4`` shows the decision tab; ``--scroll 0.5`` halfway down it).
Uses a throw-away store, so it never touches the user's visits.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="screenshot")
    parser.add_argument("visit", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--patient-view", type=Path)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--zoom", type=float, default=1.0)
    parser.add_argument(
        "--section", type=int, default=0, help="0 agenda ... 3 next steps, 4 decision"
    )
    parser.add_argument(
        "--scroll", type=float, default=0.0, help="how far down the section, 0.0 to 1.0"
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from ..store import Store
    from ..visitfile import load_visit
    from .app import application
    from .mainwindow import MainWindow
    from .settings import Settings

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        settings = Settings()
        settings.set_text_zoom(args.zoom)
        with Store.open(folder) as store:
            window = MainWindow(store, settings)
            width, height = (int(n) for n in args.size.split("x"))
            window.resize(width, height)
            window.show()
            window.open_visit(store.add(load_visit(args.visit)))
            window.go_to_section(args.section)
            sections = list(window.sections.values())
            if args.section < len(sections):
                sections[args.section].list.select_row(0)
            _settle(app, window)
            bar = window.tabs.currentWidget().verticalScrollBar()
            bar.setValue(round(bar.maximum() * args.scroll))
            window.summary.render_now()
            _settle(app, window)
            window.grab().save(str(args.out))
            print(f"wrote {args.out}")
            if args.patient_view:
                window.toggle_patient_view()
                window.patient_view.resize(1280, 800)
                _settle(app, window)
                window.patient_view.grab().save(str(args.patient_view))
                print(f"wrote {args.patient_view}")
            window.close()
    return 0


def _settle(app: object, window: object) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    loop = QEventLoop()
    deadline = QDeadlineTimer(1500)
    while not deadline.hasExpired():
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


if __name__ == "__main__":
    sys.exit(main())
