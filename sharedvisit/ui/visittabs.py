"""The open visit's tabs: one per section (agenda, concerns, ...) and one for the decision.

Opening a visit builds only the tab that is shown. The others, and the
decision tab's module, are built the first time they are shown or asked for
(``sections["next_steps"]``, ``decision_section``...): each takes a few tens
of milliseconds, which a visit opening in the exam room should not wait for.

A tab's title carries how many entries it holds ("Agenda (5)"), kept up to
date from the visit's list models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from . import windowpages
from .entrysection import EntrySection
from .header import PlanEditor
from .sections import section_specs

if TYPE_CHECKING:
    from .decisions import DecisionSection
    from .document import VisitDocument
    from .safetynet import SafetyNetEditor
    from .settings import Settings


class Sections(Mapping[str, EntrySection]):
    """The open visit's section editors by list name, each built the first time it is needed.

    Iterating gives the names in tab order without building anything;
    looking one up (``sections["next_steps"]``) builds its tab if it is not
    built yet, shown or not.
    """

    def __init__(self, names: tuple[str, ...], build: Callable[[str], EntrySection]) -> None:
        self._names = names
        self._build = build
        self._built: dict[str, EntrySection] = {}

    def __getitem__(self, name: str) -> EntrySection:
        if name not in self._names:
            raise KeyError(name)
        section = self._built.get(name)
        if section is None:
            section = self._built[name] = self._build(name)
        return section

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def built_names(self) -> list[str]:
        """The names of the sections built so far, without building the others."""
        return list(self._built)


class VisitTabs(QTabWidget):
    """The open visit's sections and decision, one tab each, each built when first shown."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._document: VisitDocument | None = None
        self.setAccessibleName(self.tr("Visit sections"))
        self.setDocumentMode(True)
        self.currentChanged.connect(self._build_tab)
        self.sections = Sections((), self._build_section)
        self._decision_section: DecisionSection | None = None
        self._plan_editor: PlanEditor | None = None  # these two come with the next steps' tab
        self._safety_net_editor: SafetyNetEditor | None = None

    def set_document(self, document: VisitDocument | None) -> None:
        """Show ``document``'s tabs, each empty until first shown; None takes every tab away.

        The old tabs go even when no visit follows: their widgets hold the
        words of the visit that was open.
        """
        self.blockSignals(True)  # no tab is built while the old ones go
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            widget.deleteLater()
        self.blockSignals(False)
        self._document = document
        self._decision_section = None
        self._plan_editor = self._safety_net_editor = None
        if document is None:
            self.sections = Sections((), self._build_section)
            return
        specs = section_specs()
        self.sections = Sections(tuple(spec.list_name for spec in specs), self._build_section)
        for spec in specs:
            self.addTab(windowpages.scrolling(), spec.tab_title)  # builds the first, shown
            model = document.lists[spec.list_name]
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._update_titles)
        self.addTab(windowpages.scrolling(), self.tr("Decision"))
        for signal in (document.decisions.rowsInserted, document.decisions.rowsRemoved):
            signal.connect(self._update_titles)
        self._update_titles()

    @property
    def decision_section(self) -> DecisionSection:
        """The decision tab's editor; built (and its module loaded) on first use."""
        if self._decision_section is None:
            from .decisions import DecisionSection

            assert self._document is not None, "no visit is open"
            area = self._area(len(self.sections))
            self._decision_section = DecisionSection(self._document, area)
            area.setWidget(self._decision_section)
        return self._decision_section

    @property
    def plan_editor(self) -> PlanEditor:
        """The plan, at the top of the next steps' tab (built with it)."""
        self.sections["next_steps"]
        assert self._plan_editor is not None
        return self._plan_editor

    @property
    def safety_net_editor(self) -> SafetyNetEditor:
        """When to get help, at the foot of the next steps' tab (built with it)."""
        self.sections["next_steps"]
        assert self._safety_net_editor is not None
        return self._safety_net_editor

    def refresh_saved_advice(self) -> None:
        """The clinic's saved advice changed in the settings: offer the new list."""
        if "next_steps" in self.sections.built_names():
            self.safety_net_editor.set_saved_advice(self._settings.safety_nets())

    def go_to(self, number: int) -> None:
        """Show tab ``number`` (from 0) and put the cursor where one types in it."""
        if not 0 <= number < self.count():
            return
        self.setCurrentIndex(number)
        if number == len(self.sections):
            self.decision_section.focus_first()
        else:
            self.sections[list(self.sections)[number]].input.setFocus()

    # -- building ---------------------------------------------------------------------

    def _area(self, index: int) -> QScrollArea:
        area = self.widget(index)
        assert isinstance(area, QScrollArea)
        return area

    def _build_tab(self, index: int) -> None:
        """Build the tab at ``index`` if it is still empty (it is about to be shown)."""
        if self._document is None or not 0 <= index < self.count():
            return
        if index < len(self.sections):
            self.sections[list(self.sections)[index]]
        elif index == len(self.sections):
            self.decision_section  # noqa: B018  (built on access)

    def _build_section(self, list_name: str) -> EntrySection:
        document = self._document
        assert document is not None, "no visit is open"
        index = list(self.sections).index(list_name)
        area = self._area(index)
        section = EntrySection(
            section_specs()[index],
            document.lists[list_name],
            area,
            clinician=lambda: document.visit.clinician,
        )
        page: QWidget = section
        if list_name == "next_steps":
            page = self._with_plan(section, document)
        area.setWidget(page)
        return section

    def _with_plan(self, section: EntrySection, document: VisitDocument) -> QWidget:
        """Next steps sit under the plan they carry out; when to get help comes last."""
        from .safetynet import SafetyNetEditor

        page = QWidget(self)
        plan = self._plan_editor = PlanEditor(document, page)
        advice = self._safety_net_editor = SafetyNetEditor(
            document, self._settings.safety_nets(), page
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plan)
        layout.addWidget(section, 1)
        layout.addWidget(advice)
        advice.chain_after(section.remove_button)
        return page

    def _update_titles(self, *_args: object) -> None:
        if self._document is None:
            return
        for index, spec in enumerate(section_specs()):
            count = self._document.lists[spec.list_name].rowCount()
            self.setTabText(index, f"{spec.tab_title} ({count})" if count else spec.tab_title)
        count = self._document.decisions.rowCount()
        title = self.tr("Decision")
        self.setTabText(len(self.sections), f"{title} ({count})" if count else title)
