"""The Welsh and Polish word forms that lead to a picture, read from simplemma's dictionaries.

Why a committed table: the pictures read Welsh and Polish words by their lemma ("ogrodzie" ->
ogród), but loading simplemma's whole Polish dictionary takes about five seconds and 1 MB of
compressed data in every build. Only the forms whose lemma is a word of a word list matter, so
this keeps those (about 3,000 a language, 70 KB) in plugins/symbols/data/words/lemmas/<code>.json,
and the build reads that instead. Run it after editing a word list or scripts/cldr_words.py:

    python scripts/lemma_tables.py           # write the tables
    python scripts/lemma_tables.py --check   # exit 1 if a table is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plugins.symbols.languages import LEMMA_DIR, LEMMAS, word_list  # noqa: E402


def table(code: str) -> dict[str, str]:
    """form -> lemma, for every form in simplemma's dictionary whose lemma a word list uses."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    words = word_list(code)
    wanted = {w for key in words.terms for w in key} if words else set()
    # a phrase is read lemma by lemma ("gadair freichiau", "kawę zbożową"): its lemmas too
    phrase_words = {w for key in words.terms if len(key) > 1 for w in key} if words else set()
    wanted |= {simplemma.lemmatize(w, lang=code).lower() for w in phrase_words}
    found: dict[str, str] = {}
    for form in {f.lower() for f in DefaultDictionaryFactory().get_dictionary(code)}:
        lemma = simplemma.lemmatize(form, lang=code).lower()  # as the build read it before
        if lemma in wanted and form != lemma:
            found[form] = lemma
    return dict(sorted(found.items()))


def render(found: dict[str, str]) -> str:
    return json.dumps(found, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a table is stale")
    args = parser.parse_args()
    stale = []
    LEMMA_DIR.mkdir(exist_ok=True)
    for code in sorted(LEMMAS):
        text = render(table(code))
        target = LEMMA_DIR / f"{code}.json"
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
            continue
        target.write_text(text, encoding="utf-8")
        print(f"{target.relative_to(ROOT)}: {text.count(chr(10)) - 2} forms")
    if stale:
        print(f"stale: {', '.join(stale)} (run python scripts/lemma_tables.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
