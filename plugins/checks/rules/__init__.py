"""The rules: an id, a severity and a one-line summary each, plus small check functions.

A check function takes a PlanContext and yields Hits; the runner turns them into
Findings with the rule's severity and applies silences. Errors stop a good site
being built; warnings help staff keep the plan in the person's voice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..context import PlanContext
from ..findings import Severity


@dataclass(frozen=True)
class Hit:
    rule: str
    file: str
    line: int | None
    message: str


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule(
            "invalid-plan",
            "error",
            "person.yml or the folder has a mistake that stops the site being built",
        ),
        Rule(
            "broken-link",
            "error",
            "a link goes to a page or file that is not in the person's folder",
        ),
        Rule("broken-image", "error", "a picture's file is not in the person's folder"),
        Rule("image-alt", "error", "a picture has no words saying what it shows"),
        Rule(
            "outside-folder",
            "error",
            "a link or picture points outside the person's folder or to another website",
        ),
        Rule(
            "staff-voice",
            "warning",
            'the plan talks about the person ("He requires", "service user") instead of in their voice',
        ),
        Rule("passive-order", "warning", 'an order with nobody in it ("is to be mobilised")'),
        Rule("jargon", "warning", "a care-jargon word with a plainer way to say it"),
        Rule("long-sentence", "warning", "a sentence of more than 20 words"),
        Rule("reading-age", "warning", "a page is harder to read than Easy Read"),
        Rule("no-review", "warning", "person.yml has no date for the next review"),
        Rule("review-overdue", "warning", "the next review date has passed"),
        Rule("no-review-page", "warning", "nothing says how and when the plan is checked together"),
        Rule(
            "long-opening",
            "warning",
            "index.md, the opening words of the home page, is longer than about 80 words",
        ),
        Rule(
            "checker-fault",
            "error",
            "a check could not finish: a fault in planbook, not in the plan",
        ),
        Rule("silence", "warning", "a planbook: ignore comment names a rule that does not exist"),
        Rule("picture-guess", "warning", "a paragraph's picture is a low-confidence guess"),
    )
}

Check = Callable[[PlanContext], Iterable[Hit]]


def all_checks() -> list[Check]:
    """Every check function, imported here so each rule module stays independent."""
    from . import jargon, opening, person_file, pictures, readability, references, review, voice

    return [
        person_file.check,
        references.check,
        voice.check_staff_voice,
        voice.check_passive_orders,
        jargon.check,
        readability.check_long_sentences,
        readability.check_reading_age,
        review.check,
        opening.check,
        pictures.check,
    ]
