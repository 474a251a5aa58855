"""Where the app's files live: fonts, icons, translations, templates.

Nothing else builds these paths. From a checkout (or an editable install) the
``resources/`` folder beside the package is used; an installed wheel carries
them under ``<prefix>/share/sharedvisit/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding ``fonts/``, ``icons/`` and the rest."""
    beside = Path(__file__).resolve().parent.parent / "resources"
    if beside.is_dir():
        return beside
    return Path(sys.prefix) / "share" / "sharedvisit" / "resources"


def resource(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
