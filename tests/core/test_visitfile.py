"""The sharedvisit/1 file: round trips, and a clear message for every bad input."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from sharedvisit.errors import VisitFileError
from sharedvisit.visit import (
    AgendaItem,
    AgendaStatus,
    Concern,
    NextStep,
    Person,
    Uncertainty,
    UncertaintyAbout,
    Visit,
)
from sharedvisit.visitfile import dump_visit, load_visit, parse_visit, save_visit, visit_json_schema

MINIMAL = '{"format": "sharedvisit/1", "date": "2026-11-24"}'


def problems_of(text: str) -> list[str]:
    with pytest.raises(VisitFileError) as caught:
        parse_visit(text)
    return caught.value.problems


def visit_with(**fields: object) -> str:
    return json.dumps({"format": "sharedvisit/1", "date": "2026-11-24", **fields})


def test_minimal_file_has_defaults_and_empty_lists() -> None:
    visit = parse_visit(MINIMAL)
    assert visit.date == dt.date(2026, 11, 24)
    assert visit.language == "en"
    assert visit.patient == ""
    assert (visit.agenda, visit.concerns, visit.uncertainties, visit.next_steps) == ([], [], [], [])


def test_example_reads_every_field(example_visit: Visit) -> None:
    assert example_visit.patient == "Maria Lopez"
    assert example_visit.agenda[0].raised_by is Person.PATIENT
    assert example_visit.agenda[3].status is AgendaStatus.DEFERRED
    assert example_visit.concerns[1].raised_by is Person.CLINICIAN
    assert example_visit.uncertainties[0].about is UncertaintyAbout.DIAGNOSIS
    assert example_visit.next_steps[0].due == dt.date(2026, 11, 27)
    assert example_visit.clinician_private_note.startswith("Consider")


def test_export_then_import_gives_an_identical_visit(example_visit: Visit, tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    save_visit(example_visit, path)
    again = load_visit(path)
    assert again == example_visit
    assert dump_visit(again) == dump_visit(example_visit)


def test_round_trip_keeps_unusual_text(tmp_path: Path) -> None:
    odd = "<b> & </b> Ελένη Мария Zoë\nsecond line \x00 \t \u202e \U0001f600 e\u0301"
    visit = Visit.new(date=dt.date(2026, 1, 2), patient=odd, clinician_private_note=odd)
    visit.agenda.append(AgendaItem(text=odd, raised_by=Person.BOTH))
    visit.concerns.append(Concern(text=odd, raised_by=Person.CLINICIAN, response=odd))
    visit.uncertainties.append(Uncertainty(text=odd, raised_by=Person.PATIENT, plan=odd))
    visit.next_steps.append(NextStep(text=odd, owner=Person.CLINICIAN, due=dt.date(2027, 2, 28)))
    save_visit(visit, tmp_path / "odd.json")
    assert load_visit(tmp_path / "odd.json") == visit


def test_lone_surrogate_becomes_replacement_character(tmp_path: Path) -> None:
    # Half a UTF-16 pair cannot be printed or stored as UTF-8: it becomes U+FFFD,
    # and the rest of the visit is kept exactly.
    visit = Visit.new(date=dt.date(2026, 1, 2), patient="Ana \ud800 Chen")
    save_visit(visit, tmp_path / "v.json")
    assert "\\ud800" in (tmp_path / "v.json").read_text()
    assert load_visit(tmp_path / "v.json").patient == "Ana \ufffd Chen"
    assert parse_visit(visit_with(reason="x\udc00y")).reason == "x\ufffdy"


def test_saved_file_is_private_and_for_patient_drops_the_note(
    example_visit: Visit, tmp_path: Path
) -> None:
    full, patient = tmp_path / "full.json", tmp_path / "patient.json"
    save_visit(example_visit, full)
    save_visit(example_visit, patient, for_patient=True)
    assert stat.S_IMODE(full.stat().st_mode) == 0o600
    assert "clinician_private_note" in json.loads(full.read_text())
    text = patient.read_text()
    assert "clinician_private_note" not in text
    assert example_visit.clinician_private_note not in text
    assert load_visit(patient).clinician_private_note == ""


def test_malformed_json_names_line_and_column() -> None:
    assert problems_of('{\n  "format": "sharedvisit/1",\n  "date": \n}') == [
        "not valid JSON: expecting value at line 4, column 1"
    ]


def test_truncated_json() -> None:
    (problem,) = problems_of('{"format": "sharedvisit/1", "date": "2026-11-2')
    assert problem.startswith("not valid JSON: unterminated string")
    assert "line 1, column 37" in problem


def test_not_an_object() -> None:
    assert problems_of("[1, 2]") == ["must be a JSON object {...}, not a list"]


def test_missing_format() -> None:
    assert problems_of('{"date": "2026-11-24"}') == [
        'format: missing; a visit file starts with "format": "sharedvisit/1"'
    ]


def test_wrong_format_tag() -> None:
    assert problems_of('{"format": "fhir/4", "date": "2026-11-24"}') == [
        "format: 'fhir/4' is not a SharedVisit visit format (expected 'sharedvisit/1')"
    ]


def test_newer_format_version() -> None:
    assert problems_of('{"format": "sharedvisit/2", "date": "2026-11-24"}') == [
        "format: sharedvisit/2 is newer than this version of SharedVisit understands "
        "(sharedvisit/1); update SharedVisit to open it"
    ]


def test_missing_date() -> None:
    assert problems_of('{"format": "sharedvisit/1"}') == ["date: required, but missing"]


def test_unknown_key_is_named_with_a_suggestion() -> None:
    text = visit_with(agenda=[{"txt": "Knee", "raised_by": "patient"}])
    problems = problems_of(text)
    assert problems[0] == (
        "agenda[0].txt: unknown field (did you mean 'text'?); "
        "allowed here: text, raised_by, status, note"
    )
    assert "agenda[0].text: required, but missing" in problems


def test_unknown_top_level_key() -> None:
    assert problems_of(visit_with(pateint="Maria"))[0].startswith(
        "pateint: unknown field (did you mean 'patient'?)"
    )


def test_a_key_that_is_not_a_plain_name_is_quoted_and_stays_on_one_line() -> None:
    # Found by make fuzz: a key "\n" broke the window's one-line error in two.
    agenda = [{"text": "Knee", "raised_by": "patient", "when seen": 1}]
    problems = problems_of(visit_with(**{"\n": 1, "": 2, "x\u2028y": 3}, agenda=agenda))
    assert [problem.split(":")[0] for problem in problems] == [
        "['\\n']",
        "['']",
        "['x\\u2028y']",
        "agenda[0]['when seen']",
    ]
    assert all(problem.isprintable() for problem in problems)


def test_a_value_shown_in_a_message_stays_on_one_line() -> None:
    agenda = [{"text": "Knee", "raised_by": "pa\ntient"}]
    assert problems_of(visit_with(agenda=agenda))[0].startswith(
        "agenda[0].raised_by: 'pa\\ntient' is not allowed"
    )
    agenda = [{"text": "Knee", "raised_by": ["pa\u2028tient"]}]  # a line separator, in JSON
    assert problems_of(visit_with(agenda=agenda))[0].startswith(
        'agenda[0].raised_by: ["pa\\u2028tient"] is not allowed'
    )


def test_bad_enum_value_names_path_and_allowed_values() -> None:
    agenda = [{"text": f"item {i}", "raised_by": "patient"} for i in range(3)]
    agenda.append({"text": "item 3", "raised_by": "doctor"})
    assert problems_of(visit_with(agenda=agenda)) == [
        "agenda[3].raised_by: 'doctor' is not allowed; use one of 'patient', 'clinician' or 'both'"
    ]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"agenda": [{"text": "a", "raised_by": "both", "status": "done"}]},
            "agenda[0].status: 'done' is not allowed; use one of 'open', 'discussed' or 'deferred'",
        ),
        (
            {"uncertainties": [{"text": "a", "raised_by": "clinician", "about": "prognosis"}]},
            "uncertainties[0].about: 'prognosis' is not allowed; use one of 'diagnosis', "
            "'outcome', 'treatment', 'evidence' or 'other'",
        ),
        (
            {"next_steps": [{"text": "a", "owner": "nurse"}]},
            "next_steps[0].owner: 'nurse' is not allowed; "
            "use one of 'patient', 'clinician' or 'both'",
        ),
    ],
)
def test_every_enum_names_its_choices(fields: dict[str, object], expected: str) -> None:
    assert problems_of(visit_with(**fields)) == [expected]


@pytest.mark.parametrize(
    "bad", ["2026-13-01", "2026-02-30", "24/11/2026", "2026-11-24T10:00", 20261124]
)
def test_bad_dates(bad: object) -> None:
    (problem,) = problems_of(
        json.dumps(
            {
                "format": "sharedvisit/1",
                "date": "2026-11-24",
                "next_steps": [{"text": "x", "owner": "both", "due": bad}],
            }
        )
    )
    assert problem == (
        f"next_steps[0].due: {bad!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24"
    )


def test_bad_visit_date() -> None:
    assert problems_of('{"format": "sharedvisit/1", "date": "tomorrow"}') == [
        "date: 'tomorrow' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-24"
    ]


def test_wrong_types() -> None:
    problems = problems_of(visit_with(patient=42, agenda={"text": "x"}, concerns=["x"]))
    assert problems == [
        "patient: must be text in double quotes, not a number",
        "agenda: must be a list [...], not an object",
        "concerns[0]: must be an object {...}, not text",
    ]


def test_empty_entry_text() -> None:
    assert problems_of(visit_with(concerns=[{"text": "   ", "raised_by": "patient"}])) == [
        "concerns[0].text: must not be empty"
    ]


def test_bad_language_code() -> None:
    assert problems_of(visit_with(language="Spanish")) == [
        "language: 'Spanish' is not a language code; use one like 'en', 'es' or 'pt-BR'"
    ]


def test_bad_second_language_code() -> None:
    assert problems_of(visit_with(also_language="Deutsch")) == [
        "also_language: 'Deutsch' is not a language code; use one like 'en', 'es' or 'pt-BR'"
    ]


def test_every_problem_deep_in_a_decision_is_listed() -> None:
    decision = {
        "question": "Which?",
        "options": [
            {"name": "A", "outcomes": [{"label": "x", "chance": -1, "out_of": 0}]},
            {"name": " ", "benefits": ["", 3]},
        ],
        "what_matters": [{"text": "Walk", "importance": 6}],
        "sure": {"sure_of_myself": "yes"},
    }
    assert problems_of(visit_with(decisions=[decision])) == [
        "decisions[0].options[0].outcomes[0].chance: -1 is too small; it must be at least 0",
        "decisions[0].options[0].outcomes[0].out_of: must be more than 0",
        "decisions[0].options[1].name: must not be empty",
        "decisions[0].options[1].benefits[0]: must not be empty",
        "decisions[0].options[1].benefits[1]: must be text in double quotes, not a number",
        "decisions[0].what_matters[0].importance: 6 is too large; it must be at most 5",
        "decisions[0].sure.sure_of_myself: must be true, false or null, not text",
    ]


def test_unknown_field_deep_inside_names_what_is_allowed_there() -> None:
    step = {
        "text": "Say it back",
        "owner": "patient",
        "teach_back": {"confirmed": True, "confirmd_by": "Dr. Chen"},
    }
    assert problems_of(visit_with(next_steps=[step])) == [
        "next_steps[0].teach_back.confirmd_by: unknown field (did you mean 'confirmed_by'?); "
        "allowed here: confirmed, words, confirmed_by, confirmed_at"
    ]


def test_a_bad_time_deep_inside_is_named() -> None:
    step = {
        "text": "Say it back",
        "owner": "patient",
        "teach_back": {"confirmed": True, "confirmed_at": "yesterday"},
    }
    assert problems_of(visit_with(next_steps=[step])) == [
        "next_steps[0].teach_back.confirmed_at: 'yesterday' is not a date and time; "
        "write it as in 2026-11-24T10:40:00 (ISO 8601; Z or +01:00 at the end gives the time zone)"
    ]


def test_a_decision_problem_is_listed_with_the_other_problems() -> None:
    decision = {"question": "Which?", "options": [{"name": "A"}], "status": "decided"}
    assert problems_of(visit_with(patient=7, decisions=[decision])) == [
        "patient: must be text in double quotes, not a number",
        "decisions[0].options: a decision needs at least two options (it has 1); "
        "waiting and seeing is an option too",
    ]


def test_null_is_not_text() -> None:
    assert problems_of(visit_with(reason=None)) == [
        "reason: must be text in double quotes, not null"
    ]


def test_error_summary_counts_the_rest() -> None:
    with pytest.raises(VisitFileError) as caught:
        parse_visit(visit_with(agenda=[{"text": "", "raised_by": "x"}]), "visit.json")
    assert str(caught.value) == "visit.json: agenda[0].text: must not be empty (and 1 more problem)"


def test_not_utf8_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.json"
    bad.write_bytes(
        '{"format": "sharedvisit/1", "date": "2026-11-24", "patient": "Zoë"}'.encode("latin-1")
    )
    with pytest.raises(VisitFileError, match="not UTF-8 text"):
        load_visit(bad)
    with pytest.raises(VisitFileError, match="no such file"):
        load_visit(tmp_path / "nope.json")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert load_visit(path).date == dt.date(2026, 11, 24)


def test_deep_nesting_and_huge_numbers_are_clean_errors() -> None:
    assert problems_of("[" * 100_000 + "]" * 100_000)[0].startswith("not a visit")
    (problem,) = problems_of(visit_with(patient=0).replace("0}", "9" * 5000 + "}"))
    assert problem.startswith("not valid JSON: Exceeds the limit")
    assert problems_of(visit_with(patient=0).replace("0}", "NaN}")) == [
        "not valid JSON: NaN is not a JSON number"
    ]
    assert problems_of(visit_with(patient=0).replace("0}", "1e999}")) == [
        "patient: must be text in double quotes, not a number"
    ]


def test_published_schema_matches_the_models() -> None:
    published = Path(__file__).resolve().parents[2] / "docs" / "visit.schema.json"
    assert json.loads(published.read_text()) == visit_json_schema(), "run `make schema`"


def test_schema_describes_the_fixed_names() -> None:
    schema = visit_json_schema()
    assert schema["required"] == ["format", "date"]
    assert set(schema["properties"]) >= {
        "format",
        "patient",
        "clinician",
        "date",
        "reason",
        "language",
        "agenda",
        "concerns",
        "uncertainties",
        "next_steps",
        "clinician_private_note",
    }
    assert schema["additionalProperties"] is False
