"""How long the booklet takes: seconds per printed page, for each example plan.

    python benchmarks/booklet.py [--plans plans] [--repeat 3] [--paper a4|a5] [--no-symbols]

Renders each plan's Markdown with the site's Markdown extensions (symbols as the person
chose them), then times the booklet core alone (clean, assemble, WeasyPrint, artifacts,
write; plus imposition for A5).
Prints figures; asserts nothing (no timed tests).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import markdown
import pikepdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugins.booklet.booklet import BookletOptions, SourcePage, make_booklet  # noqa: E402
from plugins.plan.load import find_plan_folders, load_plan  # noqa: E402
from plugins.symbols.extension import SymbolsExtension  # noqa: E402

SYMBOL_FILES = ROOT / "plugins" / "symbols" / "data"
EXTENSIONS = ["tables", "attr_list", "md_in_html", "toc"]


def sources_for(plan, symbols: bool) -> list[SourcePage]:
    """Each page as HTML, as the site would have it (without the audio players)."""
    sources = []
    for page in plan.pages:
        extensions: list = list(EXTENSIONS)
        if symbols:
            person = plan.person
            extensions.append(SymbolsExtension(mode=person.needs.symbols, names=person.people))
        html = markdown.markdown(page.text, extensions=extensions)
        sources.append(SourcePage(page.html_name, page.title, html))
    return sources


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=Path, default=ROOT / "plans")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--paper", choices=("a4", "a5"), default="a4")
    parser.add_argument("--no-symbols", dest="symbols", action="store_false")
    args = parser.parse_args()
    options = BookletOptions(paper=args.paper, base_url="https://plans.example.org")
    total_pages = 0
    total_seconds = 0.0
    print(f"{'plan':<20} {'pages':>5} {'best s':>8} {'median s':>9} {'s/page':>7}")
    for folder in find_plan_folders(args.plans):
        plan = load_plan(folder)
        sources = sources_for(plan, args.symbols)
        times = []
        with tempfile.TemporaryDirectory() as site:
            shutil.copytree(SYMBOL_FILES, Path(site) / "assets" / "symbols")
            for _ in range(max(1, args.repeat)):
                started = time.perf_counter()
                result = make_booklet(plan, sources, Path(site), options)
                times.append(time.perf_counter() - started)
            with pikepdf.open(result.files[0]) as pdf:
                pages = len(pdf.pages)
        best = min(times)
        total_pages += pages
        total_seconds += best
        print(
            f"{plan.slug:<20} {pages:>5} {best:>8.2f} {statistics.median(times):>9.2f}"
            f" {best / pages:>7.3f}"
        )
    if total_pages:
        print(
            f"{'all':<20} {total_pages:>5} {total_seconds:>8.2f} {'':>9} "
            f"{total_seconds / total_pages:>7.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
