"""person.yml read the way staff write it: every value with its line, and every slip in plain words.

Why not PyYAML's own messages: "mapping values are not allowed here" on line 5 tells a care
worker nothing, and the mistake (a colon left out) is on line 4. PyYAML finds that something is
wrong; this module finds the line where it went wrong and says what to type there. It also
refuses a key written twice, which PyYAML silently settles by keeping the last one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..utils.dates import MONTHS
from .errors import Problem

KeyPath = tuple  # ("needs", "audio"), ("changes", 0, "date")
SECTIONS = ("needs", "review", "privacy")  # settings that hold settings, for "own line" advice

_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_KEY_COLON = re.compile(r"^(?P<key>[^\s:#'\"\[\]{},][^:#]*?)\s*:(?=\s|$)")
_NO_SPACE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s/].*)$")


class _Loader(yaml.SafeLoader):
    """SafeLoader whose impossible dates (2026-13-01) are YAML mistakes with a line."""


def _timestamp(loader: _Loader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"impossible date {node.value}", node.start_mark
        ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


@dataclass
class YamlReading:
    """What a YAML file holds, where each key is, and what is wrong with it."""

    data: Any = None
    lines: dict[KeyPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def line_of(self, *path: Any) -> int | None:
        return line_in(self.lines, path)


def line_in(lines: Mapping[KeyPath, int], path: tuple) -> int | None:
    """The line of a key (``("needs", "audio")``), or of its nearest parent; None if absent."""
    key = tuple(p if isinstance(p, int) else str(p) for p in path)
    while key:
        if key in lines:
            return lines[key]
        key = key[:-1]
    return None


def read_yaml(text: str, file: Path) -> YamlReading:
    """Parse ``text``; a syntax slip becomes one Problem on the line where it was made."""
    reading = YamlReading()
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, at the start
        reading.problems.append(Problem(file, *_odd_character(text, error)))
        return reading
    try:
        node = loader.get_single_node()
        reading.data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as error:
        reading.problems.append(Problem(file, *_odd_character(text, error)))
        return reading
    except yaml.YAMLError as error:
        line, message = explain(text, error)
        reading.problems.append(Problem(file, line, message))
        return reading
    finally:
        loader.dispose()
    if node is not None:
        _walk(node, (), reading, file)
    if isinstance(reading.data, str) and text.strip():
        line, message = _first_slip(text) or (1, _NOT_SETTINGS)
        reading.problems.append(Problem(file, line, message))
    return reading


def _odd_character(text: str, error: yaml.reader.ReaderError) -> tuple[int, str]:
    line = text.count("\n", 0, max(error.position, 0)) + 1
    code = f"U+{error.character:04X}" if isinstance(error.character, int) else "a character"
    return line, (
        f"this line holds a character that cannot be typed ({code}), often pasted in from "
        "another program; delete it and type the words again"
    )


_NOT_SETTINGS = (
    "person.yml holds settings, one on each line, such as name: Margaret Hughes; "
    "this is not written that way"
)


def _walk(node: yaml.Node, path: KeyPath, reading: YamlReading, file: Path) -> None:
    reading.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = str(key_node.value)
            line = key_node.start_mark.line + 1
            child = (*path, name)
            if name in seen:
                shown = ".".join(str(p) for p in child)
                reading.problems.append(
                    Problem(
                        file,
                        line,
                        f"{shown}: is written twice, on lines {seen[name]} and {line}; "
                        "keep the one that is right and delete the other",
                    )
                )
                continue  # the line map keeps the first; the problem names both
            seen[name] = line
            reading.lines[child] = line
            _walk(value_node, child, reading, file)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), reading, file)


# --- Syntax slips, in plain words ------------------------------------------------------------


def strip_comment(line: str) -> str:
    """The line without a `` # comment`` (a # inside quotes is kept)."""
    quote = None
    for i, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'" and (i == 0 or line[i - 1] in " :[{,-"):
            quote = char
        elif char == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line.rstrip()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _body(line: str) -> str:
    """The words of a line without its indentation and list dash."""
    body = strip_comment(line).strip()
    while body.startswith("- ") or body == "-":
        body = body[1:].strip()
    return body


def line_slip(line: str) -> str | None:
    """What is wrong with one line on its own, or None when it reads as a setting or an item."""
    if not strip_comment(line).strip():
        return None
    lead = line[: len(line) - len(line.lstrip(" \t"))]
    if "\t" in lead:
        return "a tab is used to indent this line; indent with spaces instead (two for each level)"
    body = _body(line)
    if (
        not body
        or line.lstrip().startswith("- ")
        and not _KEY_COLON.match(body)
        and ":" not in body
    ):
        return None  # a list item such as "- Sue"
    if re.match(r"^[^\s:]+:\t", body):
        return "there is a tab after the colon; use a space"
    if _KEY_COLON.match(body):
        return None
    no_space = _NO_SPACE.match(body)
    if no_space:
        key, value = no_space.group("key"), no_space.group("value")
        return f"a space is missing after the colon: write {key}: {value}"
    if "=" in body:
        key, _, value = body.partition("=")
        return (
            f'use a colon, not "=", after "{key.strip()}": write {key.strip()}: {value.strip()}'
        ).rstrip()
    first, _, rest = body.partition(" ")
    return f'a colon is missing after "{first}": write {first}: {rest.strip()}'.rstrip()


def _first_slip(text: str) -> tuple[int, str] | None:
    for number, line in enumerate(text.splitlines(), start=1):
        slip = line_slip(line)
        if slip:
            return number, slip
    return None


def explain(text: str, error: yaml.YAMLError) -> tuple[int | None, str]:
    """(line, message) for a YAML error: the line where the slip is, and what to type there."""
    lines = text.splitlines()
    problem = str(getattr(error, "problem", "") or "")
    context = str(getattr(error, "context", "") or "")
    mark = getattr(error, "problem_mark", None)
    start = getattr(error, "context_mark", None)
    at = mark.line + 1 if mark else None
    began = start.line + 1 if start else at

    def line(number: int | None) -> str:
        return lines[number - 1] if number and 0 < number <= len(lines) else ""

    for explainer in _EXPLAINERS:
        found = explainer(problem, context, at, began, line, lines)
        if found:
            return found
    reason = problem or "it cannot be read"
    return at, (
        f"person.yml cannot be read here ({reason}); check the colons, quotes and "
        "indentation on this line and the one above"
    )


def _tab(problem, context, at, began, line, lines):
    if "'\\t'" in problem:
        return at, line_slip(line(at)) or "a tab is used here; use spaces instead"
    return None


def _missing_colon(problem, context, at, began, line, lines):
    if "could not find expected ':'" not in problem:
        return None
    return began, line_slip(line(began)) or _colon_advice(line(began))


def _colon_advice(text: str) -> str:
    first, _, rest = _body(text).partition(" ")
    return f'a colon is missing after "{first}": write {first}: {rest.strip()}'.rstrip()


def _mapping_values(problem, context, at, began, line, lines):
    if "mapping values are not allowed" not in problem or at is None:
        return None
    here = line(at)
    body = _body(here)
    key = _KEY_COLON.match(body)
    if key:
        value = body[key.end() :].strip()
        inner = _KEY_COLON.match(value)
        if inner and key.group("key") in SECTIONS:
            return at, (
                f"put {value} on a line of its own under {key.group('key')}:, "
                "indented by two spaces"
            )
        if inner or value.endswith(":") or ": " in value:
            return at, (
                f"the value of {key.group('key')} has a colon in it; put the value in "
                f'double quotes: {key.group("key")}: "{value}"'
            )
    # A line above without a colon ran on into this one: the slip is there.
    number = at - 1
    culprit = None
    while number >= 1:
        above = line(number)
        if not strip_comment(above).strip():
            break
        if _KEY_COLON.match(_body(above)) or _indent(above) < _indent(here):
            break
        culprit = number
        number -= 1
    if culprit:
        return culprit, line_slip(line(culprit)) or _colon_advice(line(culprit))
    previous = _previous_setting(lines, at)
    if previous and _indent(here) > _indent(line(previous)):
        return at, (
            f"this line is indented more than the line above; start {_name_of(here)} at the "
            f"same place as {_name_of(line(previous))}"
        )
    return at, (
        "this line has a colon where person.yml does not expect one; if it is part of the "
        'value, put the whole value in double quotes, e.g. how: "Every month: we read it"'
    )


def _previous_setting(lines: list[str], at: int) -> int | None:
    for number in range(at - 1, 0, -1):
        if strip_comment(lines[number - 1]).strip():
            return number
    return None


def _name_of(text: str) -> str:
    key = _KEY_COLON.match(_body(text))
    return f"{key.group('key')}:" if key else _body(text).split(" ")[0]


def _block_end(problem, context, at, began, line, lines):
    if "expected <block end>" not in problem and "did not find expected key" not in problem:
        return None
    here = line(at)
    if "'<scalar>'" in problem:
        quoted = re.search(r"([\"'])(.*?)\1(\S.*)?$", strip_comment(here).split(":", 1)[-1])
        if quoted and quoted.group(1) == "'" and quoted.group(3):
            word = re.search(r"\w+'\w*", strip_comment(here))
            shown = word.group(0) if word else "the word"
            return at, (
                f"the apostrophe in {shown} ends the quoted words early; use double quotes "
                f'around the value instead, e.g. called: "{_unquote(here)}"'
            )
        return at, (
            "there are words after the closing quote; put the whole value inside the quotes, "
            f'e.g. {_name_of(here)} "{_unquote(here)}"'
        )
    previous = _previous_setting(lines, at) if at else None
    sibling = _sibling(lines, at) if at else None
    if sibling:
        return at, (
            f"this line is not lined up with the line above: start {_name_of(here)} at the "
            f"same place as {_name_of(line(sibling))} on line {sibling}"
        )
    if previous:
        return at, f"line up {_name_of(here)} with {_name_of(line(previous))} on line {previous}"
    return at, "this line is not lined up with the lines around it; check its indentation"


def _unquote(text: str) -> str:
    value = strip_comment(text).split(":", 1)[-1].strip()
    return value.replace('"', "").replace("'", "'").strip("'")


def _sibling(lines: list[str], at: int) -> int | None:
    """The setting above that this one should line up with (same parent, other indent)."""
    here = _indent(lines[at - 1])
    for number in range(at - 1, 0, -1):
        text = lines[number - 1]
        if not strip_comment(text).strip():
            continue
        indent = _indent(text)
        dash = text.lstrip().startswith("- ")
        key_indent = indent + 2 if dash else indent
        if key_indent != here and indent < here + 4 and key_indent > 0 and indent != 0:
            return number
        if indent == 0:
            return None
    return None


def _quote_never_closed(problem, context, at, began, line, lines):
    if "quoted scalar" not in context:
        return None
    here = line(began)
    quote = '"' if '"' in here else "'"
    return began, (
        f"the quote ({quote}) opened on this line is never closed; add {quote} at the end of "
        "the value"
    )


def _cannot_start(problem, context, at, began, line, lines):
    char = None
    found = re.search(r"found character '(.)' that cannot start any token", problem)
    if found:
        char = found.group(1)
    elif "scanning an alias" in context:
        char = "*"
    elif "scanning an anchor" in context:
        char = "&"
    elif "scanning a block scalar" in context:
        value = re.search(r":\s*(\S)", line(began))
        char = value.group(1) if value else "|"
    elif "could not determine a constructor for the tag" in problem:
        char = "!"
    if char is None:
        return None
    where = began if "scanning a" in context else at
    here = line(where)
    key = _KEY_COLON.match(_body(here))
    value = _body(here)[key.end() :].strip() if key else _body(here)
    name = key.group("key") if key else "the setting"
    return where, (
        f"a value cannot start with {char}; put it in double quotes: "
        f'{name}: "{value.replace(chr(34), "")}"'
    )


def _flow(problem, context, at, began, line, lines):
    if "flow sequence" in context:
        return began, (
            "the list opened with [ on this line is never closed; end it with ], "
            "e.g. people: [Sue, Amina]"
        )
    if "flow mapping" in context or "unhashable key" in problem:
        here = line(began)
        template = re.search(r"\{\{\s*\w+\s*\}\}", here)
        if template:
            return began, (
                f"template text {template.group(0)} was never filled in: write the value itself"
            )
        return began, "the { opened on this line is never closed; end it with }"
    return None


def _impossible_date(problem, context, at, began, line, lines):
    found = re.match(r"impossible date (\S+)", problem)
    if not found:
        return None
    value = found.group(1)
    parts = _DATE.match(value)
    why = "it is not a real date"
    if parts:
        month, day = int(parts.group(2)), int(parts.group(3))
        if not 1 <= month <= 12:
            why = f"there is no month {month}"
        elif not 1 <= day <= _MONTH_DAYS[month - 1]:
            why = f"{MONTHS[month - 1]} has no day {day}"
    return at, f"{value} is not a date: {why}; write year-month-day, e.g. 2026-11-03"


def _two_documents(problem, context, at, began, line, lines):
    if "expected a single document" not in context:
        return None
    return at, (
        'a line of "---" starts a second set of settings here; person.yml holds one: '
        "delete this line"
    )


_EXPLAINERS = (
    _tab,
    _missing_colon,
    _quote_never_closed,
    _flow,
    _impossible_date,
    _cannot_start,
    _mapping_values,
    _block_end,
    _two_documents,
)
