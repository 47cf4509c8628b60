"""What is spoken: a page's HTML as a person would read it aloud.

Headings, paragraphs, list items and table rows become separate blocks (each followed by a
pause); navigation, symbol pictures, permalinks, scripts and our own player are never read.
An <img> is never spoken at all: a symbol's alt text repeats the word beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

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


@dataclass(frozen=True)
class Block:
    """One thing read aloud, then a pause: a heading, a paragraph, a list item or a table row."""

    kind: BlockKind
    text: str  # as written (not yet normalised for speech)
    level: int = 0  # heading level, 0 for other blocks
    anchor: str | None = None  # the heading's id, for linking a section to its MP3


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skip_depth = 0
        self.buffer: list[str] = []
        self.heading: tuple[int, str | None] | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_thead = False
        self.kind: BlockKind = "paragraph"

    # -- helpers
    def _flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        if not text:
            return
        if self.heading is not None:
            level, anchor = self.heading
            self.blocks.append(Block("heading", text, level, anchor))
        else:
            self.blocks.append(Block(self.kind, text))

    def _skipped(self, tag: str, attrs: dict[str, str | None]) -> bool:
        classes = set((attrs.get("class") or "").split())
        return (
            tag in SKIPPED_TAGS
            or bool(classes & SKIPPED_CLASSES)
            or attrs.get("aria-hidden") == "true"
            or "hidden" in attrs
        )

    # -- parser events
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = dict(attrs_list)
        if tag in VOID:
            if tag == "br" and not self.skip_depth:
                self.buffer.append(", " if self.row is None else " ")
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
            self.kind = "item" if tag in {"li", "dt", "dd"} else "paragraph"

    def handle_endtag(self, tag: str) -> None:
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
                cell = " ".join("".join(self.cell).split())
                if cell:
                    self.row.append(cell)
                self.cell = None
            elif open_tag == "tr" and self.row is not None:
                if self.row and not self.in_thead:
                    head, rest = self.row[0], self.row[1:]
                    self.blocks.append(Block("row", f"{head}: {', '.join(rest)}" if rest else head))
                self.row = None
            elif open_tag == "thead":
                self.in_thead = False
            elif open_tag in BLOCKS:
                self._flush()
                parent = next((t for t, s in reversed(self.stack) if not s and t in BLOCKS), None)
                self.kind = "item" if parent in {"li", "dt", "dd"} else "paragraph"
            if open_tag == tag:
                return

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        (self.cell if self.cell is not None else self.buffer).append(data)


def blocks_from_html(html: str) -> list[Block]:
    """The page's readable blocks in reading order."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    reader._flush()
    return reader.blocks
