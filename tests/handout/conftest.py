"""Fixtures for the handout tests; the visits themselves are built in ``visits``."""

from __future__ import annotations

import pytest

from sharedvisit.visit import Visit

from .visits import thousand_item_visit


@pytest.fixture(scope="session")
def huge_visit() -> Visit:
    """1,000 entries, 250 in each list (see ``thousand_item_visit``)."""
    return thousand_item_visit()
