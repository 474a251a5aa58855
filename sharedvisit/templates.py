"""Visit templates: start a visit from a typical agenda instead of a blank page.

A template is an ordinary ``sharedvisit/1`` file: its ``reason`` names it, its
lists are what the new visit starts with. The app ships some in
``resources/templates/``; a clinician's own live in ``templates/`` inside
the data folder (private, like the store). Starting from a template never
carries over anything about a person: no patient, no private note, no notes
of what was said, no answers.

Never imports Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import msgspec.structs

from .atomicfile import PRIVATE_MODE, write_atomic
from .datadir import PRIVATE_DIR_MODE
from .errors import SharedVisitError, VisitFileError
from .resources import resource
from .visit import AgendaStatus, Decision, DecisionStatus, Visit, copy_of
from .visitfile import dump_visit, load_visit

USER_FOLDER = "templates"


@dataclass(frozen=True)
class Template:
    name: str
    language: str
    path: Path
    builtin: bool


def list_templates(data_folder: Path | None = None) -> list[Template]:
    """Shipped templates, then the clinician's own; unreadable files are skipped."""
    found = [_read(path, builtin=True) for path in sorted(resource("templates").glob("*.json"))]
    if data_folder is not None:
        folder = data_folder / USER_FOLDER
        found += [_read(path, builtin=False) for path in sorted(folder.glob("*.json"))]
    return [template for template in found if template is not None]


def start_from(
    template: Template | Path, *, date: dt.date | None = None, clinician: str = ""
) -> Visit:
    """A new visit built from a template: today's date, nobody's name, nothing answered."""
    path = template.path if isinstance(template, Template) else template
    return blank_copy(load_visit(path), date=date or dt.date.today(), clinician=clinician)


def save_template(visit: Visit, data_folder: Path, name: str) -> Path:
    """Keep ``visit``'s structure as the clinician's own template called ``name``."""
    name = name.strip()
    if not name:
        raise SharedVisitError("a template needs a name")
    folder = data_folder / USER_FOLDER
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    except OSError as exc:
        raise SharedVisitError(f"cannot create {folder}: {exc.strerror or exc}") from None
    template = blank_copy(visit, date=visit.date, clinician="")
    template.reason = name
    path = folder / f"{_slug(name)}.json"
    try:
        write_atomic(path, dump_visit(template, for_patient=True).encode("utf-8"), PRIVATE_MODE)
    except OSError as exc:
        raise SharedVisitError(f"cannot save the template {path}: {exc.strerror or exc}") from None
    return path


def blank_copy(visit: Visit, *, date: dt.date, clinician: str) -> Visit:
    """The visit's questions without its answers: what a template keeps."""
    copy = copy_of(visit)
    copy.date = date
    copy.patient = ""
    copy.clinician = clinician
    copy.clinician_private_note = ""
    copy.plan = ""
    for item in copy.agenda:
        item.status = AgendaStatus.OPEN
        item.note = ""
    for concern in copy.concerns:
        concern.response = ""
    for step in copy.next_steps:
        step.due = None
        step.teach_back = None
    copy.decisions = [_fresh_decision(decision) for decision in copy.decisions]
    return copy


def _fresh_decision(decision: Decision) -> Decision:
    return msgspec.structs.replace(
        decision,
        **{
            "what_matters": [],
            "status": DecisionStatus.UNDECIDED,
            "chosen": None,
            "decided_by": None,
            "decide_by": None,
            "preferred_role": None,
            "sure": None,
            "sure_before": None,
            "teach_back": None,
        },
    )


def _read(path: Path, *, builtin: bool) -> Template | None:
    try:
        visit = load_visit(path)
    except VisitFileError:
        return None
    return Template(visit.reason or path.stem, visit.language, path, builtin)


def _slug(name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-")
    return slug[:60] or "template"
