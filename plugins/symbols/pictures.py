"""person.yml `pictures:` -> which words show the person's own photo instead of a symbol.

A key is one of their people (`Sue: photos/sue.jpg`: "Sue" gets her photo), a symbol name
(`kettle: photos/kettle.jpg`) or a word of the vocabulary ("walking frame"). Anything else is a
staff mistake, reported with the line of person.yml.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..plan.errors import PlanError, Problem
from ..plan.model import Plan
from .vocabulary import load
from .words import tokenise


def own_names(plan: Plan) -> tuple[str, ...]:
    """The person's own name, what they are called, and their people: never a generic picture."""
    person = plan.person
    return tuple(dict.fromkeys([*person.people, person.called, *person.name.split()]))


def pictures_line(person_file: Path, key: str) -> int | None:
    """The line of KEY under pictures: in person.yml, for messages."""
    try:
        lines = person_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    inside = False
    for number, line in enumerate(lines, start=1):
        if re.match(r"^pictures\s*:", line):
            inside = True
        elif inside and re.match(r"^\S", line):
            inside = False
        if inside and re.match(rf"^\s+['\"]?{re.escape(key)}['\"]?\s*:", line):
            return number
    return None


def resolve(plan: Plan) -> dict[str, str]:
    """{name or concept id: photo path relative to the site root}, or PlanError naming the line."""
    vocabulary = load()
    names = {n.lower() for n in own_names(plan)}
    out: dict[str, str] = {}
    problems = []
    for key, path in plan.person.pictures.items():
        if key.lower() in names:
            out[key] = path
            continue
        if key in vocabulary.concepts:
            out[key] = path
            continue
        senses = vocabulary.lookup(tuple(t.norm for t in tokenise(key)))
        if senses:
            out[senses[0].concept.id] = path
            continue
        problems.append(
            Problem(
                plan.person_file,
                pictures_line(plan.person_file, key),
                f"pictures: {key}: is not one of the people in `people:` nor a picture name; "
                f"add {key} to `people:`, or find the picture's name with: "
                f'python build.py symbols "{key}"',
            )
        )
    if problems:
        raise PlanError(*problems)
    return out
