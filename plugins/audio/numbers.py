"""Numbers as words, for the few places where a voice would read digits badly."""

from __future__ import annotations

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINAL_ONES = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_TENS = ["_", "_", "twentieth", "thirtieth"]
DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def cardinal(n: int) -> str:
    """0..99 in words: 'forty-five'."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def ordinal(n: int) -> str:
    """1..31 as spoken in a date: 'twenty-first'."""
    if n < 20:
        return ORDINAL_ONES[n]
    tens, ones = divmod(n, 10)
    return ORDINAL_TENS[tens] if not ones else f"{TENS[tens]}-{ORDINAL_ONES[ones]}"


def year(n: int) -> str:
    """A year as people say it: 'twenty twenty-six', 'two thousand and five', 'nineteen ninety'."""
    if 2000 <= n < 2010:
        return "two thousand" + (f" and {ONES[n - 2000]}" if n > 2000 else "")
    high, low = divmod(n, 100)
    if low == 0:
        return f"{cardinal(high)} hundred"
    return f"{cardinal(high)} {'oh ' + ONES[low] if low < 10 else cardinal(low)}"


def digits(group: str) -> str:
    """A phone-number group digit by digit: '0161' -> 'oh one six one'."""
    return " ".join(DIGITS[int(d)] for d in group if d.isdigit())
