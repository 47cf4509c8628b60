"""The languages planbook can serve, read from BCP 47 tags as person.yml gives them.

Why a closed list: a language is served only when planbook has its interface words, its date
conventions, a font that shapes its script and a voice that speaks it (or says plainly that it
has none). A tag planbook cannot serve is a mistake staff must see, not an English site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from babel import Locale, UnknownLocaleError


@dataclass(frozen=True)
class Language:
    """One language planbook serves, and everything that differs with it."""

    code: str  # the catalogue and the family: "en", "cy", "pl", "pa", "ur"
    english: str  # its name in English, for staff: "Welsh"
    native: str  # its name in itself: "Cymraeg"
    locale: str  # Babel/CLDR locale for dates and numbers
    rtl: bool = False
    font: str | None = None  # the family that shapes its script, shipped with the theme
    espeak: str | None = None  # espeak-ng voice, the offline voice for languages Piper lacks
    num2words: str | None = None  # num2words' language, where it has one
    lemmas: str | None = None  # simplemma's language, where it has one
    script: str = "Latn"

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def english_only_checks(self) -> bool:
        """The jargon, reading-age and staff-voice checks are written for English."""
        return self.code == "en"


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("en", "English", "English", "en_GB", espeak="en-gb", num2words="en", lemmas="en"),
        Language("cy", "Welsh", "Cymraeg", "cy", espeak="cy", num2words="cy", lemmas="cy"),
        Language("pl", "Polish", "polski", "pl", espeak="pl", num2words="pl", lemmas="pl"),
        Language(
            "pa", "Punjabi (Gurmukhi)", "ਪੰਜਾਬੀ", "pa_Guru",
            font="Noto Sans Gurmukhi", espeak="pa", script="Guru",
        ),
        Language(
            "ur", "Urdu", "اردو", "ur", rtl=True,
            font="Noto Nastaliq Urdu", espeak="ur", script="Arab",
        ),
    )
}  # fmt: skip
ENGLISH = LANGUAGES["en"]


class UnknownLanguage(ValueError):
    """A tag that is not a language, or one planbook cannot serve, in words for staff."""


def served() -> str:
    """The languages planbook serves, as staff write them: "en-GB (English), cy (Welsh)..."."""
    tags = {"en": "en-GB", "pa": "pa or pa-Guru"}
    return ", ".join(f"{tags.get(code, code)} ({lang.english})" for code, lang in LANGUAGES.items())


def language_of(tag: str) -> Language:
    """The language a BCP 47 tag names (en-GB, cy, cy-GB, pl, pa, pa-Guru, ur, ur-PK)."""
    try:
        locale = Locale.parse(tag.strip().replace("_", "-"), sep="-")
    except (ValueError, UnknownLocaleError, TypeError) as error:
        raise UnknownLanguage(
            f'"{tag}" is not a language tag; planbook serves {served()}'
        ) from error
    language = LANGUAGES.get(locale.language)
    written = re.match(r"^[A-Za-z]{2,3}[-_]([A-Za-z]{4})(?:[-_]|$)", tag.strip())
    script = written.group(1).title() if written else locale.script  # Babel may drop a script
    if language is None or (script and script != language.script):
        name = locale.get_display_name("en") or tag
        raise UnknownLanguage(f"planbook cannot serve {name} ({tag}) yet; it serves {served()}")
    return language


_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)


def page_language_tag(text: str) -> str | None:
    """The `lang:` a page sets in its front matter (a bilingual plan), or None."""
    match = _FRONT.match(text)
    if not match:
        return None
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None
    tag = meta.get("lang") if isinstance(meta, dict) else None
    return tag.strip() if isinstance(tag, str) and tag.strip() else None


def language_or(tag: str | None, default: Language) -> Language:
    """The language of a tag, or the default when there is none or it cannot be served."""
    if not tag:
        return default
    try:
        return language_of(tag)
    except UnknownLanguage:
        return default
