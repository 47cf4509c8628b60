"""Mistakes in a plan, worded for the staff who will fix them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def display_path(path: Path) -> str:
    """A path as staff typed it: relative to where they run the command when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a plan: where it is and what is expected instead."""

    file: Path
    line: int | None
    message: str

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
