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
    from ..clinic import Clinic
    from ..visit import Visit

__all__ = ["Handout", "Paper", "build_handout", "render_handout", "write_handout"]

Paper = Literal["letter", "a4"]
"""The paper sizes the handout is laid out for; Letter is the default."""


def render_handout(
    visit: Visit,
    *,
    language: str | None = None,
    also_language: str | None = None,
    large_print: bool | None = None,
    paper: Paper = "letter",
    clinic: Clinic | None = None,
) -> bytes:
    """The patient's summary of ``visit`` as PDF bytes.

    Each option left as None follows the visit: ``language`` (a language
    without translated labels prints in English), ``also_language`` (a
    second language, section by section; ``""`` for none) and
    ``large_print`` (body 18 pt, nothing under 16 pt). ``paper`` is
    ``"letter"`` or ``"a4"``. ``clinic`` puts the clinic's name and logo
    atop page one and its numbers on page one and in every page's footer.
    """
    from .layout import render_pdf  # reportlab loads here, not when the app starts
    from .typography import LARGE_PRINT, REGULAR_PRINT

    handout = build_handout(visit, language=language, also_language=also_language, clinic=clinic)
    large = visit.large_print if large_print is None else large_print
    return render_pdf(handout, paper=paper, typography=LARGE_PRINT if large else REGULAR_PRINT)


def write_handout(
    visit: Visit,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    also_language: str | None = None,
    large_print: bool | None = None,
    paper: Paper = "letter",
    clinic: Clinic | None = None,
) -> None:
    """Write the summary PDF to ``path`` in one step, readable by its owner only.

    The options are ``render_handout``'s. The file is written whole or not
    at all (``write_atomic``), so a crash never leaves half a PDF for the
    printer. ``OSError`` propagates.
    """
    data = render_handout(
        visit,
        language=language,
        also_language=also_language,
        large_print=large_print,
        paper=paper,
        clinic=clinic,
    )
    write_atomic(path, data, PRIVATE_MODE)
