"""English inside a right-to-left page, isolated for the bidi algorithm.

Why: in an Urdu paragraph, "I like my NHS nurse, Sue." is laid out right to left around its
neutral characters, so its full stop lands on the wrong side and a name between two Urdu words
can drag the words around it. Each run of Latin-script words is wrapped in a
``<bdi dir="ltr">``: an isolate, laid out on its own and placed as one piece. A pure
Python-Markdown extension: it knows the text, not MkDocs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
# From a Latin letter to the last Latin letter or digit of the run, with the spaces, digits and
# punctuation between; a full stop, ! or ? right after it belongs to it too.
RUN = re.compile(
    rf"[{LATIN}](?:[{LATIN}0-9'’&/\-]|[ ,.:;()](?=[ ,.:;()]*[{LATIN}0-9]))*(?:[.!?)](?![{LATIN}]))?"
)
SKIP = {"code", "pre", "script", "style", "bdi", "kbd", "samp"}


def isolate_runs(text: str) -> list[str | etree.Element]:
    """The text cut into plain pieces and <bdi dir="ltr"> elements around each Latin run."""
    pieces: list[str | etree.Element] = []
    at = 0
    for match in RUN.finditer(text):
        if match.start() > at:
            pieces.append(text[at : match.start()])
        bdi = etree.Element("bdi", {"dir": "ltr"})
        bdi.text = match.group(0)
        pieces.append(bdi)
        at = match.end()
    if at < len(text):
        pieces.append(text[at:])
    return pieces


def _isolate(element: etree.Element) -> None:
    if not isinstance(element.tag, str) or element.tag in SKIP or element.get("dir"):
        return
    children = list(element)
    if element.text and RUN.search(element.text):
        pieces = isolate_runs(element.text)
        element.text = pieces[0] if isinstance(pieces[0], str) else None
        _insert(element, 0, pieces if element.text is None else pieces[1:])
    for child in children:
        _isolate(child)
        if child.tail and RUN.search(child.tail):
            pieces = isolate_runs(child.tail)
            child.tail = pieces[0] if isinstance(pieces[0], str) else None
            index = list(element).index(child) + 1
            _insert(element, index, pieces if child.tail is None else pieces[1:])


def _insert(parent: etree.Element, index: int, pieces: list[str | etree.Element]) -> None:
    """Put the elements in at index, each following plain piece as the tail before it."""
    last: etree.Element | None = None
    for piece in pieces:
        if isinstance(piece, str):
            if last is not None:
                last.tail = (last.tail or "") + piece
        else:
            parent.insert(index, piece)
            index += 1
            last = piece


class BidiTree(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        _isolate(root)


class BidiExtension(Extension):
    """For a right-to-left page: every run of Latin-script words becomes an isolate."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.registerExtension(self)
        # After the symbols (15) have placed their pictures, before the sanitiser (1).
        md.treeprocessors.register(BidiTree(md), "planbook_bidi", 5)
