"""Read and validate person.yml, keeping the line of every field for messages.

Hand-written rather than a schema library so each message says, in plain words, what is
expected ("a number of points such as 20") and on which line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem
from .model import Change, Needs, Person, Privacy, Review

LANGUAGE = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")
VOICE_BACKENDS = ("piper", "gtts", "espeak")
LARGE_PRINT_RANGE = (18, 48)
SPEECH_RATE_RANGE = (0.5, 2.0)


def _parse(text: str) -> tuple[Any, dict[tuple, int]]:
    """YAML to Python values, and a map from key path (("needs", "audio")) to line number."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: dict[tuple, int] = {}

    def walk(n: yaml.Node, path: tuple) -> None:
        lines.setdefault(path, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            for key_node, value_node in n.value:
                child = (*path, key_node.value)
                lines[child] = key_node.start_mark.line + 1
                walk(value_node, child)
        elif isinstance(n, yaml.SequenceNode):
            for index, item in enumerate(n.value):
                walk(item, (*path, index))

    if node is not None:
        walk(node, ())
    return value, lines


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


class _Checker:
    """Collects problems while turning parsed values into model objects."""

    def __init__(self, file: Path, lines: dict[tuple, int]) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(self, path: tuple, message: str) -> None:
        line = self.lines.get(path)
        field = ".".join(str(p) if not isinstance(p, int) else f"[{p + 1}]" for p in path)
        field = field.replace(".[", "[")
        self.problems.append(Problem(self.file, line, f"{field}: {message}" if field else message))

    def mapping(self, value: Any, path: tuple, allowed: dict[str, str]) -> dict:
        """A mapping whose keys must all be known: a typo must never be silently ignored."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(
                path, f"expected a list of settings ({', '.join(allowed)}), got {_show(value)}"
            )
            return {}
        for key in value:
            if key not in allowed:
                hint = _closest(str(key), allowed)
                suggestion = f' (did you mean "{hint}"?)' if hint else ""
                known = ", ".join(allowed)
                self.problem(
                    (*path, key), f"unknown setting{suggestion}; known settings are: {known}"
                )
        return {k: v for k, v in value.items() if k in allowed}

    def text(self, value: Any, path: tuple, what: str, default: str | None = None) -> str | None:
        if value is None:
            return default
        if isinstance(value, bool) or isinstance(value, (dict, list)):
            self.problem(path, f"expected {what}, got {_show(value)}")
            return default
        text = str(value).strip()
        if not text:
            self.problem(path, f"expected {what}, got an empty value")
            return default
        return text

    def choice(self, value: Any, path: tuple, choices: tuple[str, ...], default: str) -> str:
        if value is None:
            return default
        if value is False and "off" in choices:  # YAML 1.1 reads a bare `off` as false
            return "off"
        if isinstance(value, str) and value in choices:
            return value
        self.problem(path, f"expected one of {', '.join(choices)}, got {_show(value)}")
        return default

    def flag(self, value: Any, path: tuple, default: bool) -> bool:
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        self.problem(path, f"expected true or false, got {_show(value)}")
        return default

    def number(
        self, value: Any, path: tuple, what: str, bounds: tuple[float, float], default: float
    ) -> float:
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(path, f"expected {what}, got {_show(value)}")
            return default
        low, high = bounds
        if not low <= value <= high:
            self.problem(path, f"expected {what} from {low:g} to {high:g}, got {value:g}")
            return default
        return value

    def date(self, value: Any, path: tuple) -> dt.date | None:
        if value is None:
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
        self.problem(
            path,
            f"expected a date written as year-month-day such as 2026-11-03, got {_show(value)}",
        )
        return None

    def names(self, value: Any, path: tuple, what: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(
                path, f"expected a list of {what} such as [Sue, Amina], got {_show(value)}"
            )
            return ()
        out = []
        for index, item in enumerate(value):
            name = self.text(item, (*path, index), f"a {what[:-1] if what.endswith('s') else what}")
            if name:
                out.append(name)
        return tuple(out)


def _closest(key: str, allowed: dict[str, str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    return match[0] if match else None


TOP_KEYS = {
    "name": "full name",
    "called": "what they like to be called",
    "language": "language code",
    "needs": "how they want information",
    "review": "when the plan is checked together",
    "changes": "you said, we did",
    "people": "names in the plan",
    "pictures": "their own photos",
    "voice": "the speaking voice",
    "say": "how the voice says names",
    "speech_rate": "how fast the voice speaks",
    "privacy": "encryption",
    "nav": "page order",
    "uses": "their own equipment",
}
NEEDS_KEYS = {"large_print": "", "symbols": "", "audio": "", "contrast": ""}
REVIEW_KEYS = {"last": "", "next": "", "how": ""}
CHANGE_KEYS = {"date": "", "what": "", "why": ""}
PRIVACY_KEYS = {"encrypt": ""}


def read_person(file: Path, folder: Path) -> tuple[Person | None, list[Problem]]:
    """person.yml -> Person, or every problem found (never just the first)."""
    try:
        raw_bytes = file.read_bytes()
    except FileNotFoundError:
        return None, [
            Problem(
                file, None, "missing: every plan folder needs a person.yml with at least `name:`"
            )
        ]
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw_bytes[: error.start].count(b"\n") + 1
        return None, [Problem(file, line, "is not UTF-8 text: save it again as UTF-8")]
    try:
        data, lines = _parse(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or "not valid YAML"
        return None, [
            Problem(
                file,
                mark.line + 1 if mark else None,
                f"not valid YAML ({reason}); check the indentation and colons",
            )
        ]

    check = _Checker(file, lines)
    if data is None:
        data = {}
    top = check.mapping(data, (), TOP_KEYS)
    if not isinstance(data, dict):
        return None, check.problems

    name = check.text(top.get("name"), ("name",), "the person's full name such as Margaret Hughes")
    if "name" not in top:
        check.problems.append(
            Problem(
                file,
                None,
                "name: missing: write the person's full name, e.g. `name: Margaret Hughes`",
            )
        )
    elif top["name"] is None:  # `name:` with nothing after it
        check.problem(
            ("name",), "empty: write the person's full name, e.g. `name: Margaret Hughes`"
        )
    called = check.text(
        top.get("called"), ("called",), "the name they like to be called such as Peggy"
    )
    language = check.text(
        top.get("language"), ("language",), "a language code such as en-GB", "en-GB"
    )
    if language and not LANGUAGE.match(language):
        check.problem(("language",), f'expected a language code such as en-GB, got "{language}"')
        language = "en-GB"

    raw_needs = check.mapping(top.get("needs"), ("needs",), NEEDS_KEYS)
    large_print = check.number(
        raw_needs.get("large_print"),
        ("needs", "large_print"),
        "a number of points such as 20",
        LARGE_PRINT_RANGE,
        Needs.large_print,
    )
    if large_print != int(large_print):
        check.problem(
            ("needs", "large_print"),
            f"expected a whole number of points such as 20, got {large_print:g}",
        )
    needs = Needs(
        large_print=int(large_print),
        symbols=check.choice(
            raw_needs.get("symbols"),
            ("needs", "symbols"),
            ("off", "headings", "key-words"),
            Needs.symbols,
        ),  # type: ignore[arg-type]
        audio=check.flag(raw_needs.get("audio"), ("needs", "audio"), Needs.audio),
        contrast=check.choice(
            raw_needs.get("contrast"), ("needs", "contrast"), ("standard", "high"), Needs.contrast
        ),  # type: ignore[arg-type]
    )

    raw_review = check.mapping(top.get("review"), ("review",), REVIEW_KEYS)
    review = Review(
        last=check.date(raw_review.get("last"), ("review", "last")),
        next=check.date(raw_review.get("next"), ("review", "next")),
        how=check.text(
            raw_review.get("how"),
            ("review", "how"),
            "a sentence on how the plan is checked together",
        ),
    )
    if review.last and review.next and review.next < review.last:
        check.problem(
            ("review", "next"),
            f"the next review ({review.next}) is before the last one ({review.last})",
        )

    changes = _changes(check, top.get("changes"))
    people = check.names(top.get("people"), ("people",), "names")
    pictures = _pictures(check, top.get("pictures"), folder)
    voice = check.text(
        top.get("voice"), ("voice",), "a voice such as piper, gtts:en or espeak:en-gb", "piper"
    )
    if voice and voice.split(":", 1)[0] not in VOICE_BACKENDS:
        check.problem(
            ("voice",),
            f'expected piper, piper:/path/to/voice.onnx, gtts:en or espeak:en-gb, got "{voice}"',
        )
        voice = "piper"
    say = _say(check, top.get("say"))
    speech_rate = check.number(
        top.get("speech_rate"),
        ("speech_rate",),
        "a speaking pace such as 1.0 (lower is slower)",
        SPEECH_RATE_RANGE,
        1.0,
    )
    raw_privacy = check.mapping(top.get("privacy"), ("privacy",), PRIVACY_KEYS)
    privacy = Privacy(encrypt=check.flag(raw_privacy.get("encrypt"), ("privacy", "encrypt"), True))
    uses = _uses(check, top.get("uses"))
    nav = None
    if "nav" in top:
        nav = check.names(top.get("nav"), ("nav",), "page files")

    if check.problems or not name:
        return None, sorted(check.problems, key=lambda p: p.line or 0)
    person = Person(
        name=name,
        called=called or name.split()[0],
        language=language or "en-GB",
        needs=needs,
        review=review,
        changes=changes,
        people=people,
        pictures=pictures,
        voice=voice or "piper",
        say=say,
        speech_rate=float(speech_rate),
        privacy=privacy,
        nav=nav,
        uses=uses,
    )
    return person, []


def _changes(check: _Checker, value: Any) -> tuple[Change, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        check.problem(("changes",), "expected a list of changes, each with date, what and why")
        return ()
    out = []
    for index, item in enumerate(value):
        path = ("changes", index)
        entry = check.mapping(item, path, CHANGE_KEYS)
        if not isinstance(item, dict):
            continue
        date = check.date(entry.get("date"), (*path, "date"))
        what = check.text(entry.get("what"), (*path, "what"), "what changed, in the person's words")
        why = check.text(entry.get("why"), (*path, "why"), "why it changed, in the person's words")
        for required, got in (("date", date), ("what", what)):
            if got is None and required not in entry:
                check.problem(
                    path, f"missing `{required}:`; each change needs a date and what changed"
                )
        if date and what:
            out.append(Change(date=date, what=what, why=why))
    return tuple(sorted(out, key=lambda c: c.date, reverse=True))


def _say(check: _Checker, value: Any) -> dict[str, str]:
    """`say: {Okafor: "oh-KAH-for"}`: how the voice should say words it gets wrong."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.problem(("say",), 'expected words with how to say them, e.g. `Okafor: "oh-KAH-for"`')
        return {}
    out: dict[str, str] = {}
    for key, raw in value.items():
        spoken = check.text(raw, ("say", key), 'how to say it, such as "oh-KAH-for"')
        if spoken:
            out[str(key)] = spoken
    return out


def _uses(check: _Checker, value: Any) -> tuple[str, ...]:
    """`uses: [wheelchair, hearing-aid]`: values from the closed list in plugins/symbols/kit.py."""
    from ..symbols.kit import KIT  # the list lives beside the pictures it chooses

    if value is None:
        return ()
    if not isinstance(value, list):
        check.problem(
            ("uses",), f"expected a list such as [wheelchair, hearing-aid], got {_show(value)}"
        )
        return ()
    out = []
    for index, item in enumerate(value):
        path = ("uses", index)
        if not isinstance(item, str) or item not in KIT:
            hint = _closest(str(item), KIT)
            maybe = f' (did you mean "{hint}"?)' if hint else ""
            check.problem(path, f"unknown equipment {_show(item)}{maybe}; known: {', '.join(KIT)}")
            continue
        out.append(item)
    return tuple(out)


def _pictures(check: _Checker, value: Any, folder: Path) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        check.problem(("pictures",), "expected names with their photo, e.g. `Sue: photos/sue.jpg`")
        return {}
    out: dict[str, str] = {}
    for key, raw in value.items():
        path = ("pictures", key)
        rel = check.text(raw, path, "a photo in the plan folder such as photos/sue.jpg")
        if rel is None:
            continue
        problem = inside_folder(folder, rel)
        if problem:
            check.problem(path, problem)
            continue
        out[str(key)] = rel
    return out


def inside_folder(
    folder: Path, rel: str, exists: Callable[[Path], bool] = Path.is_file
) -> str | None:
    """Why `rel` is not a file inside the person's folder, or None when it is.

    A plan may only use its own files: nothing from another person's folder may reach their site.
    """
    if rel.startswith(("/", "\\")) or re.match(r"^[a-zA-Z]:", rel) or "://" in rel:
        return f'"{rel}" is outside this person\'s folder; put the file in their photos/ folder'
    target = (folder / rel).resolve()
    if not target.is_relative_to(folder.resolve()):
        return f'"{rel}" is outside this person\'s folder; put the file in their photos/ folder'
    if not exists(target):
        return f'"{rel}" does not exist in this person\'s folder'
    return None
