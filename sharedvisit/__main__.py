"""``python -m sharedvisit``: the same command line as the ``sharedvisit`` entry point."""

import sys

from .cli import main

sys.exit(main())
