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
        Rule(
            "broken-image",
            "error",
            "a picture's file is not in the person's folder, or is not a picture",
        ),
        Rule("image-alt", "error", "a picture has no words saying what it shows"),
        Rule(
            "outside-folder",
            "error",
            "a link or picture points outside the person's folder or to another website",
        ),
        Rule(
            "unsafe-html",
            "error",
            "HTML in a page or its headings that could run a script (<script>, on...=)",
        ),
        Rule(
            "unsafe-link",
            "error",
            "a link or picture address that could run a script or hide a file (javascript:, data:)",
        ),
        Rule("empty-page", "error", "a page with nothing on it for the person to read"),
        Rule(
            "template-text",
            "error",
            "template text such as {{called}} left in a page or person.yml",
        ),
        Rule("unknown-symbol", "error", "[[words|name]] names a picture planbook does not have"),
        Rule("page-language", "error", "a page's lang: names a language planbook cannot serve"),
        Rule(
            "unclosed-comment",
            "warning",
            "a staff comment <!-- is never closed, so the rest of the page is hidden",
        ),
        Rule(
            "staff-voice",
            "warning",
            'the plan talks about the person ("He requires", "service user") instead of in '
            "their voice",
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


def build_checks() -> list[Check]:
    """The errors the build refuses before it starts, run by `check` and by the build alike.

    Imported here so each rule module stays independent.
    """
    from . import html, language, pages, person_file, references, symbols

    return [
        person_file.check,
        references.check,
        html.check,
        pages.check_template_text,
        symbols.check,
        language.check,
    ]


def error_checks() -> list[Check]:
    """Every check that finds errors: the build's own, and the settings a capability judges
    while it builds (the voice, pictures:), which `check` asks it about ahead of time."""
    from . import settings

    return [*build_checks(), settings.check_voice, settings.check_pictures]


def warning_checks() -> list[Check]:
    """The checks that only warn: they help staff keep the plan in the person's voice."""
    from . import jargon, opening, pages, pictures, readability, review, voice

    return [
        pages.check_unclosed_comments,
        voice.check_staff_voice,
        voice.check_passive_orders,
        jargon.check,
        readability.check_long_sentences,
        readability.check_reading_age,
        review.check,
        opening.check,
        pictures.check,
    ]


def all_checks() -> list[Check]:
    return error_checks() + warning_checks()


def english_only_checks() -> set[Check]:
    """The checks written for English words (jargon, staff voice, reading age): they read only
    the pages in English, and say once that they skipped the others."""
    from . import jargon, readability, voice

    return {
        voice.check_staff_voice,
        voice.check_passive_orders,
        jargon.check,
        readability.check_reading_age,
    }
