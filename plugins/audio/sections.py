"""Sections: each heading and what follows it, the unit a "Listen" button plays.

A section is a list of utterances, one per sentence: the sentence as written (the caption and
the highlight), the words given to the voice, and the pause after it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .languages import language_words
from .normalise import for_speech
from .numbers import cardinal
from .speech_text import Block, read_page

# Silence after each kind of block, in milliseconds: a list item pauses less than a paragraph.
PAUSE_MS = {"heading": 800, "paragraph": 700, "item": 550, "row": 550}
SENTENCE_PAUSE_MS = 450  # between sentences of one block
SECTION_GAP_MS = 1000  # between sections in a page's MP3
PAGE_GAP_MS = 1600  # between pages in the whole-plan MP3


@dataclass(frozen=True)
class Utterance:
    """One sentence as it will be spoken: normalised words, then a pause."""

    text: str  # the words given to the voice
    pause_ms: int
    written: str = ""  # the sentence as written on the page (its caption)
    sid: str = ""  # its id in the page (the cue id and the highlight's data-pb-s)
    numbered: bool = False  # said after its list item's number ("One: ..."), not captioned


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


def spoken(text: str, say: Mapping[str, str] | None = None, language: str = "en") -> str:
    """Normalised words of a sentence, ending in punctuation so the voice lets its pitch fall."""
    words = for_speech(text, say, language)
    if not re.search(r"\w", words):
        return ""
    return words if words[-1] in ENDS else words.rstrip(":;,،") + STOP.get(language, ".")


ENDS = ".!?۔؟।"  # a sentence's end in English, Welsh, Polish, Urdu and Punjabi
STOP = {"ur": "۔", "pa": "।"}


def block_utterances(
    block: Block, say: Mapping[str, str] | None = None, language: str = "en"
) -> list[Utterance]:
    """A block's sentences, the pause after each, and an ordered item's number before it."""
    out: list[Utterance] = []
    for n, (written, sid) in enumerate(zip(block.sentences, block.ids, strict=True)):
        words = spoken(written, say, language)
        if not words:
            continue
        numbered = n == 0 and block.number is not None
        if numbered:  # "1. I stay still." -> "One: I stay still."
            words = f"{number_word(block.number, language)}: {words}"
        out.append(Utterance(words, SENTENCE_PAUSE_MS, written, sid, numbered))
    if out:
        last = out[-1]
        out[-1] = Utterance(last.text, PAUSE_MS[block.kind], last.written, last.sid, last.numbered)
    return out


def number_word(number: int, language: str = "en") -> str:
    """A list item's number as a word ("One", "Un", "Jeden"); digits where num2words has none."""
    if language == "en":
        return cardinal(number).capitalize()
    return language_words(number, language)


def split_sections(
    blocks: list[Block], say: Mapping[str, str] | None = None, language: str = "en"
) -> list[Section]:
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
        utterances = tuple(u for b in parts for u in block_utterances(b, say, language))
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


def sections_with_opening(
    html: str, element_id: str, say: Mapping[str, str] | None = None, language: str = "en"
) -> tuple[list[Section], str]:
    """A page's sections, with the words inside ``element_id`` as a section of their own, and
    the page's HTML with every sentence marked for the read-along (ids unique in the page).

    The home page opens with the person's own words (index.md) under the page's title: they get
    their own Listen button, and the whole-page MP3 still reads title, words, then the rest once.
    """
    bounds = element_bounds(html, element_id)
    if bounds is None:
        page = read_page(html, language=language)
        return split_sections(page.blocks, say, language), page.html
    start, inner, end = bounds
    before = read_page(html[:start], language=language)
    words = read_page(html[inner:end], first=before.count, language=language)
    after = read_page(html[end:], first=words.count, language=language)
    opening = split_sections(words.blocks, say, language)
    if opening and opening[0].anchor is None:  # the words before any heading of their own
        first = opening[0]
        opening[0] = Section("opening", first.title, first.level, element_id, first.utterances)
    sections = (
        split_sections(before.blocks, say, language)
        + opening
        + split_sections(after.blocks, say, language)
    )
    return sections, before.html + html[start:inner] + words.html + after.html
