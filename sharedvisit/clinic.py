"""Who we are and how to reach us: the clinic's details printed on every handout.

Set once in the window's settings; the handout's header and footer carry
them, so a patient at home knows whom to call, day and night.

Never imports Qt (the window stores these with QSettings and hands them over;
the command line reads them from a JSON file with ``load_clinic``).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import SharedVisitError


@dataclass(frozen=True)
class Clinic:
    name: str = ""
    phone: str = ""
    after_hours: str = ""
    address: str = ""
    logo: Path | None = None

    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.after_hours or self.address or self.logo)


def load_clinic(path: Path) -> Clinic:
    """A clinic from a JSON file with the ``Clinic`` fields, all text, all optional.

    ``logo`` is a path, taken relative to the file's folder. Anything else
    (an unknown key, a number) is refused in one sentence: a typo in a
    phone number's key must not print a handout without the number.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SharedVisitError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # bad JSON, or not UTF-8
        raise SharedVisitError(f"{path} is not a clinic file: {exc}") from None
    if not isinstance(data, dict):
        raise SharedVisitError(f"{path} is not a clinic file: expected a JSON object")
    fields = {field.name for field in dataclasses.fields(Clinic)}
    unknown = sorted(set(data) - fields)
    if unknown:
        known = ", ".join(sorted(fields))
        raise SharedVisitError(f"{path}: unknown key {unknown[0]!r} (known: {known})")
    wrong = sorted(key for key, value in data.items() if not isinstance(value, str))
    if wrong:
        raise SharedVisitError(f"{path}: {wrong[0]!r} must be text")
    logo = data.pop("logo", "").strip()
    return Clinic(**data, logo=path.parent / logo if logo else None)
