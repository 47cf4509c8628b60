"""Everything one check run knows about a plan folder.

The checker must still say something useful when person.yml is broken, so it
does not depend on the whole plan loading: pages are read from the folder, and
the person's names are read leniently from person.yml when validation fails.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..plan.errors import PlanError, Problem
from ..plan.load import is_draft, load_plan
from ..plan.model import Person, Plan
from .findings import display_path


@dataclass(frozen=True)
class PageSource:
    name: str  # file name in the plan folder
    file: str  # as shown in findings
    text: str


@dataclass
class PlanContext:
    folder: Path
    today: dt.date
    plan: Plan | None
    person: Person | None
    problems: tuple[Problem, ...]
    pages: list[PageSource] = field(default_factory=list)
    person_text: str = ""

    @property
    def slug(self) -> str:
        return self.folder.name

    @property
    def person_file(self) -> str:
        return display_path(self.folder / "person.yml")

    @property
    def folder_display(self) -> str:
        return display_path(self.folder)

    def person_line(self, pattern: str) -> int | None:
        """The first person.yml line starting with ``pattern`` (e.g. "review:"), for findings."""
        for number, line in enumerate(self.person_text.splitlines(), start=1):
            if line.strip().startswith(pattern):
                return number
        return None


def _lenient_person(text: str) -> Person | None:
    """Name and called from a person.yml that does not validate, so voice checks still run."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return None
    called = data.get("called")
    name = data["name"].strip()
    return Person(name=name, called=called.strip() if isinstance(called, str) else name.split()[0])


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""  # load_plan reports why


def load_context(folder: Path, today: dt.date | None = None) -> PlanContext:
    folder = folder.absolute()
    person_text = _read_text(folder / "person.yml")
    try:
        plan = load_plan(folder)
        person, problems = plan.person, ()
    except PlanError as error:
        plan, problems = None, tuple(error.problems)
        person = _lenient_person(person_text)
    if plan is not None:
        pages = [PageSource(p.file, display_path(folder / p.file), p.text) for p in plan.written_pages]
    else:
        names = sorted(
            p.name
            for p in folder.glob("*.md")
            if p.is_file() and not p.is_symlink() and not is_draft(p.name)
        )  # a link may lead to another person's file: never read it
        pages = [PageSource(n, display_path(folder / n), _read_text(folder / n)) for n in names]
    return PlanContext(
        folder=folder,
        today=today or dt.date.today(),
        plan=plan,
        person=person,
        problems=problems,
        pages=pages,
        person_text=person_text,
    )
