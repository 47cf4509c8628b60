"""The generated pages every site has: the home page and "What changed". Pure: Plan -> Markdown."""

from __future__ import annotations

import datetime as dt
import html

from ..plan.dates import long_date
from ..plan.model import Change, Plan


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def changes_since_last_review(plan: Plan) -> list[Change]:
    last = plan.person.review.last
    return [c for c in plan.person.changes if last is None or c.date >= last]


def change_markdown(change: Change) -> str:
    """You said ... so now ...: the person sees what changed because of what they said."""
    lines = []
    if change.why:
        lines.append(f"**You said:** {_text(change.why)}\n")
        lines.append(f"**So now:** {_text(change.what)}\n")
    else:
        lines.append(f"**What changed:** {_text(change.what)}\n")
    return "\n".join(lines)


def home_markdown(plan: Plan, today: dt.date | None = None) -> str:
    person = plan.person
    today = today or dt.date.today()
    out = [f"# {_text(person.possessive)} plan\n", "This is my plan, in my own words.\n"]

    out.append("## What is in my plan\n")
    # Large tiles (theme: .pb-tiles), one per page, in reading order.
    out.append('<div class="pb-tiles" markdown>\n')
    out += [f"- [{_text(page.title)}]({page.file})" for page in plan.pages]
    if person.changes:
        out.append("- [What changed](what-changed.md)")
    out.append("\n</div>\n")

    review = person.review
    if review.last or review.next or review.how:
        out.append("## Checking my plan together\n")
        if review.last:
            out.append(f"We last checked my plan together on **{long_date(review.last)}**.\n")
        if review.next:
            when = (
                "We will check it again on"
                if review.next >= today
                else "We were due to check it again on"
            )
            out.append(f"{when} **{long_date(review.next)}**.\n")
        if review.how:
            out.append(f"{_text(review.how)}\n")

    recent = changes_since_last_review(plan)
    if recent:
        out.append("## New since we last checked my plan {: #new-since-review }\n")
        for change in recent:
            out.append(f"**{long_date(change.date)}**\n")
            out.append(change_markdown(change))
        out.append("[Everything that changed](what-changed.md)\n")
    return "\n".join(out)


def changes_markdown(plan: Plan) -> str:
    """Newest first, with dates: what changed because of what the person said."""
    out = [
        "# What changed\n",
        "What I asked for, and what changed because of it. The newest is first.\n",
    ]
    for change in plan.person.changes:  # already newest first
        out.append(f"## {long_date(change.date)}\n")
        out.append(change_markdown(change))
    return "\n".join(out)
