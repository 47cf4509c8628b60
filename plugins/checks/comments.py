"""A Python-Markdown extension that drops HTML comments: staff notes are never published.

Staff prompts in the template and ``planbook: ignore`` comments are for staff.
Python-Markdown copies HTML comments into the page as they are, where anyone can
read them with "view source", and the audio or symbols could pick them up. This
preprocessor runs first (before fenced code and raw HTML handling) and takes out
each comment the plan core's scanner found, keeping the lines so line numbers and
paragraph breaks stay as written. Comments inside fenced code blocks are code, and stay.

Use it as ``plugins.checks.comments`` in ``markdown_extensions`` (mkdocs.yml).
"""

from __future__ import annotations

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from ..plan.source import scan


def strip_comments(lines: list[str]) -> list[str]:
    """The lines with every HTML comment outside fenced code removed (blank lines kept).

    MkDocs has already taken the front matter off, so none is looked for here.
    """
    read = scan("\n".join(lines), front_matter=False).lines
    out = [line.text if line.had_comment else lines[line.number - 1] for line in read]
    return out + [""] * (len(lines) - len(out))  # trailing empty lines the scanner drops


class StripComments(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return strip_comments(lines)


class StripCommentsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(StripComments(md), "planbook_strip_comments", 40)


def makeExtension(**kwargs) -> StripCommentsExtension:  # noqa: N802
    return StripCommentsExtension(**kwargs)
