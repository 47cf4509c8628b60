#!/usr/bin/env python3
"""Keep the message catalogues in step with the code: extract, then update every language.

    python scripts/i18n.py          # plugins/i18n/locale/planbook.pot and each planbook.po
    python scripts/i18n.py --check  # exit 1 when the .pot is out of date or a .po is incomplete

Every word planbook writes on the person's pages and in their booklet is a message: `_()` in the
Python code and the theme's templates (Babel's extractors), or a constant marked in
plugins/i18n/messages.py. Translators fill in the .po files; a message with no translation
falls back to English, and `--check` (run by the tests) names every one missing.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugins.i18n.catalogue import DOMAIN, LOCALE_DIR, po_file  # noqa: E402
from plugins.i18n.languages import LANGUAGES  # noqa: E402

POT = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
SOURCES = [
    (ROOT / "plugins", [("**.py", "python")]),
    (ROOT / "theme", [("**.html", "jinja2")]),
]
JINJA = {"extensions": "jinja2.ext.i18n", "trimmed": "true"}


def extract() -> Catalog:
    """Every message in the code and the templates, with where it comes from."""
    catalog = Catalog(project="planbook", domain=DOMAIN, charset="utf-8")
    for folder, method_map in SOURCES:
        options = {pattern: JINJA for pattern, method in method_map if method == "jinja2"}
        for filename, line, message, comments, context in extract_from_dir(
            folder, method_map, options_map=options, keywords=KEYWORDS
        ):
            if message:
                where = (folder.relative_to(ROOT) / filename).as_posix()
                catalog.add(message, locations=[(where, line)], auto_comments=comments,
                            context=context)  # fmt: skip
    return catalog


def _po_bytes(catalog: Catalog, **options) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=True, **options)
    return buffer.getvalue()


def ids(catalog: Catalog) -> set:
    return {message.id for message in catalog if message.id}


def missing(code: str, template: Catalog) -> list[str]:
    """Messages the language's catalogue does not translate (or marks fuzzy)."""
    path = po_file(code)
    if not path.is_file():
        return sorted(str(i) for i in ids(template))
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    out = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        text = found.string if found else None
        empty = not text or (isinstance(text, tuple) and not all(text))
        if found is None or empty or found.fuzzy:
            out.append(str(message.id))
    return out


def update() -> None:
    template = extract()
    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_bytes(_po_bytes(template))
    for code in LANGUAGES:
        if code == "en":
            continue  # English is the message ids themselves
        path = po_file(code)
        if path.is_file():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=code)
        else:
            catalog = Catalog(locale=code, domain=DOMAIN, project="planbook", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_po_bytes(catalog, ignore_obsolete=True))


def check() -> list[str]:
    """Problems: the .pot behind the code, or a language missing translations."""
    template = extract()
    problems = []
    try:
        with POT.open("rb") as handle:
            committed = read_po(handle)
    except OSError:
        committed = Catalog()
    if ids(committed) != ids(template):
        new, gone = ids(template) - ids(committed), ids(committed) - ids(template)
        problems.append(
            f"{POT.relative_to(ROOT)} is out of date ({len(new)} new, {len(gone)} gone): "
            "run python scripts/i18n.py"
        )
    for code, language in LANGUAGES.items():
        if code == "en":
            continue
        lacking = missing(code, template)
        if lacking:
            shown = "; ".join(lacking[:5]) + (" ..." if len(lacking) > 5 else "")
            problems.append(f"{language.english} ({code}) lacks {len(lacking)}: {shown}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args()
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    update()
    print(f"Wrote {POT.relative_to(ROOT)} and the catalogues of {len(LANGUAGES) - 1} languages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
