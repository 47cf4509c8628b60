"""Warnings about reviewing the plan together: no date, a date passed, or nothing saying how.

A co-produced plan says when and how the person and staff check it together; an
inspector (CQC) will ask to see that it happens. "Today" is passed in so tests
can fix it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...i18n.catalogue import translator
from ...i18n.languages import ENGLISH, language_or
from ...utils.dates import day_month_year
from ..context import PlanContext
from ..markdown_text import sentences
from . import Hit

TOGETHER = re.compile(
    r"\b(?:check|checks|checking|review|reviews|reviewing|go through|going through"
    r"|read through|look at|looking at|read)\b"
    r"[^.]{0,60}\bplan\b|\bplan\b[^.]{0,60}\b(?:check|checked|review|reviewed)\b",
    re.I,
)


def says_how_reviewed(ctx: PlanContext) -> bool:
    """person.yml's review: how (the home page shows it), or a heading or sentence about
    checking the plan."""
    if ctx.person and ctx.person.review.how and ctx.person.review.how.strip():
        return True
    if any(
        TOGETHER.search(s.text)
        for page in ctx.pages
        for s in sentences(page.text, with_headings=True)
    ):
        return True
    # In another language: the template's own heading for it, in that language.
    language = language_or(ctx.person.language if ctx.person else None, ENGLISH)
    heading = translator(language).gettext("Checking my plan together").casefold()
    return language.code != "en" and any(heading in page.text.casefold() for page in ctx.pages)


def check(ctx: PlanContext) -> Iterator[Hit]:
    if ctx.plan is None:
        return  # the plan does not load: invalid-plan says why, and review: cannot be trusted yet
    person = ctx.plan.person
    called = person.called
    review = person.review
    line = ctx.line_of("review", "next") or 1
    if review.next is None:
        yield Hit(
            "no-review",
            ctx.person_file,
            ctx.line_of("review") or 1,
            (
                f"there is no date for the next review; agree one with {called} and add it under "
                "review: as next: 2026-12-01 (year-month-day)"
            ),
        )
    elif review.next < ctx.today:
        days = (ctx.today - review.next).days
        yield Hit(
            "review-overdue",
            ctx.person_file,
            line,
            (
                f"the review was due on {day_month_year(review.next)}, "
                f"{days} day{'s' if days != 1 else ''} ago; sit down with {called} to check "
                "the plan together, then update review: last and next"
            ),
        )
    if not says_how_reviewed(ctx):
        yield Hit(
            "no-review-page",
            ctx.folder_display,
            None,
            (
                f"nothing says how and when {called} and staff check this plan together; add a "
                "page such as 'Checking my plan together' in their words, e.g. 'Amina and I "
                "read my plan every four weeks', or add review: how: to person.yml"
            ),
        )
