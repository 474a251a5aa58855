"""What the take-home summary says about one decision, as a plain description.

Option talk and decision talk on paper (docs/decisions.md): the options side
by side, each number said the IPDAS way, what matters most to the patient,
where we are, and help when the SURE check shows the patient is not sure.

The rules this module keeps, so the layout cannot break them:

- a chance is never printed without its denominator ("40 out of 100
  people"), always with the other side ("60 out of 100 people: it does not
  happen") and, when known, how sure we are, in words (GRADE);
- the picture comes from ``sharedvisit.iconarray``, the same description the
  window paints; a chance with no picture is said in words only, never
  rounded to fit one;
- every fixed word comes from ``labels``.

Pure: never imports Qt or reportlab, never sees the private note (it is
given a visit's decision, and the handout's ``Words``).
"""

from __future__ import annotations

from ..iconarray import icon_array
from ..visit import Decision, DecisionStatus, Option, Outcome, PreferredRole, WhatMatters
from .contact import teach_back
from .description import Advice, Cell, Choice, Fact, Number, Rating, Row, Section, SectionKind
from .words import Words, facts

FILLED_DOT, EMPTY_DOT = "\u25cf", "\u25cb"  # BLACK CIRCLE, WHITE CIRCLE: DejaVu Sans has both
MOST_IMPORTANCE = 5
STRONG_IMPORTANCE = 4  # "matters a lot" or more: a reason worth naming for a choice
MAX_REASONS = 3
ADVICE_TIPS = ("advice.time", "advice.facts", "advice.family", "advice.call")
ADVICE_QUESTIONS = ("advice.ask.choices", "advice.ask.good_bad", "advice.ask.likely")


def decision_section(decision: Decision, words: Words) -> Section:
    """The handout section for one decision; its heading is the question itself."""
    rows = _rows(decision.options, words)
    pictured = any(n.picture for row in rows for cell in row.cells for n in cell.numbers)
    chosen = (decision.chosen or "").strip()
    matters_heading, matters_also = words.heading("matters.heading")
    where_heading, where_also = words.heading("where.heading")
    return Section(
        SectionKind.DECISION,
        decision.question.strip(),
        choice=Choice(
            intro=words.label("decision.intro"),
            picture_key=words.label("decision.key") if pictured else "",
            options=tuple(option.name.strip() for option in decision.options),
            rows=rows,
            matters_heading=matters_heading,
            matters=tuple(_rating(m, words) for m in strongest_first(decision.what_matters)),
            where_heading=where_heading,
            where=words.label(f"where.{_where(decision.status, chosen)}"),
            facts=_where_facts(decision, chosen, words),
            reasons_label=words.label("where.reasons"),
            reasons=_reasons(decision) if decision.status is DecisionStatus.DECIDED else (),
            advice=_advice(words) if decision.sure and decision.sure.conflict() else None,
            matters_heading_also=matters_also,
            where_heading_also=where_also,
            teach_back=teach_back(decision.teach_back, words),
        ),
    )


def strongest_first(matters: list[WhatMatters]) -> list[WhatMatters]:
    """What matters, most important first; equal ratings keep the order they were given."""
    return sorted(matters, key=lambda m: -m.importance)


def number(outcome: Outcome, words: Words) -> Number:
    """One chance said three ways: how many, how many not, how sure; and its picture.

    The outcome is typed once, so on a bilingual handout only "40 out of
    100 people" comes in both languages, before the typed words.
    """
    chance, total = outcome.chance, outcome.out_of

    def out_of(w: Words) -> str:  # each language groups digits its own way
        return w.number(total)

    what = outcome.label.strip().rstrip(".")
    certainty = outcome.certainty
    people = words.label("outcome.people", chance=lambda w: w.number(chance), out_of=out_of)
    return Number(
        sentence=words.one("outcome.chance", people=people, outcome=what),
        balance=words.label("outcome.rest", rest=lambda w: w.number(total - chance), out_of=out_of),
        certainty=words.label(f"certainty.{certainty.value}") if certainty else "",
        picture=icon_array(outcome.chance, outcome.out_of),
    )


def _rows(options: list[Option], words: Words) -> tuple[Row, ...]:
    """The comparison's rows; a row no option fills is left out, not printed empty."""
    rows: list[Row] = []
    if any(option.description.strip() for option in options):
        cells = tuple(Cell(text=option.description.strip()) for option in options)
        rows.append(Row(words.label("grid.involves"), cells))
    for key, lists in (
        ("grid.good", [option.benefits for option in options]),
        ("grid.bad", [option.harms for option in options]),
    ):
        if any(lists):
            none = words.label("grid.none")
            cells = tuple(
                Cell(bullets=tuple(s.strip() for s in items)) if items else Cell(text=none)
                for items in lists
            )
            rows.append(Row(words.label(key), cells))
    for label in _outcome_labels(options):
        rows.append(
            Row(
                _capitalised(label.strip()),
                tuple(_outcome_cell(option, label, words) for option in options),
                is_outcome=True,
            )
        )
    return tuple(rows)


def _outcome_labels(options: list[Option]) -> list[str]:
    """Each outcome once, in the order it first appears across the options."""
    return list(dict.fromkeys(o.label for option in options for o in option.outcomes))


def _outcome_cell(option: Option, label: str, words: Words) -> Cell:
    numbers = tuple(number(o, words) for o in option.outcomes if o.label == label)
    return Cell(numbers=numbers) if numbers else Cell(text=words.label("grid.no_number"))


def _capitalised(text: str) -> str:
    """A row label starts with a capital, as a heading does; the rest is kept as typed."""
    return text[:1].upper() + text[1:]


def _rating(matter: WhatMatters, words: Words) -> Rating:
    dots = FILLED_DOT * matter.importance + EMPTY_DOT * (MOST_IMPORTANCE - matter.importance)
    return Rating(matter.text.strip(), dots, words.label(f"matters.{matter.importance}"))


def _reasons(decision: Decision) -> tuple[str, ...]:
    """The patient's top-rated matters: "matters a lot" or more, else the highest rated.

    Unrated (0) things are never given as a reason.
    """
    ranked = strongest_first(decision.what_matters)
    if not ranked or ranked[0].importance == 0:
        return ()
    floor = min(STRONG_IMPORTANCE, ranked[0].importance)
    return tuple(m.text.strip() for m in ranked if m.importance >= floor)[:MAX_REASONS]


def _where(status: DecisionStatus, chosen: str) -> str:
    # "We are leaning one way" with no option named would leave the reader guessing.
    if status is DecisionStatus.LEANING and not chosen:
        return DecisionStatus.UNDECIDED.value
    return status.value


def _where_facts(decision: Decision, chosen: str, words: Words) -> tuple[Fact, ...]:
    status = decision.status
    settled = status is DecisionStatus.DECIDED
    picked = ""
    if chosen and status in (DecisionStatus.DECIDED, DecisionStatus.LEANING):
        picked = chosen
    by_when = words.date(decision.decide_by) if decision.decide_by and not settled else ""
    if settled:
        next_step = ""
    elif status is DecisionStatus.DEFERRED:
        next_step = words.label("where.next.later")
    else:
        next_step = words.label("where.next.think")
    return facts(
        (words.label("where.chosen" if settled else "where.leaning_to"), picked),
        (
            words.label("where.chosen_by"),
            words.owner(decision.decided_by) if settled and decision.decided_by else "",
        ),
        (words.label("where.role"), _role(decision.preferred_role, words)),
        (words.label("where.next"), next_step),
        (words.label("where.decide_by"), by_when),
    )


def _role(role: PreferredRole | None, words: Words) -> str:
    if role is None:
        return ""
    if role is PreferredRole.CLINICIAN_DECIDES:
        if words.clinician:
            return words.label("role.clinician_decides", clinician=words.clinician)
        return words.label("role.clinician_decides.unnamed")
    return words.label(f"role.{role.value}")


def _advice(words: Words) -> Advice:
    heading, also = words.heading("advice.heading")
    return Advice(
        heading=heading,
        heading_also=also,
        intro=words.label("advice.intro"),
        tips=tuple(words.label(key) for key in ADVICE_TIPS),
        questions_label=words.label("advice.questions"),
        questions=tuple(words.label(key) for key in ADVICE_QUESTIONS),
    )
