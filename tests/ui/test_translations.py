"""The window's translations: complete, up to date with the code, and really shown.

Every ``resources/i18n/*.ts`` must translate every string the code passes to
``tr()``, keep each placeholder the code fills in (``{0}``, ``{name}``, ``%1``,
``%n``) and each keyboard mnemonic (``&``), and give each menu item a mnemonic
letter of its own. The Spanish window is then built for real, from a ``.qm``
compiled here, so the test does not depend on ``make`` having run.
See ``docs/translating.md``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from sharedvisit.store import Store
from sharedvisit.ui.mainwindow import MainWindow
from sharedvisit.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
UI_SOURCES = sorted((ROOT / "sharedvisit" / "ui").glob("*.py"))
TS_FILES = sorted(I18N.glob("*.ts"))
SPANISH = I18N / "sharedvisit_es.ts"

# What the code fills in: {0}, {name}; Qt's %1 and %n. Literal braces ({{ }}) are not.
PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z0-9_]*\}(?!\})|%(?:n|L?\d+)")
OBSOLETE = {"obsolete", "vanished"}


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment (or, failing that, the PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: it comes with PySide6 (install the dev environment)")
    return found


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, <message>) for each message of a Qt Linguist file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def translations(message: ET.Element) -> list[str]:
    """The translated text(s) of a message: one, or one per plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    if forms:
        return [form.text or "" for form in forms]
    return [translation.text or ""]


def current(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """The messages still in use: not marked obsolete or vanished."""
    for name, source, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") not in OBSOLETE:
            yield name, source, message


def mnemonics(text: str) -> list[str]:
    """The mnemonic letters of a text: "&File" -> ["f"]; "&&" is a literal ampersand."""
    letters, index = [], 0
    while index < len(text):
        if text[index] == "&" and index + 1 < len(text):
            if text[index + 1] != "&":
                letters.append(text[index + 1].lower())
            index += 2
        else:
            index += 1
    return letters


def test_there_are_translations() -> None:
    assert SPANISH in TS_FILES, f"the Spanish translation {SPANISH} is missing"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts: Path) -> None:
    untranslated = []
    for name, source, message in current(ts):
        translation = message.find("translation")
        texts = translations(message)
        finished = translation is not None and translation.get("type") != "unfinished"
        if not finished or not texts or not all(text.strip() for text in texts):
            untranslated.append(f"{name}: {source!r}")
    assert not untranslated, (
        f"{len(untranslated)} message(s) of {ts.name} are not translated (or still marked "
        "unfinished):\n" + "\n".join(untranslated)
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_translation_is_up_to_date_with_the_code(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, UI_SOURCES),
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    before = {(name, source) for name, source, _ in current(ts)}
    new = sorted({(name, source) for name, source, _ in current(copy)} - before)
    assert not new, (
        f"{len(new)} string(s) in the code are not in {ts.name}: run make i18n-update and "
        "translate the new strings\n" + "\n".join(f"{name}: {source!r}" for name, source in new)
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_and_mnemonics_are_kept(ts: Path) -> None:
    wrong = []
    for name, source, message in current(ts):
        for text in translations(message):
            if not text.strip():
                continue  # reported by the completeness test
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                wrong.append(f"{name}: placeholders differ: {source!r} -> {text!r}")
            if len(mnemonics(source)) != len(mnemonics(text)):
                wrong.append(f"{name}: mnemonic (&) count differs: {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


# -- the Spanish window, built for real ------------------------------------------


@pytest.fixture(scope="module")
def spanish_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Spanish translation compiled here, whether or not ``make`` has run."""
    qm = tmp_path_factory.mktemp("i18n") / "sharedvisit_es.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(SPANISH), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert qm.is_file(), "pyside6-lrelease wrote no .qm"
    return qm


@pytest.fixture
def spanish_window(
    qapp: QApplication, qtbot: QtBot, store: Store, spanish_qm: Path
) -> Iterator[MainWindow]:
    """The real main window, built while the Spanish translation is installed."""
    translator = QTranslator()
    assert translator.load(str(spanish_qm)), f"{spanish_qm} cannot be loaded"
    assert qapp.installTranslator(translator)
    try:
        window = MainWindow(store, Settings())
        qtbot.addWidget(window)
        yield window
        window.close()
    finally:
        qapp.removeTranslator(translator)


def menus(window: MainWindow) -> list[QMenu]:
    return [menu for act in window.menuBar().actions() if isinstance(menu := act.menu(), QMenu)]


def test_the_window_speaks_spanish(spanish_window: MainWindow) -> None:
    titles = [act.text() for act in spanish_window.menuBar().actions()]
    assert titles[0] == "&Archivo", titles
    assert spanish_window.start_new_button.text() == "Empezar una consulta nueva"
    spanish_window.new_visit()
    tabs = [spanish_window.tabs.tabText(i) for i in range(spanish_window.tabs.count())]
    assert tabs[0].startswith("Temas"), tabs


def test_spanish_mnemonics_are_unique_within_each_menu(spanish_window: MainWindow) -> None:
    bar = [act.text() for act in spanish_window.menuBar().actions()]
    clashes = []
    for scope, texts in [("menu bar", bar)] + [
        (menu.title(), [act.text() for act in menu.actions() if not act.isSeparator()])
        for menu in menus(spanish_window)
    ]:
        letters = Counter(letter for text in texts for letter in mnemonics(text))
        repeated = {letter for letter, count in letters.items() if count > 1}
        clashes += [f"{scope}: &{letter} in {texts}" for letter in sorted(repeated)]
    assert not clashes, "\n".join(clashes)


def test_spanish_alt_keys_of_the_visit_page_do_not_clash(spanish_window: MainWindow) -> None:
    """Alt+letter reaches a menu or a labelled field: each letter must lead to one place."""
    spanish_window.new_visit()
    for tab in range(spanish_window.tabs.count()):  # each tab is built when first shown
        spanish_window.tabs.setCurrentIndex(tab)
    texts = [act.text() for act in spanish_window.menuBar().actions()]
    texts += [label.text() for label in spanish_window.findChildren(QLabel) if label.buddy()]
    texts += [button.text() for button in spanish_window.findChildren(QAbstractButton)]
    letters = Counter(letter for text in texts for letter in mnemonics(text))
    repeated = sorted(letter for letter, count in letters.items() if count > 1)
    assert not repeated, [
        (letter, [text for text in texts if letter in mnemonics(text)]) for letter in repeated
    ]
