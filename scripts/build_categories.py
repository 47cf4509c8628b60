"""Build data/categories.tsv: nouns the vocabulary does not know -> the category concept whose
picture stands for them ("guppy" -> fish, "bloodhound" -> dog, "jerkin" -> jumper).

Why a table: a careful Easy Read writer gives a kind of fish the fish picture, a kind of dog the
dog picture; listing every kind by hand in vocabulary.yml never ends. WordNet 3.0 knows the kinds:
this script follows the hypernyms of each noun's senses up to one of the short list of category
concepts below (CATEGORIES), and keeps a word only where that is safe:

- the word is a common English noun (in the project's lexicon, data/lexicon.tsv.gz) written in
  small letters in WordNet, no name, and the vocabulary knows none of its forms;
- every sense of the word (written in small letters) leads to the same category, or its first
  sense does and clearly dominates the others in WordNet's tag counts (cntlist.rev); a sense
  never tagged among natural objects (the moon's "mare") does not count against a tagged first;
- no sense is an instance (a name: a place, a person).

The matcher reads only the committed table (plugins/symbols/vocabulary.py): no WordNet at run
time. Rebuild it after editing vocabulary.yml or CATEGORIES (needs the Debian package
wordnet-base, /usr/share/wordnet):

    python scripts/build_categories.py            # writes plugins/symbols/data/categories.tsv
    python scripts/build_categories.py --check    # the table names only known concepts and
                                                  # no word the vocabulary knows (no WordNet)
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "plugins" / "symbols" / "data"
TABLE = DATA / "categories.tsv"
WORDNET = Path("/usr/share/wordnet")

# WordNet synset (lemma.n.sense, as NLTK names them) -> the concept whose picture stands for any
# member. The nearest one up the hypernyms wins: a cardigan is a sweater (jumper) before it is a
# garment (clothes). Only categories where a member's picture is the category's picture.
CATEGORIES = {
    "fish.n.01": "fish",  # the animal
    "fish.n.02": "fish",  # its flesh as food
    "dog.n.01": "dog",
    "domestic_cat.n.01": "cat",
    "bird.n.01": "birds",
    "duck.n.01": "duck",  # a drake, an eider: the duck before any bird
    "tree.n.01": "trees",
    "flower.n.01": "flowers",
    "edible_fruit.n.01": "fruit",
    "vegetable.n.01": "vegetables",
    "cake.n.03": "cake",
    "cookie.n.01": "biscuit",
    "bread.n.01": "bread",
    "cheese.n.01": "cheese",
    "meat.n.01": "meat",
    "sausage.n.01": "sausages",
    "candy.n.01": "sweets",
    "edible_nut.n.01": "nuts",
    "soup.n.01": "soup",
    "dessert.n.01": "pudding",
    "sandwich.n.01": "sandwich",
    "pie.n.01": "pie",
    "pasta.n.02": "pasta",
    "herb.n.02": "herbs",
    "spice.n.02": "spices-mild",
    "plant.n.02": "plants",  # last of all: a plant that is no tree or flower
    "beverage.n.01": "drink",
    "coffee.n.01": "coffee",
    "tea.n.01": "tea",
    "fruit_juice.n.01": "juice",
    "alcohol.n.01": "alcohol",
    "wine.n.01": "wine",
    "beer.n.01": "beer",
    "liquor.n.01": "spirits",
    "clothing.n.01": "clothes",
    "garment.n.01": "clothes",
    "coat.n.01": "jumper",
    "sweater.n.01": "jumper",
    "dress.n.01": "dress",
    "trouser.n.01": "trousers",
    "hat.n.01": "hat",
    "footwear.n.02": "shoes",
    "shoe.n.01": "shoes",
    "sock.n.01": "socks",
    "glove.n.02": "gloves",
    "scarf.n.01": "scarf",
    "underwear.n.01": "underwear",
    "jewelry.n.01": "jewellery",
    "car.n.01": "car",
    "cab.n.03": "taxi",
    "boat.n.01": "boat",
    "ship.n.01": "boat",
    "bicycle.n.01": "cycling",
    "motorcycle.n.01": "motorbike",
    "truck.n.01": "lorry",
    "airplane.n.01": "plane",
    "bus.n.01": "bus",
    "musical_instrument.n.01": "musical-instrument",
    "piano.n.01": "piano",
    "guitar.n.01": "guitar",
    "drum.n.01": "drums",
    "furniture.n.01": "furniture",
    "chair.n.01": "chair",
    "table.n.02": "table",
    "bed.n.01": "bed",
    "medicine.n.02": "medicine",
    "insect.n.01": "insect-r157",
    "plaything.n.01": "toys",
    "horse.n.01": "horse",
    "room.n.01": "room",
}

# words WordNet files under a category that a British reader takes otherwise: a name or a race
# ("derby", "oxford", "argentine"), another thing first ("fryer" the pan, "bomber" the jacket,
# "mimosa" the shrub, "leghorn" the hen, "waders" the boots, "auto" the setting, "gander" a
# look, "downer", "biddy", "duff", "ark"), or a picture of the wrong kind ("tortilla" is no cake,
# "pekoe" no herb, "lectern" no table, "swallowtail" no jumper, "trapeze" no toy, "buckskin"
# the leather before the horse; "latrine" and "restroom" are the toilet, "sauna" and
# "homeroom" no room of a British home, a "kiosk" a stall and a "barroom" the pub, a "parlour"
# as often the funeral director's or the ice cream shop; "pinto" the beans before the horse)
EXCLUDE = frozenset(
    [
        *("derby", "oxford", "argentine", "java", "fryer", "bomber", "mimosa", "downer"),
        *("biddy", "duff", "ark", "tortilla", "shortcake", "saltine", "pekoe", "lectern"),
        *("swallowtail", "doublet", "footrest", "panacea", "nostrum", "trousseau"),
        *("wintergreen", "sesame", "leghorn", "gander", "wader", "trapeze", "auto"),
        *("buckskin", "latrine", "restroom", "kiosk", "sauna", "barroom", "homeroom", "parlour"),
        *("parlor", "pinto"),
    ]
)

# the lexicographer files of plants: a plant sense of a food word ("rhubarb" the plant) does not
# make the word ambiguous where another sense is the food
PLANT_FILE = 20
FOOD_FILE = 13
OBJECT_FILE = 17  # natural objects: a lunar sea, a spit of land, a drift
DOMINATES = 5  # the first sense's tag count at least this many times the others' together
MIN_COUNT = 3  # and at least this many tags


def synsets(folder: Path) -> dict[int, dict]:
    """offset -> {"words": [(word, lowercase?)], "hyper": [offsets], "instance": bool, "file"}."""
    out: dict[int, dict] = {}
    with open(folder / "data.noun", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lexfile = int(fields[0]), int(fields[1])
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]) for k in range(count)]
            k = 4 + 2 * count
            pointers = int(fields[k])
            hyper, instance = [], False
            for p in range(pointers):
                symbol, target = fields[k + 1 + 4 * p], int(fields[k + 2 + 4 * p])
                if symbol == "@":
                    hyper.append(target)
                elif symbol == "@i":
                    hyper.append(target)
                    instance = True
            out[offset] = {"words": words, "hyper": hyper, "instance": instance, "file": lexfile}
    return out


def index(folder: Path) -> dict[str, list[int]]:
    """lemma -> its synset offsets, first sense first."""
    out: dict[str, list[int]] = {}
    with open(folder / "index.noun", encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split()
            count = int(fields[2])
            out[fields[0]] = [int(x) for x in fields[-count:]]
    return out


def tag_counts(folder: Path) -> dict[tuple[str, int], int]:
    """(lemma, sense number) -> how often the sense was tagged in the SemCor texts."""
    out: dict[tuple[str, int], int] = {}
    with open(folder / "cntlist.rev", encoding="utf-8", errors="replace") as f:
        for line in f:
            key, number, count = line.split()
            lemma, _, rest = key.partition("%")
            if rest.startswith("1:"):
                out[(lemma, int(number))] = int(count)
    return out


def category(offset: int, data: dict[int, dict], wanted: dict[int, str]) -> str | None:
    """The nearest category concept up the hypernyms of OFFSET (breadth first)."""
    seen = {offset}
    queue = deque([offset])
    while queue:
        here = queue.popleft()
        if here in wanted:
            return wanted[here]
        for up in data[here]["hyper"]:
            if up not in seen:
                seen.add(up)
                queue.append(up)
    return None


def lexicon() -> dict[str, set[str]]:
    """The project's lexicon (lemminflect's): "n", "v", "a" -> its words, "=n" -> "form=lemma"."""
    out: dict[str, set[str]] = {}
    with gzip.open(DATA / "lexicon.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                kind, words = line.rstrip("\n").split("\t")
                out[kind] = set(words.split())
    return out


def given_names() -> set[str]:
    lines = (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}


def vocabulary():
    sys.path.insert(0, str(ROOT))
    from plugins.symbols.vocabulary import parse

    return parse()


def known(word: str, vocab) -> bool:
    """The vocabulary lists a sense for the word or one of its forms (not this table's own)."""
    from plugins.symbols.grammar import inflections
    from plugins.symbols.words import plural

    forms = {word, plural(word)} | inflections(word, "NOUN") | inflections(word, "VERB")
    return any(not sense.kind for form in forms for sense in vocab.lookup((form,)))


def build(folder: Path) -> dict[str, str]:
    data = synsets(folder)
    lemmas = index(folder)
    counts = tag_counts(folder)
    wanted: dict[int, str] = {}
    for name, concept in CATEGORIES.items():
        lemma, _, number = name.rsplit(".", 2)
        wanted[lemmas[lemma][int(number) - 1]] = concept
    vocab = vocabulary()
    missing = sorted(set(CATEGORIES.values()) - set(vocab.concepts))
    if missing:
        raise SystemExit(f"build_categories.py: no concept {', '.join(missing)} in vocabulary.yml")
    words = lexicon()
    nouns = words.get("n", set())
    # a word that is also a verb or a describing word ("husky", "waffle", "sallow"), a form of
    # another noun ("spirits": in good spirits) or a given name ("martin", "jay") is no safe kind
    other = words.get("v", set()) | words.get("a", set()) | given_names()
    other |= {pair.partition("=")[0] for pair in words.get("=n", set())}
    table: dict[str, str] = {}
    for lemma, offsets in sorted(lemmas.items()):
        if not re.fullmatch(r"[a-z]+(-[a-z]+)?", lemma) or len(lemma) < 3 or lemma not in nouns:
            continue
        if lemma in other or lemma in EXCLUDE:
            continue
        if known(lemma, vocab):
            continue
        found: list[tuple[str | None, int, int]] = []  # (category, tag count, lexicographer file)
        for number, offset in enumerate(offsets, 1):
            synset = data[offset]
            if lemma not in synset["words"]:
                continue  # the word written with capitals here ("Cardigan", a corgi): a name
            if synset["instance"]:
                found = []
                break  # a name (a place, a person): never a category
            found.append(
                (category(offset, data, wanted), counts.get((lemma, number), 0), synset["file"])
            )
        if any(f[2] == FOOD_FILE and f[0] for f in found):
            # nutmeg, rhubarb: the plant it grows on is the same thing to the reader
            found = [f for f in found if f[2] != PLANT_FILE]
        if found and found[0][0] and found[0][1]:
            # a mare is a horse: a never-tagged sense among natural objects (the moon's maria)
            found = [found[0]] + [f for f in found[1:] if f[1] or f[2] != OBJECT_FILE]
        if not found or found[0][0] is None:
            continue
        first = found[0][0]
        others = [f for f in found[1:] if f[0] != first]
        if others:
            rest = sum(f[1] for f in others)
            if found[0][1] < MIN_COUNT or found[0][1] < DOMINATES * max(rest, 1):
                continue
        table[lemma] = first
    return table


def write(table: dict[str, str]) -> None:
    lines = [
        "# word\tconcept: nouns the vocabulary does not know, pictured as their category "
        "(scripts/build_categories.py, from WordNet 3.0)",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Its licence "
        "and disclaimer: LICENSE-wordnet.txt",
    ]
    lines += [f"{word}\t{concept}" for word, concept in sorted(table.items())]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check() -> int:
    """Offline: the table names only concepts the vocabulary has, and no word it knows."""
    vocab = vocabulary()
    bad = 0
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        word, concept = line.split("\t")
        if concept not in vocab.concepts:
            print(f"categories.tsv: {word}: no concept {concept} (run scripts/build_categories.py)")
            bad += 1
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check the table, offline")
    parser.add_argument("--wordnet", type=Path, default=WORDNET, help="WordNet 3.0 dict folder")
    parser.add_argument("--show", action="store_true", help="print the table, do not write it")
    args = parser.parse_args()
    if args.check:
        return check()
    if not (args.wordnet / "data.noun").is_file():
        print(f"no WordNet at {args.wordnet} (apt-get install wordnet-base); table kept as it is")
        return 0
    table = build(args.wordnet)
    if args.show:
        for word, concept in sorted(table.items(), key=lambda x: (x[1], x[0])):
            print(concept, word)
        return 0
    write(table)
    print(f"{len(table)} words into {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
