"""Read a person's folder (person.yml + pages + photos/) once, into what everything else uses.

``read_plan`` never raises for a mistake in the plan: it returns a ``Reading`` holding whatever
could be read (the pages even when person.yml is broken, so the checker can still help) and
every problem found. ``load_plan`` is the strict form the build uses: a ``Plan``, or a
``PlanError`` listing every problem at once. Each step of the reading is a named function.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import PlanError, Problem
from .model import Page, Person, Plan
from .person_file import PersonFile, read_person_file
from .pictures import PICTURE_SUFFIXES
from .source import scan

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
MAX_PAGE_BYTES = 1_000_000  # a plan page is a few screens of text; megabytes mean a wrong file
OPENING_PAGE = "index.md"  # the opening words of the home page, in the person's voice (MkDocs')
RESERVED_PAGES = {
    "what-changed.md": "planbook makes this page from `changes:` in person.yml",
}


def is_draft(name: str) -> bool:
    """Files starting with _ or . are drafts or system files and are never published."""
    return name.startswith(("_", "."))


def title_from_file(file: str) -> str:
    """02-my-mornings.md -> "My mornings", for pages without a "# " heading."""
    stem = re.sub(r"^[\d_\-. ]+", "", file[: -len(".md")]) or file[: -len(".md")]
    words = stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def page_title(text: str, file: str) -> str:
    """The page's first ``# `` heading (outside code and comments), else its file name."""
    return scan(text).title or title_from_file(file)


def words_left(text: str) -> str:
    """What a reader would see of a page: without front matter, staff comments and the # title.

    A page with nothing left would publish a heading and a Listen button over nothing.
    """
    source = scan(text)
    title = next((h.line for h in source.headings if h.level == 1 and h.text), None)
    kept = [
        line.text
        for line in source.lines
        if line.kind != "meta"
        and line.number != title
        and not (line.kind == "rule" and title and line.number == title + 1)
    ]
    return "\n".join(kept).strip()


def empty_page(path: Path, text: str) -> Problem | None:
    """An error naming the file when a page has no words once its title and comments are out."""
    if re.search(r"\w", words_left(text)):
        return None
    title = next((h.line for h in scan(text).headings if h.level == 1), None)
    return Problem(
        path,
        title or 1,
        "this page has no words yet (only a title or notes for staff); write what the person "
        f"said, or rename it to _{path.name} to keep it as a draft",
        rule="empty-page",
    )


@dataclass
class Reading:
    """A person's folder read once, mistakes and all."""

    folder: Path  # absolute
    person_file: PersonFile
    pages: list[Page] = field(default_factory=list)  # in reading order, every page readable
    opening: Page | None = None  # index.md: the opening words of the home page, if written
    photos: tuple[str, ...] = ()
    source_files: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    @property
    def person(self) -> Person | None:
        return self.person_file.person

    @property
    def written_pages(self) -> list[Page]:
        """Every page staff wrote, index.md (the home page's opening words) first."""
        return ([self.opening] if self.opening else []) + self.pages

    def plan(self) -> Plan:
        """The validated plan, or PlanError naming every problem found."""
        if self.problems or self.person is None:
            raise PlanError(*self.problems)
        return Plan(
            slug=self.folder.name,
            folder=self.folder,
            person=self.person,
            pages=tuple(self.pages),
            opening=self.opening,
            photos=self.photos,
            source_files=self.source_files,
            person_lines=self.person_file.lines,
        )


# --- The steps ------------------------------------------------------------------------------


def folder_problems(folder: Path) -> list[Problem]:
    """The folder itself: a usable web address, and no symbolic link leading out of it."""
    problems = []
    if not SLUG.match(folder.name):
        problems.append(
            Problem(
                folder,
                None,
                "folder names become web addresses: use lower-case letters, numbers and "
                "dashes, e.g. peggy-hughes",
            )
        )
    return problems + links_leading_out(folder)


def links_leading_out(folder: Path) -> list[Problem]:
    """Symbolic links whose target is outside the folder would publish someone else's files."""
    root = folder.resolve()
    return [
        Problem(
            path,
            None,
            "is a link to a file outside this person's folder; copy the file in instead",
        )
        for path in sorted(folder.rglob("*"))
        if path.is_symlink() and not path.resolve().is_relative_to(root)
    ]


def page_names(folder: Path) -> tuple[list[str], list[Problem]]:
    """The published page files, in file-name order, and any that take a reserved name."""
    names = sorted(p.name for p in folder.glob("*.md") if p.is_file() and not is_draft(p.name))
    problems = []
    for reserved, why in RESERVED_PAGES.items():
        if reserved in names:
            problems.append(
                Problem(
                    folder / reserved,
                    None,
                    f"this file name is kept for planbook ({why}); rename it",
                )
            )
            names.remove(reserved)
    return names, problems


def read_page(folder: Path, name: str) -> tuple[Page | None, Problem | None]:
    """One page as UTF-8 text, refusing what cannot be a page (too big, binary, not UTF-8)."""
    path = folder / name
    if path.is_symlink() and not path.resolve().is_relative_to(folder.resolve()):
        return None, None  # another person's file: never read (links_leading_out says so)
    data = path.read_bytes()
    if len(data) > MAX_PAGE_BYTES:
        size = len(data) / 1_000_000
        return None, Problem(
            path,
            None,
            f"is {size:.1f} MB, far more than a plan page; check it is the right file, "
            "or split it into pages",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, Problem(path, line, "is not UTF-8 text: open it and save it again as UTF-8")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, Problem(path, line, "holds binary data, not text")
    problem = empty_page(path, text)
    if problem:
        return None, problem
    return Page(file=name, title=page_title(text, name), text=text), None


def page_order(person_file: PersonFile, names: list[str]) -> tuple[list[str], list[Problem]]:
    """File-name order, or person.yml's ``nav:``, which must list every page exactly once."""
    person = person_file.person
    if person is None or person.nav is None:
        return names, []
    file = person_file.file
    problems = []
    for index, listed in enumerate(person.nav):
        if listed not in names and listed != OPENING_PAGE:
            problems.append(
                Problem(
                    file,
                    person_file.line_of("nav", index),
                    f'nav: lists "{listed}", but there is no such page in this folder',
                )
            )
    for unlisted in names:
        if unlisted not in person.nav:
            problems.append(
                Problem(
                    file,
                    person_file.line_of("nav"),
                    f'nav: does not list "{unlisted}"; add it, or rename it to _{unlisted} '
                    "to keep it as a draft",
                )
            )
    if len(set(person.nav)) != len(person.nav):
        twice = next(i for i, name in enumerate(person.nav) if name in person.nav[:i])
        problems.append(
            Problem(file, person_file.line_of("nav", twice), "nav: lists a page more than once")
        )
    return [name for name in dict.fromkeys(person.nav) if name in names], problems


def opening_page(folder: Path, names: list[str]) -> tuple[Page | None, list[Problem]]:
    """index.md is not a page of its own: the words that open the home page (taken out of
    ``names``). Without a "# Title" the home page keeps its own title."""
    if OPENING_PAGE not in names:
        return None, []
    names.remove(OPENING_PAGE)
    opening, problem = read_page(folder, OPENING_PAGE)
    if problem:
        return None, [problem]
    if opening and not scan(opening.text).title:
        opening = replace(opening, title="")
    return opening, []


def photo_files(folder: Path) -> tuple[str, ...]:
    """Every picture under photos/, relative to the folder: each is published (cleaned)."""
    photos = folder / "photos"
    if not photos.is_dir():
        return ()
    return tuple(
        sorted(
            p.relative_to(folder).as_posix()
            for p in photos.rglob("*")
            if p.is_file() and p.suffix.lower() in PICTURE_SUFFIXES
        )
    )


def source_files(folder: Path) -> tuple[str, ...]:
    """Every file that shapes the site, relative to the folder, for change detection."""
    return tuple(
        sorted(
            p.relative_to(folder).as_posix()
            for p in folder.rglob("*")
            if p.is_file() and not any(is_draft(part) for part in p.relative_to(folder).parts)
        )
    )


def read_plan(folder: Path) -> Reading:
    """Read a person's folder once: the person, the pages, the photos and every problem."""
    folder = folder.absolute()
    if not folder.is_dir():
        missing = PersonFile(folder / "person.yml")
        return Reading(folder, missing, problems=[Problem(folder, None, "is not a folder")])
    problems = folder_problems(folder)
    person_file = read_person_file(folder / "person.yml", folder)
    problems += person_file.problems
    names, name_problems = page_names(folder)
    problems += name_problems
    opening, opening_problems = opening_page(folder, names)
    problems += opening_problems
    if not names:
        only = " besides index.md (the opening words of the home page)" if opening else ""
        problems.append(
            Problem(folder, None, f"has no pages{only}: add Markdown files such as 01-about-me.md")
        )
    pages: dict[str, Page] = {}
    for name in names:
        page, problem = read_page(folder, name)
        if problem:
            problems.append(problem)
        elif page:
            pages[name] = page
    order, order_problems = page_order(person_file, names)
    problems += order_problems
    return Reading(
        folder=folder,
        person_file=person_file,
        pages=[pages[name] for name in order if name in pages],
        opening=opening,
        photos=photo_files(folder),
        source_files=source_files(folder),
        problems=problems,
    )


def load_plan(folder: Path) -> Plan:
    """Read and check a person's folder; raise PlanError listing every problem found."""
    return read_plan(folder).plan()


def closest_slug(name: str, slugs: Iterable[str]) -> str | None:
    """The folder staff probably meant: "Rose-Kaur" -> rose-kaur, "peggy" -> peggy-hughes."""
    slugs = list(slugs)
    wanted = re.sub(r"[\s_]+", "-", name.strip().lower())
    if wanted in slugs:
        return wanted
    starting = [s for s in slugs if s.startswith(wanted + "-")]
    if len(starting) == 1:
        return starting[0]
    near = difflib.get_close_matches(wanted, slugs, n=1, cutoff=0.6)
    return near[0] if near else None


def find_plan_folders(plans_dir: Path) -> list[Path]:
    """Each sub-folder of the plans folder is one person (drafts starting with _ or . skipped)."""
    return sorted(p for p in plans_dir.iterdir() if p.is_dir() and not is_draft(p.name))
