"""Write a whole file or nothing: a crash never leaves half a PDF or visit file.

The bytes go to a temporary file in the target's directory, are flushed to
disk, and only then renamed over the target; the directory is synced so the
rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_MODE = 0o600
"""Files that may hold patient data are readable by their owner only."""


def write_atomic(path: str | os.PathLike[str], data: bytes, mode: int = PRIVATE_MODE) -> None:
    """Replace ``path`` with ``data`` in one step, with permission bits ``mode``.

    Raises ``OSError`` as the system reports it (missing folder, full disk,
    no permission); the target is then left exactly as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as tmp:
            os.fchmod(tmp.fileno(), mode)
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    # Not every platform or file system lets a directory be opened and synced;
    # the rename has happened either way, so a failure here is not an error.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
