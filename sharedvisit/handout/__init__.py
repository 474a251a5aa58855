"""The take-home summary: a visit printed as a PDF the patient can read at home.

``render_handout()`` and ``write_handout()`` are the whole public API; what the
handout says is built by ``content``, how it looks by ``layout``. Importing
this package is cheap: reportlab is imported only when a PDF is rendered, so
the window starts without it.

This package never imports Qt, and never prints, logs or renders the
clinician's private note.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from ..atomicfile import PRIVATE_MODE, write_atomic
from .content import Handout, build_handout

if TYPE_CHECKING:
    from ..visit import Visit

__all__ = ["Handout", "Paper", "build_handout", "render_handout", "write_handout"]

Paper = Literal["letter", "a4"]
"""The paper sizes the handout is laid out for; Letter is the default."""


def render_handout(visit: Visit, *, language: str | None = None, paper: Paper = "letter") -> bytes:
    """The patient's summary of ``visit`` as PDF bytes.

    ``language`` defaults to the visit's; a language without translated labels
    prints in English. ``paper`` is ``"letter"`` or ``"a4"``.
    """
    from .layout import render_pdf  # reportlab loads here, not when the app starts

    return render_pdf(build_handout(visit, language=language), paper=paper)


def write_handout(
    visit: Visit,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    paper: Paper = "letter",
) -> None:
    """Write the summary PDF to ``path`` in one step, readable by its owner only.

    The file is written whole or not at all (``write_atomic``), so a crash
    never leaves half a PDF for the printer. ``OSError`` propagates.
    """
    data = render_handout(visit, language=language, paper=paper)
    write_atomic(path, data, PRIVATE_MODE)
