"""The given-name table the picture matcher reads names by, made from Faker's person providers.

Why a table: a carer, a neighbour or a grandchild a plan names is often not in its `people:`,
and many given names are also words with a picture (Daisy, Dawn, Holly, Joy, Olive, Robin). The
matcher reads such a word as a name only where the sentence treats it as a person ("Daisy brings
my shopping", "Olive, my sister, lives nearby"), and only for a word this table lists, so "Summer
is my favourite time of year" keeps its picture. The names come from Faker (MIT, Copyright (c)
2012 Daniele Faraglia, https://github.com/joke2k/faker): the first names of the locales most
people in the UK and their carers come from. Faker is read here, at build time, never at run time:

    pip install -e '.[symbols-build]'         # Faker among them
    python scripts/given_names.py             # write plugins/symbols/data/given_names.txt
    python scripts/given_names.py --check     # exit 1 if the table is stale

The table is lower case, one name a line, after a header that credits Faker and carries its
licence notice.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "plugins" / "symbols" / "data" / "given_names.txt"

# Faker's locales whose first names are read: British, Irish, American, Indian, Pakistani,
# Nigerian (English, Yoruba, Igbo), Kenyan, Ghanaian (Twi), New Zealand and Polish names. Faker's
# bare "en" locale is left out: it is a long census list with words such as Tea, Doctor and Son.
LOCALES = (
    "en_GB",
    "en_IE",
    "ga_IE",
    "en_US",
    "en_IN",
    "en_PK",
    "en_NG",
    "yo_NG",
    "ig_NG",
    "en_KE",
    "tw_GH",
    "en_NZ",
    "pl_PL",
)
# Common names in British care plans that those locales lack: older British women's and men's
# names and short forms (May, Pat, Nell, Bernie, Bunty...), names UK carers from southern
# Africa, Nigeria and Punjab often have (Gift, Memory, Precious, Simran, Sunny), and Welsh names.
EXTRA = (
    ["May", "Pat", "Nell", "Bernie", "Bunty", "Myrtle", "Primrose", "Lottie", "Maisie", "Sonny"]
    + ["Sky", "Skye", "Fern", "Gift", "Memory", "Precious", "Favour", "Prosper", "Simran"]
    + ["Sunny", "Pearl", "Ruby", "Hazel", "Iris", "Amber", "Jade"]
    # names that are also words, read as a name only where the sentence treats the word as a
    # person ("Brook comes on Tuesdays", "River rings me"), round 112
    + ["Brook", "River", "Cherry", "Clay", "Storm"]
    # Welsh given names (Faker has no Welsh locale), many of them also Welsh words: Haf (summer),
    # Eira (snow), Heulwen (sunshine), Gwawr (dawn), Seren (star), Llinos (linnet), Enfys
    # (rainbow), Awel (breeze), Alaw (melody), Eirlys (snowdrop), Hedd (peace), Gwyn (white)
    + ["Haf", "Eira", "Heulwen", "Gwawr", "Seren", "Llinos", "Enfys", "Awel", "Alaw", "Eirlys"]
    + ["Hedd", "Gwyn", "Dewi", "Rhys", "Nia", "Mair", "Gwen", "Ffion", "Carys", "Elin", "Lowri"]
    + ["Angharad", "Catrin", "Sioned", "Nerys", "Menna", "Delyth", "Meinir", "Mererid", "Tegwen"]
    + ["Dilys", "Eluned", "Olwen", "Bethan", "Ceri", "Siân", "Dafydd", "Emrys", "Owain", "Aled"]
    + ["Gethin", "Iolo", "Ieuan", "Huw", "Bryn", "Glyn", "Elfed", "Tudur", "Iwan", "Gwilym"]
)
# Names these locales list that in a care plan are almost always a thing: "Ask Alexa to put the
# radio on" (the speaker), "Jesus" (God), "Man", "Mad", "Sad" (English words first).
NOT_NAMES = frozenset(["Alexa", "Jesus", "Ishwar", "Man", "Mad", "Sad", "Job", "Laban", "Upma"])

HEADER = """\
# Given names the picture matcher reads as a person's where the sentence treats the word as a
# person (plugins/symbols/matcher.py). Made by scripts/given_names.py; do not edit by hand.
# From Faker's person providers, plus a short list of common British and Welsh names they lack
# (scripts/given_names.py, EXTRA). Locales: {locales}.
# Faker: Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to
# any person obtaining a copy of this software and associated documentation files (the
# "Software"), to deal in the Software without restriction, including without limitation the
# rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the
# Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions: The above copyright notice and this permission notice shall be included
# in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""


def names() -> list[str]:
    """Every first name of LOCALES and EXTRA, lower case, sorted, without NOT_NAMES."""
    found: set[str] = set(EXTRA)
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_female", "first_names_male"):
            found |= set(getattr(provider, attr, ()) or ())
    return sorted({n.lower() for n in found if n not in NOT_NAMES and n.replace("-", "").isalpha()})


def render(table: list[str]) -> str:
    lines = [HEADER.format(locales=", ".join(LOCALES)).rstrip("\n")]
    return "\n".join(lines + table) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the table is stale")
    args = parser.parse_args()
    text = render(names())
    if args.check:
        if not TABLE.is_file() or TABLE.read_text(encoding="utf-8") != text:
            print(f"stale: {TABLE.name} (run python scripts/given_names.py)", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {text.count(chr(10)) - HEADER.count(chr(10))} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
