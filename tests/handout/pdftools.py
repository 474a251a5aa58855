"""Reading a rendered handout back, the way a test (or a screen reader) sees it.

Text is compared with whitespace normalised: the PDF breaks lines wherever
they fill the page, so "a long sentence" may come back as "a long\nsentence".
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

from pypdf import PdfReader

_SPACE = re.compile(r"\s+")
_PAGE_LINE = re.compile(r"(Page \d+ of \d+|Página \d+ de \d+)")


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def squash(text: str) -> str:
    """Runs of whitespace (line breaks included) collapsed to one space."""
    return _SPACE.sub(" ", text).strip()


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, whitespace collapsed."""
    return [squash(page.extract_text()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def body_text(pdf: bytes) -> str:
    """All pages' text without the footers, so a sentence split by a page break reads whole."""
    bodies = []
    for page in reader(pdf).pages:
        lines = page.extract_text().splitlines()
        footer = max(i for i, line in enumerate(lines) if _PAGE_LINE.fullmatch(line.strip()))
        bodies.append(squash(" ".join(lines[:footer])))
    return " ".join(bodies)


def font_sizes(pdf: bytes) -> Counter[float]:
    """How many characters are shown at each font size (from the ``Tf`` operators).

    Weighted by characters, so the body size dominates and a one-word label
    in another size does not.
    """
    sizes: Counter[float] = Counter()
    for page in reader(pdf).pages:
        current = [0.0]

        def visit(op: bytes, args: Any, cm: Any, tm: Any, current: list[float] = current) -> None:
            if op == b"Tf":
                current[0] = float(args[1])
            elif op in (b"Tj", b"'", b'"'):
                sizes[current[0]] += len(args[-1])
            elif op == b"TJ":
                sizes[current[0]] += sum(len(a) for a in args[0] if isinstance(a, (bytes, str)))

        page.extract_text(visitor_operand_before=visit)
    return sizes


def decoded_streams(pdf: bytes) -> list[bytes]:
    """Every stream in the file, decompressed: content, fonts, metadata, all of it."""
    pdf_reader = reader(pdf)
    streams = []
    for number in range(1, int(pdf_reader.trailer["/Size"])):
        obj = pdf_reader.get_object(number)
        get_data = getattr(obj, "get_data", None)
        if get_data is not None:
            streams.append(get_data())
    return streams
