"""Score the picture matcher on a labelled set, printing ONLY aggregate figures.

    python benchmarks/symbols_eval.py tests/data/symbols_tuning_en.yml
    python benchmarks/symbols_eval.py tests/data/symbols_blind_en.yml
    python benchmarks/symbols_eval.py FILE --root /tmp/wt13-before   # another checkout's matcher

Why aggregates only: a blind set stays blind only while nobody reads what the matcher got wrong
on it. The tuning sets have their own test file that lists misses; this script never does.

The set's format is the blind set's (tests/data/symbols_blind_en.yml, header): `keys:` maps the
words as written to the idea in plain words ("cup of tea|tea", "not:X" for a picture of X with a
not mark); `negated:` keys must get a not mark or no picture; `never:` words get no picture (or
not the named wrong one); `people:` names get none. Plain-word pictures are mapped to concepts by
id, alt text, the vocabulary's words and the lemma of each word: a match fits a key when its
concept (or the same picture file) is one the key's words name.

Figures (measured on every match, as `python build.py symbols TEXT` prints them):
- recall: keys with a fitting picture on an overlapping span / all keys;
- precision (strict): fitting pictures on keys / all pictures (a picture on a non-key word counts
  as not fitting); precision (lenient): the same, where a picture on a non-key word counts as
  fitting unless `never:` names it (a person would judge those one by one);
- wrong senses: pictures on a key with a picture the key does not name, plus never-word hits;
- negation: negated keys shown bare (must be 0), and non-negated keys wrongly marked "not";
- names and function words: pictures on `people:` names or on a lone function word (must be 0).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass
class Figures:
    sentences: int = 0
    keys: int = 0
    found: int = 0
    pictures: int = 0
    fitting_keys: int = 0
    on_non_keys: int = 0
    wrong_sense: int = 0
    never_hits: int = 0
    negated_keys: int = 0
    negated_bare: int = 0
    wrongly_not: int = 0
    names: int = 0
    function_words: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        pct = lambda a, b: f"{a}/{b} = {a / b:.1%}" if b else "n/a"  # noqa: E731
        lenient = self.fitting_keys + self.on_non_keys - self.never_hits
        return [
            f"sentences: {self.sentences}, keys: {self.keys}, pictures: {self.pictures}",
            f"recall: {pct(self.found, self.keys)}",
            f"precision (strict): {pct(self.fitting_keys, self.pictures)}",
            f"precision (lenient): {pct(max(0, lenient), self.pictures)}",
            f"wrong senses: {self.wrong_sense} on keys, {self.never_hits} on never-words",
            f"negation: {self.negated_bare} of {self.negated_keys} negated keys shown bare; "
            f"{self.wrongly_not} keys wrongly marked not",
            f"names: {self.names}, function words: {self.function_words}",
            f"matching time: {self.seconds * 1000:.0f} ms for {self.sentences} sentences",
        ]


def _span(text: str, words: str) -> tuple[int, int] | None:
    m = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    return (m.start(), m.end()) if m else None


def _plain(sense) -> bool:
    return all(
        not getattr(sense, name, None)
        for name in ("prev", "next", "near", "not_prev", "not_next", "not_near", "pos", "within")
    ) and not getattr(sense, "not_within", None)


class Labels:
    """Plain-word pictures -> the concepts (and picture files) that show them."""

    def __init__(self, vocabulary, tokenise, lemma) -> None:
        self.vocabulary = vocabulary
        self.tokenise = tokenise
        self.lemma = lemma
        self.by_name: dict[str, set[str]] = {}
        for concept in vocabulary.concepts.values():
            for name in {concept.id.replace("-", " "), concept.alt.lower()}:
                self.by_name.setdefault(name.lower(), set()).add(concept.id)
        # a word means a concept for scoring only where the vocabulary gives it with no
        # condition: "tea" names the drink, not the evening meal it means after "my ... at six"
        for words, senses in vocabulary.senses.items():
            plain = [s for s in senses if _plain(s)]
            for sense in plain:
                self.by_name.setdefault(" ".join(words), set()).add(sense.concept.id)

    def concepts(self, phrase: str) -> set[str]:
        words = tuple(t.norm for t in self.tokenise(phrase.strip().lower().replace("-", " ")))
        if not words:
            return set()
        out = set(self.by_name.get(" ".join(words), set()))
        if phrase.strip() in self.vocabulary.concepts:  # a concept id works too
            out.add(phrase.strip())
        if len(words) == 1:
            out |= self.by_name.get(self.lemma(words[0]), set())
        if not out:
            out |= {s.concept.id for s in self.vocabulary.lookup(words)}
        if not out and len(words) > 1:
            out |= self.concepts(words[-1])
        return out

    def files(self, ids: set[str]) -> set[str]:
        return {self.vocabulary.concepts[c].file for c in ids if c in self.vocabulary.concepts}

    def fits(self, concept, want: set[str]) -> bool:
        return concept.id in want or concept.file in self.files(want)


def score(items: list[dict], matcher, labels: Labels, function_words) -> Figures:
    fig = Figures()
    start = time.perf_counter()
    results = [matcher(item["text"], item.get("people") or []) for item in items]
    fig.seconds = time.perf_counter() - start
    for item, matches in zip(items, results, strict=True):
        text = item["text"]
        fig.sentences += 1
        fig.pictures += len(matches)
        keys = []
        for words, picture in (item.get("keys") or {}).items():
            span = _span(text, str(words))
            if span is None:
                continue
            plain, negated_ok = set(), set()
            for alt in str(picture).split("|"):
                if alt.strip().startswith("not:"):
                    negated_ok |= labels.concepts(alt.strip()[4:])
                else:
                    plain |= labels.concepts(alt)
            keys.append((str(words), span, plain, negated_ok))
        negated = {str(w) for w in item.get("negated") or []}
        for words, (a, b), plain, negated_ok in keys:
            fig.keys += 1
            over = [m for m in matches if m.start < b and a < m.end]
            ok = [
                m
                for m in over
                if (labels.fits(m.concept, plain) and not getattr(m, "negated", False))
                or (labels.fits(m.concept, negated_ok) and getattr(m, "negated", False))
                or (words in negated and labels.fits(m.concept, plain))
            ]
            if ok:
                fig.found += 1
            fig.fitting_keys += len(ok)
            fig.wrong_sense += sum(
                1 for m in over if not labels.fits(m.concept, plain | negated_ok)
            )
            if words in negated:
                fig.negated_keys += 1
                fig.negated_bare += sum(1 for m in over if not getattr(m, "negated", False))
            elif not negated_ok:
                fig.wrongly_not += sum(1 for m in over if getattr(m, "negated", False))
        key_spans = [span for _, span, _, _ in keys]
        for m in matches:
            if not any(m.start < b and a < m.end for a, b in key_spans):
                fig.on_non_keys += 1
            tokens = labels.tokenise(m.term)
            if len(tokens) == 1 and tokens[0].norm in function_words:
                fig.function_words += 1
        for entry in item.get("never") or []:
            word, _, wrong = str(entry).partition(":")
            span = _span(text, word.strip())
            if span is None:
                continue
            a, b = span
            bad = set()
            for alt in wrong.split("|"):
                if alt.strip():
                    bad |= labels.concepts(alt)
            for m in matches:
                if m.start < b and a < m.end and (not wrong.strip() or labels.fits(m.concept, bad)):
                    fig.never_hits += 1
        for name in item.get("people") or []:
            for found in re.finditer(rf"(?<!\w){re.escape(str(name))}(?!\w)", text):
                fig.names += sum(
                    1 for m in matches if m.start < found.end() and found.start() < m.end
                )
    return fig


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    sys.path.insert(0, str(args.root.resolve()))
    from plugins.symbols import matcher as m  # noqa: PLC0415 - from --root
    from plugins.symbols.vocabulary import load
    from plugins.symbols.words import FUNCTION_WORDS, tokenise

    try:
        from plugins.symbols.grammar import lemma
    except ImportError:  # a checkout from before lemmas
        lemma = lambda w: w[:-1] if w.endswith("s") else w  # noqa: E731
    load()
    items = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    labels = Labels(load(), tokenise, lemma)
    fig = score(items, lambda text, people: m.find_all(text, people), labels, FUNCTION_WORDS)
    print(f"{args.file.name} with the matcher in {args.root}")
    print("\n".join(fig.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
