"""Every problem in a visit file at once, for the person who has to fix it.

msgspec decodes a sound file in one pass, in C, and stops at the first
problem of an unsound one. Someone fixing a file another tool wrote would
then fix one line, try again, and meet the next; so when decoding fails,
``problems`` walks the parsed JSON against the same structs (through
``msgspec.inspect``, never a second description of the format) and lists
them all. Each problem is a ``Problem``: where in the file, what kind, the
value found there; ``visitfile`` puts them in plain words.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any

import msgspec
from msgspec import inspect as mi

from .visit import NOT_BLANK, Decision, Outcome, chance_problem, decision_problems

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One problem: ``loc`` is its path in the file, ``kind`` says what is wrong.

    Kinds: ``missing``, ``unknown``, ``not_allowed`` (``allowed`` lists what
    is), ``date``, ``datetime``, ``text``, ``list``, ``object``, ``blank``, ``pattern``,
    ``whole_number``, ``true_false``, ``too_small`` / ``too_large`` (``limit``),
    ``more_than`` (``limit``), and ``check`` (a check across fields; ``words``).
    """

    loc: Loc
    kind: str
    value: Any = None
    allowed: tuple[Any, ...] = ()
    limit: int | None = None
    words: str = ""


def problems(raw: Any, kind: type[msgspec.Struct], *, lenient: bool = False) -> list[Problem]:
    """Every problem of ``raw`` (parsed JSON) as a ``kind``; empty when it decodes."""
    found: list[Problem] = []
    _check(raw, mi.type_info(kind), (), found, lenient)
    return found


def struct_at(kind: type[msgspec.Struct], loc: Loc) -> type[msgspec.Struct] | None:
    """The struct describing the object found at ``loc`` in a ``kind``; None if none does."""
    info: mi.Type = mi.type_info(kind)
    for part in loc:
        info = unwrap(info)
        if isinstance(part, int):
            if not isinstance(info, mi.ListType):
                return None
            info = info.item_type
            continue
        if not isinstance(info, mi.StructType):
            return None
        fields = {f.encode_name: f.type for f in info.fields}
        if part not in fields:
            return None
        info = fields[part]
    info = unwrap(info)
    return info.cls if isinstance(info, mi.StructType) else None


def unwrap(info: mi.Type) -> mi.Type:
    """The type inside a description, or inside an "or null" (the visit's only unions)."""
    if isinstance(info, mi.Metadata):
        info = info.type
    if isinstance(info, mi.UnionType):
        info = next(t for t in info.types if not isinstance(t, mi.NoneType))
    return info.type if isinstance(info, mi.Metadata) else info


def _nullable(info: mi.Type) -> bool:
    if isinstance(info, mi.Metadata):
        info = info.type
    return isinstance(info, mi.UnionType) and any(isinstance(t, mi.NoneType) for t in info.types)


def _check(value: Any, info: mi.Type, loc: Loc, found: list[Problem], lenient: bool) -> None:
    if value is None and _nullable(info):
        return
    info = unwrap(info)
    if isinstance(info, mi.StructType):
        _check_struct(value, info, loc, found, lenient)
    elif isinstance(info, mi.ListType):
        if not isinstance(value, list):
            found.append(Problem(loc, "list", value))
            return
        for i, item in enumerate(value):
            _check(item, info.item_type, (*loc, i), found, lenient)
    else:
        problem = _leaf(value, info, loc)
        if problem is not None:
            found.append(problem)


def _check_struct(
    value: Any, info: mi.StructType, loc: Loc, found: list[Problem], lenient: bool
) -> None:
    if not isinstance(value, dict):
        found.append(Problem(loc, "object", value))
        return
    before = len(found)
    names = {f.encode_name for f in info.fields}
    for key in value:
        if key not in names:
            found.append(Problem((*loc, key), "unknown", value[key]))
    for f in info.fields:
        if f.encode_name not in value:
            if f.required:
                found.append(Problem((*loc, f.encode_name), "missing"))
            continue
        _check(value[f.encode_name], f.type, (*loc, f.encode_name), found, lenient)
    if len(found) > before:
        return
    # Sound field by field: now the checks across fields, as decoding makes them.
    if info.cls is Outcome and value["chance"] > value["out_of"]:
        found.append(
            Problem(
                (*loc, "chance"), "check", words=chance_problem(value["chance"], value["out_of"])
            )
        )
    elif info.cls is Decision and not lenient:
        decision = msgspec.convert(value, Decision)
        for at, words in decision_problems(decision)[:1]:
            found.append(Problem((*loc, *split_path(at)), "check", words=words))


def _leaf(value: Any, info: mi.Type, loc: Loc) -> Problem | None:
    if isinstance(info, mi.StrType):
        if not isinstance(value, str):
            return Problem(loc, "text", value)
        if info.pattern is not None and not re.search(info.pattern, value):
            return Problem(loc, "blank" if info.pattern == NOT_BLANK else "pattern", value)
        return None
    if isinstance(info, mi.BoolType):
        return None if isinstance(value, bool) else Problem(loc, "true_false", value)
    if isinstance(info, mi.IntType):
        if isinstance(value, bool) or not isinstance(value, int):
            return Problem(loc, "whole_number", value)
        if info.ge is not None and value < info.ge:
            return Problem(loc, "too_small", value, limit=info.ge)
        if info.gt is not None and value <= info.gt:
            return Problem(loc, "more_than", value, limit=info.gt)
        if info.le is not None and value > info.le:
            return Problem(loc, "too_large", value, limit=info.le)
        return None
    if isinstance(info, mi.EnumType):
        allowed = tuple(member.value for member in info.cls)
        return None if value in allowed else Problem(loc, "not_allowed", value, allowed)
    if isinstance(info, mi.LiteralType):
        allowed = tuple(info.values)
        return None if value in allowed else Problem(loc, "not_allowed", value, allowed)
    if isinstance(info, (mi.DateType, mi.DateTimeType)):
        date_only = isinstance(info, mi.DateType)
        try:
            msgspec.convert(value, _dt.date if date_only else _dt.datetime)
        except msgspec.ValidationError:
            return Problem(loc, "date" if date_only else "datetime", value)
        return None
    return None  # a type the visit does not use: decoding will say what is wrong


def split_path(path: str) -> Loc:
    """``options[1].outcomes[0].out_of`` as a loc: ("options", 1, "outcomes", 0, "out_of")."""
    parts: list[str | int] = []
    for name, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", path):
        parts.append(name if name else int(index))
    return tuple(parts)


def msgspec_loc(message: str) -> tuple[Loc, str]:
    """The loc and the words of a msgspec error, ``"Expected ... - at `$.agenda[0]`"``."""
    words, _, where = message.partition(" - at `$")
    return split_path(where.rstrip("`")), words
