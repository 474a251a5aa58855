"""How a decision looks on paper: the question, the options side by side, then the rest.

Under the question come the comparison tables (``grid``), then what matters
most to the patient (strongest first, dots and words), where we are (with
the decision in the patient's words, when they said it back), and,
when the SURE check flagged conflict, a framed box on getting more help,
framed like the plan on page one because it is something to act on.

Decides no wording (that is ``decision``); never imports Qt; every string
reaches reportlab as escaped ``Markup``.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from . import markup
from .blocks import BULLET, cell_font, heading, labelled, min_split, paragraph
from .description import Advice, Choice, Fact, Rating, Section
from .fonts import REGULAR
from .grid import comparison_tables, opening_height
from .typography import Styles

__all__ = ["decision_flowables"]


def decision_flowables(
    section: Section, styles: Styles, width: float, height: float
) -> list[Flowable]:
    """The question, the comparison, what matters, where we are, and help if needed."""
    choice = section.choice
    if choice is None:  # pragma: no cover - content always sets it for DECISION
        return []
    head = [
        paragraph(markup.plain(section.heading), styles.decision_heading),
        paragraph(markup.plain(choice.intro), styles.decision_intro),
    ]
    if choice.picture_key:
        head.append(paragraph(markup.plain(choice.picture_key), styles.decision_intro))
    story: list[Flowable] = []
    tables = comparison_tables(choice, styles, width, height)
    if tables:
        # The question starts a page unless it, the option names and the first
        # row fit here: a heading alone at the foot of a page reads as an end.
        needed = sum(_height(p, width) for p in head) + opening_height(tables[0], width, height)
        story.append(CondPageBreak(min(needed, height)))
    story += head
    for table in tables:
        # Space above, not a Spacer below: a frame drops space above at a page's top.
        table.spaceBefore = styles.t.body if story[-1] is not head[-1] else 0
        story.append(table)
    story += _matters(choice, styles, width)
    story += _where(choice, styles, width)
    if choice.advice:
        # Whole on one page when it fits: its heading alone would read as a stray line.
        box = _advice_box(choice.advice, styles, width)
        box.spaceBefore = styles.t.body * 1.5
        story.append(KeepTogether([box]))
    return story


def _height(flowable: Flowable, width: float) -> float:
    return flowable.wrap(width, 1e9)[1] + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _matters(choice: Choice, styles: Styles, width: float) -> list[Flowable]:
    """Strongest first: the dots show the rating at a glance, the words say it."""
    if not choice.matters:
        return []
    dots_width = stringWidth("\u25cf" * 5, REGULAR, styles.dots.fontSize) + styles.t.body
    rows = [_rating(rating, styles) for rating in choice.matters]
    table = Table(
        rows,
        colWidths=[dots_width, width - dots_width],
        splitInRow=min_split(styles),
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                cell_font(styles),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), styles.t.body * 0.6),
            ]
        )
    )
    head = heading(choice.matters_heading, choice.matters_heading_also, styles.subheading, styles)
    return [KeepTogether([*head, table])]


def _rating(rating: Rating, styles: Styles) -> list[Any]:
    return [
        paragraph(markup.plain(rating.dots), styles.dots),
        [
            paragraph(markup.plain(rating.text), styles.cell),
            paragraph(markup.plain(rating.words), styles.cell_bold),
        ],
    ]


def _where(choice: Choice, styles: Styles, width: float) -> list[Flowable]:
    parts: list[Flowable] = [
        *heading(choice.where_heading, choice.where_heading_also, styles.subheading, styles),
        paragraph(markup.plain(choice.where), styles.body),
        *(_fact(fact, styles, width) for fact in choice.facts),
    ]
    if choice.reasons:
        parts.append(paragraph(markup.plain(choice.reasons_label), styles.label))
        parts += [
            paragraph(markup.plain(reason), styles.bullet, bulletText=BULLET)
            for reason in choice.reasons
        ]
    if choice.teach_back:
        # How the patient said the decision back: it closes "where we are" in their words.
        parts.append(_fact(choice.teach_back, styles, width))
    return [KeepTogether(parts)]


def _fact(fact: Fact, styles: Styles, width: float) -> Flowable:
    return labelled(fact.label, fact.text, styles.cell_gap, styles, width)


def _advice_box(advice: Advice, styles: Styles, width: float) -> Table:
    """Framed like the first page's plan: it is a thing to act on, not just to read."""
    pad = styles.t.body
    bullets = [markup.plain(tip) for tip in advice.tips]
    rows: list[list[Any]] = [
        [heading(advice.heading, advice.heading_also, styles.box_heading, styles)],
        [paragraph(markup.plain(advice.intro), styles.cell_gap)],
        *([paragraph(tip, styles.bullet, bulletText=BULLET)] for tip in bullets),
        [paragraph(markup.plain(advice.questions_label), styles.label)],
        *([paragraph(markup.plain(q), styles.bullet, bulletText=BULLET)] for q in advice.questions),
    ]
    table = Table(rows, colWidths=[width], splitInRow=min_split(styles), hAlign="LEFT")
    questions_row = 2 + len(bullets)
    table.setStyle(
        TableStyle(
            [
                cell_font(styles),
                # TOP: reportlab then refuses an in-row split that would leave
                # an empty part, rather than placing empty parts forever.
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 1.5, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), pad),
                ("TOPPADDING", (0, questions_row), (-1, questions_row), pad * 0.6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), pad),
            ]
        )
    )
    return table
