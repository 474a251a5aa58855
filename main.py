"""Start SharedVisit: ``python main.py [VISIT.json]`` opens the window."""

import sys

from sharedvisit.cli import main

if __name__ == "__main__":
    sys.exit(main())
