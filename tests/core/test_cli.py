"""The command line, as a script or a person would call it."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from sharedvisit.cli import _with_default_command, main
from sharedvisit.visit import Visit
from sharedvisit.visitfile import load_visit

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "knee-pain.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_list_export_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_visit: Visit
) -> None:
    status, out, _ = run(capsys, "import", str(EXAMPLE))
    assert (status, out) == (0, "1\n")
    run(capsys, "import", str(EXAMPLE))
    status, out, _ = run(capsys, "list")
    assert status == 0
    assert out.splitlines() == ["1\t2026-11-24\tMaria Lopez", "2\t2026-11-24\tMaria Lopez"]
    target = tmp_path / "out.json"
    status, out, err = run(capsys, "export", "1", "-o", str(target))
    assert (status, out, err) == (0, "", "")
    assert load_visit(target) == example_visit
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_for_patient_leaves_out_the_private_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_visit: Visit
) -> None:
    run(capsys, "import", str(EXAMPLE))
    target = tmp_path / "for-patient.json"
    assert run(capsys, "export", "1", "-o", str(target), "--for-patient")[0] == 0
    assert example_visit.clinician_private_note not in target.read_text()


def test_data_dir_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "--data-dir", str(tmp_path / "d"), "import", str(EXAMPLE))[1] == "1\n"
    assert (tmp_path / "d" / "visits.sqlite3").exists()
    assert run(capsys, "list")[1] == ""  # the default (environment) store is untouched


def test_pdf_from_file_and_from_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, example_visit: Visit
) -> None:
    out = tmp_path / "summary.pdf"
    assert run(capsys, "pdf", str(EXAMPLE), "-o", str(out)) == (0, "", "")
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Maria Lopez" in text
    assert example_visit.clinician_private_note[:20] not in text
    run(capsys, "import", str(EXAMPLE))
    out2 = tmp_path / "from-store.pdf"
    assert run(capsys, "pdf", "1", "-o", str(out2))[0] == 0
    assert out2.stat().st_size > 1000


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "9", "-o", "x.json"], "error: there is no visit 9 in the store\n"),
        (
            ["export", "nine", "-o", "x.json"],
            "error: argument ID: invalid int value: 'nine' (try --help)\n",
        ),
        (["import"], "error: the following arguments are required: VISIT.json (try --help)\n"),
        (["pdf", "missing.json"], "error: missing.json: no such file\n"),
    ],
)
def test_bad_input_is_one_error_line_and_status_2(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str | None,
) -> None:
    monkeypatch.chdir(tmp_path)
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse usage errors
        status = exc.code  # type: ignore[assignment]
    out, err = capsys.readouterr()
    assert (status, out, err) == (2, "", message)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["open"]),
        (["visit.json"], ["open", "visit.json"]),
        (["--data-dir", "d", "visit.json"], ["--data-dir", "d", "open", "visit.json"]),
        (["--data-dir", "d"], ["--data-dir", "d", "open"]),
        (["list"], ["list"]),
        (["--help"], ["--help"]),
    ],
)
def test_a_bare_file_argument_opens_the_window(argv: list[str], expected: list[str]) -> None:
    assert _with_default_command(argv) == expected


def test_invalid_visit_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "sharedvisit/1", "date": "2026-11-24",\n'
        ' "agenda": [{"text": "x", "raised_by": "doctor"}]}'
    )
    status, _, err = run(capsys, "import", str(bad))
    assert status == 2
    assert err == (
        f"error: {bad}: agenda[0].raised_by: 'doctor' is not allowed; "
        "use one of 'patient', 'clinician' or 'both'\n"
    )
    assert run(capsys, "list")[1] == ""  # nothing half-imported


def test_unwritable_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "pdf", str(EXAMPLE), "-o", str(tmp_path / "no" / "such" / "x.pdf"))
    assert status == 2
    assert err.startswith("error: cannot write ") and err.endswith("No such file or directory\n")


def test_schema_command_prints_the_published_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    assert status == 0
    assert json.loads(out) == json.loads((ROOT / "docs" / "visit.schema.json").read_text())


def test_as_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "SHAREDVISIT_DATA_DIR": str(tmp_path)}
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    done = subprocess.run(
        [sys.executable, "-m", "sharedvisit", "import", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == (
        f"error: {bad}: not valid JSON: expecting property name enclosed in double quotes "
        "at line 1, column 2\n"
    )
    assert done.stdout == ""


def test_core_commands_never_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from sharedvisit.cli import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'list']); "
        "import sharedvisit.store, sharedvisit.visitfile, sharedvisit.handout; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
