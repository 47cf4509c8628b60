"""Isolation: a person's site may use only files from that person's own folder.

Why: each site is built on its own so nothing of one person can reach another's site. A link or
picture that points outside the folder (``../``, an absolute path, a ``file:`` address, a path
through a symbolic link leading out) would pull someone else's words or photos in, or fetch
something from outside when the page is shown. These checks are pure functions over a ``Plan``
so the plan linter can reuse them (``outside_references``).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from plugins.plan.errors import PlanError, Problem
from plugins.plan.model import Plan

# [text](target "title") and ![alt](target), target possibly in <angle brackets>
_INLINE = re.compile(r"(!?)\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>\n]*>|[^\s)]+)")
# [label]: target   (a reference definition)
_REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>\n]*>|\S+)")
# <img src="..."> and friends in raw HTML
_HTML_ATTR = re.compile(r"""\b(src|href|srcset|poster|data|xlink:href)\s*=\s*(["'])(.*?)\2""", re.I)
_AUTOLINK = re.compile(r"<((?:file|https?|ftp)://[^>\s]+)>", re.I)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_SAFE_SCHEMES = {"mailto", "tel", "sms", "data"}
_WEB_SCHEMES = {"http", "https"}


def outside_references(plan: Plan) -> list[Problem]:
    """Every link or picture in the plan that leaves the person's folder, as file:line problems."""
    problems: list[Problem] = []
    for page in plan.written_pages:
        for line_no, target, embedded in _references(page.text):
            message = _judge(plan, page.file, target, embedded)
            if message:
                problems.append(Problem(plan.folder / page.file, line_no, message))
    problems.extend(_picture_problems(plan))
    return problems


def check_isolation(plan: Plan) -> None:
    """Raise ``PlanError`` naming each file and line that reaches outside the folder."""
    problems = outside_references(plan)
    if problems:
        raise PlanError(*problems)


def _references(text: str) -> Iterator[tuple[int, str, bool]]:
    """(line, target, embedded) for each link target; embedded is True for pictures and media."""
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        line = _CODE_SPAN.sub("", line)
        for match in _INLINE.finditer(line):
            yield number, match.group(2).strip("<>"), match.group(1) == "!"
        reference = _REFERENCE.match(line)
        if reference:
            yield number, reference.group(1).strip("<>"), False
        for match in _HTML_ATTR.finditer(line):
            name = match.group(1).lower()
            values = match.group(3).split(",") if name == "srcset" else [match.group(3)]
            for value in values:
                if value.strip():
                    yield number, value.strip().split()[0], name != "href"
        for match in _AUTOLINK.finditer(line):
            yield number, match.group(1), False


def _judge(plan: Plan, page_file: str, target: str, embedded: bool) -> str | None:
    """Why this target is not allowed, in words for staff, or None when it is fine."""
    if target.startswith("#"):
        return None
    if target.startswith(("\\\\", "//")) or _WINDOWS_DRIVE.match(target):
        return f"'{target}' points outside {plan.person.possessive} folder: use a file inside it"
    parts = urlsplit(target)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return f"'{target}' points to a file on this computer: copy it into the plan folder"
    if scheme in _WEB_SCHEMES:
        if embedded:
            return (
                f"'{target}' would be fetched from the internet when the page is shown: "
                "save the picture or sound into the plan folder instead"
            )
        return None  # an ordinary link the reader may choose to follow
    if scheme in _SAFE_SCHEMES:
        return None
    if scheme:
        return f"'{target}' uses '{scheme}:', which a plan cannot use: use a file inside the folder"
    return _local_problem(plan, page_file, unquote(parts.path))


def _local_problem(plan: Plan, page_file: str, path: str) -> str | None:
    if not path:
        return None
    if path.startswith(("/", "\\", "~")):
        return f"'{path}' is an absolute path: use a path inside {plan.person.possessive} folder"
    joined = posixpath.normpath(
        posixpath.join(posixpath.dirname(page_file), path.replace("\\", "/"))
    )
    if joined == ".." or joined.startswith("../"):
        return f"'{path}' points outside {plan.person.possessive} folder: use a file inside it"
    target = plan.folder / joined
    if target.is_symlink() or any(parent.is_symlink() for parent in _parents(plan.folder, joined)):
        resolved = target.resolve()
        if not resolved.is_relative_to(plan.folder.resolve()):
            return f"'{path}' is a shortcut (symbolic link) to a file outside the folder: copy the file in"
    return None


def _parents(folder: Path, relative: str) -> Iterator[Path]:
    current = folder
    for part in relative.split("/")[:-1]:
        current = current / part
        yield current


def _picture_problems(plan: Plan) -> Iterator[Problem]:
    """person.yml ``pictures:`` entries must be files inside the folder too."""
    lines = _read_lines(plan.person_file)
    for name, path in plan.person.pictures.items():
        message = _judge(plan, "person.yml", path, embedded=True)
        if message:
            yield Problem(plan.person_file, _line_of(lines, path), f"pictures: {name}: {message}")


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def _line_of(lines: list[str], needle: str) -> int | None:
    for number, line in enumerate(lines, start=1):
        if needle in line:
            return number
    return None
