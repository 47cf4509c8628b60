"""Everything one check run knows about a plan folder: the plan core's one reading of it.

The checker must still say something useful when person.yml is broken, so it does not depend
on the whole plan loading: ``read_plan`` keeps the pages even then, and the person's names are
read leniently from person.yml's values so the voice checks still run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..plan.errors import PlanError, Problem
from ..plan.load import Reading, read_plan
from ..plan.model import Person, Plan
from ..plan.source import Source
from ..utils.paths import display_path


@dataclass(frozen=True)
class PageSource:
    name: str  # file name in the plan folder
    file: str  # as shown in findings
    text: str
    source: Source  # the page read once (plugins.plan.source)


@dataclass
class PlanContext:
    folder: Path
    today: dt.date
    reading: Reading
    plan: Plan | None
    person: Person | None
    pages: list[PageSource]

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(self.reading.problems)

    @property
    def slug(self) -> str:
        return self.folder.name

    @property
    def person_file(self) -> str:
        return display_path(self.folder / "person.yml")

    @property
    def person_text(self) -> str:
        return self.reading.person_file.text

    @property
    def folder_display(self) -> str:
        return display_path(self.folder)

    def line_of(self, *path: Any) -> int | None:
        """The person.yml line of a setting (``line_of("review", "next")``), for findings."""
        return self.reading.person_file.line_of(*path)


def _lenient_person(reading: Reading) -> Person | None:
    """Name and called from a person.yml that does not validate, so voice checks still run."""
    yaml_reading = reading.person_file.reading
    data = yaml_reading.data if yaml_reading else None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return None
    name = data["name"].strip()
    if not name:
        return None
    called = data.get("called")
    return Person(name=name, called=called.strip() if isinstance(called, str) else name.split()[0])


def context_of(reading: Reading, today: dt.date | None = None) -> PlanContext:
    try:
        plan = reading.plan()
    except PlanError:  # the problems are in the reading; the checker reports them
        plan = None
    folder = reading.folder
    return PlanContext(
        folder=folder,
        today=today or dt.date.today(),
        reading=reading,
        plan=plan,
        person=reading.person or _lenient_person(reading),
        pages=[
            PageSource(p.file, display_path(folder / p.file), p.text, p.source)
            for p in reading.written_pages
        ],
    )


def load_context(folder: Path, today: dt.date | None = None) -> PlanContext:
    return context_of(read_plan(folder), today)
