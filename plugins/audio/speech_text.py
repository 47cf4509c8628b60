"""What is spoken: a page's HTML as a person would read it aloud, sentence by sentence.

Headings, paragraphs, list items and table rows become blocks (each followed by a pause), and
each block is split into sentences; navigation, symbol pictures, permalinks, scripts and our own
player are never read. An <img> is never spoken at all: a symbol's alt text repeats the word
beside it.

``read_page`` also marks each sentence in the HTML (``<span class="pb-s" data-pb-s="s3">``
around its words, several spans when the sentence crosses inline markup), so the page can
highlight the sentence being spoken: the same id names its cue in the WebVTT captions. The
markup is only added around text, never inside a tag, so the page's layout does not change.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from typing import Literal

from .sentences import sentence_spans

BlockKind = Literal["heading", "paragraph", "item", "row"]

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCKS = {
    "p",
    "li",
    "dt",
    "dd",
    "blockquote",
    "figcaption",
    "div",
    "ul",
    "ol",
    "dl",
    "table",
    "details",
    "summary",
}
SKIPPED_TAGS = {
    "nav",
    "script",
    "style",
    "template",
    "noscript",
    "button",
    "audio",
    "video",
    "svg",
    "header",
    "footer",
    "form",
    "select",
    "textarea",
}
SKIPPED_CLASSES = {
    "headerlink",
    "symbol",
    "pb-audio",
    "pb-listen",
    "md-nav",
    "md-header",
    "md-footer",
    "visually-hidden-audio",
}
VOID = {
    "img",
    "br",
    "hr",
    "input",
    "meta",
    "link",
    "source",
    "track",
    "wbr",
    "area",
    "col",
    "embed",
}
SENTENCE_CLASS = "pb-s"

TOKEN = re.compile(
    r"<(script|style|textarea)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<![^>]*>|<\?[^>]*>"
    r"|</?[a-zA-Z][^>]*>|[^<]+|<",
    re.S | re.I,
)
TAG_NAME = re.compile(r"</?([a-zA-Z][\w:-]*)")
ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
UNIT = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|.", re.S)


@dataclass(frozen=True)
class Block:
    """One thing read aloud, then a pause: a heading, a paragraph, a list item or a table row."""

    kind: BlockKind
    text: str  # as written, white space evened (not yet normalised for speech)
    level: int = 0  # heading level, 0 for other blocks
    anchor: str | None = None  # the heading's id, for linking a section to its MP3
    sentences: tuple[str, ...] = ()  # the block's sentences as written
    ids: tuple[str, ...] = ()  # each sentence's id in the page ("s1", "s2", ...)
    number: int | None = None  # an ordered list item's number, said before it


@dataclass
class _Piece:
    """Text of a block: from a text token (with its raw offsets) or put in by us (", ")."""

    text: str
    token: int | None = None
    raw: list[tuple[int, int]] = field(default_factory=list)  # per character: raw start, end


def _decode(raw: str) -> tuple[str, list[tuple[int, int]]]:
    chars: list[str] = []
    bounds: list[tuple[int, int]] = []
    for unit in UNIT.finditer(raw):
        text = html_lib.unescape(unit[0]) if unit[0].startswith("&") else unit[0]
        for ch in text:
            chars.append(ch)
            bounds.append((unit.start(), unit.end()))
    return "".join(chars), bounds


def _attributes(tag: str) -> dict[str, str | None]:
    body = re.sub(r"^</?[a-zA-Z][\w:-]*", "", tag).rstrip(">").rstrip("/")
    out: dict[str, str | None] = {}
    for name, value in ATTRIBUTE.findall(body):
        out[name.lower()] = html_lib.unescape(value.strip("\"'")) if value else None
    return out


class _Reader:
    def __init__(self, tokens: list[str], mark: bool, first: int = 0, language: str = "en") -> None:
        self.tokens = tokens
        self.mark = mark
        self.language = language  # whose punctuation ends a sentence (sentences.py)
        self.blocks: list[Block] = []
        self.wraps: dict[int, list[tuple[int, int, str]]] = {}
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip_depth = 0
        self.pieces: list[_Piece] = []
        self.heading: tuple[int, str | None] | None = None
        self.row: list[list[_Piece]] | None = None
        self.cell: list[_Piece] | None = None
        self.in_thead = False
        self.kind: BlockKind = "paragraph"
        self.lists: list[list[int] | None] = []  # [counter] for <ol>, None for <ul>
        self.number: int | None = None
        self.count = first  # sentences numbered on from here (a page read in parts)

    # -- blocks and sentences
    def _emit(self, kind: BlockKind, pieces: list[_Piece], level=0, anchor=None, number=None):
        text = "".join(p.text for p in pieces)
        origin = [(i, j) for i, p in enumerate(pieces) for j in range(len(p.text))]
        sentences, ids = [], []
        for a, b in sentence_spans(text, self.language):
            written = " ".join(text[a:b].split())
            self.count += 1
            sid = f"s{self.count}"
            sentences.append(written)
            ids.append(sid)
            runs: dict[int, list[int]] = {}
            for i, j in origin[a:b]:
                if pieces[i].token is not None:
                    runs.setdefault(i, []).append(j)
            for i, positions in runs.items():
                start, end = positions[0], positions[-1] + 1
                if pieces[i].text[start:end].strip():
                    self.wraps.setdefault(pieces[i].token, []).append(
                        (pieces[i].raw[start][0], pieces[i].raw[end - 1][1], sid)
                    )
        if sentences:
            self.blocks.append(
                Block(
                    kind,
                    " ".join(text.split()),
                    level,
                    anchor,
                    tuple(sentences),
                    tuple(ids),
                    number,
                )
            )

    def _flush(self) -> None:
        pieces, self.pieces = self.pieces, []
        if not "".join(p.text for p in pieces).strip():
            return
        if self.heading is not None:
            self._emit("heading", pieces, *self.heading)
        else:
            number = self.number if self.kind == "item" else None
            self.number = None
            self._emit(self.kind, pieces, number=number)

    def _skipped(self, tag: str, attrs: dict[str, str | None]) -> bool:
        classes = set((attrs.get("class") or "").split())
        return (
            tag in SKIPPED_TAGS
            or bool(classes & SKIPPED_CLASSES)
            or attrs.get("aria-hidden") == "true"
            or "hidden" in attrs
        )

    # -- tokens
    def start(self, tag: str, attrs: dict[str, str | None], self_closing: bool) -> None:
        if tag in VOID or self_closing:
            if tag == "br" and not self.skip_depth:
                target = self.cell if self.cell is not None else self.pieces
                before = "".join(p.text for p in target).rstrip()
                target.append(_Piece(" " if not before or before[-1] in ".,;:!?" else ", "))
            return  # an <img> has no words to speak: its alt text is never read
        skipped = self.skip_depth > 0 or self._skipped(tag, attrs)
        self.stack.append((tag, skipped))
        if skipped:
            self.skip_depth += 1
            return
        if tag in HEADINGS:
            self._flush()
            self.heading = (int(tag[1]), attrs.get("id"))
        elif tag == "thead":
            self.in_thead = True
        elif tag == "tr":
            self._flush()
            self.row = []
        elif tag in {"td", "th"} and self.row is not None:
            self.cell = []
        elif tag in BLOCKS:
            self._flush()
            if tag == "ol":
                try:
                    first = int(attrs.get("start") or 1)
                except ValueError:
                    first = 1
                self.lists.append([first - 1])
            elif tag in {"ul", "dl"}:
                self.lists.append(None)
            elif tag == "li" and self.lists and self.lists[-1] is not None:
                self.lists[-1][0] += 1
                self.number = self.lists[-1][0]
            self.kind = "item" if tag in {"li", "dt", "dd"} else "paragraph"

    def end(self, tag: str) -> None:
        if tag in VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if skipped:
                self.skip_depth -= 1
            elif open_tag in HEADINGS:
                self._flush()
                self.heading = None
            elif open_tag in {"td", "th"} and self.row is not None and self.cell is not None:
                if "".join(p.text for p in self.cell).strip():
                    self.row.append(self.cell)
                self.cell = None
            elif open_tag == "tr" and self.row is not None:
                if self.row and not self.in_thead:
                    pieces = list(self.row[0])
                    for n, cell in enumerate(self.row[1:]):
                        pieces.append(_Piece(": " if n == 0 else ", "))
                        pieces += cell
                    self._emit("row", pieces)
                self.row = None
            elif open_tag == "thead":
                self.in_thead = False
            elif open_tag in BLOCKS:
                self._flush()
                if open_tag in {"ol", "ul", "dl"} and self.lists:
                    self.lists.pop()
                parent = next((t for t, s in reversed(self.stack) if not s and t in BLOCKS), None)
                self.kind = "item" if parent in {"li", "dt", "dd"} else "paragraph"
            if open_tag == tag:
                return

    def text(self, index: int, raw: str) -> None:
        if self.skip_depth:
            return
        if self.row is not None and self.cell is None:
            return  # white space between cells
        decoded, bounds = _decode(raw)
        target = self.cell if self.cell is not None else self.pieces
        target.append(_Piece(decoded, index, bounds))

    def run(self) -> None:
        for index, token in enumerate(self.tokens):
            if token.startswith("<!") or token.startswith("<?"):
                continue
            name = TAG_NAME.match(token) if token.startswith("<") else None
            if name is None:
                self.text(index, token)
                continue
            tag = name[1].lower()
            if token.startswith("</"):
                self.end(tag)
            elif tag in {"script", "style", "textarea"}:
                continue  # raw text: never spoken
            else:
                self.start(tag, _attributes(token), token.rstrip().endswith("/>"))
        self._flush()


@dataclass(frozen=True)
class PageText:
    blocks: list[Block]
    html: str  # the page with each sentence marked for the read-along highlight
    count: int = 0  # the last sentence number used


def read_page(html: str, mark: bool = True, first: int = 0, language: str = "en") -> PageText:
    """The page's blocks in reading order, and its HTML with each sentence marked."""
    tokens = [m[0] for m in TOKEN.finditer(html)]
    reader = _Reader(tokens, mark, first, language)
    reader.run()
    if not mark:
        return PageText(reader.blocks, html, reader.count)
    for index, wraps in reader.wraps.items():
        raw, out, at = tokens[index], [], 0
        for start, end, sid in sorted(wraps):
            out += [raw[at:start], f'<span class="{SENTENCE_CLASS}" data-pb-s="{sid}">']
            out += [raw[start:end], "</span>"]
            at = end
        tokens[index] = "".join(out) + raw[at:]
    return PageText(reader.blocks, "".join(tokens), reader.count)


def blocks_from_html(html: str, language: str = "en") -> list[Block]:
    """The page's readable blocks in reading order."""
    return read_page(html, mark=False, language=language).blocks
