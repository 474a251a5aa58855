"""The ``sharedvisit`` command line: render, import, export and list visits without a display.

With no subcommand it opens the window; with a visit file as its only
argument it opens the window on that visit. Exit status is 0 on success and
2 on bad input, with one line ``error: ...`` on stderr; a store that cannot be
used exits 1 the same way. Qt is imported only when the window is asked for.

Never prints the clinician's private note: exports go to a file (mode 0600),
never to standard output.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from . import __version__
from .clinic import load_clinic
from .errors import SharedVisitError, StoreError, VisitFileError, VisitNotFound
from .visit import Visit

if TYPE_CHECKING:
    from .store import Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2

COMMANDS = ("open", "pdf", "import", "export", "list", "schema")
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")  # as visit.LanguageCode


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one ``error: ...`` line and status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"error: {message} (try --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sharedvisit",
        description="Clinician and patient co-edit the visit; the patient takes home a summary.",
        epilog="With no command, opens the window. 'sharedvisit VISIT.json' opens the window "
        "on that visit, importing it into the store.",
    )
    parser.add_argument("--version", action="version", version=f"sharedvisit {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the visit store (default: $SHAREDVISIT_DATA_DIR, "
        "else the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("open", help="open the window, optionally on a visit file")
    p.add_argument("file", nargs="?", type=Path, metavar="VISIT.json")

    p = sub.add_parser("pdf", help="render the take-home summary of a visit to PDF")
    p.add_argument(
        "visit", metavar="VISIT.json|ID", help="a visit file, or the id of a stored visit"
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.pdf",
        help="where to write the PDF (default: beside the visit file)",
    )
    p.add_argument("--paper", choices=("letter", "a4"), default="letter", help="paper size")
    p.add_argument(
        "--lang",
        type=_language,
        metavar="LANG",
        help="print in this language (en, es), whatever the visit says",
    )
    p.add_argument(
        "--also-lang",
        type=_also_language,
        metavar="LANG",
        help="add a second language, section by section ('none' for one language only)",
    )
    p.add_argument(
        "--large-print",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="body 18 pt, nothing under 16 pt (default: as the visit says)",
    )
    p.add_argument(
        "--clinic",
        type=Path,
        metavar="FILE.json",
        help="the clinic's name, phone, after_hours, address and logo, for header and footer",
    )

    p = sub.add_parser("import", help="store a visit file and print its new id")
    p.add_argument("file", type=Path, metavar="VISIT.json")

    p = sub.add_parser("export", help="write a stored visit to a visit file")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    p.add_argument(
        "--for-patient",
        action="store_true",
        help="leave out the clinician's private note (for a file given to the patient)",
    )

    sub.add_parser("list", help="list stored visits: id, date, patient")
    sub.add_parser("schema", help="print the JSON Schema of the visit file format")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(
        _with_default_command(list(sys.argv[1:] if argv is None else argv))
    )
    try:
        return _COMMANDS[args.command](args)
    except (VisitFileError, VisitNotFound) as exc:
        return _fail(exc, EXIT_BAD_INPUT)
    except StoreError as exc:
        return _fail(exc, EXIT_FAILED)
    except SharedVisitError as exc:
        return _fail(exc, EXIT_BAD_INPUT)


def _with_default_command(argv: list[str]) -> list[str]:
    """Insert ``open`` when no command is given, so ``sharedvisit VISIT.json`` opens it."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token in ("-h", "--help", "--version"):
            return argv
        if token == "--data-dir":
            i += 2
            continue
        if token.startswith("-"):
            i += 1
            continue
        return argv if token in COMMANDS else [*argv[:i], "open", *argv[i:]]
    return [*argv, "open"]


def _fail(exc: Exception, status: int) -> int:
    print(f"error: {exc}", file=sys.stderr)
    return status


def _open_store(args: argparse.Namespace) -> Store:
    from .store import Store

    return Store.open(args.data_dir)


def _cmd_open(args: argparse.Namespace) -> int:
    try:
        from .ui.app import run_app
    except ImportError as exc:
        from .syscheck import missing_libraries_message

        hint = missing_libraries_message() or f"Qt could not be loaded ({exc})"
        print(f"error: the window cannot start: {hint}", file=sys.stderr)
        return EXIT_FAILED
    return run_app(data_dir=args.data_dir, visit_file=args.file)


def _cmd_pdf(args: argparse.Namespace) -> int:
    from .handout import write_handout
    from .handout.labels import has_catalogue

    clinic = load_clinic(args.clinic) if args.clinic else None
    visit, default_out = _visit_for_pdf(args)
    out = args.output or default_out
    language = args.lang or visit.language
    if not has_catalogue(language) and not language.startswith("en"):
        print(f"note: no handout words in {language!r} yet; printing in English", file=sys.stderr)
    if clinic is not None and clinic.logo is not None:
        from .handout.firstpage import readable_logo

        if not readable_logo(clinic.logo):
            print(f"note: {clinic.logo} is not a PNG or JPEG we can read; no logo", file=sys.stderr)
    _write(
        out,
        lambda: write_handout(
            visit,
            out,
            language=args.lang,
            also_language=args.also_lang,
            large_print=args.large_print,
            paper=args.paper,
            clinic=clinic,
        ),
    )
    return EXIT_OK


def _language(value: str) -> str:
    """A BCP 47 tag as the visit file takes it (``es``, ``pt-BR``), else a usage error."""
    if not _LANGUAGE_TAG.fullmatch(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language tag such as en or es")
    return value


def _also_language(value: str) -> str:
    """Like ``_language``; ``none`` (or empty) asks for a handout in one language."""
    return "" if value.lower() in ("", "none") else _language(value)


def _visit_for_pdf(args: argparse.Namespace) -> tuple[Visit, Path]:
    from .visitfile import load_visit

    path = Path(args.visit)
    if args.visit.isdigit() and not path.exists():
        with _open_store(args) as store:
            return store.load(int(args.visit)), Path(f"visit-{args.visit}.pdf")
    return load_visit(path), path.with_suffix(".pdf")


def _cmd_import(args: argparse.Namespace) -> int:
    from .visitfile import load_visit

    visit = load_visit(args.file)  # validate fully before touching the store
    with _open_store(args) as store:
        print(store.add(visit))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from .visitfile import save_visit

    with _open_store(args) as store:
        visit = store.load(args.id)
    _write(args.output, lambda: save_visit(visit, args.output, for_patient=args.for_patient))
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        for summary in store.visits(recent_first=False):
            print(f"{summary.id}\t{summary.date.isoformat()}\t{summary.patient}")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from .visitfile import visit_json_schema

    print(json.dumps(visit_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _write(path: Path, write: Callable[[], None]) -> None:
    """Run a file-writing step, turning a system refusal into one plain sentence."""
    try:
        write()
    except OSError as exc:
        raise SharedVisitError(f"cannot write {path}: {exc.strerror or exc}") from None


_COMMANDS = {
    "open": _cmd_open,
    "pdf": _cmd_pdf,
    "import": _cmd_import,
    "export": _cmd_export,
    "list": _cmd_list,
    "schema": _cmd_schema,
}
