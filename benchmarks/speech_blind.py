"""Score the speech normaliser on a blind set: aggregates only, never the single misses.

    python benchmarks/speech_blind.py [--set tests/data/speech_blind_en.yml]

Each item's TEXT goes through exactly what `python build.py speech` prints (Markdown to the words
the voice is given); the output passes when it equals the item's `spoken` or one of its `accept`
readings after the set's own normalisation (case, hyphens as spaces, . , : ; ! ? ignored, spaces
collapsed). Printed: the exact-match rate and the word error rate against the closest reading.
The set was written blind (see its header): do not read its misses to tune on them.
Run at an older commit (which has no speech command) it uses that commit's normaliser the same way.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))


def said(text: str) -> str:
    try:
        from plugins.cli.speech_command import sentences
    except ImportError:  # an older planbook: its own blocks, sections and normaliser
        import markdown

        from plugins.audio.sections import split_sections
        from plugins.audio.speech_text import blocks_from_html

        html = markdown.markdown(text, extensions=["tables", "attr_list", "md_in_html"])
        return " ".join(
            u.text for s in split_sections(blocks_from_html(html)) for u in s.utterances
        )
    return " ".join(item["spoken"] for item in sentences(text))


def normal(text: str) -> list[str]:
    text = text.lower().replace("-", " ").replace("–", " ")
    text = re.sub(r"[.,:;!?\"“”]", " ", text)
    return text.split()


def word_errors(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def score(items: list[dict]) -> tuple[float, float, int]:
    """(exact-match rate, word error rate, items)."""
    exact = errors = words = 0
    for item in items:
        out = normal(said(str(item["text"])))
        readings = [normal(str(r)) for r in [item["spoken"], *(item.get("accept") or [])]]
        if out in readings:
            exact += 1
        best = min(readings, key=lambda r: word_errors(r, out) / max(1, len(r)))
        errors += word_errors(best, out)
        words += len(best)
    return exact / len(items), errors / max(1, words), len(items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "tests" / "data" / "speech_blind_en.yml")
    args = parser.parse_args()
    items = yaml.safe_load(args.set.read_text("utf-8"))
    exact, wer, n = score(items)
    print(f"{n} items: exact match {exact:.1%}, word error rate {wer:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
