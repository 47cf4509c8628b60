"""Mistakes in a plan, worded for the staff who will fix them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..utils.paths import display_path

__all__ = ["PlanError", "Problem", "display_path"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan: where it is and what is expected instead."""

    file: Path
    line: int | None
    message: str
    rule: str = "invalid-plan"  # the checker's rule for it (plugins.checks.rules.RULES)

    def __str__(self) -> str:
        where = display_path(self.file)
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}"


class PlanError(Exception):
    """A plan cannot be built as written. Carries every problem found, not just the first."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
