"""Score the picture matcher on a labelled set, printing ONLY aggregate figures.

    python benchmarks/symbols_eval.py tests/data/symbols_tuning_en.yml
    python benchmarks/symbols_eval.py tests/data/symbols_blind_en.yml
    python benchmarks/symbols_eval.py FILE --root /tmp/wt13-before   # another checkout's matcher
    python benchmarks/symbols_eval.py tests/data/symbols_tuning2_en.yml --part validation
    python benchmarks/symbols_eval.py tests/data/symbols_tuning2_en.yml --unlisted-names

Why aggregates only: a blind set stays blind only while nobody reads what the matcher got wrong
on it. benchmarks/symbols_misses.py lists the misses of a tuning set's tuning part; this script
never does. `--part` splits a tuning set with a fixed seed into the part one tunes on (three
quarters) and a validation quarter one reads only in aggregate, to tell learning from memorising.

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

`--unlisted-names` scores the names as a plan that does NOT list them would get them: the
matcher is not given the sentence's `people:` (a carer, a neighbour or a grandchild often is
not in the plan's `people:`), but a picture on one of those names still counts as a name error.
Without it the matcher gets `people:`, as `--name` and a plan's `people:` give it.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

SEED = 13  # tuning sets: which quarter is held back for validation (split())


def picture_of(item: dict, words: str) -> str:
    return str((item.get("keys") or {}).get(words, ""))


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
        # a key's doing names the picture whose alt is its -ing form ("sit": the "sitting"
        # picture), on top of what the word itself names (kept apart: it hides no fallback)
        self.by_doing: dict[str, set[str]] = {}
        try:
            from plugins.symbols.grammar import verb_lemma  # noqa: PLC0415 - the checkout's
        except ImportError:  # a checkout from before verb lemmas
            verb_lemma = None
        if verb_lemma is not None:
            for concept in vocabulary.concepts.values():
                alt = concept.alt.lower()
                if " " not in alt and alt.endswith("ing") and verb_lemma(alt) != alt:
                    self.by_doing.setdefault(verb_lemma(alt), set()).add(concept.id)
        # a word means a concept for scoring only where the vocabulary gives it with no
        # condition: "tea" names the drink, not the evening meal it means after "my ... at six"
        for words, senses in vocabulary.senses.items():
            plain = [s for s in senses if _plain(s)]
            for sense in plain:
                self.by_name.setdefault(" ".join(words), set()).add(sense.concept.id)

    def concepts(self, phrase: str, wrong: bool = False) -> set[str]:
        """The concepts a label's plain words name. "stroke (illness)", "dates (fruit)": the
        words in brackets say which sense of the word before them is meant. Of the word's
        concepts, those whose id, alt text or words share a bracketed word are meant; where
        none do, a key's picture takes them all (the brackets only reassure a person: "stroke
        (illness)"), and a never-word's WRONG picture takes none ("safe (box)" is not the
        safety sign the vocabulary has)."""
        match = re.fullmatch(r"(.*?)\s*\(([^)]*)\)\s*", phrase.strip())
        if match and match.group(1):
            base = self.concepts(match.group(1), wrong)
            said = {t.norm for t in self.tokenise(match.group(2).lower())}
            meant = {c for c in base if said & self._named_by(c)}
            return meant or (set() if wrong else base)
        words = tuple(t.norm for t in self.tokenise(phrase.strip().lower().replace("-", " ")))
        if not words:
            return set()
        out = set(self.by_name.get(" ".join(words), set()))
        if phrase.strip() in self.vocabulary.concepts:  # a concept id works too
            out.add(phrase.strip())
        if len(words) == 1:
            stem = self.lemma(words[0])
            found = self.by_name.get(stem, set())
            if stem != words[0] and words[0].endswith("ing"):
                # "stroking", "lifting", "watching" name the doing: of the lemma's concepts,
                # only those that name the -ing word itself (the stroke illness, the lift you
                # ride in and the wristwatch do not)
                found = {c for c in found if words[0] in self._named_by(c)}
            out |= found
        if not out:
            out |= {s.concept.id for s in self.vocabulary.lookup(words)}
        if not out and "-" in phrase:  # "daughter-in-law": the vocabulary's word is hyphenated
            written = tuple(t.norm for t in self.tokenise(phrase.strip().lower()))
            out |= self.by_name.get(" ".join(written), set())
            out |= {s.concept.id for s in self.vocabulary.lookup(written)}
        if not out and len(words) > 1 and not wrong:  # a key's "walking frame": the frame;
            out |= self.concepts(words[-1])  # a never-word's "fence post" is no letters picture
        if len(words) == 1 and not wrong:  # a never-word's "cut", "park" is the thing
            out |= self.by_doing.get(words[0], set())
        return out

    def files(self, ids: set[str]) -> set[str]:
        return {self.vocabulary.concepts[c].file for c in ids if c in self.vocabulary.concepts}

    def _named_by(self, concept_id: str) -> set[str]:
        concept = self.vocabulary.concepts[concept_id]
        text = f"{concept.id.replace('-', ' ')} {concept.alt} {' '.join(concept.words)}"
        return {t.norm for t in self.tokenise(text.lower())}

    def says_no_to(self, concept, want: set[str]) -> bool:
        """A picture that itself says no (no-smoking) to a thing the key names (smoking)."""
        if not getattr(concept, "says_no", False):
            return False
        return bool(self.concepts(concept.alt.removeprefix("no ")) & want)

    def fits(self, concept, want: set[str]) -> bool:
        return concept.id in want or concept.file in self.files(want)


def split(items: list[dict], seed: int = SEED, share: float = 0.25) -> tuple[list, list]:
    """(tuning part, validation part): a fixed random SHARE held back, the same on every run."""
    held = set(random.Random(seed).sample(range(len(items)), round(len(items) * share)))
    return (
        [item for k, item in enumerate(items) if k not in held],
        [item for k, item in enumerate(items) if k in held],
    )


def score(
    items: list[dict],
    matcher,
    labels: Labels,
    function_words,
    notes: list | None = None,
    unlisted_names: bool = False,
) -> Figures:
    """The figures for ITEMS; NOTES (when given) collects each miss, for tuning sets only.
    UNLISTED_NAMES: the matcher is not told the sentence's `people:` (they are still scored)."""
    fig = Figures()
    note = notes.append if notes is not None else (lambda _: None)
    start = time.perf_counter()
    results = [
        matcher(item["text"], [] if unlisted_names else item.get("people") or []) for item in items
    ]
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
                or (words in negated and labels.says_no_to(m.concept, plain))
                or labels.says_no_to(m.concept, negated_ok)  # "not:smoking": a no-smoking sign
            ]
            if ok:
                fig.found += 1
            else:
                note(
                    (
                        "miss",
                        text,
                        f"{words!r} wants {picture_of(item, words)}; got "
                        + (", ".join(f"{m.term!r}->{m.concept.id}" for m in over) or "nothing"),
                    )
                )
            fig.fitting_keys += len(ok)
            wrong = [
                m
                for m in over
                if not labels.fits(m.concept, plain | negated_ok)
                and not (words in negated and labels.says_no_to(m.concept, plain))
                and not labels.says_no_to(m.concept, negated_ok)
            ]
            fig.wrong_sense += len(wrong)
            for m in wrong:
                note(
                    ("sense", text, f"{m.term!r}->{m.concept.id}, wants {picture_of(item, words)}")
                )
            if words in negated:
                fig.negated_keys += 1
                bare = [
                    m
                    for m in over
                    if not getattr(m, "negated", False) and not getattr(m.concept, "says_no", False)
                ]  # a no-smoking sign on "I stopped smoking" is the thing ruled out, not bare
                fig.negated_bare += len(bare)
                for m in bare:
                    note(("bare", text, f"{m.term!r}->{m.concept.id} is ruled out"))
            elif not negated_ok:
                nots = [m for m in over if getattr(m, "negated", False)]
                fig.wrongly_not += len(nots)
                for m in nots:
                    note(("not", text, f"{m.term!r}->{m.concept.id} wrongly marked not"))
        key_spans = [span for _, span, _, _ in keys]
        for m in matches:
            if not any(m.start < b and a < m.end for a, b in key_spans):
                fig.on_non_keys += 1
                note(("extra", text, f"{m.term!r}->{m.concept.id}"))
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
                    bad |= labels.concepts(alt, wrong=True)
            for m in matches:
                if m.start < b and a < m.end and (not wrong.strip() or labels.fits(m.concept, bad)):
                    fig.never_hits += 1
                    note(("never", text, f"{m.term!r}->{m.concept.id} ({entry})"))
        for name in item.get("people") or []:
            for found in re.finditer(rf"(?<!\w){re.escape(str(name))}(?!\w)", text):
                on_name = [m for m in matches if m.start < found.end() and found.start() < m.end]
                fig.names += len(on_name)
                for m in on_name:
                    note(("name", text, f"{m.term!r}->{m.concept.id}"))
    return fig


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument(
        "--part",
        choices=("all", "tuning", "validation"),
        default="all",
        help="a tuning set's tuning part or its held-back validation quarter (split(), seed 13)",
    )
    parser.add_argument(
        "--language",
        default="en",
        help="the set's language (cy, pl, pa, ur): scored with that language's word list",
    )
    parser.add_argument(
        "--unlisted-names",
        action="store_true",
        help="do not give the matcher the sentences' people: (still score pictures on them)",
    )
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
    if args.part != "all":
        items = split(items)[args.part == "validation"]
    labels = Labels(load(), tokenise, lemma)
    if args.language == "en":
        matcher, function_words = (lambda text, people: m.find_all(text, people)), FUNCTION_WORDS
    else:  # the labels' pictures are plain English words, whatever the sentences' language
        from plugins.symbols import languages  # noqa: PLC0415 - from --root

        words = languages.word_list(args.language)
        function_words = words.function if words else frozenset()
        code = args.language

        def matcher(text: str, people: list[str]) -> list:
            return languages.find_all(text, code, tuple(people))

    fig = score(items, matcher, labels, function_words, unlisted_names=args.unlisted_names)
    unlisted = ", people: not given to the matcher" if args.unlisted_names else ""
    print(f"{args.file.name} ({args.part}{unlisted}) with the matcher in {args.root}")
    print("\n".join(fig.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
