"""Errors for HTML written in a page that could run a script or fetch something.

A ``<script>``, an ``onclick=`` or an ``<iframe>`` would run in the person's browser, inside
their private site, next to the key that unlocks it. The build cleans HTML as well
(``plugins.builder.sanitise``), but a plan that holds such HTML is refused, with the line, so
staff learn of it and nothing silently changes their page. The policy (which tags and
attributes are unsafe) lives once, in ``plugins.builder.html_policy``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...builder.html_policy import RUNS_OR_FETCHES, is_unsafe_attribute
from ...plan.source import ATTR_LIST, URL_ATTRIBUTES, Tag
from ..context import PlanContext
from . import Hit

EVENT = re.compile(r"^on[a-z]+$")  # onclick, onerror, ontoggle...


def tag_problems(tag: Tag) -> Iterator[str]:
    """What in one tag could run a script or fetch something, in words staff can act on."""
    if tag.closing:
        return
    if tag.name in RUNS_OR_FETCHES:
        yield (
            f"<{tag.name}> could run a script or load something from elsewhere in the person's "
            f"browser; take it out: a plan holds the person's words, pictures and links only"
        )
        return
    where = tag.raw if tag.name == ATTR_LIST else f"<{tag.name}>"
    for name, value in tag.attributes:
        if EVENT.match(name) or name == "srcdoc":
            yield f"{name}= in {where} runs a script in the person's browser; take it out"
        elif name not in URL_ATTRIBUTES and is_unsafe_attribute(name, value or ""):
            yield (
                f"{name}= in {where} could run a script or fetch something from "
                "elsewhere; take it out"
            )


def check(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        for tag in page.source.tags:
            for message in tag_problems(tag):
                yield Hit("unsafe-html", page.file, tag.line, message)
