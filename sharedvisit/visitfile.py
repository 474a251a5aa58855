"""The open visit file, ``sharedvisit/1``: read, validate, write, describe.

Other tools write these files, so every way one can be wrong gets a plain
message naming the place in the file (``agenda[3].raised_by``) and what is
allowed there. Never a traceback, never a half-read visit.

The format is documented in ``docs/visit-format.md``; its JSON Schema,
``docs/visit.schema.json``, is generated from the models by
``visit_json_schema()`` and never edited by hand.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

import msgspec
import msgspec.json

from .atomicfile import PRIVATE_MODE, write_atomic
from .errors import VisitFileError
from .visit import FORMAT, VISIT_TITLE, Visit, decision_problems, field_names, to_data
from .visitcheck import Loc, Problem, msgspec_loc, problems, split_path, struct_at

SCHEMA_ID = "https://sharedvisit.example/schema/sharedvisit-1.json"
_FORMAT_RE = re.compile(r"sharedvisit/(\d+)")
_MAX_SHOWN = 40  # characters of a bad value echoed back in a message
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_visit(data: str | bytes, source: str = "", *, lenient: bool = False) -> Visit:
    """Turn the text of a visit file into a ``Visit``, or raise ``VisitFileError``.

    ``lenient`` skips the checks across fields of a decision (a chosen option
    that exists, one denominator per outcome): the store reads the app's own
    saves with it, so a decision half-built when the app closed still opens.
    """
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise VisitFileError(
                [f"not UTF-8 text (bad byte at position {exc.start}); save the file as UTF-8"],
                source,
            ) from None
    data = data.removeprefix("\ufeff")
    raw = _parse_json(data, source)
    if not isinstance(raw, dict):
        raise VisitFileError([f"must be a JSON object {{...}}, not {_json_kind(raw)}"], source)
    _check_format(raw.get("format", None), "format" in raw, source)
    try:
        if _has_lone_surrogate(raw):
            # JSON may escape half a UTF-16 pair ("\ud800"); Python reads it, but it
            # cannot be shown, printed or written as UTF-8, so it becomes U+FFFD.
            raw = _replace_lone_surrogates(raw)
    except RecursionError:  # nesting json.loads accepts, but too deep to walk
        raise VisitFileError(["not a visit: the JSON is nested far too deeply"], source) from None
    try:
        visit = msgspec.convert(raw, Visit)
    except msgspec.ValidationError as exc:
        raise VisitFileError(_problems_in(raw, str(exc), lenient), source) from None
    if not lenient:
        found = [
            Problem(("decisions", i, *split_path(at)), "check", words=words)
            for i, decision in enumerate(visit.decisions)
            for at, words in decision_problems(decision)[:1]
        ]
        if found:
            raise VisitFileError([_describe(p) for p in found], source)
    return visit


def _problems_in(raw: dict[str, Any], first: str, lenient: bool) -> list[str]:
    """Every problem of a visit that did not decode, in plain words; unknown keys first.

    An unknown key usually explains the rest (a typo'd "txt" leaves "text"
    missing), so it is named first. ``first`` is msgspec's own message, used
    should the walk find nothing (it never should).
    """
    found = problems(raw, Visit, lenient=lenient)
    if not found:
        loc, words = msgspec_loc(first)
        found = [Problem(loc, "check", words=words)]
    found.sort(key=lambda p: p.kind != "unknown")
    return [_describe(p) for p in found]


def load_visit(path: str | Path) -> Visit:
    """Read and validate a visit file; every problem (a missing file too) is a VisitFileError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise VisitFileError(["no such file"], str(path)) from None
    except IsADirectoryError:
        raise VisitFileError(["is a folder, not a visit file"], str(path)) from None
    except OSError as exc:
        raise VisitFileError([f"cannot be read ({exc.strerror or exc})"], str(path)) from None
    return parse_visit(data, str(path))


def dump_visit(visit: Visit, *, for_patient: bool = False) -> str:
    """The visit as ``sharedvisit/1`` JSON text.

    ``for_patient`` leaves out the clinician's private note entirely: use it
    for anything handed to the patient. A plain dump keeps the note, because
    that is how a visit moves between the clinician's machines.
    """
    data = to_data(visit)
    if for_patient:
        del data["clinician_private_note"]
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # Text with a lone surrogate cannot be UTF-8; \u escapes keep it exactly.
        text = json.dumps(data, indent=2, ensure_ascii=True) + "\n"
    return text


def save_visit(visit: Visit, path: str | Path, *, for_patient: bool = False) -> None:
    """Write the visit file atomically, readable by its owner only."""
    write_atomic(path, dump_visit(visit, for_patient=for_patient).encode("utf-8"), PRIVATE_MODE)


def visit_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``sharedvisit/1``, generated from the models."""
    schema = msgspec.json.schema(Visit)
    defs = schema["$defs"]
    visit = defs.pop("Visit")  # the visit is the document itself, not a reference to it
    visit["title"] = VISIT_TITLE
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **visit,
        "$defs": defs,
    }


def _parse_json(data: str, source: str) -> Any:
    try:
        return json.loads(data, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        msg = f"not valid JSON: {exc.msg.lower()} at line {exc.lineno}, column {exc.colno}"
        raise VisitFileError([msg], source) from None
    except RecursionError:
        raise VisitFileError(["not a visit: the JSON is nested far too deeply"], source) from None
    except ValueError as exc:  # e.g. an integer with more digits than Python will convert
        raise VisitFileError([f"not valid JSON: {exc}"], source) from None


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return _LONE_SURROGATE.search(value) is not None  # a regex: a long text is scanned in C
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def _replace_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, dict):
        return {_replace_lone_surrogates(k): _replace_lone_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_lone_surrogates(v) for v in value]
    return value


def _check_format(value: object, present: bool, source: str) -> None:
    if not present:
        raise VisitFileError(
            [f'format: missing; a visit file starts with "format": "{FORMAT}"'], source
        )
    if value == FORMAT:
        return
    match = _FORMAT_RE.fullmatch(value) if isinstance(value, str) else None
    if match and int(match.group(1)) > 1:
        raise VisitFileError(
            [
                f"format: {value} is newer than this version of SharedVisit understands "
                f"({FORMAT}); update SharedVisit to open it"
            ],
            source,
        )
    raise VisitFileError(
        [f"format: {_show(value)} is not a SharedVisit visit format (expected '{FORMAT}')"], source
    )


_SAID = {
    "missing": "required, but missing",
    "date": "{shown} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24",
    "datetime": (
        "{shown} is not a date and time; write it as in "
        "2026-11-24T10:40:00 (ISO 8601; Z or +01:00 at the end gives the time zone)"
    ),
    "text": "must be text in double quotes, not {got_kind}",
    "list": "must be a list [...], not {got_kind}",
    "object": "must be an object {{...}}, not {got_kind}",
    "blank": "must not be empty",
    "more_than": "must be more than {limit}",
    "too_small": "{shown} is too small; it must be at least {limit}",
    "too_large": "{shown} is too large; it must be at most {limit}",
    "whole_number": "must be a whole number, not {got_kind}",
    "true_false": "must be true, false or null, not {got_kind}",
    "pattern": "{shown} is not written as this field allows",
}
"""What each kind of problem says after its path; ``{shown}`` is the value as found."""


def _describe(problem: Problem) -> str:
    """One plain line for one problem, led by its path in the file."""
    loc, kind, got = problem.loc, problem.kind, problem.value
    path = _path(loc)
    if kind == "unknown":
        return f"{path}: unknown field{_suggest(loc)}"
    if kind == "not_allowed":
        return f"{path}: {_show(got)} is not allowed; use one of {_one_of(problem.allowed)}"
    if kind == "pattern" and loc and loc[-1] in ("language", "also_language"):
        return f"{path}: {_show(got)} is not a language code; use one like 'en', 'es' or 'pt-BR'"
    if kind in _SAID:
        words = _SAID[kind].format(shown=_show(got), got_kind=_json_kind(got), limit=problem.limit)
        return f"{path}: {words}"
    return f"{path}: {problem.words}"


def _one_of(allowed: tuple[Any, ...]) -> str:
    """'a', 'b' or 'c', as the messages list allowed values."""
    shown = [repr(value) for value in allowed]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _path(loc: Loc) -> str:
    """``agenda[0].text``; a key that is not a plain name is quoted, ``agenda[0]['\\n']``.

    A file's keys are anything it says: quoting keeps a message on one line and
    shows an empty or odd key for what it is.
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not _NAME.fullmatch(part):
            text += f"[{_show(part)}]"
        else:
            text += f".{part}" if text else part
    return text or "(top level)"


def _suggest(loc: Loc) -> str:
    """Name the allowed fields at ``loc``'s parent, and the likely intended one."""
    kind = struct_at(Visit, loc[:-1])
    if kind is None:
        return ""
    allowed = list(field_names(kind))
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"{hint}; allowed here: {', '.join(allowed)}"


def _show(value: object) -> str:
    """A value from the file as a message shows it: escaped, so it stays on one line, and short."""
    if isinstance(value, str):
        text = repr(value)  # escapes what does not print, line breaks included
    else:
        text = "".join(
            char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
            for char in json.dumps(value, ensure_ascii=False)
        )
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
