"""Render jobs for the summary pane's tests, run in the pane's render process.

The render process finds a job by its module and name, so a test's stand-in
must live in an importable module of its own; this one imports no Qt.
"""

from __future__ import annotations

from typing import Any


def broken(data: dict[str, Any], paper: str, clinic: object) -> bytes:
    """A renderer with a bug: the message quotes the visit, so it must never be logged."""
    raise ValueError(f"cannot lay out {data['patient']}")
