"""Words for the voice in Welsh, Polish, Punjabi and Urdu: numbers, money, dates and times.

British English has its own careful normaliser (normalise.py). For the other languages
planbook serves, num2words (which knows Welsh and Polish) says numbers, years and money in
words, and Babel's CLDR data gives dates in the person's language. num2words has no Punjabi
or Urdu: there the digits are left for espeak-ng, which reads them in the language itself
(said plainly in the README). The person's own `say:` words come first and are never touched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from babel.dates import format_date

from ..i18n.languages import LANGUAGES

WORDS = {"cy", "pl"}  # the languages num2words can say
POUND = {"ur": "پاؤنڈ", "pa": "ਪੌਂਡ"}  # "£20" read as "20 pounds" where digits stay digits


def language_words(number: int | float, code: str) -> str:
    """A number in words in the language, or its digits where num2words has none."""
    if code in WORDS:
        from num2words import num2words

        return num2words(number, lang=code)
    return str(number)


def _polish_pounds(amount: int) -> str:
    """1 funt, 2-4 funty, 5 funtów (and 22 funty, 25 funtów): Polish counts in three forms."""
    if amount == 1:
        form = "funt"
    elif amount % 10 in (2, 3, 4) and amount % 100 not in (12, 13, 14):
        form = "funty"
    else:
        form = "funtów"
    return f"{language_words(amount, 'pl')} {form}"


def _money(m: re.Match[str], code: str) -> str:
    pounds = int(m["p"].replace(",", ""))
    pence = int(m["d"]) if m["d"] else 0
    if code == "cy":
        from num2words import num2words

        return num2words(pounds + pence / 100, lang="cy", to="currency", currency="GBP")
    if code == "pl":
        words = _polish_pounds(pounds)
        return f"{words} {language_words(pence, 'pl')} pensów" if pence else words
    amount = f"{pounds}.{m['d']}" if m["d"] else str(pounds)
    return f"{amount} {POUND.get(code, '£')}"


DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
MONEY = re.compile(r"£\s?(?P<p>\d{1,3}(?:,\d{3})*|\d+)(?:\.(?P<d>\d{2}))?")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DECIMAL = re.compile(r"\b\d+[.,]\d+\b")
NUMBER = re.compile(r"\b\d+\b")


def _date(m: re.Match[str], code: str) -> str:
    year = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
    try:
        day = dt.date(year, int(m[2]), int(m[1]))
    except ValueError:
        return m[0]
    return format_date(day, format="long", locale=LANGUAGES[code].locale)


def for_language(text: str, code: str, say: Mapping[str, str] | None = None) -> str:
    """The words to speak for ``text`` in the language ``code`` (not English)."""
    from .normalise import restore, shield

    text, kept = shield(text, say or {})
    text = DATE.sub(lambda m: _date(m, code), text)
    text = MONEY.sub(lambda m: _money(m, code), text)
    if code in WORDS:
        from num2words import num2words

        text = YEAR.sub(lambda m: num2words(int(m[1]), lang=code, to="year"), text)
        text = DECIMAL.sub(lambda m: num2words(float(m[0].replace(",", ".")), lang=code), text)
        text = NUMBER.sub(lambda m: num2words(int(m[0]), lang=code), text)
    return re.sub(r"\s+", " ", restore(text, kept)).strip()
