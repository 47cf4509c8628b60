"""Written text to the words a person would say aloud.

A voice reads "Dr Patel, 01632 960123, 8.30am" as letters and a long number; an older
listener needs "doctor Patel, oh one six three two, nine six oh, one two three, half past
eight in the morning". Written for British English, the language of the plans.
"""

from __future__ import annotations

import re

from ..plan.dates import MONTHS
from .numbers import cardinal, digits, ordinal, year

MONTH_NAMES = (
    {m.lower(): m for m in MONTHS} | {m[:3].lower(): m for m in MONTHS} | {"sept": "September"}
)

ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\be\.\s?g\.?(?=\W|$)", "for example"),
    (r"\bi\.\s?e\.?(?=\W|$)", "that is"),
    (r"\betc\.?(?=\W|$)", "and so on"),
    (r"\bapprox\.?(?=\W|$)", "about"),
    (r"\bDr\.?(?=\s+[A-Z])", "doctor"),
    (r"\bMrs\.?(?=\s+[A-Z])", "missus"),
    (r"\bMr\.?(?=\s+[A-Z])", "mister"),
    (r"\bMs\.?(?=\s+[A-Z])", "miz"),
    (r"\bNo\.(?=\s*\d)", "number"),
    (r"\bGP\b", "G P"),
    (r"\bGPs\b", "G Ps"),
    (r"\bNHS\b", "N H S"),
    (r"\s&\s", " and "),
)

# Phone numbers: UK numbers start 0 or +44; a few short service numbers are read digit by digit.
PHONE = re.compile(r"(?<![\d.:/-])(?:\+44\s?\(?0?\)?\s?|0)\d[\d \-]{7,12}\d(?!\d|[.:/-]\d)")
SHORT_SERVICE = re.compile(r"\b(999|111|112|101|119)\b")

# Times: 8am, 8 am, 8.30am, 8:30 pm, 14:00, 08:15. (A bare "8.30" is a time only with am/pm.)
TIME_AMPM = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s?(?:([ap])m\b|([ap])\.\s?m\.)", re.IGNORECASE)
TIME_24 = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b")

# Dates: 2026-10-06, 06/10/2026 (day first, as in the UK), 6 October 2026, 6th Oct, October 6.
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
MONTH_RE = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)
MONTH_DAY = re.compile(
    rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE
)


def spoken_date(day: int, month: int, year_number: int | None) -> str | None:
    """'the sixth of October, twenty twenty-six'; None when it is not a real date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = f"the {ordinal(day)} of {MONTHS[month - 1]}"
    return words + (f", {year(year_number)}" if year_number else "")


def spoken_time(hour: int, minute: int, period: str | None) -> str | None:
    """'half past eight in the morning', 'two o'clock in the afternoon', 'ten to six'."""
    if minute > 59 or hour > 23 or (period and not 1 <= hour <= 12):
        return None
    if period is None and hour > 12:
        period, hour = "p", hour - 12
    elif period is None and hour == 0:
        period, hour = "a", 12
    if period == "p" and hour == 12 and minute == 0:
        return "twelve noon"
    if period == "a" and hour == 12 and minute == 0:
        return "midnight"
    next_hour = cardinal(hour % 12 + 1)
    name = cardinal(hour)
    if minute == 0:
        words = f"{name} o'clock"
    elif minute == 15:
        words = f"quarter past {name}"
    elif minute == 30:
        words = f"half past {name}"
    elif minute == 45:
        words = f"quarter to {next_hour}"
    elif minute % 5 == 0 and minute < 30:
        words = f"{cardinal(minute)} past {name}"
    elif minute % 5 == 0:
        words = f"{cardinal(60 - minute)} to {next_hour}"
    else:
        words = f"{name} {'oh ' + cardinal(minute) if minute < 10 else cardinal(minute)}"
    if period == "a":
        return f"{words} in the morning"
    if period == "p":
        part = (
            "in the afternoon"
            if hour == 12 or hour < 5
            else "in the evening"
            if hour < 9
            else "at night"
        )
        return f"{words} {part}"
    return words


def spoken_phone(number: str) -> str:
    """Digit by digit, in the groups people read them in, a pause (comma) between groups."""
    number = re.sub(r"^\+44\s?\(?0?\)?\s?", "0", number)
    groups: list[str] = []
    for group in re.split(r"[ \-]+", number.strip()):
        while len(group) > 5:  # "960123" -> "960 123": nobody holds six digits in mind
            groups.append(group[:3])
            group = group[3:]
        groups.append(group)
    if len(groups) == 1 and len(groups[0]) == 11:  # "01632960123" -> 01632 960 123
        g = groups[0]
        groups = [g[:5], g[5:8], g[8:]]
    return ", ".join(digits(g) for g in groups if g)


def _date_from_day_month(m: re.Match[str]) -> str:
    day, month, yr = int(m[1]), MONTHS.index(MONTH_NAMES[m[2].lower()]) + 1, m[3]
    return spoken_date(day, month, int(yr) if yr else None) or m[0]


def _date_from_month_day(m: re.Match[str]) -> str:
    month, day, yr = MONTHS.index(MONTH_NAMES[m[1].lower()]) + 1, int(m[2]), m[3]
    return spoken_date(day, month, int(yr) if yr else None) or m[0]


def _slash_date(m: re.Match[str]) -> str:
    yr = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
    return spoken_date(int(m[1]), int(m[2]), yr) or m[0]


def _time_ampm(m: re.Match[str]) -> str:
    words = spoken_time(int(m[1]), int(m[2] or 0), (m[3] or m[4]).lower())
    if words is None:
        return m[0]
    ends_sentence = m[4] is not None and re.match(r"\s+[A-Z]|\s*$", m.string[m.end() :])
    return words + "." if ends_sentence else words  # "at 9 a.m. Then" keeps its full stop


def for_speech(text: str) -> str:
    """The words to speak for one piece of written text (a heading, a sentence, a table row)."""
    text = PHONE.sub(lambda m: spoken_phone(m[0]), text)
    text = SHORT_SERVICE.sub(lambda m: digits(m[1]).replace("oh", "zero"), text)
    text = ISO_DATE.sub(lambda m: spoken_date(int(m[3]), int(m[2]), int(m[1])) or m[0], text)
    text = SLASH_DATE.sub(_slash_date, text)
    text = DAY_MONTH.sub(_date_from_day_month, text)
    text = MONTH_DAY.sub(_date_from_month_day, text)
    text = TIME_AMPM.sub(_time_ampm, text)
    text = TIME_24.sub(lambda m: spoken_time(int(m[1]), int(m[2]), None) or m[0], text)
    for pattern, words in ABBREVIATIONS:
        text = re.sub(pattern, words, text)
    # "tea/coffee" -> "tea or coffee"; a web address (creativecommons.org/licenses) is left alone
    text = re.sub(r"(?<![\w./])([A-Za-z]+)\s*/\s*([A-Za-z]+)(?![\w/]|\.\w)", r"\1 or \2", text)
    return re.sub(r"\s+", " ", text).strip()
