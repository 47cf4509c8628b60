"""Load a person's folder (person.yml + pages + photos/) into a validated Plan."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from .errors import PlanError, Problem
from .model import Page, Plan
from .person_file import read_person

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}
MAX_PAGE_BYTES = 1_000_000  # a plan page is a few screens of text; megabytes mean a wrong file
OPENING_PAGE = (
    "index.md"  # the opening words of the home page, in the person's voice (MkDocs' habit)
)
RESERVED_PAGES = {
    "what-changed.md": "planbook makes this page from `changes:` in person.yml",
}
COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(---|\.\.\.)[ \t]*(\n|\Z)", re.DOTALL)
FIRST_HEADING = re.compile(r"^[ ]{0,3}#[ \t]+.*$", re.MULTILINE)
WORD = re.compile(r"\w")


def is_draft(name: str) -> bool:
    """Files starting with _ or . are drafts or system files and are never published."""
    return name.startswith(("_", "."))


def title_from_file(file: str) -> str:
    """02-my-mornings.md -> "My mornings", for pages without a "# " heading."""
    stem = re.sub(r"^[\d_\-. ]+", "", file[: -len(".md")]) or file[: -len(".md")]
    words = stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def page_title(text: str, file: str) -> str:
    match = HEADING.search(text)
    return match.group(1).strip() if match else title_from_file(file)


def words_left(text: str) -> str:
    """What a reader would see of a page: without front matter, staff comments and the # title.

    A page with nothing left would publish a heading and a Listen button over nothing.
    """
    text = COMMENT.sub("", FRONT_MATTER.sub("", text, count=1))
    return FIRST_HEADING.sub("", text, count=1).strip()


def empty_page(path: Path, text: str) -> Problem | None:
    """An error naming the file when a page has no words once its title and comments are out."""
    if WORD.search(words_left(text)):
        return None
    heading = HEADING.search(text)
    line = text[: heading.start()].count("\n") + 1 if heading else None
    return Problem(
        path,
        line,
        "this page has no words yet (only a title or notes for staff); write what the person "
        f"said, or rename it to _{path.name} to keep it as a draft",
    )


def read_page(folder: Path, name: str) -> tuple[Page | None, Problem | None]:
    path = folder / name
    data = path.read_bytes()
    if len(data) > MAX_PAGE_BYTES:
        size = len(data) / 1_000_000
        return None, Problem(
            path,
            None,
            f"is {size:.1f} MB, far more than a plan page; check it is the right file, or split it into pages",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, Problem(path, line, "is not UTF-8 text: open it and save it again as UTF-8")
    if "\x00" in text:
        return None, Problem(
            path, text[: text.index("\x00")].count("\n") + 1, "holds binary data, not text"
        )
    problem = empty_page(path, text)
    if problem:
        return None, problem
    return Page(file=name, title=page_title(text, name), text=text), None


def links_leading_out(folder: Path) -> list[Problem]:
    """Symbolic links whose target is outside the folder would publish someone else's files."""
    root = folder.resolve()
    problems = []
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            problems.append(
                Problem(
                    path,
                    None,
                    "is a link to a file outside this person's folder; copy the file in instead",
                )
            )
    return problems


def source_files(folder: Path) -> tuple[str, ...]:
    """Every file that shapes the site, relative to the folder, for change detection."""
    return tuple(
        sorted(
            p.relative_to(folder).as_posix()
            for p in folder.rglob("*")
            if p.is_file() and not any(is_draft(part) for part in p.relative_to(folder).parts)
        )
    )


def load_plan(folder: Path) -> Plan:
    """Read and check a person's folder; raise PlanError listing every problem found."""
    folder = folder.absolute()
    if not folder.is_dir():
        raise PlanError(Problem(folder, None, "is not a folder"))
    problems: list[Problem] = []
    if not SLUG.match(folder.name):
        problems.append(
            Problem(
                folder,
                None,
                "folder names become web addresses: use lower-case letters, numbers and dashes, e.g. peggy-hughes",
            )
        )
    problems += links_leading_out(folder)
    if problems:
        raise PlanError(*problems)

    person, person_problems = read_person(folder / "person.yml", folder)
    problems += person_problems

    names = sorted(p.name for p in folder.glob("*.md") if p.is_file() and not is_draft(p.name))
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
    opening: Page | None = None
    if OPENING_PAGE in names:  # not a page of its own: the words that open the home page
        names.remove(OPENING_PAGE)
        opening, problem = read_page(folder, OPENING_PAGE)
        if problem:
            problems.append(problem)
        elif opening and not HEADING.search(opening.text):
            opening = replace(opening, title="")  # no "# Title": the home page keeps its own
    pages: dict[str, Page] = {}
    for name in names:
        page, problem = read_page(folder, name)
        if problem:
            problems.append(problem)
        elif page:
            pages[name] = page
    if not names:
        only = " besides index.md (the opening words of the home page)" if opening else ""
        problems.append(
            Problem(folder, None, f"has no pages{only}: add Markdown files such as 01-about-me.md")
        )

    order = names
    if person and person.nav is not None:
        order = [name for name in person.nav if name != OPENING_PAGE]
        for listed in order:
            if listed not in names:
                problems.append(
                    Problem(
                        folder / "person.yml",
                        None,
                        f'nav: lists "{listed}", but there is no such page in this folder',
                    )
                )
        for unlisted in names:
            if unlisted not in person.nav:
                problems.append(
                    Problem(
                        folder / "person.yml",
                        None,
                        f'nav: does not list "{unlisted}"; add it, or rename it to _{unlisted} to keep it as a draft',
                    )
                )
        if len(set(person.nav)) != len(person.nav):
            problems.append(
                Problem(folder / "person.yml", None, "nav: lists a page more than once")
            )

    if problems or person is None:
        raise PlanError(*problems)

    photos = (
        tuple(
            sorted(
                p.relative_to(folder).as_posix()
                for p in (folder / "photos").rglob("*")
                if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES
            )
        )
        if (folder / "photos").is_dir()
        else ()
    )
    return Plan(
        slug=folder.name,
        folder=folder,
        person=person,
        pages=tuple(pages[name] for name in order),
        opening=opening,
        photos=photos,
        source_files=source_files(folder),
    )


def find_plan_folders(plans_dir: Path) -> list[Path]:
    """Each sub-folder of the plans folder is one person (drafts starting with _ or . skipped)."""
    return sorted(p for p in plans_dir.iterdir() if p.is_dir() and not is_draft(p.name))
