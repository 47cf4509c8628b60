"""Run the rules over a plan folder and apply the silences staff wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..i18n.languages import ENGLISH, language_or, page_language_tag
from .context import PlanContext, load_context
from .findings import Finding
from .rules import RULES, Check, all_checks, english_only_checks
from .silence import Silences, read_page, read_person_file

FAULT = (
    "planbook could not finish one of its checks on this plan ({name}); this is a fault in "
    "planbook, not in the plan: run again with --debug and tell the developers"
)


def _silences(ctx: PlanContext) -> Silences:
    silences = Silences()
    known = set(RULES)
    for page in ctx.pages:
        read_page(silences, page.file, page.source, known)
    read_person_file(silences, ctx.person_file, ctx.person_text, known)
    return silences


def _unknown_rules(silences: Silences) -> Iterable[Finding]:
    known = ", ".join(sorted(RULES))
    for file, line, name in silences.unknown:
        message = (
            f"'{name}' is not a rule planbook knows, so nothing is silenced; "
            f"use one of: {known}, or all"
        )
        yield Finding(file, line, "warning", "silence", message)


def check_context(
    ctx: PlanContext, debug: bool = False, checks: Sequence[Check] | None = None
) -> list[Finding]:
    """Findings of ``checks`` (every rule by default) in file and line order."""
    silences = _silences(ctx)
    findings: set[Finding] = set()
    english_only = english_only_checks()
    in_english = english_pages(ctx)
    for check in all_checks() if checks is None else checks:
        try:
            hits = list(check(in_english if check in english_only else ctx))
        except Exception as error:  # a fault in planbook, not in the plan: say so, keep checking
            if debug:
                raise
            message = FAULT.format(name=type(error).__name__)
            findings.add(Finding(ctx.folder_display, None, "error", "checker-fault", message))
            continue
        for hit in hits:
            rule = RULES[hit.rule]
            if rule.severity == "warning" and silences.silenced(hit.file, hit.line, hit.rule):
                continue
            findings.add(Finding(hit.file, hit.line, rule.severity, hit.rule, hit.message))
    if checks is None:
        findings.update(_unknown_rules(silences))
    return sort_findings(findings)


def english_pages(ctx: PlanContext) -> PlanContext:
    """The plan as the English-only checks read it: only its pages in English."""
    plan_language = language_or(ctx.person.language if ctx.person else None, ENGLISH)
    pages = [
        page
        for page in ctx.pages
        if language_or(page_language_tag(page.text), plan_language).code == "en"
    ]
    return ctx if len(pages) == len(ctx.pages) else replace(ctx, pages=pages)


def skipped_languages(ctx: PlanContext) -> list[str]:
    """The languages of the pages the English-only checks did not read ("Welsh")."""
    plan_language = language_or(ctx.person.language if ctx.person else None, ENGLISH)
    names = [language_or(page_language_tag(p.text), plan_language) for p in ctx.pages]
    return sorted({lang.english for lang in names if lang.code != "en"})


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.file, f.line or 0, f.rule, f.message))


def check_plan(folder: Path, today: dt.date | None = None, debug: bool = False) -> list[Finding]:
    """Every finding for one person's folder, errors and warnings, in file and line order."""
    return check_context(load_context(folder, today), debug)


def check_plans(
    folders: Iterable[Path], today: dt.date | None = None, debug: bool = False
) -> list[Finding]:
    found: list[Finding] = []
    for folder in folders:
        found += check_plan(folder, today, debug)
    return found
