"""The validated shape of one person's plan.

Plain frozen dataclasses: every other capability (symbols, audio, booklet,
privacy, checks) reads a plan through these types and never re-parses YAML.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from .source import Source, scan
from .yaml_text import line_in

SymbolMode = Literal["off", "headings", "key-words"]
Contrast = Literal["standard", "high"]


@dataclass(frozen=True)
class Needs:
    """How the person wants their information (Accessible Information Standard)."""

    large_print: int = 20  # booklet body size in points; the website scales from it
    symbols: SymbolMode = "key-words"
    audio: bool = True
    contrast: Contrast = "standard"


@dataclass(frozen=True)
class Review:
    last: dt.date | None = None
    next: dt.date | None = None
    how: str | None = None


@dataclass(frozen=True)
class Change:
    """One "you said, we did" entry."""

    date: dt.date
    what: str
    why: str | None = None


@dataclass(frozen=True)
class Privacy:
    encrypt: bool = True


@dataclass(frozen=True)
class Person:
    """The contents of person.yml, with every default filled in."""

    name: str
    called: str
    language: str = "en-GB"
    needs: Needs = field(default_factory=Needs)
    review: Review = field(default_factory=Review)
    changes: tuple[Change, ...] = ()
    people: tuple[str, ...] = ()
    pictures: dict[str, str] = field(
        default_factory=dict
    )  # name or concept -> path in the plan folder
    voice: str = "piper"
    say: dict[str, str] = field(default_factory=dict)  # written word -> how the voice says it
    speech_rate: float = 1.0
    privacy: Privacy = field(default_factory=Privacy)
    nav: tuple[str, ...] | None = None
    uses: tuple[str, ...] = ()  # their own equipment (plugins/symbols/kit.py): its picture

    @property
    def possessive(self) -> str:
        """ "Peggy's" / "James'" for titles such as "Peggy's plan"."""
        return f"{self.called}'" if self.called.endswith("s") else f"{self.called}'s"


@dataclass(frozen=True)
class Page:
    """One Markdown page of the plan, in reading order."""

    file: str  # file name inside the plan folder, e.g. "01-about-me.md"
    title: str  # the first "# " heading, or made from the file name
    text: str  # the Markdown source, decoded as UTF-8

    @cached_property
    def source(self) -> Source:
        """The page read once: comments, code, links, pictures, HTML, headings, with lines."""
        return scan(self.text)

    @property
    def html_name(self) -> str:
        """The page's output file with use_directory_urls off: 01-about-me.html."""
        return self.file[: -len(".md")] + ".html"


@dataclass(frozen=True)
class Plan:
    """A person's folder, loaded and validated: the only input of their site."""

    slug: str
    folder: Path  # absolute
    person: Person
    pages: tuple[Page, ...]
    opening: Page | None = None  # index.md: the opening words of the home page, if written
    photos: tuple[str, ...] = ()  # paths relative to folder, e.g. "photos/sue.jpg"
    source_files: tuple[str, ...] = ()  # every input file, relative to folder, for hashing
    person_lines: Mapping[tuple, int] = field(default_factory=dict, compare=False, repr=False)

    def line_of(self, *path: Any) -> int | None:
        """The person.yml line of a setting (``line_of("pictures", "Sue")``), for messages.

        Falls back to the nearest enclosing setting; None when person.yml does not have it.
        """
        return line_in(self.person_lines, path)

    @property
    def written_pages(self) -> tuple[Page, ...]:
        """Every page staff wrote, index.md (the home page's opening words) first: all checked."""
        return ((self.opening,) if self.opening else ()) + self.pages

    @property
    def person_file(self) -> Path:
        return self.folder / "person.yml"
