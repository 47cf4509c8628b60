"""One reading of a page's Markdown source, with the line of everything in it.

Why one: the checker, the build's own checks, privacy's isolation, symbols and audio all need
to know where the fenced code is, which text is a staff comment, and where each link, picture,
HTML tag and ``[[term|symbol]]`` is. Read separately they disagreed (a fence closed one way here
and another way there), so a page could pass ``check`` and be refused by ``build``. Here the
page is read once, the way Python-Markdown and MkDocs read it:

- front matter: YAML between ``---`` lines, or MultiMarkdown ``Key: value`` lines at the top
  (MkDocs takes both off the page, so they are never prose);
- staff comments ``<!-- ... -->`` outside fenced code (never published; may span lines);
- fenced code: a fence of three or more backticks or tildes at the start of a line, closed by
  the same fence (Python-Markdown's rule: an unclosed fence is not code);
- headings (``#`` lines, and a line underlined with ``===`` or ``---``);
- links and pictures: inline, reference definitions, raw HTML attributes and autolinks;
- raw HTML tags with their attributes, however they are written (``<img/src=x/onerror=y>``);
- ``[[term|symbol]]``, the staff syntax for choosing a picture.

Pure: text in, frozen data out, cached by text, so every reader shares one reading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

LineKind = Literal["prose", "heading", "code", "blank", "meta", "rule"]

# Python-Markdown's fenced_code: the fence at the very start of a line, then an optional
# language or {attributes}; the block ends at a line holding exactly the same fence.
FENCE_OPEN = re.compile(
    r"^(?P<fence>~{3,}|`{3,})[ ]*(?:\{[^\n]*\}|\.?[\w#.+-]*[ ]*(?:hl_lines=([\"']).*?\2[ ]*)?)$"
)
# MkDocs' front matter (mkdocs.utils.meta): YAML between --- lines, or MultiMarkdown lines.
YAML_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*(?:\n|$)", re.DOTALL)
META_LINE = re.compile(r"^[ ]{0,3}[A-Za-z0-9_-]+:\s*.*")
META_MORE = re.compile(r"^(?:[ ]{4}|\t)\s*.*")
ATX = re.compile(r"^(?P<hashes>#{1,6})(?P<text>.*?)(?:\s+#+)?\s*$")
SETEXT = re.compile(r"^ {0,3}(?P<bar>=+|-+)[ \t]*$")
CODE_SPAN = re.compile(r"(?<!\\)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
OPEN, CLOSE = "<!--", "-->"

_BRACKET = re.compile(r"\[(?P<text>(?:[^\[\]\\\n]|\\.|\n(?!\s*\n)|\[(?:[^\[\]\\]|\\.)*\])*)\]")
_DEFINITION = re.compile(r"^ {0,3}\[(?P<label>[^\]]+)\]:[ \t]*(?P<target><[^>\n]*>|\S+)")
_AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]*://[^<>\s]*)>")
# A picture is named by a concept id, a symbol's own name ("mulberry:kettle") or words it knows.
_FORCED = re.compile(r"\[\[(?P<term>[^\[\]|\n]+)\|\s*(?P<symbol>[A-Za-z0-9\-_:' ]+?)\s*\]\]")
# Anything a browser could take for a tag: <name ...>, </name>, even <img/src=x/onerror=y>.
_TAG = re.compile(
    r"<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)"
    r"(?P<rest>(?:[\s/](?:\"[^\"]*\"|'[^']*'|[^<>\"'])*)?)>"
)
_ATTRIBUTE = re.compile(
    r"(?P<key>[^\s\"'<>/=]+)(?:\s*=\s*(?:\"(?P<d>[^\"]*)\"|'(?P<s>[^']*)'|(?P<u>[^\s\"'<>`]+)))?"
)
# Python-Markdown's attr_list: {: #id .class key="value" } after a heading, paragraph or link.
_ATTR_LIST = re.compile(r"\{:?[ ]*(?P<body>[^}\n ][^}\n]*=[^}\n]*?)[ ]*\}")
ATTR_LIST = "{:}"  # the Tag name given to an attribute list
# Attributes whose value is an address the browser follows or fetches.
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "srcset",
        "poster",
        "data",
        "xlink:href",
        "action",
        "formaction",
        "cite",
        "background",
        "longdesc",
        "usemap",
        "manifest",
    }
)
_EMBEDDING_TAGS = frozenset(
    {"img", "video", "audio", "source", "track", "embed", "object", "iframe", "input", "image"}
)


@dataclass(frozen=True)
class Line:
    """One line as an editor numbers it, with staff comments taken out."""

    number: int
    text: str  # comments removed; the words of a line that was all comment are gone
    kind: LineKind
    had_comment: bool = False


@dataclass(frozen=True)
class Comment:
    """A staff note ``<!-- ... -->``: never published, sometimes a ``planbook: ignore``."""

    line: int  # where it opens
    end_line: int  # where it closes (the last line of the page when it never closes)
    text: str  # between the markers
    after_words: bool  # words come before it on its first line (it is at the end of a line)
    closed: bool = True


@dataclass(frozen=True)
class Reference:
    """A link or a picture: where it is written and where it leads."""

    kind: Literal["image", "link"]
    line: int
    target: str
    alt: str | None = None  # pictures only; None when no words were given at all
    via: Literal["markdown", "definition", "html", "autolink"] = "markdown"
    tag: str | None = None  # the HTML tag it is written in, e.g. "img"

    @property
    def is_picture(self) -> bool:
        """A picture the person sees (so it needs words saying what it shows)."""
        return self.kind == "image" and (self.via != "html" or self.tag == "img")

    @property
    def embedded(self) -> bool:
        """Fetched when the page is shown (a picture, a sound), not followed by a tap."""
        return self.kind == "image"


@dataclass(frozen=True)
class Tag:
    """A raw HTML tag written in the page."""

    line: int
    name: str  # lower case
    attributes: tuple[tuple[str, str | None], ...]  # (lower-case name, value or None)
    closing: bool
    raw: str


@dataclass(frozen=True)
class Forced:
    """``[[my frame|walking-frame]]``: staff choosing the picture (``-`` for none)."""

    line: int
    term: str
    symbol: str
    raw: str


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str  # as written, without the # marks


@dataclass(frozen=True)
class Source:
    """Everything one reading of a page found, each with its line."""

    lines: tuple[Line, ...]
    comments: tuple[Comment, ...]
    headings: tuple[Heading, ...]
    references: tuple[Reference, ...]
    tags: tuple[Tag, ...]
    forced: tuple[Forced, ...]

    @property
    def title(self) -> str | None:
        """The first ``# `` heading, which is the page's title."""
        return next((h.text for h in self.headings if h.level == 1 and h.text), None)

    @property
    def has_words(self) -> bool:
        """Whether anything of the page would be seen: a heading, words or code."""
        return any(line.kind in ("prose", "heading", "code") for line in self.lines)

    def prose_lines(self) -> list[Line]:
        return [line for line in self.lines if line.kind in ("prose", "heading")]


def split_lines(text: str) -> list[str]:
    """Lines as an editor numbers them (``\\n``, ``\\r\\n`` or ``\\r`` ends a line)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def front_matter_lines(lines: list[str]) -> int:
    """How many lines at the top MkDocs takes as the page's settings, not as its text."""
    text = "\n".join(lines) + "\n"
    yaml_front = YAML_FRONT.match(text)
    if yaml_front:
        return text[: yaml_front.end()].rstrip("\n").count("\n") + 1
    count, key = 0, False
    for line in lines:
        if not line.strip():
            return count + 1 if count else 0
        if META_LINE.match(line):
            key = True
        elif not (key and META_MORE.match(line)):
            return count
        count += 1
    return count


class _Reader:
    """Walks the lines once: front matter, fences and comments decide what each line is."""

    def __init__(self, text: str, front_matter: bool) -> None:
        self.raw = split_lines(text)
        self.meta = front_matter_lines(self.raw) if front_matter else 0
        self.lines: list[Line] = []
        self.comments: list[Comment] = []

    def read(self) -> None:
        comment: dict | None = None  # the comment being read: where it started, its text
        index = 0
        while index < len(self.raw):
            raw = self.raw[index]
            if index < self.meta:
                self.lines.append(Line(index + 1, raw, "meta"))
                index += 1
                continue
            close = self._fence_end(index) if comment is None else None
            if close is not None:
                self.lines += [Line(i + 1, self.raw[i], "code") for i in range(index, close + 1)]
                index = close + 1
                continue
            kept, comment = self._take_comments(raw, index + 1, comment)
            had_comment = kept != raw
            if had_comment:
                kept = kept.rstrip(" \t")
            self.lines.append(Line(index + 1, kept, self._kind(kept), had_comment))
            index += 1
        if comment is not None:  # never closed: everything after it is hidden
            self.comments.append(
                Comment(
                    comment["line"],
                    len(self.raw),
                    "".join(comment["text"]),
                    comment["after_words"],
                    closed=False,
                )
            )
        self._setext()

    def _fence_end(self, index: int) -> int | None:
        """The closing line of a fenced block opening at ``index`` (None: not a fence)."""
        opening = FENCE_OPEN.match(self.raw[index])
        if not opening:
            return None
        fence = opening.group("fence")
        return next(
            (j for j in range(index + 1, len(self.raw)) if self.raw[j].rstrip(" ") == fence),
            None,
        )

    def _take_comments(
        self, raw: str, number: int, comment: dict | None
    ) -> tuple[str, dict | None]:
        kept, rest = "", raw
        while rest:
            if comment is not None:
                end = rest.find(CLOSE)
                if end < 0:
                    comment["text"].append(rest + "\n")
                    return kept, comment
                comment["text"].append(rest[:end])
                self.comments.append(
                    Comment(
                        comment["line"], number, "".join(comment["text"]), comment["after_words"]
                    )
                )
                rest, comment = rest[end + len(CLOSE) :], None
            else:
                start = rest.find(OPEN)
                if start < 0:
                    return kept + rest, None
                kept += rest[:start]
                comment = {"line": number, "text": [], "after_words": bool(kept.strip())}
                rest = rest[start + len(OPEN) :]
        return kept, comment

    @staticmethod
    def _kind(text: str) -> LineKind:
        if not text.strip():
            return "blank"
        if ATX.match(text):
            return "heading"
        return "prose"

    def _setext(self) -> None:
        """A line of words underlined with === or --- is a heading (Python-Markdown's rule)."""
        for i in range(len(self.lines) - 1):
            line, under = self.lines[i], self.lines[i + 1]
            if line.kind == "prose" and under.kind == "prose" and SETEXT.match(under.text):
                self.lines[i] = Line(line.number, line.text, "heading", line.had_comment)
                self.lines[i + 1] = Line(under.number, under.text, "rule", under.had_comment)


def _heading_of(line: Line, next_line: Line | None) -> Heading:
    atx = ATX.match(line.text)
    if atx and line.text.startswith("#"):
        return Heading(line.number, len(atx.group("hashes")), atx.group("text").strip())
    level = 1 if next_line is not None and next_line.text.strip().startswith("=") else 2
    return Heading(line.number, level, line.text.strip())


def _blank_code_spans(text: str) -> str:
    return CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def _destination(body: str, start: int) -> tuple[str, int] | None:
    """The address of ``[text](address "title")`` from just after the ``(``; balanced ( ) kept.

    Returns (address, index after the closing parenthesis), or None when it never closes.
    """
    i, n = start, len(body)
    while i < n and body[i] in " \t\n":
        i += 1
    if i < n and body[i] == "<":
        end = body.find(">", i)
        if end < 0 or "\n" in body[i:end]:
            return None
        target, i = body[i + 1 : end], end + 1
    else:
        depth, begin = 0, i
        while i < n:
            char = body[i]
            if char == "\\" and i + 1 < n:
                i += 2
                continue
            if char in " \t\n":
                break
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0:
                    break
                depth -= 1
            i += 1
        target = body[begin:i]
    close = body.find(")", i)
    if close < 0:
        return None
    between = body[i:close].strip()
    if between and between[0] not in "\"'(":
        return None  # words after the address: not a link Markdown would make
    return target, close + 1


def _attributes(rest: str) -> tuple[tuple[str, str | None], ...]:
    found = []
    for m in _ATTRIBUTE.finditer(rest):
        value = next((m.group(g) for g in ("d", "s", "u") if m.group(g) is not None), None)
        found.append((m.group("key").lower(), value))
    return tuple(found)


def _url_values(name: str, value: str) -> list[str]:
    if name == "srcset":
        return [part.strip().split()[0] for part in value.split(",") if part.strip()]
    return [value.strip()]


class _Items:
    """Links, pictures, tags and [[term|symbol]] found in the page's visible text."""

    def __init__(self, lines: list[Line]) -> None:
        visible = [
            _blank_code_spans(line.text) if line.kind in ("prose", "heading") else ""
            for line in lines
        ]
        self.body = "\n".join(visible)
        self.starts = [0]
        for text in visible[:-1]:
            self.starts.append(self.starts[-1] + len(text) + 1)
        self.numbers = [line.number for line in lines]
        self.visible = visible

    def line_at(self, offset: int) -> int:
        return self.numbers[bisect_right(self.starts, offset) - 1] if self.numbers else 1

    def forced(self) -> list[Forced]:
        return [
            Forced(self.line_at(m.start()), m.group("term"), m.group("symbol"), m.group(0))
            for m in _FORCED.finditer(self.body)
        ]

    def tags(self) -> list[Tag]:
        """Raw HTML tags, and attribute lists (which set HTML attributes just the same)."""
        tags = [
            Tag(
                self.line_at(m.start()),
                m.group("name").lower(),
                _attributes(m.group("rest")),
                bool(m.group("close")),
                m.group(0),
            )
            for m in _TAG.finditer(self.body)
            if not _AUTOLINK.fullmatch(m.group(0))
        ]
        tags += [
            Tag(self.line_at(m.start()), ATTR_LIST, _attributes(m.group("body")), False, m.group(0))
            for m in _ATTR_LIST.finditer(self.body)
        ]
        return sorted(tags, key=lambda tag: tag.line)

    def _brackets(self) -> list[tuple[int, bool, str, int]]:
        """(offset, is a picture, words, index after "]") for every [...] that is not escaped."""
        found = []
        for pos in (i for i, char in enumerate(self.body) if char == "["):
            if pos and self.body[pos - 1] == "\\":
                continue
            m = _BRACKET.match(self.body, pos)
            if m:
                bang = pos > 0 and self.body[pos - 1] == "!"
                found.append((pos - bang, bang, m.group("text"), m.end()))
        return found

    def references(self, tags: list[Tag]) -> list[Reference]:
        found: list[Reference] = []
        image_uses: dict[str, str] = {}  # ![words][label]: the label's address is a picture
        for offset, is_image, words, after in self._brackets():
            if self.body.startswith("(", after):
                parsed = _destination(self.body, after + 1)
                if parsed is not None:
                    kind: Literal["image", "link"] = "image" if is_image else "link"
                    alt = words if is_image else None
                    found.append(Reference(kind, self.line_at(offset), parsed[0], alt))
            elif is_image:
                label = re.match(r"\[([^\]]*)\]", self.body[after:])
                key = (label.group(1) if label and label.group(1) else words).strip().lower()
                image_uses[key] = words
        for index, text in enumerate(self.visible):
            m = _DEFINITION.match(text)
            if m:
                label = m.group("label").strip().lower()
                kind = "image" if label in image_uses else "link"
                target = m.group("target").strip("<>")
                found.append(
                    Reference(
                        kind, self.numbers[index], target, image_uses.get(label), "definition"
                    )
                )
        for m in _AUTOLINK.finditer(self.body):
            line = self.line_at(m.start())
            found.append(Reference("link", line, m.group("target"), None, "autolink"))
        for tag in tags:
            if not tag.closing:
                found += _tag_references(tag)
        found.sort(key=lambda reference: reference.line)  # stable: in reading order on a line
        return found


def _tag_references(tag: Tag) -> list[Reference]:
    values = dict(tag.attributes)
    alt = values.get("alt") if tag.name == "img" else None
    found = []
    for name, value in tag.attributes:
        if name not in URL_ATTRIBUTES or value is None:
            continue
        kind: Literal["image", "link"] = (
            "image" if tag.name in _EMBEDDING_TAGS or name != "href" else "link"
        )
        found += [
            Reference(kind, tag.line, target, alt, "html", tag.name)
            for target in _url_values(name, value)
            if target
        ]
    return found


@lru_cache(maxsize=1024)
def scan(text: str, front_matter: bool = True) -> Source:
    """Read a page's Markdown once. ``front_matter=False`` when MkDocs already took it off."""
    reader = _Reader(text, front_matter)
    reader.read()
    lines = reader.lines
    headings = tuple(
        _heading_of(line, lines[i + 1] if i + 1 < len(lines) else None)
        for i, line in enumerate(lines)
        if line.kind == "heading"
    )
    items = _Items(lines)
    tags = items.tags()
    return Source(
        lines=tuple(lines),
        comments=tuple(reader.comments),
        headings=headings,
        references=tuple(items.references(tags)),
        tags=tuple(tags),
        forced=tuple(items.forced()),
    )
