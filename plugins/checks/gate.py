"""The build's first step: the plan read once and refused on the same errors `check` reports.

Why: `check` and `build` used to read a plan in different ways, so a dead link or a missing
picture passed the build and was published broken while `check` called it an error. Now the
build runs the very rule functions `check` runs (``rules.build_checks``), on the same reading,
and refuses the plan with the same file, line and words. The settings a capability judges
while it builds (the voice, ``pictures:``) are left to it: it refuses them with those words too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..plan.errors import PlanError, Problem
from ..plan.load import read_plan
from ..plan.model import Plan
from .context import context_of
from .rules import build_checks
from .runner import check_context


def buildable_plan(folder: Path, today: dt.date | None = None) -> Plan:
    """The person's plan, or PlanError with every error `check` would report for it."""
    reading = read_plan(folder)
    ctx = context_of(reading, today)
    errors = [f for f in check_context(ctx, checks=build_checks()) if f.severity == "error"]
    if errors:
        raise PlanError(*(Problem(Path(f.file), f.line, f.message) for f in errors))
    assert ctx.plan is not None  # no errors: the plan loaded
    return ctx.plan
