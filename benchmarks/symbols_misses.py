"""List what the picture matcher gets wrong on the TUNING part of a tuning set, one line each.

    python benchmarks/symbols_misses.py tests/data/symbols_tuning2_en.yml [--kind miss|sense|...]
    python benchmarks/symbols_misses.py tests/data/symbols_tuning2_ur.yml --language ur
    python benchmarks/symbols_misses.py tests/data/symbols_tuning2_cy.yml --language cy

Kinds: miss (a key with no fitting picture), sense (a key with a picture it does not name),
extra (a picture on a word that is not a key), never (a picture on a never-word), bare (a ruled
out thing shown bare), not (a wanted thing marked not), name (a picture on a name).
`--unlisted-names` does not give the matcher the sentences' `people:`, as for a plan that does not
list them, and still lists a picture on one of them as a name error (symbols_eval.py).

It refuses the blind set, and on a set split for validation (symbols_eval.split) it lists only
the tuning part: the validation quarter is read in aggregate only (symbols_eval.py --part).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
# sets with a held-back validation quarter
SPLIT = {
    # the first four blind sets, made tuning sets at stop 32 (ordinary plans as people write them)
    "symbols_plans1_en.yml",
    "symbols_plans2_en.yml",
    "symbols_plans3_en.yml",
    "symbols_plans4_en.yml",
    # blind sets 20 and 22, made tuning sets at stop 40 (rules from the old sets stopped carrying
    # over to new plans: rounds now see what new writers write)
    "symbols_plans5_en.yml",
    "symbols_plans6_en.yml",
    # blind sets 23 and 24, made tuning sets at stop 41 (the same reason: more of what new
    # writers write, with a quarter of each still held back)
    "symbols_plans7_en.yml",
    "symbols_plans8_en.yml",
    # blind sets 25 and 26, made tuning sets at stop 42 (the same reason; blind set 27 stays
    # blind, and stop 42 wrote sets 28 and 29)
    "symbols_plans9_en.yml",
    "symbols_plans10_en.yml",
    # blind sets 27 and 28, made tuning sets at stop 43 (the same reason; blind set 29 stays
    # blind, and stop 43 wrote sets 30 and 31)
    "symbols_plans11_en.yml",
    "symbols_plans12_en.yml",
    # blind sets 29 and 30, made tuning sets at stop 44 (the same reason; blind set 31 stays
    # blind, and stop 44 wrote sets 32 and 33)
    "symbols_plans13_en.yml",
    "symbols_plans14_en.yml",
    # blind sets 31 and 32, made tuning sets at stop 45 (the same reason; blind set 33 stays
    # blind, and stop 45 wrote sets 34 and 35)
    "symbols_plans15_en.yml",
    "symbols_plans16_en.yml",
    # blind sets 33 and 34, made tuning sets at stop 46 (the same reason; blind set 35 stays
    # blind, and stop 46 wrote sets 36 and 37)
    "symbols_plans17_en.yml",
    "symbols_plans18_en.yml",
    # blind sets 35 and 36, made tuning sets at stop 47 (the same reason; blind set 37 stays
    # blind, and stop 47 wrote sets 38 and 39)
    "symbols_plans19_en.yml",
    "symbols_plans20_en.yml",
    # blind sets 37 and 38, made tuning sets at stop 48 (the same reason; blind set 39 stays
    # blind, and stop 48 wrote sets 40 and 41)
    "symbols_plans21_en.yml",
    "symbols_plans22_en.yml",
    # blind sets 39 and 40, made tuning sets at stop 49 (the same reason; blind set 41 stays
    # blind, and stop 49 wrote sets 42 and 43)
    "symbols_plans23_en.yml",
    "symbols_plans24_en.yml",
    # blind sets 41 and 42, made tuning sets at stop 50 (the same reason; blind set 43 stays
    # blind, and stop 50 wrote sets 44 and 45)
    "symbols_plans25_en.yml",
    "symbols_plans26_en.yml",
    # blind sets 43 and 44, made tuning sets at stop 51 (the same reason; blind set 45 stays
    # blind, and stop 51 wrote sets 46 and 47)
    "symbols_plans27_en.yml",
    "symbols_plans28_en.yml",
    # blind sets 45 and 46, made tuning sets at stop 52 (the same reason; blind set 47 stays
    # blind, and stop 52 wrote sets 48 and 49)
    "symbols_plans29_en.yml",
    "symbols_plans30_en.yml",
    # blind sets 47 and 48, made tuning sets at stop 53 (the same reason; blind set 49 stays
    # blind, and stop 53 wrote sets 50 and 51)
    "symbols_plans31_en.yml",
    "symbols_plans32_en.yml",
    # blind sets 49 and 50, made tuning sets at stop 54 (the same reason; blind set 51 stays
    # blind, and stop 54 wrote sets 52 and 53)
    "symbols_plans33_en.yml",
    "symbols_plans34_en.yml",
    # blind sets 51 and 52, made tuning sets at stop 55 (the same reason; blind set 53 stays
    # blind, and stop 55 wrote sets 54 and 55)
    "symbols_plans35_en.yml",
    "symbols_plans36_en.yml",
    # blind sets 53 and 54, made tuning sets at stop 56 (the same reason; blind set 55 stays
    # blind, and stop 56 wrote sets 56 and 57)
    "symbols_plans37_en.yml",
    "symbols_plans38_en.yml",
    # blind sets 55 and 56, made tuning sets at stop 57 (the same reason; blind set 57 stays
    # blind, and stop 57 wrote sets 58 and 59)
    "symbols_plans39_en.yml",
    "symbols_plans40_en.yml",
    # blind sets 57 and 58, made tuning sets at stop 58 (the same reason; blind set 59 stays
    # blind, and stop 58 wrote sets 60 and 61)
    "symbols_plans41_en.yml",
    "symbols_plans42_en.yml",
    # blind sets 59 and 60, made tuning sets at stop 59 (the same reason; blind set 61 stays
    # blind, and stop 59 wrote sets 62 and 63)
    "symbols_plans43_en.yml",
    "symbols_plans44_en.yml",
    # blind sets 61 and 62, made tuning sets at stop 60 (the same reason; blind set 63 stays
    # blind, and stop 60 wrote sets 64 and 65)
    "symbols_plans45_en.yml",
    "symbols_plans46_en.yml",
    # blind sets 63 and 64, made tuning sets at stop 61 (the same reason; blind set 65 stays
    # blind, and stop 61 wrote sets 66 and 67)
    "symbols_plans47_en.yml",
    "symbols_plans48_en.yml",
    "symbols_negation9_en.yml",
    "symbols_negation10_en.yml",
    "symbols_negation11_en.yml",
    "symbols_negation12_en.yml",
    "symbols_negation13_en.yml",
    "symbols_negation14_en.yml",
    "symbols_tuning2_en.yml",
    "symbols_probes_en.yml",
    "symbols_tuning3_en.yml",
    "symbols_tuning4_en.yml",
    "symbols_tuning5_en.yml",
    "symbols_tuning6_en.yml",
    "symbols_tuning7_en.yml",
    "symbols_tuning8_en.yml",
    "symbols_tuning9_en.yml",
    "symbols_tuning10_en.yml",
    "symbols_tuning12_en.yml",
    "symbols_tuning13_en.yml",
    "symbols_tuning11_en.yml",
    "symbols_tuning14_en.yml",
    "symbols_tuning16_en.yml",
    "symbols_tuning15_en.yml",
    "symbols_tuning26_en.yml",
    "symbols_tuning20_en.yml",
    "symbols_tuning17_en.yml",
    "symbols_tuning19_en.yml",
    "symbols_tuning18_en.yml",
    "symbols_tuning24_en.yml",
    "symbols_tuning29_en.yml",
    "symbols_tuning25_en.yml",
    "symbols_tuning27_en.yml",
    "symbols_tuning30_en.yml",
    "symbols_tuning31_en.yml",
    "symbols_tuning32_en.yml",
    "symbols_tuning34_en.yml",
    "symbols_tuning33_en.yml",
    "symbols_tuning35_en.yml",
    "symbols_tuning36_en.yml",
    "symbols_tuning37_en.yml",
    "symbols_care4_en.yml",
    "symbols_plain1_en.yml",
    "symbols_tuning38_en.yml",
    "symbols_tuning39_en.yml",
    "symbols_tuning40_en.yml",
    "symbols_tuning41_en.yml",
    "symbols_tuning42_en.yml",
    "symbols_relabel1_en.yml",
    "symbols_senses_en.yml",
    "symbols_senses2_en.yml",
    "symbols_senses3_en.yml",
    "symbols_senses4_en.yml",
    "symbols_senses5_en.yml",
    "symbols_senses6_en.yml",
    "symbols_senses7_en.yml",
    "symbols_senses8_en.yml",
    "symbols_senses9_en.yml",
    "symbols_senses10_en.yml",
    "symbols_negation_en.yml",
    "symbols_negation2_en.yml",
    "symbols_negation3_en.yml",
    "symbols_negation4_en.yml",
    "symbols_negation5_en.yml",
    "symbols_negation6_en.yml",
    "symbols_negation7_en.yml",
    "symbols_negation8_en.yml",
    "symbols_idioms_en.yml",
    "symbols_tuning_pa.yml",
    "symbols_tuning_ur.yml",
    "symbols_tuning2_pa.yml",
    "symbols_tuning2_ur.yml",
    "symbols_tuning3_pa.yml",
    "symbols_tuning3_ur.yml",
    "symbols_tuning_cy.yml",
    "symbols_tuning2_cy.yml",
    "symbols_tuning_pl.yml",
    "symbols_tuning2_pl.yml",
    "symbols_tuning3_cy.yml",
    "symbols_tuning3_pl.yml",
    "symbols_tuning4_cy.yml",
    "symbols_tuning4_pl.yml",
    "symbols_tuning5_cy.yml",
    "symbols_tuning5_pl.yml",
    "symbols_tuning6_cy.yml",
    "symbols_tuning6_pl.yml",
    "symbols_doings_en.yml",
    "symbols_senses11_en.yml",
    "symbols_senses12_en.yml",
    "symbols_lists1_en.yml",
}


def _eval():
    spec = importlib.util.spec_from_file_location(
        "symbols_eval", Path(__file__).with_name("symbols_eval.py")
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("symbols_eval", module)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--kind", action="append", help="only these kinds (repeatable)")
    parser.add_argument(
        "--language",
        default="en",
        help="the set's language (cy, pl, pa, ur): read with that language's word list",
    )
    parser.add_argument(
        "--unlisted-names",
        action="store_true",
        help="do not give the matcher the sentences' people: (still list pictures on them)",
    )
    args = parser.parse_args()
    if "blind" in args.file.name:
        print("refused: the blind set is scored in aggregate only (symbols_eval.py)")
        return 2
    sys.path.insert(0, str(ROOT))
    from plugins.symbols.grammar import lemma
    from plugins.symbols.matcher import find_all
    from plugins.symbols.vocabulary import load
    from plugins.symbols.words import FUNCTION_WORDS, tokenise

    module = _eval()
    items = yaml.safe_load(args.file.read_text(encoding="utf-8"))
    if args.file.name in SPLIT:
        items = module.split(items)[0]
    notes: list = []
    labels = module.Labels(load(), tokenise, lemma)
    matcher, function_words = (lambda text, people: find_all(text, people)), FUNCTION_WORDS
    if args.language != "en":  # the labels' pictures are plain English words in every language
        from plugins.symbols import languages

        words = languages.word_list(args.language)
        function_words = words.function if words else frozenset()

        def matcher(text: str, people: list[str]) -> list:
            return languages.find_all(text, args.language, tuple(people))

    figures = module.score(items, matcher, labels, function_words, notes, args.unlisted_names)
    for kind, text, what in notes:
        if not args.kind or kind in args.kind:
            print(f"{kind:6} {what}   | {text}")
    print(collections.Counter(kind for kind, _, _ in notes))
    print("\n".join(figures.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
