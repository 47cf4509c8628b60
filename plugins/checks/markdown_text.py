"""Read a plan page the way a person reads it: prose lines and sentences, with their lines.

The checker works on Markdown source (not HTML) so every finding names the line
staff must edit. The plan core's scanner (``plugins.plan.source``) says which lines
are prose, headings, code or front matter and takes staff comments out; this module
only turns prose into sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..plan.source import Line, scan

HEADING = re.compile(r"^\s{0,3}#{1,6}\s*")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’\-]*[A-Za-z0-9])?")


@dataclass(frozen=True)
class Sentence:
    line: int
    text: str  # plain words, Markdown syntax removed
    starts: tuple[tuple[int, int], ...] = ()  # (offset in text, line) where each source line begins
    heading: bool = False

    @property
    def words(self) -> list[str]:
        return WORD.findall(self.text)

    def line_at(self, offset: int) -> int:
        """The source line of a character, so a finding names the line to edit."""
        return max((n for pos, n in self.starts if pos <= offset), default=self.line)


def source_lines(text: str) -> list[Line]:
    """The page's lines as the plan core reads them (comments out, code and front matter marked)."""
    return list(scan(text).lines)


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_CODE_SPAN = re.compile(r"`[^`]*`")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1")
_ATTR_LIST = re.compile(r"\{[:#.][^}]*\}")


def plain(line: str) -> str:
    """The words a reader sees on a Markdown line, without markup."""
    text = HEADING.sub("", line)
    text = re.sub(r"^\s*>\s?", "", text)
    text = LIST_ITEM.sub("", text)
    text = _CODE_SPAN.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _TAG.sub("", text)
    text = _ATTR_LIST.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text.replace("&nbsp;", " ").strip()


_ABBREVIATIONS = ("mr.", "mrs.", "ms.", "dr.", "st.", "e.g.", "i.e.", "etc.", "no.", "approx.")
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s|$)")


def _split(text: str) -> list[tuple[int, str]]:
    """Split on sentence ends; returns (start offset, sentence)."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _END.finditer(text):
        before = text[start : match.end()].split()
        if before and before[-1].lower() in _ABBREVIATIONS:
            continue
        pieces.append((start, text[start : match.end()]))
        start = match.end()
    pieces.append((start, text[start:]))
    out = []
    for offset, piece in pieces:
        stripped = piece.strip()
        if WORD.search(stripped):
            out.append((offset + len(piece) - len(piece.lstrip()), stripped))
    return out


def _blocks(lines: list[Line], with_headings: bool = False) -> list[list[tuple[int, str]]]:
    """Paragraphs, list items and table cells: the units a sentence cannot cross."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []

    def close() -> None:
        nonlocal current
        if current:
            blocks.append(current)
        current = []

    for line in lines:
        if line.kind == "heading" and with_headings:
            close()
            blocks.append([(-line.number, plain(line.text))])  # negative: marks a heading
            continue
        if line.kind != "prose":
            close()
            continue
        raw = line.text
        if TABLE_RULE.match(raw):
            continue
        if raw.lstrip().startswith("|") or raw.count("|") >= 2:
            close()
            for cell in raw.strip().strip("|").split("|"):
                if cell.strip():
                    blocks.append([(line.number, plain(cell))])
            continue
        if LIST_ITEM.match(raw):
            close()
        current.append((line.number, plain(raw)))
        if re.search(r"(\s{2}|\\)$", raw):  # a hard line break ends the sentence here
            close()
    close()
    return blocks


def sentences(text: str, with_headings: bool = False) -> list[Sentence]:
    """Every sentence of the page's prose (code excluded; headings on request), with its lines."""
    found: list[Sentence] = []
    for block in _blocks(source_lines(text), with_headings):
        heading = block[0][0] < 0
        joined, starts = "", []
        for number, words in block:
            starts.append((len(joined), abs(number)))
            joined += words + " "
        for offset, sentence in _split(joined):
            end = offset + len(sentence)
            mine = [(max(pos - offset, 0), n) for pos, n in starts if pos < end]
            mine = [
                (pos, n) for pos, n in mine if pos > 0 or n == max(m for p, m in mine if p == 0)
            ]
            found.append(Sentence(mine[0][1], sentence, tuple(mine), heading))
    return found


def headings(text: str) -> list[tuple[int, str]]:
    return [(h.line, plain(h.text)) for h in scan(text).headings]
