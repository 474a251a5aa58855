"""Templates: each shipped one loads and renders; a visit saved as one keeps no one's details."""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path

import pytest
from pypdf import PdfReader

from sharedvisit.errors import SharedVisitError
from sharedvisit.handout import render_handout
from sharedvisit.templates import Template, list_templates, save_template, start_from
from sharedvisit.visit import AgendaStatus, Visit


def test_at_least_three_templates_in_each_language() -> None:
    shipped = [t for t in list_templates() if t.builtin]
    for language in ("en", "es"):
        assert len([t for t in shipped if t.language == language]) >= 3
    names = {t.name for t in shipped}
    assert "Starting a new long-term medicine" in names


@pytest.mark.parametrize("template", list_templates(), ids=lambda t: t.path.stem)
def test_each_template_starts_a_visit_that_renders(template: Template) -> None:
    visit = start_from(template, date=dt.date(2026, 12, 1), clinician="Dr. Ana Chen")
    assert visit.date == dt.date(2026, 12, 1)
    assert visit.patient == "" and visit.clinician == "Dr. Ana Chen"
    assert visit.agenda, "a template gives a typical agenda"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_handout(visit))).pages)
    assert " ".join(visit.agenda[0].text.split()) in " ".join(text.split())


def test_saving_a_visit_as_a_template_drops_the_person(
    example_visit: Visit, tmp_path: Path
) -> None:
    path = save_template(example_visit, tmp_path, "Knee pain, first visit")
    assert path.parent == tmp_path / "templates"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    for private in (
        example_visit.patient,
        example_visit.clinician_private_note,
        example_visit.agenda[0].note,
        example_visit.concerns[0].response,
    ):
        assert private not in text
    mine = [t for t in list_templates(tmp_path) if not t.builtin]
    assert [t.name for t in mine] == ["Knee pain, first visit"]
    visit = start_from(mine[0])
    assert [i.text for i in visit.agenda] == [i.text for i in example_visit.agenda]
    assert {i.status for i in visit.agenda} == {AgendaStatus.OPEN}
    assert all(step.due is None for step in visit.next_steps)


def test_a_template_needs_a_name(example_visit: Visit, tmp_path: Path) -> None:
    with pytest.raises(SharedVisitError, match="needs a name"):
        save_template(example_visit, tmp_path, "   ")


def test_a_damaged_user_template_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "broken.json").write_text("{")
    assert all(t.builtin for t in list_templates(tmp_path))
