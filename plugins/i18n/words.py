"""Phrases whose grammar differs from language to language, made in one place.

English says "Peggy's plan" and "James' plan"; Welsh "Cynllun Peggy"; Polish, whose names
decline, avoids the genitive: "Peggy – mój plan"; Punjabi and Urdu agree with the word for plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ..plan.model import Person
from .catalogue import translator
from .dates import long_date
from .languages import Language, language_of


@dataclass(frozen=True)
class Words:
    """The words planbook writes for a person, in their language: ``_`` (gettext) and dates."""

    language: Language
    _: Callable[[str], str]

    @classmethod
    def of(cls, person: Person) -> Words:
        language = language_of(person.language)
        return cls(language, translator(language).gettext)

    def date(self, day: dt.date) -> str:
        return long_date(day, self.language)


def plan_title(person: Person) -> str:
    """ "Peggy's plan", in the person's language: the site's name and the booklet's title."""
    language = language_of(person.language)
    if language.code == "en":
        return f"{person.possessive} plan"
    return translator(language).gettext("%(name)s's plan") % {"name": person.called}


def plan_description(person: Person) -> str:
    """The one-line description of the site, in the person's language."""
    language = language_of(person.language)
    if language.code == "en":
        return f"{person.possessive} plan, in their own words"
    return translator(language).gettext("%(name)s's plan, in their own words") % {
        "name": person.called
    }
