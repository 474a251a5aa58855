"""SharedVisit: a clinician and a patient co-edit the visit, and the patient takes home a summary.

The package is split in two: the core (everything here except ``ui``) is plain
Python and never imports Qt; ``sharedvisit.ui`` is the Qt window over it.
This file stays import-free so ``python3 -m sharedvisit.syscheck`` runs before
any dependency is installed.
"""

__version__ = "0.1.0"
