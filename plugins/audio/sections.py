"""Sections: each heading and what follows it, the unit a "Listen" button plays."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import for_speech
from .speech_text import Block, blocks_from_html

# Silence after each kind of block, in milliseconds: a list item pauses less than a paragraph.
PAUSE_MS = {"heading": 700, "paragraph": 600, "item": 450, "row": 450}
SECTION_GAP_MS = 900  # between sections in a page's MP3
PAGE_GAP_MS = 1600  # between pages in the whole-plan MP3


@dataclass(frozen=True)
class Utterance:
    """One block as it will be spoken: normalised words, then a pause."""

    text: str
    pause_ms: int


@dataclass(frozen=True)
class Section:
    """A heading and what follows it, up to the next heading."""

    id: str  # unique in its page; names the MP3 file
    title: str  # the heading as written ("" for words before the first heading)
    level: int
    anchor: str | None  # the heading's HTML id, where its Listen button goes
    utterances: tuple[Utterance, ...]

    @property
    def words(self) -> int:
        return sum(len(u.text.split()) for u in self.utterances)


def safe_id(text: str) -> str:
    """A file-name-safe id: lower case letters, digits and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def spoken(block: Block) -> str:
    """Normalised words of a block, ending in punctuation so the voice lets its pitch fall."""
    text = for_speech(block.text)
    return text if not text or text[-1] in ".!?:;" else text + "."


def split_sections(blocks: list[Block]) -> list[Section]:
    """Blocks grouped under their headings; words before the first heading are a section too."""
    groups: list[tuple[Block | None, list[Block]]] = []
    for block in blocks:
        if block.kind == "heading" or not groups:
            groups.append((block if block.kind == "heading" else None, []))
        if block.kind != "heading" or groups[-1][0] is not block:
            groups[-1][1].append(block)
    sections: list[Section] = []
    seen: set[str] = set()
    for heading, body in groups:
        base = safe_id(heading.anchor or heading.text) if heading else "start"
        section_id, n = base, 1
        while section_id in seen:
            n += 1
            section_id = f"{base}-{n}"
        seen.add(section_id)
        parts = ([heading] if heading else []) + body
        utterances = tuple(Utterance(t, PAUSE_MS[b.kind]) for b in parts if (t := spoken(b)))
        if utterances:
            sections.append(
                Section(
                    id=section_id,
                    title=heading.text if heading else "",
                    level=heading.level if heading else 0,
                    anchor=heading.anchor if heading else None,
                    utterances=utterances,
                )
            )
    return sections


DIV_TAG = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)


def element_bounds(html: str, element_id: str) -> tuple[int, int, int] | None:
    """(start of the <div id=...>, end of its start tag, start of its </div>), or None."""
    opening = re.search(rf'<div\b[^>]*\bid="{re.escape(element_id)}"[^>]*>', html)
    if not opening:
        return None
    depth = 1
    for tag in DIV_TAG.finditer(html, opening.end()):
        depth += -1 if tag[1] else 1
        if depth == 0:
            return opening.start(), opening.end(), tag.start()
    return None


def sections_with_opening(html: str, element_id: str) -> list[Section]:
    """A page's sections, with the words inside ``element_id`` as a section of their own.

    The home page opens with the person's own words (index.md) under the page's title: they get
    their own Listen button, and the whole-page MP3 still reads title, words, then the rest once.
    """
    bounds = element_bounds(html, element_id)
    if bounds is None:
        return split_sections(blocks_from_html(html))
    start, inner, end = bounds
    before = split_sections(blocks_from_html(html[:start]))
    words = split_sections(blocks_from_html(html[inner:end]))
    after = split_sections(blocks_from_html(html[end:]))
    if words and words[0].anchor is None:  # the words before any heading of their own
        first = words[0]
        words[0] = Section("opening", first.title, first.level, element_id, first.utterances)
    return before + words + after
