"""The home page's opening words (index.md) are a doorway: a few sentences, not a page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...plan.load import OPENING_PAGE, words_left
from ..context import PlanContext
from . import Hit

MAX_OPENING_WORDS = 80  # about half a phone screen at the person's size, above the contents
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def check(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        if page.name != OPENING_PAGE:
            continue
        count = len(WORD.findall(words_left(page.text)))
        if count > MAX_OPENING_WORDS:
            yield Hit(
                "long-opening",
                page.file,
                1,
                f"index.md opens the home page and has {count} words; keep it to about "
                f"{MAX_OPENING_WORDS} (a few sentences) so the contents stay on the first "
                "screen, and move the rest to a page of its own",
            )
