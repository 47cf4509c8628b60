"""A Python-Markdown extension: no script written in a plan reaches a page.

Raw HTML takes three roads through Python-Markdown, and each is cleaned (policy: html_policy.py):
- inline tags (`<span onclick=...>`) are stored tag by tag: each is cleaned as it is stored;
- blocks of HTML are stored whole in `md.htmlStash`: cleaned with nh3 just before they are put
  back into the page (a postprocessor ahead of Markdown's own `raw_html`);
- Markdown links and pictures, `{: attr_list }` attributes and `md_in_html` blocks become
  elements: a late treeprocessor drops unsafe elements, `on...=` attributes and `javascript:`
  style addresses.
What was taken out is kept in `removed` so the builder can warn staff about that page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import HTML_RE, HtmlInlineProcessor
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .html_policy import CONTENT_REMOVED, clean_html, clean_tag, clean_tree, risky_parts

CLEANED = "_planbook_cleaned"  # indexes into md.htmlStash.rawHtmlBlocks already made safe


def _cleaned(md: Markdown) -> set[int]:
    if not hasattr(md, CLEANED):
        setattr(md, CLEANED, set())
    return getattr(md, CLEANED)


class _Start(Preprocessor):
    """Forget what the last document cleaned (Markdown reuses its stash after reset())."""

    def __init__(self, md: Markdown, extension: SanitiseExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        _cleaned(self.md).clear()
        self.extension.removed.clear()
        return lines


class SafeInlineHtml(HtmlInlineProcessor):
    """Markdown's inline HTML, each tag cleaned before it is stored."""

    def __init__(self, pattern: str, md: Markdown, extension: SanitiseExtension) -> None:
        super().__init__(pattern, md)
        self.extension = extension

    def handleMatch(self, m: re.Match[str], data: str) -> tuple[str, int, int]:  # noqa: N802
        raw = self.backslash_unescape(self.unescape(m.group(1)))
        self.extension.removed += risky_parts(raw)
        place_holder = self.md.htmlStash.store(clean_tag(raw))
        _cleaned(self.md).add(self.md.htmlStash.html_counter - 1)
        return place_holder, m.start(0), m.end(0)


class SafeTree(Treeprocessor):
    def __init__(self, md: Markdown, extension: SanitiseExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        self.extension.removed += clean_tree(root)


class SafeStash(Postprocessor):
    """Every block of raw HTML cleaned just before Markdown writes it back into the page."""

    def __init__(self, md: Markdown, extension: SanitiseExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, text: str) -> str:
        stash = self.md.htmlStash.rawHtmlBlocks
        done = _cleaned(self.md)
        for index, block in enumerate(stash):
            if index in done:
                continue
            if isinstance(block, etree.Element):
                self.extension.removed += clean_tree(_wrap(block))
                if not isinstance(block.tag, str) or block.tag.lower() in CONTENT_REMOVED:
                    stash[index] = ""
            else:
                self.extension.removed += risky_parts(block)
                stash[index] = clean_html(block)
            done.add(index)
        return text


class DropEmptyParagraphs(Postprocessor):
    """A block that was all script leaves an empty paragraph behind: take it away."""

    EMPTY = re.compile(r"<p>\s*</p>\n?")

    def run(self, text: str) -> str:
        return self.EMPTY.sub("", text)


def _wrap(element: etree.Element) -> etree.Element:
    """clean_tree looks at children: give a stored element a parent so it is checked too."""
    holder = etree.Element("div")
    holder.append(element)
    return holder


class SanitiseExtension(Extension):
    """Register with `markdown_extensions`; `removed` lists what the last page had taken out."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.removed: list[str] = []

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802
        md.registerExtension(self)
        md.preprocessors.register(_Start(md, self), "planbook_sanitise_start", 1000)
        md.inlinePatterns.register(SafeInlineHtml(HTML_RE, md, self), "html", 90)
        md.treeprocessors.register(SafeTree(md, self), "planbook_sanitise", 1)
        md.postprocessors.register(SafeStash(md, self), "planbook_sanitise", 40)
        md.postprocessors.register(DropEmptyParagraphs(md), "planbook_sanitise_empty", 25)

    def reset(self) -> None:
        self.removed.clear()


def makeExtension(**kwargs: object) -> SanitiseExtension:  # noqa: N802
    return SanitiseExtension(**kwargs)
