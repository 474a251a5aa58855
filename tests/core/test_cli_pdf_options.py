"""``sharedvisit pdf`` options: --lang, --also-lang, --large-print and --clinic."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sharedvisit.cli import main
from sharedvisit.clinic import Clinic, load_clinic
from sharedvisit.errors import SharedVisitError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "knee-pain.json"
SPANISH = ROOT / "docs" / "examples" / "cough.json"
CLINIC_FILE = ROOT / "docs" / "examples" / "clinic.json"


def pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[str, str]:
    """Run ``sharedvisit pdf`` and return the PDF's text and what went to stderr."""
    out = tmp_path / "out.pdf"
    status = main(["pdf", *argv, "-o", str(out)])
    _, err = capsys.readouterr()
    assert status == 0, err
    return " ".join(page.extract_text() for page in PdfReader(out).pages), err


def sizes(path: Path) -> Counter[float]:
    found: Counter[float] = Counter()
    for page in PdfReader(path).pages:
        current = [0.0]

        def visit(op: bytes, args: Any, *_: Any, current: list[float] = current) -> None:
            if op == b"Tf":
                current[0] = float(args[1])
            elif op == b"Tj":
                found[current[0]] += len(args[0])

        page.extract_text(visitor_operand_before=visit)
    return found


def test_lang_overrides_the_visit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text, err = pdf(capsys, tmp_path, str(EXAMPLE), "--lang", "es")
    assert "Sus próximos pasos" in text and "Your next steps" not in text
    assert "martes, 24 de noviembre de 2026" in text
    assert err == ""


def test_a_language_without_words_prints_english_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text, err = pdf(capsys, tmp_path, str(EXAMPLE), "--lang", "fr")
    assert "Your next steps" in text
    assert err == "note: no handout words in 'fr' yet; printing in English\n"


def test_also_lang_adds_a_second_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text, _ = pdf(capsys, tmp_path, str(SPANISH), "--also-lang", "en")
    assert "Sus próximos pasos\nYour next steps" in text
    one, _ = pdf(capsys, tmp_path, str(SPANISH), "--also-lang", "none")
    assert "Your next steps" not in one


def test_large_print_flag_and_its_opposite(tmp_path: Path) -> None:
    out = tmp_path / "large.pdf"
    assert main(["pdf", str(EXAMPLE), "-o", str(out), "--large-print"]) == 0
    large = sizes(out)
    assert large.most_common(1)[0][0] == 18 and min(large) >= 16
    assert main(["pdf", str(SPANISH), "-o", str(out), "--no-large-print"]) == 0
    assert sizes(out).most_common(1)[0][0] == 14
    assert main(["pdf", str(SPANISH), "-o", str(out)]) == 0  # the visit asks for large print
    assert sizes(out).most_common(1)[0][0] == 18


def test_clinic_file_reaches_every_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    assert main(["pdf", str(EXAMPLE), "-o", str(out), "--clinic", str(CLINIC_FILE)]) == 0
    assert capsys.readouterr().err == ""
    pages = PdfReader(out).pages
    assert "Riverside Clinic" in pages[0].extract_text()
    for page in pages:
        assert "555-0199" in page.extract_text()
    assert "/XObject" in pages[0]["/Resources"]  # the logo, found beside the clinic file


def test_load_clinic_resolves_the_logo_beside_the_file(tmp_path: Path) -> None:
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps({"name": "Clínica Sol", "phone": "555", "logo": "logo.png"}))
    assert load_clinic(path) == Clinic(name="Clínica Sol", phone="555", logo=tmp_path / "logo.png")
    path.write_text("{}")
    assert load_clinic(path) == Clinic()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"name": "A", "fone": "555"}', "unknown key 'fone'"),
        ('{"phone": 5550142}', "'phone' must be text"),
        ("[]", "expected a JSON object"),
        ("{", "is not a clinic file"),
    ],
)
def test_a_bad_clinic_file_is_one_error_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "clinic.json"
    path.write_text(content)
    with pytest.raises(SharedVisitError, match=message):
        load_clinic(path)
    status = main(["pdf", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--clinic", str(path)])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith("error: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_clinic_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status = main(["pdf", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--clinic", "nope.json"])
    assert status == 2
    assert capsys.readouterr().err == "error: cannot read nope.json: No such file or directory\n"


def test_an_unreadable_logo_is_noted_and_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "clinic.json"
    path.write_text(json.dumps({"name": "Clínica Sol", "phone": "555-0100", "logo": "logo.png"}))
    (tmp_path / "logo.png").write_text("not a picture")
    text, err = pdf(capsys, tmp_path, str(EXAMPLE), "--clinic", str(path))
    assert "555-0100" in text
    assert err == f"note: {tmp_path / 'logo.png'} is not a PNG or JPEG we can read; no logo\n"


@pytest.mark.parametrize("flag", ["--lang", "--also-lang"])
def test_a_bad_language_tag_is_a_usage_error(capsys: pytest.CaptureFixture[str], flag: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["pdf", str(EXAMPLE), flag, "Spanish!"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: argument {flag}: 'Spanish!' is not a language tag")
