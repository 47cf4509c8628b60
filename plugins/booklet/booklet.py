"""Make a person's booklet from the page HTML their site was built from.

The one function the MkDocs adapter (or any other host) calls.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from plugins.i18n.words import Words
from plugins.plan.model import Plan

from .clean import PrintPage, clean_page, page_key
from .document import CHANGES_KEY, CONTENTS_ID, COVER_FITS, PAPERS, booklet_html
from .errors import BookletError
from .fetcher import LocalOnlyFetcher
from .finish import finish_pdf
from .fonts import find_fonts_dir
from .impose import impose_a5
from .qr import audio_url
from .render import collect_warnings, lay_out, starts_page, write_pdf

BOOKLET_FILE = "booklet.pdf"  # linked from the site as "Print my plan"
FOLD_FILE = "booklet-fold.pdf"  # A5 only: the same pages imposed for fold-and-staple printing
MAX_SHEETS = 15  # sheets a long-arm stapler closes cleanly when folded


@dataclass(frozen=True)
class SourcePage:
    """A page as the site built it: its output path, title and content HTML."""

    dest_uri: str  # e.g. "01-about-me.html", inside the site folder
    title: str
    html: str


@dataclass(frozen=True)
class BookletOptions:
    paper: str = "a4"  # "a4" | "a5"
    base_url: str | None = None  # where the sites are published; QR codes need it


@dataclass
class BookletResult:
    files: list[Path]
    html: str
    warnings: list[str] = field(default_factory=list)


def print_pages(
    plan: Plan, sources: Sequence[SourcePage], site_dir: Path, options: BookletOptions
) -> list[PrintPage]:
    """Each source page made fit for paper, in the order given (the plan's order)."""
    keys = {source.dest_uri: page_key(source.dest_uri) for source in sources}
    listen = None
    if options.base_url:
        base = options.base_url

        def listen(path: str) -> str:
            return audio_url(base, plan.slug, path)

    return [
        clean_page(
            source.html, source.dest_uri, source.title, site_dir, keys, listen,
            Words.of(plan.person)._,
        )  # fmt: skip
        for source in sources
    ]


def link_names(pages: Sequence[PrintPage], changes: PrintPage | None) -> dict[str, str]:
    """Words for every place a link can go: each page and each of its sections."""
    names = {CHANGES_KEY: changes.title if changes is not None else "What changed"}
    for page in [*pages, changes] if changes is not None else pages:
        names[page.key] = page.title
        names.update({section.id: section.title for section in page.sections})
    return names


def make_booklet(
    plan: Plan,
    sources: Sequence[SourcePage],
    site_dir: Path,
    options: BookletOptions | None = None,
    changes: SourcePage | None = None,
    credits: SourcePage | None = None,
) -> BookletResult:
    """Write booklet.pdf (and booklet-fold.pdf for A5) into ``site_dir``.

    ``sources`` are the plan's pages in plan order; ``changes`` the site's own
    "What changed" page, after them (made from person.yml when not given); ``credits``
    ("About the pictures") comes last of all.
    """
    options = options or BookletOptions()
    if options.paper not in PAPERS:
        raise BookletError(
            f"booklet paper must be one of {', '.join(PAPERS)}, not {options.paper!r}"
        )
    site_dir = Path(site_dir).resolve()
    fonts_dir = find_fonts_dir(site_dir)
    everything = [*sources, *(p for p in (changes, credits) if p is not None)]
    printed = print_pages(plan, everything, site_dir, options)
    credits_printed = printed.pop() if credits is not None else None
    pages, changes_printed = (printed[:-1], printed[-1]) if changes is not None else (printed, None)
    fetcher = LocalOnlyFetcher([site_dir, plan.folder, fonts_dir])
    with collect_warnings() as collected:
        # The cover must be one page: at a very large print size, tighten it and try again.
        for fit in range(COVER_FITS):
            html = booklet_html(
                plan, pages, PAPERS[options.paper], fonts_dir, changes_printed, fit, credits_printed
            )
            document = lay_out(html, site_dir, fetcher)
            if starts_page(document, 1, CONTENTS_ID):
                break
        named = pages + ([credits_printed] if credits_printed else [])
        pdf = finish_pdf(write_pdf(document), link_names(named, changes_printed))
    warnings = list(collected.messages)
    warnings += [f"not fetched (outside the person's folder): {url}" for url in fetcher.refused]
    files = [_write(site_dir / BOOKLET_FILE, pdf)]
    if options.paper == "a5":
        folded, sheets = impose_a5(pdf)
        files.append(_write(site_dir / FOLD_FILE, folded))
        if sheets > MAX_SHEETS:
            warnings.append(
                f"{FOLD_FILE} needs {sheets} sheets of paper; a stapled fold holds about "
                f"{MAX_SHEETS}: print booklet.pdf on A4 instead, or in two parts"
            )
    return BookletResult(files=files, html=html, warnings=warnings)


def _write(path: Path, data: bytes) -> Path:
    """Write whole or not at all: a half-written PDF must never be published."""
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path
