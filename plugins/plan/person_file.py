"""Read and validate person.yml, keeping the line of every setting for messages.

Table-driven: ``SETTINGS`` lists every setting once, with how to read it and what to say when it
is wrong; the sections (``needs:``, ``review:``, ``privacy:``) and the list of known keys come
from the same table, so a new setting is one row. Hand-written readers rather than a schema
library so each message says, in plain words, what is expected ("a number of points such as
20") and on which line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Problem
from .model import Change, Needs, Person, Privacy, Review
from .targets import locate
from .yaml_text import YamlReading, read_yaml

LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
VOICE_BACKENDS = ("piper", "gtts", "espeak")
LARGE_PRINT_RANGE = (18, 48)
SPEECH_RATE_RANGE = (0.5, 2.0)
LIST_NOT_SETTINGS = (
    "expected a list of settings, one on each line such as name: Margaret Hughes, but the "
    'lines start with "- "; take the "- " off the start of each setting'
)
MISSING = object()  # a setting that is not in the file at all (not even `key:`)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a list of settings"
    if isinstance(value, list):
        return "a list"
    return str(value)


class Checker:
    """Collects problems while turning parsed values into model values."""

    def __init__(self, file: Path, folder: Path, reading: YamlReading) -> None:
        self.file = file
        self.folder = folder
        self.reading = reading
        self.problems: list[Problem] = []

    def problem(self, path: tuple, message: str) -> None:
        field = ".".join(str(p) if not isinstance(p, int) else f"[{p + 1}]" for p in path)
        field = field.replace(".[", "[")
        line = self.reading.line_of(*path)
        self.problems.append(Problem(self.file, line, f"{field}: {message}" if field else message))

    def mapping(self, value: Any, path: tuple, allowed: tuple[str, ...]) -> dict:
        """A mapping whose keys must all be known: a typo must never be silently ignored."""
        if value is None or value is MISSING:
            return {}
        if not isinstance(value, dict):
            self.problem(
                path, f"expected a list of settings ({', '.join(allowed)}), got {_show(value)}"
            )
            return {}
        for key in value:
            if str(key) not in allowed:
                match = difflib.get_close_matches(str(key), list(allowed), n=1, cutoff=0.6)
                suggestion = f' (did you mean "{match[0]}"?)' if match else ""
                known = ", ".join(allowed)
                self.problem(
                    (*path, key), f"unknown setting{suggestion}; known settings are: {known}"
                )
        return {str(k): v for k, v in value.items() if str(k) in allowed}


# --- Readers: one per kind of value ---------------------------------------------------------

Reader = Callable[[Checker, Any, tuple], Any]


def text(what: str, default: str | None = None) -> Reader:
    def read(check: Checker, value: Any, path: tuple) -> str | None:
        if value is None or value is MISSING:
            return default
        if isinstance(value, (bool, dict, list)):
            check.problem(path, f"expected {what}, got {_show(value)}")
            return default
        words = str(value).strip()
        if not words:
            check.problem(path, f"expected {what}, got an empty value")
            return default
        return words

    return read


def choice(*choices: str) -> Reader:
    def read(check: Checker, value: Any, path: tuple) -> str | None:
        if value is None or value is MISSING:
            return None
        if value is False and "off" in choices:  # YAML 1.1 reads a bare `off` as false
            return "off"
        if isinstance(value, str) and value in choices:
            return value
        check.problem(path, f"expected one of {', '.join(choices)}, got {_show(value)}")
        return None

    return read


def flag(check: Checker, value: Any, path: tuple) -> bool | None:
    if value is None or value is MISSING:
        return None
    if isinstance(value, bool):
        return value
    check.problem(path, f"expected true or false, got {_show(value)}")
    return None


def number(what: str, bounds: tuple[float, float], whole: bool = False) -> Reader:
    def read(check: Checker, value: Any, path: tuple) -> float | None:
        if value is None or value is MISSING:
            return None
        if isinstance(value, str) and re.fullmatch(r"\d+,\d+", value.strip()):
            check.problem(path, f"expected {what}, got {_show(value)}: write it with a dot")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            check.problem(path, f"expected {what}, got {_show(value)}")
            return None
        low, high = bounds
        if not low <= value <= high:
            check.problem(path, f"expected {what} from {low:g} to {high:g}, got {value:g}")
            return None
        if whole and value != int(value):
            check.problem(path, f"expected a whole {what.removeprefix('a ')}, got {value:g}")
            return None
        return int(value) if whole else float(value)

    return read


def date(check: Checker, value: Any, path: tuple) -> dt.date | None:
    if value is None or value is MISSING:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    check.problem(
        path, f"expected a date written as year-month-day such as 2026-11-03, got {_show(value)}"
    )
    return None


def names(what: str, example: str = "[Sue, Amina]") -> Reader:
    one = what[:-1] if what.endswith("s") else what

    def read(check: Checker, value: Any, path: tuple) -> tuple[str, ...] | None:
        if value is None or value is MISSING:
            return None if value is MISSING else ()
        if not isinstance(value, list):
            check.problem(path, f"expected a list of {what} such as {example}, got {_show(value)}")
            return ()
        found = (text(f"a {one}")(check, item, (*path, i)) for i, item in enumerate(value))
        return tuple(name for name in found if name)

    return read


def language(check: Checker, value: Any, path: tuple) -> str | None:
    """A BCP 47 tag of a language planbook serves (plugins/i18n): cy, cy-GB, pl, pa-Guru, ur."""
    from ..i18n.languages import UnknownLanguage, language_of

    code = text("a language code such as en-GB")(check, value, path)
    if code and not LANGUAGE.match(code):
        check.problem(path, f'expected a language code such as en-GB, got "{code}"')
        return None
    if code:
        try:
            language_of(code)
        except UnknownLanguage as error:
            check.problem(path, str(error))
            return None
    return code


def voice(check: Checker, value: Any, path: tuple) -> str | None:
    spec = text("a voice such as piper, gtts:en or espeak:en-gb")(check, value, path)
    if spec and spec.split(":", 1)[0] not in VOICE_BACKENDS:
        check.problem(
            path,
            f'expected piper, piper:/path/to/voice.onnx, gtts:en or espeak:en-gb, got "{spec}"',
        )
        return None
    return spec


def changes(check: Checker, value: Any, path: tuple) -> tuple[Change, ...]:
    if value is None or value is MISSING:
        return ()
    if not isinstance(value, list):
        check.problem(path, "expected a list of changes, each with date, what and why")
        return ()
    out = []
    for index, item in enumerate(value):
        where = (*path, index)
        entry = check.mapping(item, where, CHANGE_KEYS)
        if not isinstance(item, dict):
            continue
        when = date(check, entry.get("date"), (*where, "date"))
        what = text("what changed, in the person's words")(
            check, entry.get("what"), (*where, "what")
        )
        why = text("why it changed, in the person's words")(
            check, entry.get("why"), (*where, "why")
        )
        for required, got in (("date", when), ("what", what)):
            if got is None and required not in entry:
                check.problem(
                    where, f"missing `{required}:`; each change needs a date and what changed"
                )
        if when and what:
            out.append(Change(date=when, what=what, why=why))
    return tuple(sorted(out, key=lambda c: c.date, reverse=True))


CHANGE_KEYS = ("date", "what", "why")


def pictures(check: Checker, value: Any, path: tuple) -> dict[str, str]:
    if value is None or value is MISSING:
        return {}
    if not isinstance(value, dict):
        check.problem(path, "expected names with their photo, e.g. `Sue: photos/sue.jpg`")
        return {}
    out: dict[str, str] = {}
    for key, raw in value.items():
        where = (*path, key)
        rel = text("a photo in the plan folder such as photos/sue.jpg")(check, raw, where)
        if rel is None:
            continue
        problem = picture_problem(check.folder, rel)
        if problem:
            check.problem(where, problem)
            continue
        out[str(key)] = rel
    return out


def say(check: Checker, value: Any, path: tuple) -> dict[str, str]:
    """`say: {Okafor: "oh-KAH-for"}`: how the voice should say words it gets wrong."""
    if value is None or value is MISSING:
        return {}
    if not isinstance(value, dict):
        check.problem(path, 'expected words with how to say them, e.g. `Okafor: "oh-KAH-for"`')
        return {}
    out: dict[str, str] = {}
    for key, raw in value.items():
        spoken = text('how to say it, such as "oh-KAH-for"')(check, raw, (*path, key))
        if spoken:
            out[str(key)] = spoken
    return out


def uses(check: Checker, value: Any, path: tuple) -> tuple[str, ...]:
    """`uses: [wheelchair, hearing-aid]`: values from the closed list in plugins/symbols/kit.py."""
    from ..symbols.kit import KIT  # the list lives beside the pictures it chooses

    if value is None or value is MISSING:
        return ()
    if not isinstance(value, list):
        check.problem(
            path, f"expected a list such as [wheelchair, hearing-aid], got {_show(value)}"
        )
        return ()
    out = []
    for index, item in enumerate(value):
        if not isinstance(item, str) or item not in KIT:
            match = difflib.get_close_matches(str(item), list(KIT), n=1, cutoff=0.6)
            maybe = f' (did you mean "{match[0]}"?)' if match else ""
            check.problem(
                (*path, index), f"unknown equipment {_show(item)}{maybe}; known: {', '.join(KIT)}"
            )
            continue
        out.append(item)
    return tuple(out)


def picture_problem(folder: Path, rel: str) -> str | None:
    """Why ``rel`` is not a file inside the person's folder, or None when it is.

    A plan may only use its own files: nothing from another person's folder may reach their site.
    """
    place = locate(folder, "person.yml", rel)
    if place.kind != "inside":
        return f'"{rel}" is outside this person\'s folder; put the file in their photos/ folder'
    if not place.exists:
        return f'"{rel}" does not exist in this person\'s folder'
    return None


# --- The table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    """One setting of person.yml: where it is, how it is read, what it means."""

    path: tuple[str, ...]
    read: Reader
    meaning: str


SETTINGS: tuple[Setting, ...] = (
    Setting(("name",), text("the person's full name such as Margaret Hughes"), "full name"),
    Setting(
        ("called",),
        text("the name they like to be called such as Peggy"),
        "what they like to be called",
    ),
    Setting(("language",), language, "language code"),
    Setting(
        ("needs", "large_print"),
        number("a number of points such as 20", LARGE_PRINT_RANGE, whole=True),
        "booklet text size in points",
    ),
    Setting(("needs", "symbols"), choice("off", "headings", "key-words"), "pictures"),
    Setting(("needs", "audio"), flag, "Listen buttons"),
    Setting(("needs", "contrast"), choice("standard", "high"), "colours"),
    Setting(("review", "last"), date, "when the plan was last checked together"),
    Setting(("review", "next"), date, "when it will be checked next"),
    Setting(
        ("review", "how"),
        text("a sentence on how the plan is checked together"),
        "how it is checked",
    ),
    Setting(("changes",), changes, "you said, we did"),
    Setting(("people",), names("names"), "names in the plan"),
    Setting(("pictures",), pictures, "their own photos"),
    Setting(("voice",), voice, "the speaking voice"),
    Setting(
        ("speech_rate",),
        number("a speaking pace such as 1.0 (lower is slower)", SPEECH_RATE_RANGE),
        "how fast the voice speaks",
    ),
    Setting(("privacy", "encrypt"), flag, "encryption"),
    Setting(("nav",), names("page files", "[01-about-me.md, 02-my-mornings.md]"), "page order"),
    Setting(("uses",), uses, "their own equipment"),
    Setting(("say",), say, "how the voice says names"),
)
TOP_KEYS = tuple(dict.fromkeys(s.path[0] for s in SETTINGS))
SECTION_KEYS = {
    section: tuple(s.path[1] for s in SETTINGS if s.path[0] == section and len(s.path) > 1)
    for section in TOP_KEYS
    if any(len(s.path) > 1 and s.path[0] == section for s in SETTINGS)
}


def _values(check: Checker, data: dict) -> dict[tuple[str, ...], Any]:
    """Every setting's checked value (None when absent or wrong), from the table."""
    top = check.mapping(data, (), TOP_KEYS)
    sections = {
        name: check.mapping(top.get(name), (name,), keys) for name, keys in SECTION_KEYS.items()
    }
    values = {}
    for setting in SETTINGS:
        head, *rest = setting.path
        holder = sections[head] if rest else top
        raw = holder.get(rest[0] if rest else head, MISSING)
        values[setting.path] = setting.read(check, raw, setting.path)
    return values


# --- Rules across settings ------------------------------------------------------------------


def _name_is_given(check: Checker, top: dict, values: dict) -> None:
    if "name" not in top:
        check.problems.append(
            Problem(
                check.file,
                None,
                "name: missing: write the person's full name, e.g. `name: Margaret Hughes`",
            )
        )
    elif top["name"] is None:  # `name:` with nothing after it
        check.problem(
            ("name",), "empty: write the person's full name, e.g. `name: Margaret Hughes`"
        )


def _review_in_order(check: Checker, top: dict, values: dict) -> None:
    last, upcoming = values[("review", "last")], values[("review", "next")]
    if last and upcoming and upcoming < last:
        check.problem(
            ("review", "next"),
            f"the next review ({upcoming}) is before the last one ({last})",
        )


CROSS_CHECKS = (_name_is_given, _review_in_order)


def _person(values: dict) -> Person:
    def get(*path: str, default: Any = None) -> Any:
        value = values[path]
        return default if value is None else value

    name = values[("name",)]
    return Person(
        name=name,
        called=get("called", default=name.split()[0]),
        language=get("language", default="en-GB"),
        needs=Needs(
            large_print=get("needs", "large_print", default=Needs.large_print),
            symbols=get("needs", "symbols", default=Needs.symbols),
            audio=get("needs", "audio", default=Needs.audio),
            contrast=get("needs", "contrast", default=Needs.contrast),
        ),
        review=Review(
            last=values[("review", "last")],
            next=values[("review", "next")],
            how=values[("review", "how")],
        ),
        changes=values[("changes",)],
        people=values[("people",)] or (),
        pictures=values[("pictures",)],
        voice=get("voice", default="piper"),
        speech_rate=get("speech_rate", default=1.0),
        privacy=Privacy(encrypt=get("privacy", "encrypt", default=True)),
        nav=values[("nav",)],
        uses=values[("uses",)],
        say=values[("say",)],
    )


@dataclass
class PersonFile:
    """person.yml read once: its text, every value with its line, and what is wrong with it."""

    file: Path
    text: str = ""
    reading: YamlReading | None = None
    person: Person | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def lines(self) -> dict[tuple, int]:
        return self.reading.lines if self.reading else {}

    def line_of(self, *path: Any) -> int | None:
        return self.reading.line_of(*path) if self.reading else None


def read_person_file(file: Path, folder: Path) -> PersonFile:
    """person.yml -> its Person, or every problem found (never just the first)."""
    try:
        raw_bytes = file.read_bytes()
    except FileNotFoundError:
        message = "missing: every plan folder needs a person.yml with at least `name:`"
        return PersonFile(file, problems=(Problem(file, None, message),))
    except OSError as error:
        return PersonFile(
            file, problems=(Problem(file, None, f"cannot be read ({error.strerror})"),)
        )
    try:
        text_ = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw_bytes[: error.start].count(b"\n") + 1
        message = "is not UTF-8 text: save it again as UTF-8"
        return PersonFile(file, problems=(Problem(file, line, message),))
    reading = read_yaml(text_, file)
    found = PersonFile(file, text_, reading)
    if reading.problems and reading.data is None:
        found.problems = tuple(reading.problems)
        return found
    data = {} if reading.data is None else reading.data
    check = Checker(file, folder, reading)
    check.problems += reading.problems
    if not isinstance(data, dict):
        if isinstance(data, list):
            check.problem((), LIST_NOT_SETTINGS)
        elif not reading.problems:  # a line without a colon has already been named
            check.mapping(data, (), TOP_KEYS)
        found.problems = tuple(_in_line_order(check.problems))
        return found
    values = _values(check, data)
    for rule in CROSS_CHECKS:
        rule(check, data, values)
    if check.problems or not values[("name",)]:
        found.problems = tuple(_in_line_order(check.problems))
        return found
    found.person = _person(values)
    return found


def _in_line_order(problems: list[Problem]) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: p.line or 0)


def read_person(file: Path, folder: Path) -> tuple[Person | None, list[Problem]]:
    """person.yml -> Person, or every problem found (the older two-value form)."""
    found = read_person_file(file, folder)
    return found.person, list(found.problems)
