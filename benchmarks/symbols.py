"""How fast the picture matcher is: start-up, then a 200-sentence set, then a whole page.

    python benchmarks/symbols.py

Prints the time to load the vocabulary and lexicon (once per process: the builder does it before
forking its workers), to find every picture in 200 care-plan sentences (the labelled and tuning
sets, as `python build.py symbols` would), and to render the Markdown of those sentences as one
page with the Easy Read picture column. The target: the 200 sentences in well under a second
after start-up. Last, the same 200 sentences pasted as one text, then eight times over: a long
plan pasted whole should cost about eight times as much, not sixty-four (round 125).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    started = time.perf_counter()
    from plugins.symbols.plugin import SymbolsPlugin

    SymbolsPlugin.warm_up()
    loaded = time.perf_counter() - started
    from plugins.symbols.matcher import find_all

    texts = []
    for name in ("symbols_labelled.yml", "symbols_tuning_en.yml"):
        texts += [i["text"] for i in yaml.safe_load((ROOT / "tests" / "data" / name).read_text())]
    texts = texts[:200]
    start = time.perf_counter()
    pictures = sum(len(find_all(text)) for text in texts)
    matched = time.perf_counter() - start

    import markdown

    from plugins.symbols.extension import SymbolSettings, SymbolsExtension

    page = "\n\n".join(texts)
    start = time.perf_counter()
    markdown.markdown(page, extensions=[SymbolsExtension(SymbolSettings())])
    rendered = time.perf_counter() - start
    one_text = " ".join(texts)
    start = time.perf_counter()
    find_all(one_text)
    short = time.perf_counter() - start
    start = time.perf_counter()
    find_all(" ".join([one_text] * 8))
    long = time.perf_counter() - start
    print(f"start-up (vocabulary and lexicon): {loaded * 1000:.0f} ms")
    print(f"{len(texts)} sentences, {pictures} pictures: {matched * 1000:.0f} ms")
    print(f"the same as one Markdown page with the picture column: {rendered * 1000:.0f} ms")
    print(
        f"the 200 as one text: {short * 1000:.0f} ms; eight times as long: {long * 1000:.0f} ms"
        f" ({long / short:.1f} times)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
