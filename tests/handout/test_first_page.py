"""Page one: the clinic's details and "When to get help", where a worried reader looks first."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image

from sharedvisit.clinic import Clinic
from sharedvisit.handout import build_handout, render_handout
from sharedvisit.handout.firstpage import readable_logo
from sharedvisit.visit import SafetyNet, Visit
from sharedvisit.visitfile import load_visit

from .pdftools import all_text, body_text, page_texts, reader
from .visits import CLINIC, full_visit, safety_visit

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def logo_file(folder: Path, kind: str = "PNG") -> Path:
    path = folder / f"logo.{kind.lower()}"
    Image.new("RGB", (120, 60), (0, 70, 120)).save(path, kind)
    return path


def image_count(pdf: bytes, page: int) -> int:
    resources = reader(pdf).pages[page]["/Resources"]
    objects = resources.get("/XObject", {})
    return sum(1 for ref in objects.values() if ref.get_object()["/Subtype"] == "/Image")


def test_clinic_numbers_are_in_every_pages_footer(example_visit: Visit) -> None:
    pages = page_texts(render_handout(full_visit(example_visit), clinic=CLINIC))
    assert len(pages) > 2
    for page in pages:
        assert "Call 555-0142 · When we are closed: 555-0199" in page
        assert "Riverside Clinic · 120 Riverside Avenue, Springfield" in page


def test_clinic_on_page_one_how_to_reach_us(example_visit: Visit) -> None:
    """In the framed "About this visit" block; with a safety net, in page one's footer too."""
    visit = full_visit(example_visit, safety_net=None)
    first = page_texts(render_handout(visit, clinic=CLINIC))[0]
    assert first.startswith("Riverside Clinic Your visit summary")
    for fact in [
        "Clinic phone: 555-0142",
        "When we are closed: 555-0199",
        "Clinic address: 120 Riverside Avenue Springfield",
        "How to reach Dr. Ana Chen: Call the clinic, Monday to Friday.",
    ]:
        assert fact in first


def test_clinic_in_spanish(example_visit: Visit) -> None:
    pages = page_texts(render_handout(full_visit(example_visit, language="es"), clinic=CLINIC))
    assert "Teléfono de la clínica: 555-0142" in pages[0]
    assert all("Llame al 555-0142 · Si estamos cerrados: 555-0199" in page for page in pages)


def test_no_clinic_no_clinic_lines(example_visit: Visit) -> None:
    handout = build_handout(full_visit(example_visit))
    assert handout.letterhead is None
    assert handout.footer_contact == ()
    assert handout.footer_clinic == ""
    text = all_text(render_handout(full_visit(example_visit), clinic=Clinic()))
    assert "Clinic phone" not in text


def test_long_numbers_keep_their_labels_or_drop_them_but_never_the_number() -> None:
    clinic = dataclasses.replace(
        CLINIC, phone="+1 (555) 014-2000 ext. 12345", after_hours="+1 (555) 019-9000 ext. 54321"
    )
    for large in (False, True):
        pages = page_texts(render_handout(safety_visit(), clinic=clinic, large_print=large))
        for page in pages:
            assert "+1 (555) 014-2000 ext. 12345" in page
            assert "+1 (555) 019-9000 ext. 54321" in page


def test_a_readable_logo_is_drawn_on_page_one_only(tmp_path: Path, example_visit: Visit) -> None:
    for kind in ("PNG", "JPEG"):
        clinic = dataclasses.replace(CLINIC, logo=logo_file(tmp_path, kind))
        assert readable_logo(clinic.logo)  # type: ignore[arg-type]
        pdf = render_handout(full_visit(example_visit), clinic=clinic)
        assert image_count(pdf, 0) == 1
        assert image_count(pdf, 1) == 0


@pytest.mark.parametrize(
    "content",
    [b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, b"GIF89a" + b"\x00" * 40, b""],
    ids=["text", "broken-png", "gif", "empty"],
)
def test_an_unreadable_logo_is_skipped_quietly(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(content)
    assert not readable_logo(path)
    pdf = render_handout(safety_visit(), clinic=dataclasses.replace(CLINIC, logo=path))
    assert image_count(pdf, 0) == 0
    assert "Riverside Clinic" in page_texts(pdf)[0]


def test_a_truncated_png_is_skipped(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), "white").save(buffer, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buffer.getvalue()[:200])
    assert not readable_logo(path)
    missing = tmp_path / "nowhere.png"
    assert not readable_logo(missing)
    pdf = render_handout(safety_visit(), clinic=dataclasses.replace(CLINIC, logo=missing))
    assert image_count(pdf, 0) == 0


def test_safety_net_is_a_box_on_page_one(example_visit: Visit) -> None:
    pages = page_texts(render_handout(full_visit(example_visit), clinic=CLINIC))
    first = pages[0]
    for words in [
        "When to get help",
        "It is hard to know how things will go.",
        "Get help if you notice:",
        "Short of breath",
        "A fever of 38.5 °C or more",
        "What to do: Call the clinic the same day.",
        "Number to call: 555-0100",
        "When you should feel better: The cough should get better in three weeks.",
    ]:
        assert words in first
    assert "When to get help" not in " ".join(pages[1:])


@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("language", ["en", "es"])
def test_safety_net_stays_on_page_one_in_large_print(
    example_visit: Visit, large: bool, language: str
) -> None:
    """A long plan and large print: the safety net moves up rather than off page one."""
    plan = " ".join(["We will try rest and fluids first, and see how it goes."] * 6)
    visit = full_visit(example_visit, plan=plan, language=language)
    pages = page_texts(render_handout(visit, large_print=large, clinic=CLINIC))
    for words in ["Short of breath", "555-0100", "three weeks"]:
        assert words in pages[0]


def test_spanish_large_print_example_has_the_whole_safety_net_on_page_one() -> None:
    """The issue's "done when": docs/examples/cough.json, as `make examples` prints it."""
    visit = load_visit(EXAMPLES / "cough.json")
    assert visit.large_print and visit.language == "es" and visit.safety_net
    pdf = render_handout(visit, clinic=CLINIC)
    first = page_texts(pdf)[0]
    assert "Cuándo pedir ayuda" in first
    for sign in visit.safety_net.warning_signs:
        assert sign in first
    assert "Número para llamar: 555-0199" in first
    assert visit.safety_net.expected_course in first
    assert "En sus palabras:" in body_text(pdf)


def test_safety_net_number_falls_back_to_the_clinic() -> None:
    without = safety_visit(safety_net=SafetyNet(warning_signs=["Chest pain"]))
    assert build_handout(without).safety_net.phone is None  # type: ignore[union-attr]
    net = build_handout(without, clinic=CLINIC).safety_net
    assert net is not None and net.phone is not None
    assert net.phone.text == "555-0199"  # after hours first: warning signs keep no office hours
    daytime = dataclasses.replace(CLINIC, after_hours="")
    assert build_handout(without, clinic=daytime).safety_net.phone.text == "555-0142"  # type: ignore[union-attr]


def test_empty_safety_net_prints_no_box() -> None:
    for net in (None, SafetyNet(), SafetyNet(warning_signs=[]), SafetyNet(what_to_do="  ")):
        visit = safety_visit(safety_net=net)
        assert build_handout(visit).safety_net is None
        assert "When to get help" not in all_text(render_handout(visit))


def test_bilingual_safety_net(example_visit: Visit) -> None:
    visit = full_visit(example_visit, language="es", also_language="en")
    net = build_handout(visit).safety_net
    assert net is not None
    assert (net.heading, net.heading_also) == ("Cuándo pedir ayuda", "When to get help")
    assert net.signs_label == "Pida ayuda si nota / Get help if you notice:"
    assert net.signs == ("Short of breath", "Chest pain", "A fever of 38.5 °C or more")
