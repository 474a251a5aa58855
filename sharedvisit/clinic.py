"""Who we are and how to reach us: the clinic's details printed on every handout.

Set once in the window's settings; the handout's header and footer carry
them, so a patient at home knows whom to call, day and night.

Never imports Qt (the window stores these with QSettings and hands them over).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Clinic:
    name: str = ""
    phone: str = ""
    after_hours: str = ""
    address: str = ""
    logo: Path | None = None

    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.after_hours or self.address or self.logo)
