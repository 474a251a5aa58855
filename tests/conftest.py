"""Shared test set-up: headless Qt, and visits to work on.

``QT_QPA_PLATFORM=offscreen`` is set here, before pytest-qt creates the
application, so every test runs without a display whoever starts pytest, on
a 1920 by 1080 screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The offscreen platform's own screen is 800 by 800; give it an ordinary desktop's.
_SCREEN = Path(__file__).resolve().parent / "offscreen-screen.json"
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from sharedvisit.visit import Visit  # noqa: E402 (after the platform is chosen)
from sharedvisit.visitfile import load_visit  # noqa: E402

# Hypothesis, for every property in the suite. ``ci`` (make test) draws the same
# examples every run and has no deadline: a red CI must mean a change broke something,
# never a new seed or a slow moment on a shared machine. ``long`` (make fuzz) is where
# new examples are found.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=_SLOW_OK, print_blob=True
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, suppress_health_check=_SLOW_OK, print_blob=True
)
settings.load_profile("long" if os.environ.get("SHAREDVISIT_FUZZ") == "long" else "ci")

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


@pytest.fixture(scope="session", autouse=True)
def _render_process_ended() -> Iterator[None]:
    """The summary's render process ends with the tests, as it ends with the app."""
    yield
    renderprocess = sys.modules.get("sharedvisit.ui.renderprocess")
    if renderprocess is not None:
        renderprocess.stop_rendering()
