"""Fuzzed visit files: one clean ``error:`` line (status 2) or one clear dialog, never half a visit.

Files are random bytes, valid visits cut short or with a byte changed, JSON
nested thousands deep, numbers with thousands of digits, and valid visits
with any value replaced by any other JSON. Whatever arrives, the command
line prints its id (a valid file) or exactly one ``error: ...`` line and
exits with status 2, and the store holds exactly as many visits as before.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from sharedvisit import cli
from sharedvisit.store import Store
from sharedvisit.ui import dialogs
from sharedvisit.ui.mainwindow import MainWindow
from sharedvisit.ui.settings import Settings
from sharedvisit.visit import Visit
from sharedvisit.visitfile import dump_visit, parse_visit

from .strategies import JSON_VALUES, fuzz, visits

ROOT = Path(__file__).resolve().parents[2]
VALID = visits(max_pieces=3, max_items=2).map(lambda v: dump_visit(v).encode("utf-8"))


HEAD = '{"format": "sharedvisit/1", "date": "2026-11-24", '


def nested(depth: int, opener: str) -> bytes:
    closer = {"[": "]", '{"a":': "}"}[opener]
    return (HEAD + '"agenda": ' + opener * depth + "1" + closer * depth + "}").encode()


def huge_number(digits: int, where: str) -> bytes:
    number = "-" + "9" * digits if digits % 2 else f"1e{digits}"
    return (HEAD + f'"{where}": {number}' + "}").encode()


def replace_somewhere(data: Any, path: list[int], value: Any) -> Any:
    """``data`` with the value at a pseudo-random place (chosen by ``path``) replaced."""
    if not path or not isinstance(data, (dict, list)) or not data:
        return value
    if isinstance(data, dict):
        keys = sorted(data)
        key = keys[path[0] % len(keys)]
        return {**data, key: replace_somewhere(data[key], path[1:], value)}
    index = path[0] % len(data)
    return [*data[:index], replace_somewhere(data[index], path[1:], value), *data[index + 1 :]]


@st.composite
def wrong_types(draw: st.DrawFn) -> bytes:
    visit = json.loads(draw(VALID))
    path = draw(st.lists(st.integers(0, 50), min_size=1, max_size=4))
    return json.dumps(replace_somewhere(visit, path, draw(JSON_VALUES))).encode()


@st.composite
def cut_short(draw: st.DrawFn) -> bytes:
    data = draw(VALID)
    return data[: draw(st.integers(0, len(data) - 1))]


@st.composite
def one_byte_changed(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(VALID))
    data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


VISIT_FILES = st.one_of(
    st.binary(max_size=3000),
    cut_short(),
    one_byte_changed(),
    wrong_types(),
    st.builds(nested, st.integers(1, 120_000), st.sampled_from(["[", '{"a":'])),
    st.builds(huge_number, st.integers(300, 20_000), st.sampled_from(["date", "patient", "x"])),
    VALID.map(lambda data: data.decode("utf-8").encode("utf-16")),
    VALID,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzzed-files")


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def visit_count(data_dir: Path) -> int:
    with Store.open(data_dir) as store:
        return store.count()


@fuzz(150)
@given(content=VISIT_FILES)
def test_the_command_line_imports_whole_or_refuses_in_one_line(
    content: bytes, folder: Path
) -> None:
    data_dir = folder / "store"
    before = visit_count(data_dir)
    with tempfile.NamedTemporaryFile(dir=folder, suffix=".json") as file:
        file.write(content)
        file.flush()
        status, out, err = run_cli("--data-dir", str(data_dir), "import", file.name)
    if status == cli.EXIT_OK:
        assert err == ""
        with Store.open(data_dir) as store:
            assert store.load(int(out)) == parse_visit(content)
        assert visit_count(data_dir) == before + 1
    else:
        assert status == cli.EXIT_BAD_INPUT, (status, err)
        assert out == ""
        assert err.startswith("error: ") and err.endswith("\n") and err.count("\n") == 1, err
        assert "Traceback" not in err
        assert visit_count(data_dir) == before  # never half a visit


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(256)) * 4,
        nested(200_000, "["),
        nested(700, '{"a":'),
        huge_number(50_000, "date"),
        b'{"format": "sharedvisit/1", "date": "2026-11-24", "agenda": [{"text": "cut',
    ],
    ids=["random bytes", "nested 200,000 deep", "nested 700 deep", "50,000 digits", "cut"],
)
def test_a_real_process_never_shows_a_traceback(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "sharedvisit", "--data-dir", str(tmp_path), "import", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {path}: ")


@pytest.fixture
def window(window_env: None, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    with Store.open(tmp_path / "store") as store:
        win = MainWindow(store, Settings())
        qtbot.addWidget(win)
        yield win
        win.close()


@fuzz(30, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=VISIT_FILES)
@example(content=b'{"format": "sharedvisit/1", "date": "", "\\n": ""}')  # found by make fuzz
def test_the_window_imports_whole_or_says_why_in_a_dialog(
    content: bytes,
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title, text)))
    path = tmp_path / "visit.json"
    path.write_bytes(content)
    before = window.store.count()
    opened = window.import_visit_file(path)
    if opened:
        # One preview render at a time: a backlog would slow every test after this one.
        qtbot.waitUntil(lambda: window.summary.pdf_bytes() is not None, timeout=60_000)
        assert shown == []
        assert window.store.count() == before + 1
        assert window.document is not None and window.document.visit == parse_visit(content)
    else:
        [(title, text)] = shown
        assert title == "This visit file cannot be opened"
        assert text.startswith(f"{path}: ") and "\n" not in text
        assert window.store.count() == before


def test_a_valid_file_is_still_imported(folder: Path) -> None:
    """The property above must be able to take its first branch: a valid file imports."""
    path = folder / "valid.json"
    path.write_text(dump_visit(Visit.new(patient="Ada")))
    status, out, err = run_cli("--data-dir", str(folder / "valid-store"), "import", str(path))
    assert (status, out, err) == (0, "1\n", "")
