"""Score the idea picture (the one left-column picture of a paragraph) on a labelled set.

    python benchmarks/ideas_eval.py tests/data/ideas_tuning_en.yml [--misses]
    python benchmarks/ideas_eval.py tests/data/ideas_tuning2_en.yml --part tuning --misses
    python benchmarks/ideas_eval.py tests/data/ideas_blind_en.yml
    python benchmarks/ideas_eval.py FILE --root /tmp/other-checkout   # another checkout's code

Each item has `text` (a paragraph or list item), `people` (names) and `idea`: the picture that
best carries the paragraph's point, in plain words, alternatives that fit as well separated by
"|". The chosen idea fits when its concept (or the same picture file) is one the label's words
name, as benchmarks/symbols_eval.py maps keys. A paragraph that gets no idea picture is a miss.

`--misses` lists each wrong choice, for tuning sets only: it refuses a blind set, which is read
in aggregate only, so that it stays blind.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import yaml


def _symbols_eval(root: Path):
    spec = importlib.util.spec_from_file_location(
        "symbols_eval", root / "benchmarks" / "symbols_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("symbols_eval", module)  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def score(items: list[dict], choose, labels, misses: list | None = None) -> dict[str, int]:
    """Counts for ITEMS: paragraphs, right ideas, none chosen, and low-confidence choices."""
    counts = {"paragraphs": 0, "right": 0, "none": 0, "low": 0, "low_right": 0}
    for item in items:
        counts["paragraphs"] += 1
        want: set[str] = set()
        for alt in str(item["idea"]).split("|"):
            want |= labels.concepts(alt)
        chosen = choose(item["text"], item.get("people") or [])
        if chosen is None:
            counts["none"] += 1
            if misses is not None:
                misses.append(f"none, wants {item['idea']}   | {item['text']}")
            continue
        right = labels.fits(chosen.match.concept, want)
        counts["right"] += right
        if chosen.confidence == "low":
            counts["low"] += 1
            counts["low_right"] += right
        if not right and misses is not None:
            misses.append(
                f"{chosen.match.term!r}->{chosen.match.concept.id} ({chosen.reason}), "
                f"wants {item['idea']}   | {item['text']}"
            )
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--misses", action="store_true", help="list wrong choices (tuning only)")
    parser.add_argument(
        "--part",
        choices=("all", "tuning", "validation"),
        default="all",
        help="a tuning set's tuning part or its held-back validation quarter (as symbols_eval)",
    )
    args = parser.parse_args()
    if args.misses and "blind" in args.file.name:
        print("refused: a blind set is scored in aggregate only")
        return 2
    root = args.root.resolve()
    sys.path.insert(0, str(root))
    from plugins.symbols import idea  # noqa: PLC0415 - from --root
    from plugins.symbols.grammar import lemma  # noqa: PLC0415
    from plugins.symbols.matcher import find_all  # noqa: PLC0415
    from plugins.symbols.vocabulary import load  # noqa: PLC0415
    from plugins.symbols.words import tokenise  # noqa: PLC0415

    scorer = _symbols_eval(root)
    labels = scorer.Labels(load(), tokenise, lemma)
    items = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    if args.part != "all":
        items = scorer.split(items)[args.part == "validation"]
    if args.misses and args.part == "validation":
        print("refused: a validation quarter is read in aggregate only")
        return 2
    misses: list[str] | None = [] if args.misses else None
    counts = score(
        items, lambda text, people: idea.choose(text, find_all(text, people)), labels, misses
    )
    for line in misses or []:
        print(line)
    n = counts["paragraphs"]
    print(f"{args.file.name} ({args.part}) with the code in {root}")
    right = counts["right"]
    print(f"right idea: {right}/{n} = {right / n:.1%}; no picture: {counts['none']}")
    low = counts["low"]
    print(
        f"low-confidence choices (check asks staff): {low}, of which right: {counts['low_right']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
