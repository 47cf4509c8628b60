"""Load a person's folder (person.yml + pages + photos/) into a validated Plan."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import PlanError, Problem
from .model import Page, Plan
from .person_file import read_person

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".gif"}
MAX_PAGE_BYTES = 1_000_000  # a plan page is a few screens of text; megabytes mean a wrong file
RESERVED_PAGES = {
    "index.md": "the home page is made for you",
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
    match = HEADING.search(text)
    return match.group(1).strip() if match else title_from_file(file)


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
    pages: dict[str, Page] = {}
    for name in names:
        page, problem = read_page(folder, name)
        if problem:
            problems.append(problem)
        elif page:
            pages[name] = page
    if not names:
        problems.append(
            Problem(folder, None, "has no pages: add Markdown files such as 01-about-me.md")
        )

    order = names
    if person and person.nav is not None:
        order = list(person.nav)
        for listed in person.nav:
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
        photos=photos,
        source_files=source_files(folder),
    )


def find_plan_folders(plans_dir: Path) -> list[Path]:
    """Each sub-folder of the plans folder is one person (drafts starting with _ or . skipped)."""
    return sorted(p for p in plans_dir.iterdir() if p.is_dir() and not is_draft(p.name))
