"""Errors a person can cause and fix, each told in one plain sentence.

The command line and the window catch ``SharedVisitError`` at their edge and
show ``str(error)``; anything else is a bug and may show a traceback. Messages
never contain visit text beyond what the person typed on the command line,
so they are safe to log.
"""

from __future__ import annotations


class SharedVisitError(Exception):
    """Base of every error the user can cause; ``str()`` is one plain sentence."""


class VisitFileError(SharedVisitError):
    """A visit file that cannot be read: bad JSON, wrong format, invalid fields.

    ``problems`` holds every problem found, each prefixed with its path in the
    file (``agenda[3].raised_by: ...``); ``str()`` shows the first and a count.
    """

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = problems
        self.source = source
        first = problems[0] if problems else "unreadable visit file"
        more = len(problems) - 1
        text = f"{source}: {first}" if source else first
        if more:
            text += f" (and {more} more problem{'s' if more > 1 else ''})"
        super().__init__(text)


class StoreError(SharedVisitError):
    """The visit store cannot be opened, read or written."""


class VisitNotFound(StoreError):
    """No visit with that id in the store."""
