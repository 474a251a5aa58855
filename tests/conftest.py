"""Shared test set-up: headless Qt, and visits to work on.

``QT_QPA_PLATFORM=offscreen`` is set here, before pytest-qt creates the
application, so every test runs without a display whoever starts pytest.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sharedvisit.visit import Visit
from sharedvisit.visitfile import load_visit

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"


@pytest.fixture
def example_visit() -> Visit:
    """The knee-pain visit from ``docs/examples``: every list filled, a private note set."""
    return load_visit(EXAMPLES / "knee-pain.json")


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test ever touches the real user data directory."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SHAREDVISIT_DATA_DIR", str(folder))
    return folder
