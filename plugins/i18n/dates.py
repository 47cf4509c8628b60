"""Dates in the person's own language, with that language's conventions (CLDR, through Babel).

English keeps planbook's plain house style, "Tuesday 6 October 2026" (no comma, the day named);
every other language takes CLDR's full date: "Dydd Mawrth, 6 Hydref 2026", "wtorek, 6
października 2026", "ਮੰਗਲਵਾਰ, 6 ਅਕਤੂਬਰ 2026", "منگل، 6 اکتوبر، 2026".
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from ..plan.dates import long_date as english_long_date
from .languages import Language


def long_date(day: dt.date, language: Language) -> str:
    """The date with its day name, as the person would read it."""
    if language.code == "en":
        return english_long_date(day)
    return format_date(day, format="full", locale=language.locale)
