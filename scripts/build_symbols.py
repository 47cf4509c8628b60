"""Build the curated symbol subset shipped in plugins/symbols/data/ from its three sources.

Why a script: the SVGs are committed (builds and tests never download anything), but anyone
must be able to check where each picture came from and rebuild the subset. It fetches the two
pinned npm packages (OpenMoji, Health Icons) with `npm pack`, reads the Mulberry Symbols from a
folder (their release is not on a registry: `--mulberry DIR`, by default ../shared/symbols/mulberry
beside the repository; without it the Mulberry files already shipped are kept), copies only the
SVGs that vocabulary.yml names and their licences, and writes symbols.json (symbol reference ->
file). A Mulberry symbol rated 1 in its symbol-info.csv (body parts) is refused unless the
vocabulary entry says `rated: staff-asked`. Run it after editing vocabulary.yml:

    python scripts/build_symbols.py            # needs npm and the npm registry
    python scripts/build_symbols.py --check    # offline: every symbol in the vocabulary is shipped
    python scripts/build_symbols.py --no-lexicon --mulberry ../../shared/symbols/mulberry
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "plugins" / "symbols" / "data"
PACKAGES = {"openmoji": "openmoji@17.0.0", "healthicons": "healthicons@2.0.0"}
MULBERRY = ROOT.parent / "shared" / "symbols" / "mulberry"  # a checkout of the Mulberry release
SETS = (*PACKAGES, "mulberry")
HEXCODE = re.compile(r"^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$")


def vocabulary_concepts() -> dict:
    """vocabulary.yml's concepts, read as the matcher reads them: a concept id given twice is
    refused by name (plugins/symbols/vocabulary.py), not silently replaced."""
    sys.path.insert(0, str(ROOT))
    from plugins.symbols.vocabulary import read_document

    return read_document((DATA / "vocabulary.yml").read_text(encoding="utf-8"))["concepts"]


def vocabulary_refs() -> list[str]:
    return sorted({c["symbol"] for c in vocabulary_concepts().values()})


def staff_asked() -> set[str]:
    """Mulberry symbols staff asked for even though the set rates them 1 (explicit)."""
    concepts = vocabulary_concepts()
    return {c["symbol"] for c in concepts.values() if c.get("rated") == "staff-asked"}


def mulberry_ratings(folder: Path) -> dict[str, str]:
    """symbol name -> rated (0 or 1) from the release's symbol-info.csv."""
    with open(folder / "scripts" / "data" / "symbol-info.csv", encoding="utf-8") as f:
        return {row["symbol-en"]: row["rated"] for row in csv.DictReader(f)}


def mulberry_file(name: str) -> str:
    """The file name under data/mulberry/ for a Mulberry symbol name (no commas or spaces)."""
    return "mulberry/" + re.sub(r"[^A-Za-z0-9_\-]+", "_", name).strip("_") + ".svg"


def fetch(spec: str, into: Path) -> Path:
    """npm pack SPEC into INTO and unpack it; returns the package folder."""
    out = (
        subprocess.run(
            ["npm", "pack", spec, "--silent", "--pack-destination", str(into)],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    with tarfile.open(into / out) as tar:
        tar.extractall(into / spec.split("@")[0], filter="data")
    return into / spec.split("@")[0] / "package"


def openmoji_index(pkg: Path) -> dict[str, str]:
    """annotation -> hexcode, first plain (no skin tone) emoji of each annotation."""
    index: dict[str, str] = {}
    for emoji in json.loads((pkg / "data" / "openmoji.json").read_text(encoding="utf-8")):
        if not emoji["skintone"]:
            index.setdefault(emoji["annotation"], emoji["hexcode"])
    return index


def resolve(ref: str, packages: dict[str, Path], om_index: dict[str, str]) -> tuple[Path, str]:
    """(source file in the package, file name under data/) for one vocabulary symbol."""
    kit, _, name = ref.partition(":")
    if kit == "openmoji":
        hexcode = name if HEXCODE.match(name) else om_index.get(name)
        if hexcode is None:
            raise SystemExit(f"vocabulary.yml: no OpenMoji called {name!r}")
        return packages[kit] / "color" / "svg" / f"{hexcode}.svg", f"openmoji/{hexcode}.svg"
    if kit == "healthicons":
        source = packages[kit] / "public" / "icons" / "svg" / "outline" / f"{name}.svg"
        return source, f"healthicons/{name.replace('/', '_')}.svg"
    if kit == "mulberry":
        target = mulberry_file(name)
        folder = packages.get("mulberry")
        return (folder / "EN" / f"{name}.svg" if folder else DATA / target), target
    raise SystemExit(f"vocabulary.yml: unknown symbol set in {ref!r}")


def build(mulberry: Path | None) -> None:
    refs = vocabulary_refs()
    asked = staff_asked()
    with tempfile.TemporaryDirectory() as tmp:
        packages = {kit: fetch(spec, Path(tmp)) for kit, spec in PACKAGES.items()}
        if mulberry is not None:
            ratings = mulberry_ratings(mulberry)
            for ref in refs:
                name = ref.partition(":")[2]
                if ref.startswith("mulberry:") and ratings.get(name) == "1" and ref not in asked:
                    raise SystemExit(
                        f"vocabulary.yml: {ref} is rated 1 by Mulberry; use it only when staff "
                        "ask for it (rated: staff-asked)"
                    )
            packages["mulberry"] = mulberry
        else:  # keep the Mulberry files shipped: copy them aside before the folder is renewed
            kept = Path(tmp) / "mulberry-kept"
            shutil.copytree(DATA / "mulberry", kept)
        om_index = openmoji_index(packages["openmoji"])
        for kit in SETS:
            shutil.rmtree(DATA / kit, ignore_errors=True)
            (DATA / kit).mkdir(parents=True)
        index: dict[str, str] = {}
        for ref in refs:
            source, target = resolve(ref, packages, om_index)
            if mulberry is None and ref.startswith("mulberry:"):
                source = kept / Path(target).name
            if not source.is_file():
                raise SystemExit(f"vocabulary.yml: {ref!r} -> {source.name} is not in the package")
            shutil.copyfile(source, DATA / target)
            index[ref] = target
        shutil.copyfile(packages["openmoji"] / "LICENSE.txt", DATA / "openmoji" / "LICENSE.txt")
        shutil.copyfile(packages["healthicons"] / "LICENSE", DATA / "healthicons" / "LICENSE.txt")
        licence = (mulberry / "LICENSE.txt") if mulberry is not None else kept / "LICENSE.txt"
        shutil.copyfile(licence, DATA / "mulberry" / "LICENSE.txt")
        if mulberry is not None and (mulberry / "SOURCE_COMMIT").is_file():
            shutil.copyfile(mulberry / "SOURCE_COMMIT", DATA / "mulberry" / "SOURCE_COMMIT")
        elif mulberry is None and (kept / "SOURCE_COMMIT").is_file():
            shutil.copyfile(kept / "SOURCE_COMMIT", DATA / "mulberry" / "SOURCE_COMMIT")
    manifest = {
        "packages": {
            **PACKAGES,
            "mulberry": "Mulberry Symbols (mulberrysymbols.org), CC BY-SA 4.0",
        },
        "symbols": index,
    }
    (DATA / "symbols.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"{len(index)} symbols from {', '.join(PACKAGES.values())} into {DATA.relative_to(ROOT)}")


LEXICON = DATA / "lexicon.tsv.gz"


def write_lexicon() -> int:
    """English words -> their parts of speech and lemmas, from lemminflect's lexicon.

    Why a committed table: lemminflect takes 1.5 s to import and load, at every start of
    `python build.py symbols`; this table (one line a word, "felt\tn v=feel") loads in a
    fraction of that and is all the matcher reads at run time (plugins/symbols/grammar.py).
    """
    import gzip

    import lemminflect  # build-time only: pip install lemminflect

    lemminflect.getAllLemmas("warm")
    entries = lemminflect.Lemmatizer().lemma_dict
    kinds = {"NOUN": "n", "PROPN": "n", "VERB": "v", "AUX": "v", "ADJ": "a"}
    words: dict[str, list[str]] = {"n": [], "v": [], "a": []}
    lemmas: dict[str, list[str]] = {"n": [], "v": [], "a": []}
    for word in sorted(entries):
        if not re.fullmatch(r"[a-z][a-z'\-]*", word):
            continue
        done = set()
        for upos, found in entries[word].items():
            kind = kinds.get(upos)
            if kind and kind not in done:
                done.add(kind)
                words[kind].append(word)
                if found[0].lower() != word:
                    lemmas[kind].append(f"{word}={found[0].lower()}")
    lines = [f"{k}\t{' '.join(v)}" for k, v in words.items()]
    lines += [f"={k}\t{' '.join(v)}" for k, v in lemmas.items()]
    version = (
        f"# lemminflect {lemminflect.__version__} (MIT): words by part of speech, then form=lemma\n"
    )
    with gzip.open(LEXICON, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write(version + "\n".join(lines) + "\n")
    return sum(len(v) for v in words.values())


def check() -> int:
    shipped = json.loads((DATA / "symbols.json").read_text())["symbols"]
    missing = [
        ref
        for ref in vocabulary_refs()
        if ref not in shipped or not (DATA / shipped[ref]).is_file()
    ]
    for ref in missing:
        print(f"not shipped: {ref} (run python scripts/build_symbols.py)")
    return 1 if missing else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, offline")
    parser.add_argument(
        "--mulberry",
        type=Path,
        default=MULBERRY,
        help="a folder with the Mulberry Symbols release (EN/*.svg, scripts/data/symbol-info.csv)",
    )
    parser.add_argument(
        "--no-lexicon",
        action="store_true",
        help="keep data/lexicon.tsv.gz as it is (it depends on lemminflect, not on the vocabulary)",
    )
    args = parser.parse_args()
    if args.check:
        return check()
    build(args.mulberry if (args.mulberry / "EN").is_dir() else None)
    if not args.no_lexicon:
        print(f"{write_lexicon()} words into {LEXICON.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
