"""Silencing a warning on purpose, with a comment that is never published.

Staff sometimes keep a word on purpose (the person calls it "my care package").
A comment says so, next to the words, so the next reader sees why:

    <!-- planbook: ignore jargon -- Peggy calls it her care package -->

* on a line of its own it silences the next line with words on it;
* at the end of a line it silences that line;
* ``ignore-plan`` (in any page, or as ``# planbook: ignore-plan ...`` in person.yml)
  silences the rule for the whole plan.

Several rules are separated by commas or spaces; ``all`` means every warning.
Anything after `` -- `` is the reason, for people, not for the tool. Errors
(broken links, an invalid person.yml) are never silenced: they break the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..plan.source import Source

DIRECTIVE = re.compile(
    r"^\s*planbook:\s*(?P<scope>ignore-plan|ignore)\s+(?P<rules>.*?)\s*(?:--.*)?$", re.S
)
PERSON_DIRECTIVE = re.compile(r"#\s*planbook:\s*ignore-plan\s+([^\n]*)")


@dataclass
class Silences:
    plan: set[str] = field(default_factory=set)
    lines: dict[tuple[str, int], set[str]] = field(default_factory=dict)  # (file, line) -> rules
    unknown: list[tuple[str, int, str]] = field(default_factory=list)  # (file, line, rule) typos

    def silenced(self, file: str, line: int | None, rule: str) -> bool:
        if {rule, "all"} & self.plan:
            return True
        return line is not None and bool({rule, "all"} & self.lines.get((file, line), set()))


def _rules(text: str) -> list[str]:
    return [r for r in re.split(r"[\s,]+", text.strip()) if r]


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def read_page(silences: Silences, file: str, source: Source, known: set[str]) -> None:
    """Collect the directives in one page's staff comments (as the plan core found them)."""
    lines = source.lines
    for comment in source.comments:
        m = DIRECTIVE.match(comment.text)
        if not m:
            continue
        rules = _rules(m.group("rules"))
        for rule in rules:
            if rule not in known and rule != "all":
                silences.unknown.append((file, comment.line, rule))
        if m.group("scope") == "ignore-plan":
            silences.plan.update(rules)
            continue
        if comment.after_words:
            target = comment.line  # at the end of a line: that line
        else:  # on its own: the next line with words
            later = (ln.number for ln in lines if ln.number > comment.end_line and ln.text.strip())
            target = next(later, comment.end_line + 1)
        silences.lines.setdefault((file, target), set()).update(rules)


def read_person_file(silences: Silences, file: str, text: str, known: set[str]) -> None:
    """``# planbook: ignore-plan RULE`` comments in person.yml."""
    for m in PERSON_DIRECTIVE.finditer(text):
        rules = _rules(m.group(1).split(" -- ")[0])
        for rule in rules:
            if rule not in known and rule != "all":
                silences.unknown.append((file, _line_of(text, m.start()), rule))
        silences.plan.update(rules)
