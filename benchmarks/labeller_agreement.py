"""How far careful labellers agree on which words get a picture: the ceiling for the matcher.

    python benchmarks/labeller_agreement.py \
        tests/data/symbols_agree_b_en.yml tests/data/symbols_agree_c_en.yml
    python benchmarks/labeller_agreement.py tests/data/symbols_relabel1_en.yml

Each FILE labels sentences taken from other sets (`from:` names the set). The sentences' original
labels (looked up in those sets) are a further labeller, "original". Every pair is scored the
way benchmarks/symbols_eval.py scores the matcher: one labeller's keys stand in for pictures and
are judged against the other's, so "recall" is the share of the truth's keys the other keyed with
a fitting picture, "strict precision" the share of the other's keys that fit a truth key. Where
two labellers following the same written rules reach only 80% against each other, no matcher can
be shown to do better than that on either's labels. Aggregates only: the files may hold held-back
sentences.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _eval_module():
    spec = importlib.util.spec_from_file_location(
        "symbols_eval", ROOT / "benchmarks/symbols_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["symbols_eval"] = module
    spec.loader.exec_module(module)
    return module


def keys(item: dict, labels, ev) -> list[tuple[tuple[int, int], set[str], set[str], bool]]:
    """(span, concepts, plain picture words, negated) for each of ITEM's keys."""
    negated = {str(w) for w in item.get("negated") or []}
    out = []
    for words, picture in (item.get("keys") or {}).items():
        span = ev._span(item["text"], str(words))
        if span is None:
            continue
        concepts, names = set(), set()
        for alt in str(picture).split("|"):
            plain = alt.strip().removeprefix("not:")
            concepts |= labels.concepts(plain)
            names.add(" ".join(labels.lemma(t.norm) for t in labels.tokenise(plain.lower())))
        out.append((span, concepts, names, str(words) in negated))
    return out


def same_picture(a, b, labels) -> bool:
    """Both keys name one concept or picture, or (outside the vocabulary) the same plain words."""
    if a[1] and b[1] and (a[1] & b[1] or labels.files(a[1]) & labels.files(b[1])):
        return True
    return bool(a[2] & b[2]) or not (a[1] or b[1])


def compare(truth: list[dict], other: list[dict], labels, ev) -> dict:
    counts = dict(truth=0, other=0, found=0, fitting=0, negated=0, negated_too=0)
    for t_item, o_item in zip(truth, other, strict=True):
        t_keys, o_keys = keys(t_item, labels, ev), keys(o_item, labels, ev)
        counts["truth"] += len(t_keys)
        counts["other"] += len(o_keys)

        def over(k, ks):
            return [j for j in ks if j[0][0] < k[0][1] and k[0][0] < j[0][1]]

        for k in t_keys:
            near = over(k, o_keys)
            counts["found"] += any(same_picture(k, j, labels) for j in near)
            if k[3] and near:
                counts["negated"] += 1
                counts["negated_too"] += any(j[3] for j in near)
        for k in o_keys:
            counts["fitting"] += any(same_picture(j, k, labels) for j in over(k, t_keys))
    return counts


def originals(items: list[dict]) -> list[dict]:
    """The original labels of ITEMS' sentences, from the sets their `from:` names."""
    sets: dict[str, dict[str, dict]] = {}
    out = []
    for item in items:
        name = item["from"]
        if name not in sets:
            loaded = yaml.safe_load((ROOT / "tests/data" / name).read_text(encoding="utf-8"))
            sets[name] = {i["text"]: i for i in loaded}
        out.append(sets[name][item["text"]])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+", help="sets labelling the same sentences")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from plugins.symbols.grammar import lemma
    from plugins.symbols.vocabulary import load
    from plugins.symbols.words import tokenise

    ev = _eval_module()
    labels = ev.Labels(load(), tokenise, lemma)
    sets = {f.stem: yaml.safe_load(f.read_text(encoding="utf-8")) for f in args.files}
    first = next(iter(sets.values()))
    if any([i["text"] for i in s] != [i["text"] for i in first] for s in sets.values()):
        parser.error("the files must label the same sentences in the same order")
    sets["original"] = originals(first)
    for (t_name, truth), (o_name, other) in itertools.permutations(sets.items(), 2):
        c = compare(truth, other, labels, ev)
        print(
            f"{o_name} judged against {t_name}: recall {c['found'] / c['truth']:.1%}, "
            f"strict precision {c['fitting'] / c['other']:.1%} ({c['other']} keys against "
            f"{c['truth']}); ruled-out keys also ruled out: {c['negated_too']}/{c['negated']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
