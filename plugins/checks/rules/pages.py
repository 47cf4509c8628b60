"""Errors and warnings about a page as a whole: template text left in, a comment left open.

Template text from `new` such as ``{{called}}`` is published as it is, braces and all; a
comment that is never closed hides everything after it from the person's site without a word.
(An empty page is refused while the plan is read: ``plugins.plan.load.empty_page``.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...plan.source import CODE_SPAN
from ...plan.yaml_text import strip_comment
from ..context import PlanContext
from ..newplan import PLACEHOLDERS
from . import Hit

# Only the template's own placeholders: other braces are a person's words (escaped when shown).
TEMPLATE = re.compile(r"\{\{\s*(?:" + "|".join(PLACEHOLDERS) + r")\s*\}\}")


def _called(ctx: PlanContext) -> str:
    return ctx.person.called if ctx.person else "the person"


def _template_message(found: str) -> str:
    return (
        f"template text {found} was never filled in and would be published as it is; "
        "write the words themselves"
    )


def check_template_text(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        for line in page.source.prose_lines():
            for m in TEMPLATE.finditer(CODE_SPAN.sub("", line.text)):
                yield Hit("template-text", page.file, line.number, _template_message(m.group(0)))
    said = {p.line for p in ctx.problems if p.file.name == "person.yml"}  # YAML said it already
    for number, text in enumerate(ctx.person_text.splitlines(), start=1):
        if number in said:
            continue
        for m in TEMPLATE.finditer(strip_comment(text)):
            yield Hit("template-text", ctx.person_file, number, _template_message(m.group(0)))


def check_unclosed_comments(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        for comment in page.source.comments:
            if not comment.closed:
                yield Hit(
                    "unclosed-comment",
                    page.file,
                    comment.line,
                    f"this staff note starts with <!-- but is never closed with -->, so "
                    f"everything after it is hidden from {_called(ctx)}'s site; add --> where "
                    "the note ends",
                )
