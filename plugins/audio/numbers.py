"""Numbers as British English words, from num2words (lang en_GB: "one hundred and five").

num2words writes "one thousand, five hundred": the comma would make the voice pause in the
middle of a number, so it is taken out here, in the one place numbers become words.
"""

from __future__ import annotations

from functools import lru_cache

from num2words import num2words

DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@lru_cache(maxsize=4096)
def cardinal(n: int) -> str:
    """'forty-five', 'one hundred and five', 'one thousand five hundred'."""
    return num2words(n, lang="en_GB").replace(",", "")


@lru_cache(maxsize=512)
def ordinal(n: int) -> str:
    """'twenty-first'."""
    return num2words(n, to="ordinal", lang="en_GB").replace(",", "")


@lru_cache(maxsize=512)
def year(n: int) -> str:
    """A year as people say it: 'nineteen forty-eight', 'two thousand and five', 'twenty ten'."""
    return num2words(n, to="year", lang="en_GB").replace("oh-", "oh ")


def decimal(text: str) -> str:
    """'2.5' -> 'two point five', '0.25' -> 'nought point two five' (digits after the point)."""
    whole, _, fraction = text.partition(".")
    head = "nought" if whole in ("", "0") and fraction else cardinal(int(whole.replace(",", "")))
    if not fraction:
        return head
    return f"{head} point {' '.join(DIGITS[int(d)] for d in fraction).replace('oh', 'zero')}"


def number(text: str) -> str:
    """Any written number: '1,500' -> 'one thousand five hundred', '2.5' -> 'two point five'."""
    return decimal(text) if "." in text else cardinal(int(text.replace(",", "")))


def digits(group: str) -> str:
    """A phone-number group digit by digit: '0161' -> 'oh one six one'."""
    return " ".join(DIGITS[int(d)] for d in group if d.isdigit())
