"""What each edit of a decision does to it, keeping the decision consistent as it is built.

A decision's parts depend on each other: ``chosen`` names an option, an
outcome is counted out of the same number of people for every option, a
decided decision names its choice. The window edits one part at a time, so
each edit here also carries its consequences, in the same undo step:
renaming the chosen option renames ``chosen``; removing it clears ``chosen``
and steps "decided" back to "leaning"; changing how many people an outcome is
counted out of changes it for every option with that outcome.

Each function takes a decision and returns a new one; the old one is never
changed, which is what makes every step exactly undoable (``decisionmodel``).
The result is validated leniently (the checks across fields are shown as
hints while a decision is built), but every field is still checked, so an
edit can never leave a value the store could not read back.

Never imports Qt and never logs: the words in a decision are the patient's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from ..visit import (
    SURE_ITEMS,
    Certainty,
    Decision,
    DecisionStatus,
    Option,
    Outcome,
    Person,
    PreferredRole,
    TeachBack,
    WhatMatters,
    from_data,
    to_data,
)

Data = dict[str, Any]

Edit = Callable[[Decision], Decision]
"""One of the functions below with its arguments bound: a decision in, the edited one out."""


class DecisionEditor(Protocol):
    """What the parts of the decision section ask of it: apply one edit as one undo step.

    ``merge_key`` names a field being typed into, so a burst of typing is one
    step; ``focus`` names the field to put the cursor in once the edit shows.
    """

    def edit(self, change: Edit, label: str, *, merge_key: str = "", focus: str = "") -> None: ...


SURE_SETS = ("sure_before", "sure")
"""Where SURE answers are kept: before the option talk, and now (the one the handout shows)."""

DEFAULT_OUT_OF = 100
"""A new number is counted out of 100 people unless the same outcome already has a count."""


def _edit(decision: Decision, change: Callable[[Data], None]) -> Decision:
    # ``change`` sees plain data: an enum is its value there, so compare with ==.
    data = to_data(decision)
    change(data)
    return from_data(data, Decision)


def new_decision(question: str, first_option: str, wait_and_see: str) -> Decision:
    """A new decision: two options, one of them waiting and seeing."""
    return Decision(
        question=question, options=[Option(name=first_option), Option(name=wait_and_see)]
    )


# -- the question and where we are ---------------------------------------------------


def set_question(decision: Decision, question: str) -> Decision:
    return _edit(decision, lambda d: d.update(question=question))


def set_status(decision: Decision, status: DecisionStatus) -> Decision:
    """Only "leaning" and "decided" can name a chosen option; the others let it go."""

    def change(d: Data) -> None:
        d["status"] = status
        if status not in (DecisionStatus.LEANING, DecisionStatus.DECIDED):
            d["chosen"] = None

    return _edit(decision, change)


def set_chosen(decision: Decision, name: str | None) -> Decision:
    """Naming an option moves an open decision to "leaning"; un-naming it, a decided one."""

    def change(d: Data) -> None:
        d["chosen"] = name
        opens = name is not None and d["status"] in (
            DecisionStatus.UNDECIDED,
            DecisionStatus.DEFERRED,
        )
        lets_go = name is None and d["status"] == DecisionStatus.DECIDED
        if opens or lets_go:
            d["status"] = DecisionStatus.LEANING

    return _edit(decision, change)


def set_decided_by(decision: Decision, person: Person | None) -> Decision:
    return _edit(decision, lambda d: d.update(decided_by=person))


def set_decide_by(decision: Decision, day: dt.date | None) -> Decision:
    return _edit(decision, lambda d: d.update(decide_by=day))


def set_preferred_role(decision: Decision, role: PreferredRole | None) -> Decision:
    return _edit(decision, lambda d: d.update(preferred_role=role))


def set_teach_back(decision: Decision, teach_back: TeachBack | None) -> Decision:
    """The patient said the decision back (``teachback`` builds the value)."""
    dumped = to_data(teach_back) if teach_back is not None else None
    return _edit(decision, lambda d: d.update(teach_back=dumped))


# -- options ----------------------------------------------------------------------------


def add_option(decision: Decision, name: str) -> Decision:
    return _edit(decision, lambda d: d["options"].append(to_data(Option(name=name))))


def remove_option(decision: Decision, index: int) -> Decision:
    """Remove one option; a decision keeps at least two, so with two this changes nothing."""

    def change(d: Data) -> None:
        if len(d["options"]) <= 2:
            return
        removed = d["options"].pop(index)
        if d["chosen"] == removed["name"] and removed["name"] not in _names(d):
            d["chosen"] = None
            if d["status"] == DecisionStatus.DECIDED:
                d["status"] = DecisionStatus.LEANING

    return _edit(decision, change)


def rename_option(decision: Decision, index: int, name: str) -> Decision:
    def change(d: Data) -> None:
        old = d["options"][index]["name"]
        d["options"][index]["name"] = name
        if d["chosen"] == old and old not in _names(d):
            d["chosen"] = name

    return _edit(decision, change)


def set_description(decision: Decision, index: int, text: str) -> Decision:
    return _edit(decision, lambda d: d["options"][index].update(description=text))


def set_points(decision: Decision, index: int, field: str, text: str) -> Decision:
    """Good things (``benefits``) or bad things (``harms``), written one to a line."""
    if field not in ("benefits", "harms"):
        raise KeyError(field)
    return _edit(decision, lambda d: d["options"][index].update({field: lines(text)}))


def lines(text: str) -> list[str]:
    """The sentences of a one-per-line text: blank lines dropped, spaces trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _names(d: Data) -> list[str]:
    return [option["name"] for option in d["options"]]


# -- numbers ------------------------------------------------------------------------------


def out_of_for(decision: Decision, label: str) -> int:
    """How many people ``label`` is counted out of already, for any option; or the default."""
    for option in decision.options:
        for outcome in option.outcomes:
            if outcome.label == label:
                return outcome.out_of
    return DEFAULT_OUT_OF


def add_outcome(decision: Decision, index: int, label: str) -> Decision:
    """A new number for one option, counted out of the same people as its outcome elsewhere."""
    outcome = Outcome(label=label, chance=0, out_of=out_of_for(decision, label))
    return _edit(decision, lambda d: d["options"][index]["outcomes"].append(to_data(outcome)))


def remove_outcome(decision: Decision, index: int, number: int) -> Decision:
    return _edit(decision, lambda d: d["options"][index]["outcomes"].pop(number))


def rename_outcome(decision: Decision, old: str, new: str) -> Decision:
    """One outcome is one row of the comparison: its label changes for every option at once."""

    def change(d: Data) -> None:
        for option in d["options"]:
            for outcome in option["outcomes"]:
                if outcome["label"] == old:
                    outcome["label"] = new

    return _edit(decision, change)


def set_chance(decision: Decision, index: int, number: int, chance: int) -> Decision:
    def change(d: Data) -> None:
        outcome = d["options"][index]["outcomes"][number]
        outcome["chance"] = max(0, min(chance, outcome["out_of"]))

    return _edit(decision, change)


def set_out_of(decision: Decision, index: int, number: int, out_of: int) -> Decision:
    """IPDAS: one denominator per outcome, so every option's count of it follows.

    A chance that no longer fits is lowered to the new count, never left
    above it (the store could not read it back).
    """
    out_of = max(1, out_of)

    def change(d: Data) -> None:
        label = d["options"][index]["outcomes"][number]["label"]
        for option in d["options"]:
            for outcome in option["outcomes"]:
                if outcome["label"] == label:
                    outcome["out_of"] = out_of
                    outcome["chance"] = min(outcome["chance"], out_of)

    return _edit(decision, change)


def set_certainty(
    decision: Decision, index: int, number: int, certainty: Certainty | None
) -> Decision:
    def change(d: Data) -> None:
        d["options"][index]["outcomes"][number]["certainty"] = certainty

    return _edit(decision, change)


def outcome_rows(decision: Decision) -> list[tuple[str, int]]:
    """The rows of numbers in the comparison: (label, occurrence), in order of first mention.

    One row per outcome label; an option that lists the same label twice
    gets a second row for it, so no number is ever hidden.
    """
    rows: list[tuple[str, int]] = []
    for option in decision.options:
        seen: dict[str, int] = {}
        for outcome in option.outcomes:
            k = seen.get(outcome.label, 0)
            seen[outcome.label] = k + 1
            if (outcome.label, k) not in rows:
                rows.append((outcome.label, k))
    return rows


def outcome_at(decision: Decision, index: int, row: tuple[str, int]) -> int | None:
    """Where option ``index`` keeps the number of ``row``, or None when it has none."""
    label, occurrence = row
    found = [j for j, o in enumerate(decision.options[index].outcomes) if o.label == label]
    return found[occurrence] if occurrence < len(found) else None


# -- what matters ---------------------------------------------------------------------------


def add_matter(decision: Decision, text: str, raised_by: Person, importance: int) -> Decision:
    item = WhatMatters(text=text, importance=importance, raised_by=raised_by)
    return _edit(decision, lambda d: d["what_matters"].append(to_data(item)))


def set_matter(decision: Decision, row: int, field: str, value: Any) -> Decision:
    if field not in ("text", "importance", "raised_by"):
        raise KeyError(field)
    return _edit(decision, lambda d: d["what_matters"][row].update({field: value}))


def remove_matter(decision: Decision, row: int) -> Decision:
    return _edit(decision, lambda d: d["what_matters"].pop(row))


def strongest_first(decision: Decision) -> Decision:
    """What matters most at the top; equal ratings keep the order they were named in."""
    return _edit(decision, lambda d: d["what_matters"].sort(key=lambda item: -item["importance"]))


# -- SURE ---------------------------------------------------------------------------------


def set_sure(decision: Decision, which: str, item: str, answer: bool | None) -> Decision:
    """Answer one SURE question (None: not answered); four unanswered is no SURE at all."""
    if which not in SURE_SETS or item not in SURE_ITEMS:
        raise KeyError((which, item))

    def change(d: Data) -> None:
        answers = d[which] or dict.fromkeys(SURE_ITEMS)
        answers[item] = answer
        d[which] = None if all(answers[i] is None for i in SURE_ITEMS) else answers

    return _edit(decision, change)
