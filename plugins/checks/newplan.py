"""Start a new person's plan from the co-produced template (template/).

The template follows co-production practice: it starts from what matters to the
person and a good day, frames support by what they do themselves, describes risk
in their words, and says how the plan is checked and changed together. Prompts
for staff are HTML comments (never published); each page holds one honest line
("We will write this part together.") so the new plan builds and reads well as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import shutil
import unicodedata
from pathlib import Path

from ..i18n.catalogue import translator
from ..i18n.languages import Language, UnknownLanguage, language_of
from ..i18n.messages import TEMPLATE_WORDS
from ..plan.load import SLUG
from ..utils.paths import display_path

TEMPLATE = Path(__file__).parent / "template"
FIRST_REVIEW_AFTER = dt.timedelta(weeks=4)
# What `new` fills in, written {{called}} in template/: left in a plan, it is a mistake.
PLACEHOLDERS = ("name_yaml", "called_yaml", "called", "today", "next_review")


class NewPlanError(Exception):
    """Why a plan could not be started, worded for staff."""


def _spelled_in_latin(name: str) -> str:
    """The name in Latin letters: "Zoë" -> "Zoe", "李明" -> "Li Ming", "Мария" -> "Mariya".

    anyascii (ISC licence, no data downloaded) transliterates every script. Chinese characters
    and Korean syllables are one syllable each, so they are kept apart as a name is written.
    """
    try:
        from anyascii import anyascii
    except ImportError:  # an install without it: accents still go, other scripts give ""

        def anyascii(char: str) -> str:
            return unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()

    out = []
    for char in unicodedata.normalize("NFC", name):
        if unicodedata.category(char)[0] not in "LNMZ" and char not in "-'’":
            out.append(" ")  # emoji and other symbols are not part of a name's letters
            continue
        spelled = anyascii(char)
        kind = unicodedata.name(char, "")
        if spelled and kind.startswith(SYLLABIC):
            spelled = f" {spelled} "
        out.append(spelled)
    return "".join(out)


SYLLABIC = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HANGUL SYLLABLE")


def slugify(name: str) -> str:
    """ "Margaret O'Neill-Hughes" -> "margaret-oneill-hughes": a folder name and web address.

    Any script works ("李明" -> "li-ming"); "" when the name has nothing to spell.
    """
    latin = _spelled_in_latin(name).lower()
    latin = re.sub(r"['’`]", "", latin)
    return re.sub(r"[^a-z0-9]+", "-", latin).strip("-")


def neutral_slug(plans_dir: Path) -> str:
    """A folder name that says nothing about the person (p-4f2a), free in ``plans_dir``."""
    while True:
        slug = f"p-{secrets.token_hex(2)}"
        if not (plans_dir / slug).exists():
            return slug


def _yaml_string(value: str) -> str:
    """A YAML-safe scalar: JSON strings are valid YAML, so quotes and colons are safe."""
    return json.dumps(value, ensure_ascii=False)


def in_language(text: str, suffix: str, tag: str, language: Language) -> str:
    """The template's words for the person in their language; staff notes left as they are."""
    if language.code == "en":
        return text
    if suffix == ".yml":
        return text.replace("language: en-GB", f"language: {tag}", 1)
    _ = translator(language).gettext
    out, comment = [], False
    for line in text.split("\n"):
        opens, closes = "<!--" in line, "-->" in line
        if not comment and not opens:
            words = line[2:] if line.startswith("# ") else line
            if words in TEMPLATE_WORDS:
                line = line.replace(words, _(words), 1)
        comment = (comment or opens) and not closes
        out.append(line)
    return "\n".join(out)


def create_plan(
    plans_dir: Path,
    full_name: str,
    called: str | None = None,
    slug: str | None = None,
    today: dt.date | None = None,
    language: str = "en-GB",
) -> Path:
    """Write plans_dir/<slug>/ from the template and return it; never overwrites a plan.

    With another ``language`` (a BCP 47 tag planbook serves: cy, pl, pa, ur), person.yml says
    so and the pages' headings and first words are in that language; the notes for staff stay
    in English (they are never published).
    """
    try:
        speaks = language_of(language)
    except UnknownLanguage as error:
        raise NewPlanError(f"--language: {error}") from error
    full_name = " ".join(full_name.split())
    if not full_name:
        raise NewPlanError(
            'give the person\'s full name, e.g. python build.py new "Margaret Hughes"'
        )
    called = (called or full_name.split()[0]).strip()
    slug = slug or slugify(full_name) or neutral_slug(plans_dir)
    if not SLUG.match(slug):
        raise NewPlanError(
            f'"{slug}" cannot be a folder name: use lower-case letters, numbers and dashes, '
            "e.g. --slug peggy-hughes"
        )
    folder = plans_dir / slug
    if folder.exists():
        raise NewPlanError(
            f"{display_path(folder)} already exists; choose another name with --slug, "
            f"e.g. --slug {slug}-2"
        )
    today = today or dt.date.today()
    filled = {
        "name_yaml": _yaml_string(full_name),
        "called_yaml": _yaml_string(called),
        "called": called,
        "today": today.isoformat(),
        "next_review": (today + FIRST_REVIEW_AFTER).isoformat(),
    }
    assert set(filled) == set(PLACEHOLDERS)
    values = {f"{{{{{name}}}}}": value for name, value in filled.items()}
    plans_dir.mkdir(parents=True, exist_ok=True)
    temp = plans_dir / f".new-{slug}"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    for source in sorted(TEMPLATE.iterdir()):
        if source.suffix not in {".md", ".yml"}:
            continue
        text = source.read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        text = in_language(text, source.suffix, language, speaks)
        (temp / source.name).write_text(text, encoding="utf-8")
    temp.rename(folder)  # all or nothing: a half-written plan never appears
    return folder
