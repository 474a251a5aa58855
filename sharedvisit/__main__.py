"""``python -m sharedvisit``: the same command line as the ``sharedvisit`` entry point."""

import sys

from .cli import main

if __name__ == "__main__":  # not when a render process imports it again (see ui/renderprocess)
    sys.exit(main())
