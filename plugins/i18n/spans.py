"""A phrase in another language inside a page: ``[Sat Sri Akal]{lang=pa}``.

Why: a Welsh plan may quote an English name for a service, an English plan a greeting in
Punjabi. Marked, the phrase keeps its own language: the browser and screen readers know it
(``lang``), right-to-left text keeps its direction (``dir``), and the pictures and the voice can
treat it in its own language. A pure Python-Markdown inline extension.
"""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor

from .languages import UnknownLanguage, language_of

# [words]{lang=cy}; the words hold no brackets, so [[term|picture]] and links are left alone.
SPAN = (
    r"(?<!\[)\[([^\[\]\n]+)\]\{\s*lang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)[\"']?\s*\}"
)


class LanguageSpan(InlineProcessor):
    def handleMatch(self, m, data):  # noqa: N802 - Python-Markdown's name
        words, tag = m.group(1), m.group(2)
        span = etree.Element("span", {"lang": tag})
        with contextlib.suppress(UnknownLanguage):  # a language planbook cannot speak is still
            span.set("dir", language_of(tag).direction)  # marked for the browser and readers
        span.text = words
        return span, m.start(0), m.end(0)


class LanguageSpanExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.registerExtension(self)
        # Before links (160) and references (170); after [[term|picture]] (175).
        md.inlinePatterns.register(LanguageSpan(SPAN, md), "planbook_language_span", 172)


def makeExtension(**kwargs) -> LanguageSpanExtension:  # noqa: N802 - Python-Markdown's name
    return LanguageSpanExtension(**kwargs)
