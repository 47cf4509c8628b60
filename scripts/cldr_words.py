"""Names for OpenMoji's pictures in Welsh, Polish, Punjabi and Urdu, from CLDR's emoji annotations.

Why: the hand-written word lists (plugins/symbols/data/words/<code>.yml) cover everyday care
words; Unicode's CLDR names every emoji in each language, written by native speakers. Where a
concept's picture *is* an emoji and CLDR's English name for that emoji is the concept's own word
("socks", "spoon", "razor" for shaving), the emoji's name in the language is a word for the
concept too. Only the short name (`tts`) is taken, never the loose keywords ("dress" is also
"things", "shopping"). A concept the hand list already has keeps its hand-written words, a word
the hand list gives another concept is left out, and words with a second everyday sense are
refused below. The result is committed (plugins/symbols/data/words/cldr/<code>.yml): builds read
no npm package.

    python scripts/cldr_words.py                       # npm pack cldr-annotations-full@48.2.0
    python scripts/cldr_words.py --from DIR            # an unpacked package folder
    python scripts/cldr_words.py --check               # exit 1 if the committed lists are stale
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plugins.symbols.languages import CODES  # noqa: E402
from plugins.symbols.vocabulary import load  # noqa: E402

PACKAGE = "cldr-annotations-full@48.2.0"
WORDS = ROOT / "plugins" / "symbols" / "data" / "words"
OUT = WORDS / "cldr"

# Concepts whose emoji CLDR names by another word that still says the concept (the picture is
# the same thing): bathtub for bath, razor for shaving. Others are refused: a sunrise is not
# "morning", soap is not "washing", a coat is not a jumper, a tulip is not all flowers.
SAME_THING = {
    "bath", "shave", "make-up", "trousers", "post", "parcel", "computer", "milk",
    "strawberries", "potatoes", "biscuit", "chocolate", "pasta", "feet", "lift", "children",
    "smoking", "police", "torch", "computer-games",
}  # fmt: skip

# Polish names are also listed by their lemma ("skarpetki" -> "skarpetka"). Not Welsh: simplemma
# undoes mutations that were never there ("babi" -> "pabi", a poppy; "cloch" -> "cloi", to lock).
LEMMA_FORMS = {"pl"}

# Names with a second everyday sense in the language: a picture there would often be wrong.
REFUSED = {
    "cy": {"bys"},  # bys: finger, and "peas" in some dialects
    "pl": {"zamek"},  # a lock, and a castle or a zip
    "pa": {"ਬਾਲ", "ਲਿਬਾਸ", "ਪ੍ਰਾਰਥਨਾ ਸਥਾਨ"},  # ਬਾਲ: a child, and hair; ਲਿਬਾਸ: any clothes, not a
    # dress; ਪ੍ਰਾਰਥਨਾ ਸਥਾਨ (CLDR's synagogue): any place of prayer, a gurdwara too
    "ur": {"بس", "پن", "طفل", "لباس"},  # بس: bus and "just"; پن: pen and a suffix; لباس: clothes
}


def emoji_of(file: str) -> str | None:
    """The emoji an OpenMoji file draws: "openmoji/1F9E6.svg" -> "🧦"."""
    code = Path(file).stem
    try:
        return "".join(chr(int(part, 16)) for part in code.split("-"))
    except ValueError:
        return None  # an OpenMoji extra, not an emoji


def annotations(package: Path, code: str) -> dict[str, dict]:
    path = package / "annotations" / code / "annotations.json"
    return json.loads(path.read_text(encoding="utf-8"))["annotations"]["annotations"]


def lookup(names: dict[str, dict], emoji: str) -> str | None:
    found = names.get(emoji) or names.get(emoji.replace("\ufe0f", ""))
    return found["tts"][0] if found and found.get("tts") else None


def same_thing(concept, english: str) -> bool:
    """CLDR's English name for the emoji is the concept's own word."""
    own = {w.lower() for w in concept.words} | {concept.id.replace("-", " ")}
    return english.lower() in own or english.lower() + "s" in own or concept.id in SAME_THING


def phrase(entry: str) -> str:
    """A hand-list entry's words, without its conditions: "te <o|paned" -> "te"."""
    return " ".join(w for w in entry.split() if w[0] not in "<>!").lower()


def words_for(package: Path, code: str) -> dict[str, list[str]]:
    """concept id -> [the emoji's CLDR name in the language], for concepts the hand list lacks."""
    hand = yaml.safe_load((WORDS / f"{code}.yml").read_text(encoding="utf-8"))
    taken = {phrase(str(entry)) for entries in hand["concepts"].values() for entry in entries}
    function = {str(w).lower() for w in hand.get("function") or ()}
    negation = {str(w).lower() for w in hand.get("negation") or ()}
    english, own = annotations(package, "en"), annotations(package, code)
    found: dict[str, list[str]] = {}
    for concept in load().concepts.values():
        if not concept.symbol.startswith("openmoji:") or concept.id in hand["concepts"]:
            continue
        emoji = emoji_of(concept.file)
        name_en = emoji and lookup(english, emoji)
        name = emoji and lookup(own, emoji)
        if not (name_en and name) or not same_thing(concept, name_en):
            continue
        word = name.strip().lower()
        if word in taken or word in function or word in REFUSED.get(code, ()):
            continue
        forms = [word]
        if any(w in negation for w in word.split()):
            continue  # "dim ysmygu": the name says "not" itself
        if code in LEMMA_FORMS:  # the name's lemma as well: text is matched by its lemmas
            import simplemma

            lemma = " ".join(simplemma.lemmatize(w, lang=code).lower() for w in word.split())
            if lemma != word and lemma not in taken:
                forms.append(lemma)
        found[concept.id] = forms
    return dict(sorted(found.items()))


def render(code: str, words: dict[str, list[str]]) -> str:
    head = (
        f"# Generated by scripts/cldr_words.py from Unicode CLDR ({PACKAGE}): the names of\n"
        "# OpenMoji's pictures in this language, for concepts the hand-written list lacks.\n"
        "# Unicode License v3: see LICENSE-unicode.txt. Edit the hand list, not this file.\n"
    )
    return head + yaml.safe_dump(words, allow_unicode=True, sort_keys=True, width=100)


def fetch(into: Path) -> Path:
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=into, check=True, capture_output=True)
    archive = next(into.glob("cldr-annotations-full-*.tgz"))
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")
    return into / "package"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--from", dest="source", type=Path, help="an unpacked package folder")
    parser.add_argument("--check", action="store_true", help="exit 1 if the lists are stale")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        package = args.source or fetch(Path(tmp))
        stale = []
        OUT.mkdir(exist_ok=True)
        for code in CODES:
            words = words_for(package, code)
            text = render(code, words)
            target = OUT / f"{code}.yml"
            if args.check:
                if not target.is_file() or target.read_text(encoding="utf-8") != text:
                    stale.append(target.name)
                continue
            target.write_text(text, encoding="utf-8")
            print(f"{target.relative_to(ROOT)}: {len(words)} concepts")
        if not args.check:
            shutil.copyfile(package / "LICENSE", OUT / "LICENSE-unicode.txt")
    if stale:
        print("stale: " + ", ".join(stale) + " (run python scripts/cldr_words.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
