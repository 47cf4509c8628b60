"""Warnings when a plan talks about the person instead of in their own voice.

A co-produced plan says "I like...", "Please...". Staff habits ("Peggy requires",
"He presents with", "service user", "is to be mobilised") turn it back into a file
kept about someone. The word lists live in data/voice.yml; this module only matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

from ...plan.model import Person
from ..context import PlanContext
from ..markdown_text import sentences
from . import Hit

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr")
FIRST_PERSON_SUBJECT = re.compile(r"\b(?:I|I'm|I’m|we|me)\s*$", re.I)


@cache
def voice_data() -> dict:
    return yaml.safe_load(
        (Path(__file__).parent.parent / "data" / "voice.yml").read_text(encoding="utf-8")
    )


def _words(items) -> str:
    """A regex alternative of whole phrases, longest first, spaces matching any whitespace."""
    phrases = sorted(items, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


def name_forms(name: str, called: str | None) -> list[str]:
    """Regexes for how staff refer to the person: called, first name, full name, title + surname."""
    parts = name.split()
    forms = {name}
    if called:
        forms.add(called)
    if parts:
        forms.add(parts[0])
    exact = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)]
    if len(parts) > 1:
        exact.append(rf"(?:{'|'.join(TITLES)})\.?\s+{re.escape(parts[-1])}")
    return exact


@cache
def _name_pattern(name: str, called: str | None) -> re.Pattern[str]:
    forms = "|".join(name_forms(name, called))
    verbs = _words(voice_data()["after_name"])
    return re.compile(rf"\b(?P<name>{forms})\s+(?P<verb>{verbs})\b")


@cache
def _name_is_fine() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_words(voice_data()['name_is_fine'])})\b")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = voice_data()
    return {
        "pronoun": re.compile(
            rf"\b(?P<who>he|she)\s+(?P<verb>{_words(data['after_pronoun'])})\b", re.I
        ),
        "possessive": re.compile(
            rf"\b(?P<who>his|her)\s+(?P<what>{_words(data['after_possessive'])})\b", re.I
        ),
        "case": re.compile(rf"\b(?P<what>{_words(data['case_words'])})\b", re.I),
        "abbreviation": re.compile(rf"\b(?P<what>{_words(data['case_abbreviations'])})\b"),
        "passive_any": re.compile(r"\b(?P<order>(?:is|are)\s+to\s+be\s+\w+(?:ed|en|t))\b", re.I),
        "passive_care": re.compile(
            rf"\b(?P<order>(?:{_words(data['passive_openings'])})\s+be\s+(?:{_words(data['passive_participles'])}))\b",
            re.I,
        ),
    }


def _about_by_name(text: str, person: Person) -> Iterator[tuple[int, str]]:
    """ "Peggy requires", "Mrs Hughes is": the person's own name used by staff."""
    after_name = voice_data()["after_name"]
    for m in _name_pattern(person.name, person.called).finditer(text):
        if _name_is_fine().match(text, m.end("name")):
            continue  # "Peggy is short for Margaret"
        mine = after_name.get(m.group("verb").lower().replace("’", "'"), "I")
        yield (
            m.start(),
            (
                f"'{m.group(0)}' talks about {person.called} instead of in {person.called}'s "
                f"own words; write it as {person.called} would say it, e.g. '{mine} ...'"
            ),
        )


def _about_by_pronoun(text: str, called: str) -> Iterator[tuple[int, str]]:
    """ "He requires", "her care plan", "service user": words only staff use about someone."""
    p = _patterns()
    for m in p["pronoun"].finditer(text):
        yield (
            m.start(),
            (
                f"'{m.group(0)}' is staff writing about someone; write it as {called} would "
                "say it, starting with 'I', e.g. 'I need...' or 'Please help me...'"
            ),
        )
    for m in p["possessive"].finditer(text):
        yield (
            m.start(),
            (
                f"'{m.group(0)}' talks about {called}'s care from outside; "
                f"say 'my {m.group('what').lower()}', in {called}'s words"
            ),
        )
    for m in [*p["case"].finditer(text), *p["abbreviation"].finditer(text)]:
        yield (
            m.start(),
            (
                f"'{m.group(0)}' talks about {called} as a case; this is {called}'s own plan: "
                "say 'I' or 'me'"
            ),
        )


def check_staff_voice(ctx: PlanContext) -> Iterator[Hit]:
    person = ctx.person
    called = person.called if person else "the person"
    for page in ctx.pages:
        for s in sentences(page.text, with_headings=True):
            found = list(_about_by_pronoun(s.text, called))
            if person:
                found += _about_by_name(s.text, person)
            for offset, message in sorted(found):
                yield Hit("staff-voice", page.file, s.line_at(offset), message)


def check_passive_orders(ctx: PlanContext) -> Iterator[Hit]:
    called = ctx.person.called if ctx.person else "the person"
    p = _patterns()
    for page in ctx.pages:
        for s in sentences(page.text, with_headings=True):
            seen: set[int] = set()
            for key in ("passive_any", "passive_care"):
                for m in p[key].finditer(s.text):
                    if m.start() in seen or FIRST_PERSON_SUBJECT.search(s.text[: m.start()]):
                        continue  # "I need to be reminded" is the person asking
                    seen.add(m.start())
                    yield Hit(
                        "passive-order",
                        page.file,
                        s.line_at(m.start()),
                        (
                            f"'{m.group('order')}' is an order with nobody in it; say who does "
                            f"what, the way {called} would ask for it, e.g. 'Please give me my "
                            "tablets at 8am'"
                        ),
                    )
