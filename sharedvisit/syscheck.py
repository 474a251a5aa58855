"""Check, before anything is installed, that this machine can run SharedVisit.

Run by ``make`` as ``python3 -m sharedvisit.syscheck`` with the system Python,
so it imports nothing outside the standard library. Qt's offscreen and window
platforms load these shared libraries when PySide6 is imported; a missing one
otherwise fails deep inside Qt with a cryptic message.
"""

from __future__ import annotations

import ctypes
import sys

MIN_PYTHON = (3, 12)
"""PySide6 6.12 under Python 3.11 drops a reference to None on every call that
returns nothing, and the interpreter aborts ("none_dealloc") after a few
hundred thousand Qt calls; from 3.12 on, None is immortal and this cannot happen."""

# (library Qt loads, Debian package that provides it)
QT_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libEGL.so.1", "libegl1"),
    ("libGL.so.1", "libgl1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libfreetype.so.6", "libfreetype6"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libgssapi_krb5.so.2", "libgssapi-krb5-2"),  # QtPdf
)


def missing_packages() -> list[str]:
    """Debian packages whose libraries cannot be loaded here (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    missing = []
    for library, package in QT_LIBRARIES:
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def missing_libraries_message() -> str:
    """One sentence naming what to install, or '' when nothing is missing."""
    packages = missing_packages()
    if not packages:
        return ""
    return (
        "Qt needs system libraries that are missing; install them with: "
        f"sudo apt-get install {' '.join(packages)}"
    )


def problems() -> list[str]:
    found = []
    if sys.version_info < MIN_PYTHON:
        found.append(
            f"SharedVisit needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
            f"this is {sys.version.split()[0]}"
        )
    try:
        import ensurepip  # noqa: F401
        import venv  # noqa: F401
    except ImportError:
        found.append(
            "Python's venv module is missing; install it with: sudo apt-get install python3-venv"
        )
    message = missing_libraries_message()
    if message:
        found.append(message)
    return found


def main() -> int:
    found = problems()
    for problem in found:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
