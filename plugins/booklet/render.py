"""WeasyPrint, set up for an accessible, private booklet.

PDF/UA-1: tagged (headings, lists, tables, figures with alt text), the document
language and title, DisplayDocTitle. Only the person's own files are read.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from .fetcher import LocalOnlyFetcher

PDF_VARIANT = "pdf/ua-1"


class _Collect(logging.Handler):
    """Keeps WeasyPrint's complaints so the adapter can show them as warnings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_pdf(html: str, base_dir: Path, roots: Iterable[Path]) -> tuple[bytes, list[str]]:
    """Render the print HTML to PDF bytes; also return WeasyPrint's warnings."""
    fetcher = LocalOnlyFetcher(roots)
    collect = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    propagate, logger.propagate = logger.propagate, False
    try:
        document = HTML(
            string=html, base_url=Path(base_dir).resolve().as_uri() + "/", url_fetcher=fetcher
        )
        pdf = document.write_pdf(
            pdf_variant=PDF_VARIANT,
            font_config=FontConfiguration(),
            optimize_images=True,
            jpeg_quality=85,
            dpi=200,
        )
    finally:
        logger.removeHandler(collect)
        logger.propagate = propagate
    warnings = [m for m in collect.messages]
    warnings += [f"not fetched (outside the person's folder): {url}" for url in fetcher.refused]
    return pdf, list(dict.fromkeys(warnings))
