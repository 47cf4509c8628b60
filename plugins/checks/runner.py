"""Run every rule over a plan folder and apply the silences staff wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from .context import PlanContext, load_context
from .findings import Finding
from .rules import RULES, all_checks
from .silence import Silences, read_page, read_person_file


def _silences(ctx: PlanContext) -> Silences:
    silences = Silences()
    known = set(RULES)
    for page in ctx.pages:
        read_page(silences, page.file, page.text, known)
    read_person_file(silences, ctx.person_file, ctx.person_text, known)
    return silences


def check_context(ctx: PlanContext, debug: bool = False) -> list[Finding]:
    silences = _silences(ctx)
    findings: set[Finding] = set()
    for check in all_checks():
        try:
            hits = list(check(ctx))
        except Exception as error:  # a fault in planbook, not in the plan: say so, keep checking
            if debug:
                raise
            findings.add(
                Finding(
                    ctx.folder_display,
                    None,
                    "error",
                    "checker-fault",
                    (
                        f"planbook could not finish one of its checks on this plan ({type(error).__name__}); "
                        "this is a fault in planbook, not in the plan: run again with --debug and tell the developers"
                    ),
                )
            )
            continue
        for hit in hits:
            rule = RULES[hit.rule]
            if rule.severity == "warning" and silences.silenced(hit.file, hit.line, hit.rule):
                continue
            findings.add(Finding(hit.file, hit.line, rule.severity, hit.rule, hit.message))
    for file, line, name in silences.unknown:
        findings.add(
            Finding(
                file,
                line,
                "warning",
                "silence",
                (
                    f"'{name}' is not a rule planbook knows, so nothing is silenced; "
                    f"use one of: {', '.join(sorted(RULES))}, or all"
                ),
            )
        )
    return sort_findings(findings)


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
