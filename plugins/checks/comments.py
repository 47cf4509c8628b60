"""A Python-Markdown extension that drops HTML comments: staff notes are never published.

Staff prompts in the template and ``planbook: ignore`` comments are for staff.
Python-Markdown copies HTML comments into the page as they are, where anyone can
read them with "view source", and the audio or symbols could pick them up. This
preprocessor runs first (before fenced code and raw HTML handling) and replaces
each comment with blank lines, so line numbers and paragraph breaks stay as written.
Comments inside fenced code blocks are left alone.

Use it as ``plugins.checks.comments`` in ``markdown_extensions`` (mkdocs.yml).
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from .markdown_text import FENCE

OPEN, CLOSE = "<!--", "-->"


def strip_comments(lines: list[str]) -> list[str]:
    """The lines with every HTML comment outside fenced code removed (blank lines kept)."""
    out: list[str] = []
    fence: str | None = None
    in_comment = False
    for line in lines:
        if not in_comment:
            opening = FENCE.match(line)
            if fence:
                if (
                    opening
                    and opening.group(1)[0] == fence[0]
                    and len(opening.group(1)) >= len(fence)
                ):
                    fence = None
                out.append(line)
                continue
            if opening:
                fence = opening.group(1)
                out.append(line)
                continue
        kept, rest = "", line
        while rest:
            if in_comment:
                end = rest.find(CLOSE)
                if end < 0:
                    rest = ""
                    break
                rest, in_comment = rest[end + len(CLOSE) :], False
            else:
                start = rest.find(OPEN)
                if start < 0:
                    kept, rest = kept + rest, ""
                    break
                kept, rest, in_comment = kept + rest[:start], rest[start + len(OPEN) :], True
        had_comment = kept != line
        out.append(
            ""
            if had_comment and not kept.strip()
            else re.sub(r"[ \t]+$", "", kept)
            if had_comment
            else kept
        )
    return out


class StripComments(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return strip_comments(lines)


class StripCommentsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(StripComments(md), "planbook_strip_comments", 40)


def makeExtension(**kwargs) -> StripCommentsExtension:  # noqa: N802
    return StripCommentsExtension(**kwargs)
