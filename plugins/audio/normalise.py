"""Written text to the words a person would say aloud, in British English.

A voice reads "£3.50, 2 x 5mg, 8-9am, (01632) 960123" as symbols, letters and long numbers; an
older listener needs "three pounds fifty, two five-milligram tablets, eight to nine in the
morning, oh one six three two, nine six oh, one two three". Each rule is one function below,
applied in an order where a more specific pattern (a phone number, a date, a time, money, a
dose) is read before the general ones (ranges, then any number left).

The person's own ``say:`` (person.yml) is applied first and kept away from every other rule,
so a name is always said the way they asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..plan.dates import MONTHS, WEEKDAYS
from .numbers import cardinal, decimal, digits, number, ordinal, year

Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]

MONTH_NAMES = (
    {m.lower(): m for m in MONTHS} | {m[:3].lower(): m for m in MONTHS} | {"sept": "September"}
)
DAY_NAMES = {d[:3].lower(): d for d in WEEKDAYS} | {d.lower(): d for d in WEEKDAYS}
DAY_NAMES |= {"tues": "Tuesday", "weds": "Wednesday", "thur": "Thursday", "thurs": "Thursday"}
MONTH_RE = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
DAY_RE = "|".join(sorted(DAY_NAMES, key=len, reverse=True))
DASH = r"\s?(?:-|–|—|to)\s?"  # a range: 8-9, 8 – 9, 8 to 9
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"\be\.\s?g\.?(?=\W|$)", "for example"),
    (r"\bi\.\s?e\.?(?=\W|$)", "that is"),
    (r"\betc\.?(?=\W|$)", "and so on"),
    (r"\bapprox\.?(?=\W|$)", "about"),
    (r"\bDr\.?(?=\s+[A-Z\ue000])", "doctor"),
    (r"\bMrs\.?(?=\s+[A-Z\ue000])", "missus"),
    (r"\bMr\.?(?=\s+[A-Z\ue000])", "mister"),
    (r"\bMs\.?(?=\s+[A-Z\ue000])", "miz"),
    (r"\bSt\.?(?=\s+[A-Z\ue000])", "Saint"),
    (r"(?<=[a-z] )St\b", "Street"),  # "High St"
    (r"\bRd\b", "Road"),
    (r"\bAve\b", "Avenue"),
    (r"\bNo\.(?=\s*\d)", "number"),
    (r"\b[Tt]el(?:\.|:|\b)", "telephone"),
    (r"\b[Aa]ppt\b\.?", "appointment"),
    (r"\bA\s?&\s?E\b", "A and E"),
    (r"\bGPs\b", "G Ps"),
    (r"\bGP\b", "G P"),
    (r"\bNHS\b", "N H S"),
    (r"\bOT\b", "O T"),
    (r"\bTV\b", "T V"),
    (r"\bvs\.?(?=\s)", "versus"),
    (r"\s&\s", " and "),
    (r"\s\+\s", " and "),
)

UNITS = {  # written unit -> (one, many)
    "mg": ("milligram", "milligrams"),
    "mcg": ("microgram", "micrograms"),
    "µg": ("microgram", "micrograms"),
    "ug": ("microgram", "micrograms"),
    "g": ("gram", "grams"),
    "kg": ("kilogram", "kilograms"),
    "ml": ("millilitre", "millilitres"),
    "l": ("litre", "litres"),
    "mmol/l": ("millimole per litre", "millimoles per litre"),
    "iu": ("unit", "units"),
    "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"),
    "m": ("metre", "metres"),
    "km": ("kilometre", "kilometres"),
    "kcal": ("calorie", "calories"),
    "st": ("stone", "stone"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"),
    "mph": ("mile an hour", "miles an hour"),
    "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"),
    "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"),
    "sec": ("second", "seconds"),
    "secs": ("second", "seconds"),
    "wk": ("week", "weeks"),
    "wks": ("week", "weeks"),
    "yr": ("year", "years"),
    "yrs": ("year", "years"),
}
UNIT_RE = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
FORMS = {"tablet", "tablets", "capsule", "capsules", "sachet", "sachets", "puff", "puffs"}
FRACTIONS = {
    (1, 2): ("half", "halves"),
    (1, 3): ("a third", "thirds"),
    (2, 3): ("two thirds", "thirds"),
    (1, 4): ("a quarter", "quarters"),
    (3, 4): ("three quarters", "quarters"),
}
UNICODE_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}
COUNTED = r"(?:steps|people|calories|words|times|miles|pounds|metres|yards|feet|points)"
TIME_WORDS = r"(?:at|from|until|till|by|before|after|around|about|between|and|or|to)"


# -- dates ---------------------------------------------------------------------------------


def spoken_date(day: int, month: int, year_number: int | None) -> str | None:
    """'the sixth of October, twenty twenty-six'; None when it is not a real date."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    words = f"the {ordinal(day)} of {MONTHS[month - 1]}"
    return words + (f", {year(year_number)}" if year_number else "")


def _month(name: str) -> int:
    return MONTHS.index(MONTH_NAMES[name.lower().rstrip(".")]) + 1


def _day_month(m: re.Match[str]) -> str:
    words = spoken_date(int(m["d"]), _month(m["m"]), int(m["y"]) if m["y"] else None)
    if words and m["the"] and m["the"][0] == "T":  # "The 1st of May" -> "The first of May"
        words = "T" + words[1:]
    return words or m[0]


def _slash_date(m: re.Match[str]) -> str:
    yr = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
    return spoken_date(int(m[1]), int(m[2]), yr) or m[0]


# -- times ---------------------------------------------------------------------------------


def _part_of_day(hour: int, period: str) -> str:
    if period == "a":
        return "in the morning"
    if hour == 12 or hour < 6:
        return "in the afternoon"
    return "in the evening" if hour < 9 else "at night"


def clock(hour: int, minute: int) -> str:
    """'half past eight', 'quarter to six', 'ten past seven', 'seven oh seven'; hour 1..12."""
    name, next_hour = cardinal(hour), cardinal(hour % 12 + 1)
    if minute == 0:
        return name
    if minute == 15:
        return f"quarter past {name}"
    if minute == 30:
        return f"half past {name}"
    if minute == 45:
        return f"quarter to {next_hour}"
    if minute % 5 == 0:
        return (
            f"{cardinal(minute)} past {name}"
            if minute < 30
            else f"{cardinal(60 - minute)} to {next_hour}"
        )
    return f"{name} {'oh ' + cardinal(minute) if minute < 10 else cardinal(minute)}"


def spoken_time(hour: int, minute: int, period: str | None, oclock: bool = False) -> str | None:
    """'half past eight in the morning', 'two in the afternoon', 'twelve noon', 'midnight'.

    ``period`` is 'a' or 'p' (am/pm) or None for a 24-hour or bare time.
    """
    if minute > 59 or hour > 23 or (period and not 1 <= hour <= 12):
        return None
    if period is None and hour > 12:
        period, hour = "p", hour - 12
    elif period is None and hour == 0:
        period, hour = "a", 12
    elif period is None and hour == 12 and minute == 0 and not oclock:
        return "twelve noon"
    if period == "p" and hour == 12 and minute == 0:
        return "twelve noon"
    if period == "a" and hour == 12 and minute == 0:
        return "midnight"
    words = clock(hour, minute)
    if minute == 0 and (oclock or period is None):
        words += " o'clock"
    return f"{words} {_part_of_day(hour, period)}" if period else words


NAMED_TIMES = ("twelve noon", "midnight")


def _period(m: re.Match[str], name: str) -> str | None:
    value = m[name]
    return value[0].lower() if value else None


def _time_range(m: re.Match[str]) -> str:
    """'8-9am' -> 'eight to nine in the morning'; '9am-5pm' -> '... morning to five in the ...'."""
    h1, m1, h2, m2 = int(m["h1"]), int(m["m1"] or 0), int(m["h2"]), int(m["m2"] or 0)
    p2 = _period(m, "p2")
    p1 = _period(m, "p1") or p2
    if p2 is None or not (1 <= h1 <= 12 and 1 <= h2 <= 12 and m1 < 60 and m2 < 60):
        return m[0]
    first, second = clock(h1, m1), spoken_time(h2, m2, p2)
    if second is None:
        return m[0]
    # The part of the day is said once when the first time has none of its own ("8-9am") or
    # shares it ("8am-9am"); "9am-5pm" says both.
    if m["p1"] and (_part_of_day(h1, p1) != _part_of_day(h2, p2) or second in NAMED_TIMES):
        first = spoken_time(h1, m1, p1) or first
    return _keep_stop(m, f"{first} to {second}")


def _keep_stop(m: re.Match[str], words: str) -> str:
    """'at 9 a.m. Then' keeps the full stop that 'a.m.' shared with the end of its sentence."""
    ends_sentence = m[0].endswith(".") and re.match(r"\s+[A-Z]|\s*$", m.string[m.end() :])
    return words + "." if ends_sentence else words


def _time_ampm(m: re.Match[str]) -> str:
    words = spoken_time(int(m["h"]), int(m["m"] or 0), m["p"][0].lower())
    if words is None:
        return m[0]
    return _keep_stop(m, words)


def _bare_time(m: re.Match[str]) -> str:
    """'at 8.30' -> 'at half past eight' (a bare time only after a word such as 'at')."""
    hour, minute = int(m["h"]), int(m["m"])
    if not 1 <= hour <= 12 or minute > 59:
        return m[0]
    return f"{m['w']} {clock(hour, minute)}"


# -- phone numbers -------------------------------------------------------------------------


def spoken_phone(number_text: str) -> str:
    """Digit by digit, in the groups people read them in, a pause (comma) between groups."""
    text = re.sub(r"^\+44\s?(?:\(0\))?\s?", "0", number_text.strip())
    groups = [g for g in re.split(r"[\s\-()]+", text) if g]
    if len(groups) == 1 and len(groups[0]) in (10, 11):  # "07700900123" -> 07700 900 123
        g = groups[0]
        groups = [g[:3], g[3:7], g[7:]] if g.startswith("02") else [g[:5], g[5:]]
    out: list[str] = []
    for group in groups:
        while len(group) > 5:  # "960123" -> "960 123": nobody holds six digits in mind
            out.append(group[:3])
            group = group[3:]
        out.append(group)
    return ", ".join(digits(g) for g in out if g)


PHONE = re.compile(r"(?<![\w.:/£$-])(?:\+44\s?(?:\(0\)\s?)?|\()?\d[\d \-()]*\d")


def _phone(m: re.Match[str]) -> str:
    """A UK number (10 or 11 digits with its 0; +44 stands for the 0) read in groups; the rest
    of what the pattern caught is left for the other rules."""
    text = m[0]
    plus = text.startswith("+44")
    body = re.sub(r"^\+44\s?(?:\(0\)\s?)?", "", text) if plus else text
    if not plus and not body.lstrip("(").startswith("0"):
        return text
    count, end = (1 if plus else 0), None
    offset = len(text) - len(body)
    for group in re.finditer(r"\d+", body):
        count += len(group[0])
        if count > 11:
            break
        if count >= 10:
            end = offset + group.end()
    if end is None:
        return text
    end += 1 if text[end : end + 1] == ")" else 0
    return spoken_phone(text[:end]) + text[end:]


# -- money, doses, fractions, numbers -----------------------------------------------------


def _money(m: re.Match[str]) -> str:
    pounds_text, pence_text = m["pounds"].replace(",", ""), m["pence"] or ""
    suffix = m["big"]
    if suffix:
        scale = {"k": "thousand", "m": "million", "bn": "billion"}[suffix.lower()]
        amount = f"{pounds_text}.{pence_text}" if pence_text else pounds_text
        return f"{number(amount)} {scale} pounds"
    pounds = int(pounds_text)
    pence = int(pence_text.ljust(2, "0")) if pence_text else 0
    if pounds == 0 and pence:
        return f"{cardinal(pence)} pence" if pence != 1 else "one penny"
    words = f"{cardinal(pounds)} {'pound' if pounds == 1 else 'pounds'}"
    return f"{words} {cardinal(pence)}" if pence else words


def _pence(m: re.Match[str]) -> str:
    n = int(m[1])
    return "one penny" if n == 1 else f"{cardinal(n)} pence"


def _unit(amount: str, unit: str, adjective: bool = False) -> str:
    one, many = UNITS[unit.lower()]
    if adjective:  # "a five-milligram tablet"
        return f"{number(amount).replace(' ', '-')}-{one}"
    return f"{number(amount)} {one if amount in ('1', '1.0') else many}"


def _dose(m: re.Match[str]) -> str:
    """'2 x 5mg' -> 'two five-milligram tablets' ('capsules' when the text says so)."""
    count, amount, unit, form = int(m["n"]), m["a"], m["u"], (m["form"] or "").lower()
    noun = form.rstrip("s") if form else "tablet"
    noun = noun if count == 1 else noun + "s"
    return f"{cardinal(count)} {_unit(amount, unit, adjective=True)} {noun}"


def _measure(m: re.Match[str]) -> str:
    return _unit(m["a"], m["u"])


def _fraction(m: re.Match[str]) -> str:
    whole, top, bottom = m["w"], int(m["t"]), int(m["b"])
    words = FRACTIONS.get((top, bottom))
    if words is None:
        return m[0]
    part = words[0]
    if whole:
        part = {"half": "a half"}.get(part, part)
        return f"{cardinal(int(whole))} and {part}"
    return part


def _range(m: re.Match[str]) -> str:
    """'3-4 times' -> 'three to four times'; '1939-1945' -> 'nineteen thirty-nine to ...'."""
    years = all(len(x) == 4 and x.isdigit() and 1100 <= int(x) <= 2099 for x in (m[1], m[2]))
    say = year if years else lambda x: number(str(x))
    joined = "and" if re.search(r"\bbetween\s$", m.string[: m.start()]) else "to"
    return f"{say(int(m[1]) if years else m[1])} {joined} {say(int(m[2]) if years else m[2])}"


def _day_range(m: re.Match[str]) -> str:
    return f"{DAY_NAMES[m[1].lower()]} to {DAY_NAMES[m[2].lower()]}"


def _times(m: re.Match[str]) -> str:
    n = int(m[1])
    return {1: "once", 2: "twice"}.get(n, f"{cardinal(n)} times")


def _year_or_number(m: re.Match[str]) -> str:
    text = m["n"]
    value = int(text)
    if len(text) == 4 and 1100 <= value <= 2099 and not m["counted"]:
        return year(value)
    return cardinal(value) + (m["counted"] or "")


def _ordinal(m: re.Match[str]) -> str:
    return ordinal(int(m[1]))


def _email(m: re.Match[str]) -> str:
    user, domain = m[1], m[2]
    return f"{user} at {' dot '.join(domain.split('.'))}"


def _web(m: re.Match[str]) -> str:
    address = re.sub(r"^https?://", "", m[0]).rstrip("/")
    parts = address.split("/")
    host = " dot ".join(
        " ".join(p.upper()) if p.lower() in ("www", "uk", "nhs", "gov", "co", "org") else p
        for p in parts[0].split(".")
    )
    return host + "".join(f" slash {p}" for p in parts[1:] if p)


RULES: tuple[Rule, ...] = (
    # web and e-mail addresses, before anything reads their dots and digits
    (re.compile(r"\b([\w.+-]+)@([\w-]+(?:\.[\w-]+)+)\b"), _email),
    (
        re.compile(r"\b(?:https?://|www\.)[\w.-]+\.[a-z]{2,}(?:/[\w./-]*)?", re.I),
        _web,
    ),
    # phone numbers: UK numbers start 0 or +44, an area code may be in brackets
    (PHONE, _phone),
    (
        re.compile(r"\b(999|111|112|101|119)\b(?!\s+(?:years?|people|times)\b)"),
        lambda m: digits(m[1]).replace("oh", "zero"),
    ),
    # dates
    (
        re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        lambda m: spoken_date(int(m[3]), int(m[2]), int(m[1])) or m[0],
    ),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"), _slash_date),
    (
        re.compile(
            rf"(?P<the>\b[Tt]he\s+)?\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})\.?"
            rf"(?:,?\s+(?P<y>\d{{4}}))?\b",
            re.I,
        ),
        _day_month,
    ),
    (
        re.compile(
            rf"\b(?P<m>{MONTH_RE})\.?\s+(?P<the>[Tt]he\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)"
            rf"(?:,?\s+(?P<y>\d{{4}}))?\b",
            re.I,
        ),
        _day_month,
    ),
    (
        re.compile(rf"\b(?P<m>{MONTH_RE})\.?,?\s+(?P<y>(?:1[89]|20)\d\d)\b", re.I),
        lambda m: f"{MONTH_NAMES[m['m'].lower()]} {year(int(m['y']))}",
    ),
    # times: ranges first ("8-9am", "5.30-6pm", "9am-5pm"), then single times
    (
        re.compile(
            r"\b(?P<h1>\d{1,2})(?:[.:](?P<m1>\d{2}))?\s?(?P<p1>[ap]m\b|[ap]\.\s?m\.)?"
            + DASH
            + r"(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\s?(?P<p2>[ap]m\b|[ap]\.\s?m\.)",
            re.I,
        ),
        _time_range,
    ),
    (
        re.compile(r"\b(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s?(?P<p>[ap]m\b|[ap]\.\s?m\.)", re.I),
        _time_ampm,
    ),
    (
        re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b"),
        lambda m: spoken_time(int(m[1]), int(m[2]), None) or m[0],
    ),
    (
        re.compile(rf"\b(?P<w>{TIME_WORDS})\s(?P<h>\d{{1,2}})\.(?P<m>[0-5]\d)\b(?!\.\d)", re.I),
        _bare_time,
    ),
    # days
    (re.compile(rf"\b({DAY_RE})\.?{DASH}({DAY_RE})\b", re.I), _day_range),
    (
        re.compile(r"\b(Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat)\b\.?"),
        lambda m: DAY_NAMES[m[1].lower()],
    ),
    # money
    (
        re.compile(
            r"£\s?(?P<pounds>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<pence>\d{1,2}))?(?P<big>k|m|bn)?\b",
            re.I,
        ),
        _money,
    ),
    (re.compile(r"\b(\d{1,2})\s?p\b"), _pence),
    # ordinals ("3rd floor"), before "st" can be read as stone
    (re.compile(r"\b(\d+)(?:st|nd|rd|th)\b"), _ordinal),
    # medicine and measures
    (
        re.compile(
            rf"\b(?P<n>\d{{1,2}})\s?[x×]\s?(?P<a>{NUM})\s?(?P<u>{UNIT_RE})\b"
            rf"(?:\s(?P<form>tablets?|capsules?|sachets?|puffs?)\b)?",
            re.I,
        ),
        _dose,
    ),
    (re.compile(r"\b(\d+)\s?[x×]\s?(?=(?:a|per|each|every)\s)", re.I), _times),
    (re.compile(r"\b(\d+)x\b", re.I), _times),
    (re.compile(rf"(?<![\w.])(?P<a>{NUM})\s?(?P<u>{UNIT_RE})\b(?!['’]\w)", re.I), _measure),
    (re.compile(rf"({NUM})\s?%"), lambda m: f"{number(m[1])} per cent"),
    (re.compile(rf"({NUM})\s?°\s?[CF]?\b"), lambda m: f"{number(m[1])} degrees"),
    # fractions, 24/7
    (re.compile(r"\b24\s?/\s?7\b"), lambda m: "twenty-four seven"),
    (re.compile(r"\b(?:(?P<w>\d+)\s)?(?P<t>\d)/(?P<b>\d)\b"), _fraction),
    # ranges of numbers, then anything numeric left
    (re.compile(rf"(?<![\w.])({NUM}){DASH}({NUM})\b(?![.:]\d)"), _range),
    (re.compile(r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+\.\d+\b"), lambda m: number(m[0])),
    (re.compile(rf"\b(?P<n>\d+)\b(?P<counted>\s{COUNTED}\b)?"), _year_or_number),
)


def _protect(text: str, say: Mapping[str, str], first: int = 0) -> tuple[str, list[str]]:
    """The person's own words for names, swapped out so no other rule touches them."""
    kept: list[str] = []
    for written in sorted(say, key=len, reverse=True):
        pattern = re.compile(rf"(?<!\w){re.escape(written)}(?!\w)", re.I)

        def keep(_: re.Match[str], spoken: str = say[written]) -> str:
            kept.append(spoken)
            return f"\ue000{chr(0xE100 + first + len(kept) - 1)}\ue001"

        text = pattern.sub(keep, text)
    return text, kept


BARE_ADDRESS = re.compile(r"(?<![\w@])[a-z0-9-]+(?:\.[a-z0-9-]+)+/[\w./-]*[\w/]")


def shield(text: str, say: Mapping[str, str]) -> tuple[str, list[str]]:
    """The person's `say:` words swapped out of ``text``, to be put back by ``restore``."""
    return _protect(text, say)


def restore(text: str, kept: list[str]) -> str:
    return re.sub("\ue000(.)\ue001", lambda m: kept[ord(m[1]) - 0xE100], text)


def for_speech(text: str, say: Mapping[str, str] | None = None, language: str = "en") -> str:
    """The words to speak for one piece of written text (a heading, a sentence, a table row),
    in British English, or in the language of the page (languages.py)."""
    if language != "en":
        from .languages import for_language

        return for_language(text, language, say)
    text, kept = _protect(text, say or {})
    # a web address without www (creativecommons.org/licenses/by/4.0) is left as written
    text, more = _protect(text, {m[0]: m[0] for m in BARE_ADDRESS.finditer(text)}, len(kept))
    kept += more
    for written, value in UNICODE_FRACTIONS.items():
        text = re.sub(rf"(\d)?\s?{written}", lambda m, v=value: f"{m[1]} {v}" if m[1] else v, text)
    for pattern, speak in RULES:
        text = pattern.sub(speak, text)
    for pattern, words in ABBREVIATIONS:
        text = re.sub(pattern, words, text)
    # "tea/coffee" -> "tea or coffee"; a web address (creativecommons.org/licenses) is left alone
    text = re.sub(r"(?<![\w./])([A-Za-z]+)\s*/\s*([A-Za-z]+)(?![\w/]|\.\w)", r"\1 or \2", text)
    text = re.sub("\ue000(.)\ue001", lambda m: kept[ord(m[1]) - 0xE100], text)
    return re.sub(r"\s+", " ", text).strip()


__all__ = ["for_speech", "spoken_date", "spoken_time", "spoken_phone", "decimal"]
