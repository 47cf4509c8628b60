"""Errors found while reading the plan (person.yml, the folder, a page): reused, not redone."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import PlanContext
from ..findings import display_path
from . import Hit


def check(ctx: PlanContext) -> Iterator[Hit]:
    for problem in ctx.problems:
        yield Hit(problem.rule, display_path(problem.file), problem.line, problem.message)
