"""What the summary preview's render process runs: the visit in, the handout's PDF out.

The preview is rendered in a process of its own, not on a thread of the
window's. reportlab is pure Python and holds the GIL for the whole of a
render (most of a second for a long visit); on a thread it made every Python
step of the window wait its turn in 5 ms slices, so re-laying out a
250-entry list (one Python call per row) took a second instead of a few
milliseconds. In its own process the renderer has its own GIL, and
reportlab, its fonts and the pages it builds stay out of the window's memory.

The process imports this module, so it must never import Qt or anything of
the window: it starts in a fraction of a second and stays small. The visit
arrives as ``to_data(visit)`` data of the patient's copy, so the private
note is never sent; as plain data rather than JSON text, because a lone
surrogate (which a Python string may hold, and the handout prints as a box)
cannot be written as JSON but pickles as it is.

Nothing here logs: the data is the patient's.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..clinic import Clinic


def start_worker() -> None:
    """Runs first in the render process: end it as soon as the window's process ends.

    A window killed outright (a power cut, the task manager) runs no clean-up,
    and a process pool's worker would wait for work forever; the parent's
    sentinel becomes ready when the parent is gone, whatever the way.
    """
    import multiprocessing
    import multiprocessing.connection
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def warm_up() -> int:
    """Load the renderer before the first visit arrives; returns this process's id.

    The id lets the window end this process, and only this one, when it closes.
    """
    from ..handout import layout  # noqa: F401  (reportlab and the fonts, loaded once)

    return os.getpid()


def render(data: dict[str, Any], paper: str, clinic: Clinic | None) -> bytes:
    """The handout PDF of the visit ``data`` (``to_data`` of the patient's copy)."""
    from ..handout import render_handout
    from ..visit import Visit, from_data

    # Leniently, as the store reads a visit back: a decision still being built (a
    # choice not yet named) is previewed as it stands, never refused.
    visit = from_data(data, Visit)
    return render_handout(visit, paper=paper, clinic=clinic)  # type: ignore[arg-type]
