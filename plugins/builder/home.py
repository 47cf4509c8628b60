"""The generated pages every site has: the home page and "What changed". Pure: Plan -> Markdown."""

from __future__ import annotations

import datetime as dt
import html

from ..i18n.languages import ENGLISH
from ..i18n.words import Words, plan_title
from ..plan.build import CHANGES_PAGE, OPENING_ID
from ..plan.changes import change_parts
from ..plan.load import words_left
from ..plan.model import Change, Plan


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def changes_since_last_review(plan: Plan) -> list[Change]:
    last = plan.person.review.last
    return [c for c in plan.person.changes if last is None or c.date >= last]


def change_markdown(change: Change, words: Words | None = None) -> str:
    """What I said, and what changed: the person sees what changed because of what they said."""
    words = words or Words(ENGLISH, str)
    english = words.language.code == "en"
    return "\n".join(
        f"**{words._(label)}:** {_text(sentence)}\n" if label else f"{_text(sentence)}\n"
        for label, sentence in change_parts(change, english)
    )


def home_title(plan: Plan) -> str:
    """The home page's heading: index.md's own "# Title" when it has one, else "Peggy's plan"."""
    opening = plan.opening
    return opening.title if opening and opening.title else plan_title(plan.person)


def opening_markdown(plan: Plan, words: Words) -> str:
    """The words that open the home page: the person's index.md, else one plain sentence."""
    if plan.opening is None:
        return words._("This is my plan, in my own words.") + "\n"
    # md_in_html: the words stay Markdown (links, lists, pictures) inside one marked block.
    words = words_left(plan.opening.text)
    return f'<div class="pb-opening" id="{OPENING_ID}" markdown>\n\n{words}\n\n</div>\n'


def home_markdown(plan: Plan, today: dt.date | None = None) -> str:
    """Title, the person's opening words, the contents tiles, then reviews and what changed.

    The home page is a doorway: the plan's own words first, the way into each page next, and
    the dates for the family after those.
    """
    person = plan.person
    words = Words.of(plan.person)
    _ = words._
    today = today or dt.date.today()
    out = [f"# {_text(home_title(plan))}\n", opening_markdown(plan, words)]

    contents = _("What is in my plan")
    out.append(f"## {contents}\n")
    # Large tiles (theme: .pb-tiles), one per page, in reading order.
    out.append('<div class="pb-tiles" markdown>\n')
    out += [f"- [{_text(page.title)}]({page.file})" for page in plan.pages]
    if person.changes:
        changed = _("What changed")
        out.append(f"- [{changed}]({CHANGES_PAGE})")
    out.append("\n</div>\n")

    review = person.review
    if review.last or review.next or review.how:
        heading = _("Checking my plan together")
        out.append(f"## {heading}\n")
        if review.last:
            sentence = _("We last checked my plan together on %(date)s.")
            out.append(sentence % {"date": f"**{words.date(review.last)}**"} + "\n")
        if review.next:
            sentence = (
                _("We will check it again on %(date)s.")
                if review.next >= today
                else _("We were due to check it again on %(date)s.")
            )
            out.append(sentence % {"date": f"**{words.date(review.next)}**"} + "\n")
        if review.how:
            out.append(f"{_text(review.how)}\n")

    recent = changes_since_last_review(plan)
    if recent:
        heading = _("New since we last checked my plan")
        out.append(f"## {heading} {{: #new-since-review }}\n")
        for change in recent:
            out.append(f"**{words.date(change.date)}**\n")
            out.append(change_markdown(change, words))
        everything = _("Everything that changed")
        out.append(f"[{everything}]({CHANGES_PAGE})\n")
    return "\n".join(out)


def changes_markdown(plan: Plan) -> str:
    """Newest first, with dates: what changed because of what the person said."""
    words = Words.of(plan.person)
    title = words._("What changed")
    out = [
        f"# {title}\n",
        words._("What I asked for, and what changed because of it. The newest is first.") + "\n",
    ]
    for change in plan.person.changes:  # already newest first
        out.append(f"## {words.date(change.date)}\n")
        out.append(change_markdown(change, words))
    return "\n".join(out)
