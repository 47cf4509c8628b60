"""One finding of the plan checker, and the two output formats staff and tools read.

The text format ``file:line: severity rule: message`` and the JSON list of
``{file, line, severity, rule, message}`` are a contract (DESIGN.md, "Command line").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Literal

from ..utils.paths import display_path

__all__ = ["Finding", "Severity", "display_path", "format_json", "format_text", "has_errors"]

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    file: str  # relative to the current folder when the plan is inside it
    line: int | None
    severity: Severity
    rule: str
    message: str

    def as_text(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity} {self.rule}: {self.message}"


def format_text(findings: Iterable[Finding]) -> str:
    return "\n".join(f.as_text() for f in findings)


def format_json(findings: Iterable[Finding]) -> str:
    return json.dumps([asdict(f) for f in findings], indent=2, ensure_ascii=False)


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
