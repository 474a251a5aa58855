"""How the take-home summary looks: a ``Handout`` description laid out as a PDF.

Page one (``firstpage``) opens with the clinic, who, when and why, then the
plan and how to reach us in a framed box, and when to get help; then the
next steps with boxes to tick; headed chunks follow (a decision is laid out
by ``decisionlayout``), and the handout ends with lines to write questions
on. Sizes come from a ``Typography`` (see ``typography``); the footer from
``footer``.

This module decides nothing about wording (that is ``content``), never sees
the visit (so never the private note), never imports Qt, and hands every
string to reportlab only as escaped ``Markup`` or, on the canvas, cleaned text.
"""

from __future__ import annotations

import copy
import functools
import io
import threading

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
)

from . import Paper, markup
from .blocks import heading, labelled, paragraph
from .decisionlayout import decision_flowables
from .description import Entry, Fact, Handout, Section, SectionKind
from .firstpage import first_page, letterhead_painter
from .fonts import REGULAR, register_fonts
from .footer import NumberedCanvas, contact_lines, footer_height
from .typography import CHECKBOX, PAPER_SIZES, REGULAR_PRINT, Styles, Typography

__all__ = ["render_pdf"]

_SHORT_SECTION_ENTRIES = 7  # CDC: a list of no more than 7 items reads as one chunk
_SHORT_SECTION_SHARE = 1 / 3  # of the page height: moving that much whole wastes little paper

# reportlab keeps module-level state (font subsets, paragraph caches) and is not
# documented as thread-safe. The window renders in a process of its own, but the
# core may be used from several threads (a server, the tests), so renders take turns.
_RENDER_LOCK = threading.Lock()


def render_pdf(
    handout: Handout, *, paper: Paper = "letter", typography: Typography = REGULAR_PRINT
) -> bytes:
    """The handout as PDF bytes; ``paper`` is ``"letter"`` or ``"a4"``.

    Any number of entries flows onto as many pages as it needs: every block
    here can split across pages, so there is no text too long to print.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"paper must be one of {sorted(PAPER_SIZES)}, not {paper!r}")
    register_fonts()
    with _RENDER_LOCK:
        return _render(handout, paper, typography)


def _render(handout: Handout, paper: Paper, typography: Typography) -> bytes:
    styles = Styles(typography)
    buffer = io.BytesIO()
    meta = handout.metadata
    width = PAPER_SIZES[paper][0] - 2 * typography.margin
    contact = tuple(markup.one_line(part) for part in handout.footer_contact)
    lines = 1 + len(contact_lines(contact, width, typography.footer)) + bool(handout.footer_clinic)
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAPER_SIZES[paper],
        leftMargin=typography.margin,
        rightMargin=typography.margin,
        topMargin=typography.margin,
        # The clinic's lines stack above the usual footer; the text keeps clear of them.
        bottomMargin=max(typography.margin, footer_height(typography, lines)),
        title=markup.one_line(meta.title),
        author=markup.one_line(meta.author),
        subject=markup.one_line(meta.subject),
        creator="SharedVisit",
        lang=meta.language,
        displayDocTitle=True,
        initialFontName=REGULAR,
        initialFontSize=typography.body,
        initialLeading=typography.leading(typography.body),
    )
    later = PageTemplate(id="page", frames=[_body_frame(doc, "body")])
    if handout.letterhead:
        # Page one alone carries the clinic's letterhead, drawn in its top margin.
        first = PageTemplate(
            id="first",
            frames=[_body_frame(doc, "first")],
            onPage=letterhead_painter(handout.letterhead, typography),
            autoNextPageTemplate="page",
        )
        doc.addPageTemplates([first, later])
    else:
        doc.addPageTemplates([later])
    canvasmaker = functools.partial(
        NumberedCanvas,
        footer_left=(markup.one_line(handout.footer), markup.one_line(handout.footer_short)),
        page_label=markup.one_line(handout.page_label),
        contact=contact,
        clinic=markup.one_line(handout.footer_clinic),
        typography=typography,
    )
    doc.build(_story(handout, styles, doc.width, doc.height), canvasmaker=canvasmaker)
    return buffer.getvalue()


class _Frame(Frame):
    """A frame that ``KeepTogether`` copies cheaply.

    ``KeepTogether`` measures its content against a deep copy of the frame
    (reportlab's ``_listWrapOn``), so whatever the content adds to the frame
    while being measured is thrown away. A frame holds numbers, names and
    lists of them, so copying it and its lists is as good; ``copy.deepcopy``
    walking it was 4% of the example's render and 9% of a 1,000-item one,
    which makes a copy per entry.
    """

    def __deepcopy__(self, memo: dict[int, object]) -> _Frame:
        twin = copy.copy(self)
        for name, value in vars(self).items():
            if isinstance(value, list):
                setattr(twin, name, list(value))
        return twin


def _body_frame(doc: BaseDocTemplate, frame_id: str) -> _Frame:
    """The page's text area inside its margins; each page template needs a frame of its own."""
    return _Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=frame_id,
    )


def _story(handout: Handout, styles: Styles, width: float, height: float) -> list[Flowable]:
    story = first_page(handout, styles, width, height)
    for section in handout.sections:
        story += _section(section, styles, width, height)
    return story


def _section(section: Section, styles: Styles, width: float, height: float) -> list[Flowable]:
    if section.kind is SectionKind.WRITE_IN:
        return _write_in(section, styles, width)
    if section.kind is SectionKind.DECISION:
        return decision_flowables(section, styles, width, height)
    head = heading(section.heading, section.heading_also, styles.heading, styles)
    if section.intro:
        head.append(paragraph(markup.plain(section.intro), styles.intro))
    make = _step if section.kind is SectionKind.CHECKLIST else _entry
    entries = [make(entry, styles, width) for entry in section.entries]
    # A short section moves whole to the next page rather than leave its last
    # entry alone, headless, overleaf. A long one splits between entries; the
    # heading and intro stay with the first entry in one KeepTogether
    # (keepWithNext cannot do it: reportlab never joins a KeepTogether to it).
    if len(entries) <= _SHORT_SECTION_ENTRIES:
        parts = [*head, *(p for entry in entries for p in entry)]
        if _height(parts, width) <= height * _SHORT_SECTION_SHARE:
            return [KeepTogether(parts)]
    first, *rest = entries
    return [KeepTogether([*head, *first]), *(KeepTogether(entry) for entry in rest)]


def _height(flowables: list[Paragraph], width: float) -> float:
    return sum(p.wrap(width, 1e9)[1] + p.getSpaceBefore() + p.getSpaceAfter() for p in flowables)


def _write_in(section: Section, styles: Styles, width: float) -> list[Flowable]:
    """Heading, intro and ruled lines that fill the rest of the page.

    A page break comes first unless the heading, intro and at least
    ``blank_lines`` lines fit, so the lines are never orphaned from their
    heading. (keepWithNext would wrap them in a KeepTogether, which cannot
    hold a flowable that grows to the space left.)
    """
    head = heading(section.heading, section.heading_also, styles.write_in_heading, styles)
    if section.intro:
        head.append(paragraph(markup.plain(section.intro), styles.write_in_intro))
    lines = _WritingLines(section.blank_lines, styles.t.writing_line_gap)
    needed = _height(head, width) + lines.wrap(width, 0)[1]
    return [CondPageBreak(needed), *head, lines]


def _entry(entry: Entry, styles: Styles, width: float) -> list[Paragraph]:
    """ "You said: <text>", then each labelled detail indented beneath it."""
    if entry.author:
        first = labelled(entry.author, entry.text, styles.entry, styles, width)
    else:
        first = paragraph(markup.plain(entry.text), styles.entry)
    return [first, *(_detail(fact, styles.detail, styles, width) for fact in entry.details)]


def _step(entry: Entry, styles: Styles, width: float) -> list[Paragraph]:
    """A next step: a box to tick, the step, then who does it and by when."""
    return [
        paragraph(markup.plain(entry.text), styles.step, bulletText=CHECKBOX),
        *(_detail(fact, styles.step_detail, styles, width) for fact in entry.details),
    ]


def _detail(fact: Fact, style: ParagraphStyle, styles: Styles, width: float) -> Paragraph:
    return labelled(fact.label, fact.text, style, styles, width)


class _WritingLines(Flowable):
    """Ruled lines to write questions on: at least ``count``, more if the page has room."""

    def __init__(self, count: int, gap: float) -> None:
        super().__init__()
        self.count, self.gap = count, gap
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = max(self.count, int(avail_height // self.gap))
        self.width, self.height = avail_width, lines * self.gap
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # never split: CondPageBreak has made room for the minimum

    def draw(self) -> None:
        self.canv.setLineWidth(0.75)
        self.canv.setStrokeColorRGB(0, 0, 0)
        # Line n sits at the foot of the n-th gap, so there is room above the first.
        for n in range(int(self.height // self.gap)):
            self.canv.line(0, n * self.gap, self.width, n * self.gap)
