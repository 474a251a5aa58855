"""Where the visit store lives on this machine.

In order of precedence: ``--data-dir DIR`` on the command line, the
``SHAREDVISIT_DATA_DIR`` environment variable, then the user data directory
that platformdirs names for this system. The folder is created private to its
owner (mode 0700 exactly, whatever the umask): it holds patient data. The
files in it are made 0600 by the store and its backups.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import StoreError

ENV_VAR = "SHAREDVISIT_DATA_DIR"
APP_NAME = "SharedVisit"
PRIVATE_DIR_MODE = 0o700


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, created (owner-only) if it does not exist yet."""
    if override:
        folder = Path(override)
    elif os.environ.get(ENV_VAR):
        folder = Path(os.environ[ENV_VAR])
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder = folder.expanduser()
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True)
    except FileExistsError:
        # A folder someone chose and made keeps its own permissions.
        if not folder.is_dir():
            raise StoreError(
                f"cannot create the data folder {folder}: a file of that name is in the way"
            ) from None
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {folder}: {exc.strerror or exc}") from None
    else:
        # mkdir's mode is filtered through the umask; the folder must be
        # exactly owner-only, whatever the umask of whoever started the app.
        os.chmod(folder, PRIVATE_DIR_MODE)
    return folder
