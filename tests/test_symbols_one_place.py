"""One place for each rule: a module-level word list or function of the matcher is bound once.

Why: Python keeps only the last binding of a name, so a second `UNABLE = ...` further down a
module silently replaces the first for every function above it (stop 49 found two such pairs,
each with different words)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SYMBOLS = Path(__file__).resolve().parent.parent / "plugins" / "symbols"


def bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return sorted(name for name, count in names.items() if count > 1)


@pytest.mark.parametrize("module", sorted(SYMBOLS.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(module):
    assert bound_twice(module.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found():
    assert bound_twice("WORDS = {'a'}\ndef f():\n    return WORDS\nWORDS = {'b'}\n") == ["WORDS"]
