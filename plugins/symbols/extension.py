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
from . import idea, languages
from .matcher import PER_SENTENCE, Match, alt_text, find_all, limit, main_match, says_the_same
from .negation import negated as negated_tokens
from .staff_syntax import FORCE_INLINE, NO_SYMBOL, resolve, staff_pictures
from .vocabulary import Concept, load
from .words import is_capitalised, tokenise

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
    uses: tuple[str, ...] = ()  # person.yml uses: their own kit (plugins/symbols/kit.py)
    used: set[str] = field(default_factory=set)  # concept ids used on the pages so far
    # the host learns of each symbol a page uses, and whether it is drawn with the "not" mark
    on_use: Callable[[Concept, bool], None] | None = None
    tiles: dict[str, Concept] = field(default_factory=dict)  # link target -> its page's picture
    on_block: Callable[[BlockPictures], None] | None = None  # the staff review sheet listens
    language: str = "en"  # the page's language code: English has its own matcher (languages.py)
    gettext: Callable[[str], str] = str  # the person's interface words (alt text "not fish")


@dataclass(frozen=True)
class BlockPictures:
    """What one paragraph, list item or heading got, and why: for the staff review sheet."""

    tag: str
    text: str
    matches: tuple[Match, ...]  # every match, staff's own first
    idea: idea.Idea | None
    inline: tuple[Match, ...]


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
        problems = []
        for found in staff_pictures(lines):
            if found.name != NO_SYMBOL and resolve(found.name) is None:
                words, name = found.words, found.name
                problems.append(
                    Problem(
                        self.settings.page_file or Path("page"),
                        _line_in_source(self.settings.page_file, found.snippet, found.line),
                        f"[[{words}|{name}]]: there is no symbol called '{name}'; "
                        f'find one with: python build.py symbols "{words}", '
                        f"or write [[{words}|-]] for no picture",
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
        span.set(FORCED_ATTR, m.group(2).strip())
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
            for m in self._find(text, heading) + self._photos(text)
            if not any(a < m.end and m.start < b for a, b in taken)
        ]
        auto = sorted(auto, key=lambda m: m.start)
        if heading:
            best = main_match(found) or main_match([m for m in auto if not m.negated])
            self._report(block.tag, text, found + auto, None, [best] if best else [])
            if best:
                img = self._img(best, "symbol-heading")
                img.tail, block.text = block.text, None
                block.insert(0, img)
            return
        everything = sorted(found + auto, key=lambda m: m.start)
        link = _only_link(block)
        tile = self.settings.tiles.get(link.get("href", "")) if link is not None else None
        if not everything and tile is None:
            return
        if link is not None:  # a contents tile or a link list: the picture goes inside the link
            best = main_match(found) or main_match([m for m in auto if not m.negated])
            # A contents tile whose title names no picture takes its page's own picture, so
            # every tile has one; the link's words name it, so that picture adds no words.
            stand_in = best is None and tile is not None
            if stand_in:
                best = Match(text, tile, 0, len(text))
            if best is not None:
                img = self._img(best, "symbol-link")
                if stand_in:
                    img.set("alt", "")
                img.tail, link.text = link.text, None
                link.insert(0, img)
            return
        chosen = None
        if block.tag in ROWS and found:  # a picture staff named leads: it is no guess
            staff = main_match(found)
            chosen = idea.Idea(staff, "high", f'"{staff.term}": named by staff') if staff else None
        elif block.tag in ROWS:
            chosen = idea.choose(text, everything)
        main = chosen.match if chosen else None
        # Inline: what staff named, and at most one more picture a sentence, never the idea's.
        rest = [m for m in auto if main is None or m.concept.id != main.concept.id]
        inline = [m for m in found if m is not main] + limit(rest, text, self.settings.per_sentence)
        for match in sorted(inline, key=lambda m: m.start, reverse=True):
            _insert(block, segments, match, self._img(match, "symbol-inline"))
        if main is not None:
            img = self._img(main, "symbol-main")
            img.set("data-role", "idea")
            _make_row(block, img)
        self._report(block.tag, text, everything, chosen, inline)

    def _find(self, text: str, heading: bool) -> list[Match]:
        """The words of TEXT to picture, read in the page's language."""
        if self.settings.language != "en":
            return languages.find_all(text, self.settings.language, self.settings.names,
                                      heading=heading)  # fmt: skip
        return find_all(text, self.settings.names, heading=heading, uses=self.settings.uses)

    def _report(self, tag, text, matches, chosen, inline) -> None:  # noqa: ANN001
        if self.settings.on_block is not None:
            self.settings.on_block(
                BlockPictures(tag, text, tuple(matches), chosen, tuple(m for m in inline if m))
            )

    def _forced(self, forced: list[tuple[etree.Element, int]]) -> list[Match]:
        concepts = load().concepts
        out = []
        for span, start in forced:
            name, words = span.get(FORCED_ATTR) or "", span.text or ""
            concept = concepts.get(name) or (resolve(name) if name != NO_SYMBOL else None)
            if concept is not None:
                rule = "named by staff"
                out.append(Match(words, concept, start, start + len(words), rule=rule))
        return out

    def _photos(self, text: str) -> list[Match]:
        """The person's own people who have a photo: their name gets the photo."""
        if not self.settings.photos:
            return []
        tokens = tokenise(text)
        named = [
            (k, token, name, url)
            for k, token in enumerate(tokens)
            for name, url in self.settings.photos.items()
            if name not in load().concepts
            and token.norm == name.lower()
            and (is_capitalised(token.text) or token.text.isupper())
        ]
        if not named:
            return []  # no name with a photo: what the text rules out need not be read
        ruled_out = negated_tokens(text, tokens)
        return [
            Match(token.text, photo_concept(name, url), token.start, token.end)
            for k, token, name, url in named
            if k not in ruled_out  # a photo is never crossed out: "I don't see Sue" shows none
        ]

    def _alt(self, match: Match) -> str:
        """What the picture shows, in the page's words: empty when the word beside it says it."""
        if self.settings.language == "en":
            return alt_text(match) if match.negated or not says_the_same(match) else ""
        if match.negated:  # the word beside it, with the "not" the cross means, in their words
            return self.settings.gettext("not %(thing)s") % {"thing": match.term}
        return ""

    def _img(self, match: Match, kind: str) -> etree.Element:
        concept = match.concept
        photo = concept.symbol == "photo" and concept.file or self.settings.photos.get(concept.id)
        negated = match.negated
        img = etree.Element("img")
        classes = f"symbol {kind}" + (" symbol-photo" if photo else "")
        img.set("class", classes + (" symbol-not" if negated else ""))
        path = concept.not_site_path if negated and not photo else concept.site_path
        img.set("src", self.settings.root + (photo or path))
        img.set("alt", self._alt(match))
        img.set("data-concept", concept.id)
        img.set("data-term", match.term)
        img.set("data-negated", "true" if negated else "false")
        if not photo:
            self.settings.used.add(concept.id)
            if self.settings.on_use is not None:
                self.settings.on_use(concept, negated)
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
