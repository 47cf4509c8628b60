#!/usr/bin/env python3
"""What sealing costs a family's phone: each example person's site, unencrypted and encrypted.

Builds the example plans twice (with audio and booklet, from the audio cache) and prints, per
person, what a family downloads to read every page (pages, pictures, styles, the sounds of the
pages; the theme's shared files once), and what printing adds (the booklet), plain and sealed.
Sealed files are padded to size buckets (plugins/privacy/padding.py) and carried as base64 text.

    PLANBOOK_CACHE=/path/to/warm/cache python benchmarks/privacy.py
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugins.builder.runner import run_build  # noqa: E402
from plugins.plan.build import BuildOptions, default_cache_dir  # noqa: E402
from plugins.privacy import unseal  # noqa: E402
from plugins.privacy.keystore import KeyStore  # noqa: E402


def size(path: Path) -> int:
    return path.stat().st_size


def plain_download(site: Path) -> tuple[int, int]:
    """(reading every page, the booklet) of an unencrypted site, theme included."""
    files = [p for p in site.rglob("*") if p.is_file()]
    booklet = sum(size(p) for p in files if p.suffix == ".pdf")
    whole_plan = sum(size(p) for p in files if p.name.endswith("-plan.mp3"))
    return sum(size(p) for p in files) - booklet - whole_plan, booklet


def sealed_download(site: Path, key: bytes) -> tuple[int, int]:
    """The same for an encrypted site: shells, site.js, theme, and the files pages load."""
    content = unseal.content_key(site, key)
    listed = unseal.manifest(site, content)
    eager: set[str] = set()
    booklet: set[str] = set()
    for page in listed["pages"]:
        for item in unseal.open_page(site, page, content)["media"].values():
            name = item.get("bundle") or item["src"]
            if item["type"] == "application/pdf":
                booklet.add(name)
            elif not item.get("lazy"):
                eager.add(name)
    pages = sum(size(site / p) for p in site.glob("*.html"))
    theme = sum(size(p) for p in (site / "assets").rglob("*") if p.is_file())
    read = pages + theme + size(site / "data" / "site.js") + sum(size(site / n) for n in eager)
    return read, sum(size(site / n) for n in booklet)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sites = {}
        for encrypt in (False, True):
            options = BuildOptions(
                out_dir=tmp / f"site-{encrypt}",
                keys_dir=tmp / "keys",
                cache_dir=default_cache_dir(),
                encrypt=encrypt,
                state_dir=tmp / "state",
            )
            log = io.StringIO()
            if run_build(ROOT / "plans", options, jobs=2, out=log) != 0:
                print(log.getvalue())
                return 1
            sites[encrypt] = options.out_dir
        print(f"{'person':17} {'read every page: plain':>23} {'sealed':>11} {'ratio':>6}   "
              f"{'+ print: plain':>14} {'sealed':>10}")
        totals = [0, 0]
        for folder in sorted(p for p in (ROOT / "plans").iterdir() if p.is_dir()):
            store = KeyStore(tmp / "keys", folder.name)
            plain = plain_download(sites[False] / folder.name)
            sealed = sealed_download(sites[True] / store.load().folder, store.load().own.key)
            totals[0] += plain[0]
            totals[1] += sealed[0]
            print(
                f"{folder.name:17} {plain[0]:>23,} {sealed[0]:>11,} {sealed[0] / plain[0]:>6.2f}   "
                f"{plain[1]:>14,} {sealed[1]:>10,}"
            )
        print(f"{'all':17} {totals[0]:>23,} {totals[1]:>11,} {totals[1] / totals[0]:>6.2f}")
        print("(sealed files are base64 text: 1.33 of their padded size)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
