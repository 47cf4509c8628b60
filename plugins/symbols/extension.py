"""Python-Markdown extension: pictures beside the key words, Easy Read picture column, staff syntax.

Pure Python-Markdown (no MkDocs), so it moves to another host unchanged. Output contract
(DESIGN.md): every picture is <img class="symbol ..." data-concept data-term alt>, alt empty when
the word beside it already says the same.

Staff syntax:  [[my frame|walking-frame]]  puts that symbol on "my frame";
               [[Rose|-]]                  keeps any picture off "Rose".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from ..plan.errors import PlanError, Problem
from .matcher import PER_SENTENCE, Match, find_all, limit, main_match, says_the_same
from .vocabulary import Concept, load
from .words import is_capitalised, tokenise

FORCE = re.compile(r"\[\[([^\[\]|\n]+)\|\s*([A-Za-z0-9\-]+)\s*\]\]")
FORCE_INLINE = r"\[\[([^\[\]|\n]+)\|\s*([A-Za-z0-9\-]+)\s*\]\]"
NO_SYMBOL = "-"
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`[^`]*`")

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
ROWS = {"p", "li", "dd", "dt"}  # get the Easy Read picture column
INLINE_ONLY = {"td", "th"}
BLOCK = {"p", "ul", "ol", "div", "pre", "blockquote", "table", "dl", "hr", "details", "figure"}
SKIP = {"code", "pre", "kbd", "script", "style", "img", "svg", "math", "samp"}
FORCED_ATTR = "data-symbol-force"


@dataclass
class SymbolSettings:
    """What one page needs to know; the MkDocs adapter sets it before each page."""

    mode: str = "key-words"  # off | headings | key-words
    names: tuple[str, ...] = ()  # the person's own people: never a generic picture
    photos: dict[str, str] = field(default_factory=dict)  # concept id or name -> URL in the site
    page_file: Path | None = None  # for messages: plans/peggy/02-my-day.md
    root: str = ""  # from this page to the site root ("" for pages at the top)
    per_sentence: int = PER_SENTENCE
    used: set[str] = field(default_factory=set)  # concept ids used on the pages so far
    on_use: Callable[[Concept], None] | None = None  # the host learns of each symbol a page uses
    tiles: dict[str, Concept] = field(default_factory=dict)  # link target -> its page's picture


def photo_concept(name: str, url: str) -> Concept:
    """A stand-in concept for one of the person's own people, shown by their photo."""
    return Concept(
        id=f"photo:{name}",
        symbol="photo",
        file=url,
        alt=f"photo of {name}",
        words=frozenset({name.lower()}),
        proper=True,
        weight=3,
    )


class ForceSyntaxCheck(Preprocessor):
    """Checks every [[text|symbol]] against the vocabulary, naming the file and line."""

    def __init__(self, md: Markdown, settings: SymbolSettings) -> None:
        super().__init__(md)
        self.settings = settings

    def run(self, lines: list[str]) -> list[str]:
        concepts = load().concepts
        problems, fenced = [], False
        for number, line in enumerate(lines, start=1):
            if FENCE.match(line):
                fenced = not fenced
            if fenced:
                continue
            for m in FORCE.finditer(CODE_SPAN.sub("", line)):
                cid = m.group(2)
                if cid != NO_SYMBOL and cid not in concepts:
                    problems.append(
                        Problem(
                            self.settings.page_file or Path("page"),
                            _line_in_source(self.settings.page_file, m.group(0), number),
                            f"[[{m.group(1)}|{cid}]]: there is no symbol called '{cid}'; "
                            f'find one with: python build.py symbols "{m.group(1)}", '
                            f"or write [[{m.group(1)}|-]] for no picture",
                        )
                    )
        if problems:
            raise PlanError(*problems)
        return lines


def _line_in_source(file: Path | None, snippet: str, fallback: int) -> int:
    """The line in the file as staff wrote it (comments and front matter are gone by now)."""
    try:
        text = file.read_text(encoding="utf-8") if file else ""
    except OSError:
        return fallback
    at = text.find(snippet)
    return text.count("\n", 0, at) + 1 if at >= 0 else fallback


class ForceSyntax(InlineProcessor):
    """[[words|symbol]] -> <span data-symbol-force="symbol">words</span>, resolved later."""

    def handleMatch(self, m: re.Match, data: str):  # noqa: N802 (Python-Markdown's name)
        span = etree.Element("span")
        span.set(FORCED_ATTR, m.group(2))
        span.text = m.group(1)
        return span, m.start(0), m.end(0)


@dataclass
class Segment:
    owner: etree.Element
    attr: str  # "text" or "tail"
    start: int  # offset in the block's joined text
    text: str


class SymbolTree(Treeprocessor):
    """Adds the pictures once inline Markdown is parsed."""

    def __init__(self, md: Markdown, settings: SymbolSettings) -> None:
        super().__init__(md)
        self.settings = settings

    def run(self, root: etree.Element) -> None:
        parents = {child: parent for parent in root.iter() for child in parent}
        blocks = [el for el in root.iter() if el.tag in HEADINGS | ROWS | INLINE_ONLY]
        for block in blocks:
            if self.settings.mode == "off":
                continue
            # in headings mode, contents links count as headings (each names a page)
            if (
                self.settings.mode == "headings"
                and block.tag not in HEADINGS
                and _only_link(block) is None
            ):
                continue
            if block.tag == "li" and any(child.tag == "p" for child in block):
                continue  # loose list: its paragraphs get the pictures
            if self._inside_skip(block, parents):
                continue
            self._block(block)
        parents = {child: parent for parent in root.iter() for child in parent}
        for span in [el for el in root.iter("span") if el.get(FORCED_ATTR)]:
            _unwrap(span, parents[span])
        for item in root.iter("li"):
            if "symbol-row" in (item.get("class") or "") and item in parents:
                parent = parents[item]
                if "symbol-list" not in (parent.get("class") or ""):
                    parent.set("class", ((parent.get("class") or "") + " symbol-list").strip())

    def _inside_skip(self, el: etree.Element, parents: dict) -> bool:
        while el in parents:
            el = parents[el]
            if el.tag in SKIP or "admonition-title" in (el.get("class") or ""):
                return True
        return False

    # ---- one block ----
    def _block(self, block: etree.Element) -> None:
        segments, forced = _segments(block)
        text = "".join(s.text for s in segments)
        heading = block.tag in HEADINGS
        found = self._forced(forced)
        taken = [(start, start + len(span.text or "")) for span, start in forced]
        auto = [
            m
            for m in find_all(text, self.settings.names, heading=heading) + self._photos(text)
            if not any(a < m.end and m.start < b for a, b in taken)
        ]
        auto = sorted(auto, key=lambda m: m.start)
        if heading:
            best = main_match(found) or main_match(auto)
            if best:
                img = self._img(best, "symbol-heading")
                img.tail, block.text = block.text, None
                block.insert(0, img)
            return
        chosen = sorted(
            found + limit(auto, text, self.settings.per_sentence), key=lambda m: m.start
        )
        link = _only_link(block)
        tile = self.settings.tiles.get(link.get("href", "")) if link is not None else None
        # A contents tile whose title names no picture takes its page's own picture, so every
        # tile has one; the link's words name it, so that picture adds no words (alt="").
        stand_in = not chosen and tile is not None
        if stand_in:
            chosen = [Match(text, tile, 0, len(text))]
        if not chosen:
            return
        if link is not None:  # a contents tile or a link list: the picture goes inside the link
            best = main_match(chosen)
            if best is not None:
                img = self._img(best, "symbol-link")
                if stand_in:
                    img.set("alt", "")
                img.tail, link.text = link.text, None
                link.insert(0, img)
            return
        main = main_match(chosen) if block.tag in ROWS else None
        for match in sorted(chosen, key=lambda m: m.start, reverse=True):
            if match is not main:
                _insert(block, segments, match, self._img(match, "symbol-inline"))
        if main is not None:
            _make_row(block, self._img(main, "symbol-main"))

    def _forced(self, forced: list[tuple[etree.Element, int]]) -> list[Match]:
        concepts = load().concepts
        out = []
        for span, start in forced:
            cid, words = span.get(FORCED_ATTR), span.text or ""
            if cid in concepts:
                out.append(Match(words, concepts[cid], start, start + len(words)))
        return out

    def _photos(self, text: str) -> list[Match]:
        """The person's own people who have a photo: their name gets the photo."""
        out = []
        for token in tokenise(text):
            for name, url in self.settings.photos.items():
                if name in load().concepts or token.norm != name.lower():
                    continue
                if is_capitalised(token.text) or token.text.isupper():
                    out.append(Match(token.text, photo_concept(name, url), token.start, token.end))
        return out

    def _img(self, match: Match, kind: str) -> etree.Element:
        concept = match.concept
        photo = concept.symbol == "photo" and concept.file or self.settings.photos.get(concept.id)
        img = etree.Element("img")
        img.set("class", f"symbol {kind}" + (" symbol-photo" if photo else ""))
        img.set("src", self.settings.root + (photo or concept.site_path))
        img.set("alt", "" if says_the_same(match) else concept.alt)
        img.set("data-concept", concept.id)
        img.set("data-term", match.term)
        if not photo:
            self.settings.used.add(concept.id)
            if self.settings.on_use is not None:
                self.settings.on_use(concept)
        return img


def _segments(block: etree.Element) -> tuple[list[Segment], list[tuple[etree.Element, int]]]:
    """The block's own text runs in reading order, stopping at a nested block (a sub-list)."""
    segments: list[Segment] = []
    forced: list[tuple[etree.Element, int]] = []
    offset = 0

    def add(owner: etree.Element, attr: str) -> None:
        nonlocal offset
        value = getattr(owner, attr)
        if value:
            segments.append(Segment(owner, attr, offset, value))
            offset += len(value)

    def walk(el: etree.Element, top: bool) -> bool:
        add(el, "text")
        for child in el:
            if top and child.tag in BLOCK:
                return False
            if child.get(FORCED_ATTR) is not None:
                forced.append((child, offset))
                add(child, "text")
            elif child.tag not in SKIP:
                walk(child, False)
            add(child, "tail")
        return True

    walk(block, True)
    return segments, forced


def _only_link(block: etree.Element) -> etree.Element | None:
    """The link when a list item or paragraph is nothing but one link ("- [My week](...)")."""
    children = list(block)
    if len(children) != 1 or children[0].tag != "a":
        return None
    link = children[0]
    if (block.text or "").strip() or (link.tail or "").strip():
        return None
    return link


def _insert(
    block: etree.Element, segments: list[Segment], match: Match, img: etree.Element
) -> None:
    """Put IMG just before the matched words, keeping picture and words on one line."""
    seg = next((s for s in segments if s.start <= match.start < s.start + len(s.text)), None)
    if seg is None:
        return
    if seg.owner.get(FORCED_ATTR) is not None and seg.attr == "text":
        img.tail, seg.owner.text = seg.owner.text, None
        seg.owner.insert(0, img)
        seg.owner.set("class", "symbol-term")
        return
    value = getattr(seg.owner, seg.attr)
    k = match.start - seg.start
    whole = match.end <= seg.start + len(seg.text)
    term_end = match.end - seg.start if whole else k
    span = etree.Element("span", {"class": "symbol-term"}) if whole else img
    if whole:
        span.append(img)
        img.tail = value[k:term_end]
    span.tail = value[term_end:]
    setattr(seg.owner, seg.attr, value[:k])
    if seg.attr == "text":
        seg.owner.insert(0, span)
    else:
        parent = _parent_of(block, seg.owner)
        parent.insert(list(parent).index(seg.owner) + 1, span)


def _parent_of(block: etree.Element, el: etree.Element) -> etree.Element:
    for parent in block.iter():
        if el in list(parent):
            return parent
    raise ValueError("element is not inside the block")


def _make_row(block: etree.Element, img: etree.Element) -> None:
    """Easy Read: the main picture in a column on the left, the words beside it."""
    text = etree.Element("span", {"class": "symbol-text"})
    text.text, block.text = block.text, None
    for child in list(block):
        if child.tag in BLOCK:
            break
        block.remove(child)
        text.append(child)
    block.insert(0, img)
    block.insert(1, text)
    block.set("class", ((block.get("class") or "") + " symbol-row").strip())


def _unwrap(span: etree.Element, parent: etree.Element) -> None:
    """A forced span that got no picture ([[Rose|-]]) becomes plain text again."""
    del span.attrib[FORCED_ATTR]
    if span.get("class") == "symbol-term":
        return
    index = list(parent).index(span)
    text = (span.text or "") + (span.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        parent[index - 1].tail = (parent[index - 1].tail or "") + text
    parent.remove(span)


class SymbolsExtension(Extension):
    """markdown.markdown(text, extensions=[SymbolsExtension(mode="key-words", names=("Sue",))])"""

    def __init__(self, settings: SymbolSettings | None = None, **kwargs) -> None:
        self.settings = settings or SymbolSettings(**kwargs)
        super().__init__()

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(ForceSyntaxCheck(md, self.settings), "planbook_symbols_check", 5)
        md.inlinePatterns.register(ForceSyntax(FORCE_INLINE, md), "planbook_symbols_force", 175)
        # after inline parsing (20), before attr_list (8) and toc (5)
        md.treeprocessors.register(SymbolTree(md, self.settings), "planbook_symbols", 15)


def makeExtension(**kwargs) -> SymbolsExtension:  # noqa: N802 (Python-Markdown's name)
    return SymbolsExtension(**kwargs)
