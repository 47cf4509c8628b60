"""WeasyPrint, set up for an accessible, private booklet.

PDF/UA-1: tagged (headings, lists, tables, figures with alt text), the document
language and title, DisplayDocTitle. Only the person's own files are read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from weasyprint import HTML
from weasyprint.document import Document
from weasyprint.text.fonts import FontConfiguration

from .fetcher import LocalOnlyFetcher

PDF_OPTIONS = {
    "pdf_variant": "pdf/ua-1",
    "optimize_images": True,
    "jpeg_quality": 85,
    "dpi": 200,  # photos: sharp on paper, not megabytes in an email
}


class Warnings(logging.Handler):
    """Keeps WeasyPrint's complaints so the adapter can show them as warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message not in self.messages:
            self.messages.append(message)


@contextmanager
def collect_warnings() -> Iterator[Warnings]:
    """WeasyPrint's log, kept instead of printed (staff see it once, under the person)."""
    handler = Warnings()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def lay_out(html: str, base_dir: Path, fetcher: LocalOnlyFetcher) -> Document:
    """Pages laid out, not yet painted: enough to see where things fell."""
    document = HTML(
        string=html, base_url=Path(base_dir).resolve().as_uri() + "/", url_fetcher=fetcher
    )
    return document.render(font_config=FontConfiguration(), **PDF_OPTIONS)


def starts_page(document: Document, index: int, anchor: str) -> bool:
    """Whether the element with id ``anchor`` is on page ``index`` (0-based)."""
    return len(document.pages) > index and anchor in document.pages[index].anchors


def write_pdf(document: Document) -> bytes:
    return document.write_pdf(**PDF_OPTIONS)
