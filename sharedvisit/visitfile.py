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
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .atomicfile import PRIVATE_MODE, write_atomic
from .errors import VisitFileError
from .visit import FORMAT, Visit

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
            # JSON may escape half a UTF-16 pair ("\ud800"); Python reads it, pydantic
            # refuses it. It cannot be shown or printed, so it becomes U+FFFD.
            data = json.dumps(_replace_lone_surrogates(raw))
    except RecursionError:  # nesting json.loads accepts, but too deep to walk
        raise VisitFileError(["not a visit: the JSON is nested far too deeply"], source) from None
    try:
        return Visit.model_validate_json(data, context={"lenient": lenient})
    except ValidationError as exc:
        # An unknown key usually explains the rest (a typo'd "txt" leaves "text"
        # missing), so it is named first.
        errors = sorted(exc.errors(), key=lambda err: err["type"] != "extra_forbidden")
        raise VisitFileError([_describe(err) for err in errors], source) from None


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
    exclude = {"clinician_private_note"} if for_patient else None
    data = visit.model_dump(mode="json", exclude=exclude)
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
    schema = Visit.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


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


def _describe(err: Any) -> str:
    """One plain line for one pydantic error, led by its path in the file."""
    loc = tuple(err["loc"])
    path = _path(loc)
    kind = err["type"]
    got = err.get("input")
    if kind == "missing":
        return f"{path}: required, but missing"
    if kind == "extra_forbidden":
        return f"{path}: unknown field{_suggest(loc)}"
    if kind in ("literal_error", "enum"):
        expected = err.get("ctx", {}).get("expected", "")
        return f"{path}: {_show(got)} is not allowed; use one of {expected}"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"{path}: {_show(got)} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24"
    if kind == "string_type":
        return f"{path}: must be text in double quotes, not {_json_kind(got)}"
    if kind == "list_type":
        return f"{path}: must be a list [...], not {_json_kind(got)}"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"{path}: must be an object {{...}}, not {_json_kind(got)}"
    if kind == "blank":
        return f"{path}: must not be empty"
    at = err.get("ctx", {}).get("at")
    if at:  # a check on a whole object that names the field it is about
        return f"{_path((*loc, *_split_path(at)))}: {err['msg']}"
    if kind == "greater_than":
        return f"{path}: must be more than {err['ctx']['gt']}"
    if kind == "greater_than_equal":
        return f"{path}: {_show(got)} is too small; it must be at least {err['ctx']['ge']}"
    if kind == "less_than_equal":
        return f"{path}: {_show(got)} is too large; it must be at most {err['ctx']['le']}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"{path}: must be a whole number, not {_json_kind(got)}"
    if kind == "bool_type":
        return f"{path}: must be true, false or null, not {_json_kind(got)}"
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "language":
        return f"{path}: {_show(got)} is not a language code; use one like 'en', 'es' or 'pt-BR'"
    return f"{path}: {err['msg']}"


def _split_path(path: str) -> tuple[Any, ...]:
    """``options[1].outcomes[0].out_of`` as a loc tuple: ("options", 1, "outcomes", 0, "out_of")."""
    parts: list[Any] = []
    for name, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", path):
        parts.append(name if name else int(index))
    return tuple(parts)


def _path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _suggest(loc: tuple[Any, ...]) -> str:
    """Name the allowed fields at ``loc``'s parent, and the likely intended one."""
    model = _model_at(loc[:-1])
    if model is None:
        return ""
    allowed = list(model.model_fields)
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"{hint}; allowed here: {', '.join(allowed)}"


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class describing the object found at ``loc`` in a visit file."""
    current: Any = Visit
    for part in loc:
        if isinstance(part, int):
            continue  # list items share their list's type, unwrapped below
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _show(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
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
