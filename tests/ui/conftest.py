"""Set-up for tests that drive the real widgets: private settings, a real store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sharedvisit.store import Store
from sharedvisit.ui import collector
from sharedvisit.ui.document import VisitDocument
from sharedvisit.visit import Visit
from tests.qtisolation import isolate_settings, refuse_dialogs


@pytest.fixture(scope="session", autouse=True)
def _collector(qapp: QApplication) -> None:
    """As in the app: garbage is collected on the UI thread only (see ui/collector.py)."""
    collector.install(qapp)


@pytest.fixture(autouse=True)
def _isolated_settings(qapp: QApplication, tmp_path: Path) -> None:
    """QSettings write to this test's folder, never to the user's."""
    isolate_settings(tmp_path / "settings")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real SQLite store in this test's folder."""
    with Store.open(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def document(example_visit: Visit, store: Store) -> VisitDocument:
    """The example visit, stored, open for editing."""
    return VisitDocument(example_visit, store.add(example_visit))


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang a headless test: any one a test did not expect fails it."""
    refuse_dialogs(monkeypatch)
