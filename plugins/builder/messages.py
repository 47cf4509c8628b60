"""MkDocs' and WeasyPrint's warnings, said in planbook's words with the plan's file and line.

Why: "Doc file '01-about-me.md' contains a link '04-my-wek.md', but the target is not found
among documentation files" names a file relative to nothing, and WeasyPrint's messages carry
the temporary folder the site is built in. Staff need the page and line to fix, in plain words,
or nothing at all when the message says nothing they can act on (a style rule the booklet does
not use). Each message is matched against the table below; planbook's own plugins already
speak plainly and pass through (with any temporary path taken out); anything else from MkDocs
or WeasyPrint is dropped, and shown as it is only with ``--debug``.

Pure: messages and a ``Plan`` in, sentences out. ``quiet_mkdocs`` is the thin part that keeps
MkDocs' log away from the terminal while a person is built.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..plan.model import Page, Plan
from ..utils.logs import Captured, capture_logs
from ..utils.paths import display_path

PLANBOOK_LOGGER = "mkdocs.plugins.planbook"  # planbook's own plugins: already in plain words
BOOKLET = "booklet: "  # the booklet plugin's prefix for its warnings
WEASYPRINT_SAYS = "WeasyPrint: "  # ...and, after it, for what WeasyPrint itself said


@contextmanager
def quiet_mkdocs(debug: bool) -> Iterator[Captured]:
    """Keep MkDocs' log away from staff while a person is built; keep its warnings to translate."""
    with capture_logs("mkdocs", logging.WARNING, show=debug, show_level=logging.DEBUG) as got:
        yield got


def _where(plan: Plan, page: Page, line: int | None) -> str:
    where = display_path(plan.folder / page.file)
    return f"{where}:{line}" if line else where


def _page(plan: Plan, src: str) -> Page | None:
    return next((p for p in plan.pages if p.file == src), None)


def _line_of_target(page: Page, target: str) -> int | None:
    """The line of the page where a link or picture to ``target`` is written."""
    wanted = {target, unquote(target), target.split("#", 1)[0]}
    for reference in page.source.references:
        if reference.target.strip() in wanted or unquote(reference.target.strip()) in wanted:
            return reference.line
    return None


def _dead_link(plan: Plan, m: re.Match[str]) -> str | None:
    page = _page(plan, m.group("src"))
    if page is None:
        return None
    target = m.group("url")
    line = _line_of_target(page, target)
    return (
        f"{_where(plan, page, line)}: the link or picture '{target}' leads to nothing on the "
        "site; check the spelling, and that the file is a page of this plan or in photos/"
    )


def _missing_anchor(plan: Plan, m: re.Match[str]) -> str | None:
    page = _page(plan, m.group("src"))
    if page is None:
        return None
    target = m.group("url")
    line = _line_of_target(page, target)
    part = target.split("#", 1)[-1]
    return (
        f"{_where(plan, page, line)}: the link '{target}' goes to a part '#{part}' that the "
        "page does not have; link to a heading's words in lower case with dashes, "
        "e.g. #my-mornings"
    )


def _booklet_picture(plan: Plan, m: re.Match[str]) -> str | None:
    """WeasyPrint could not load a picture: say which page and line use it."""
    path = unquote(urlsplit(m.group("url")).path)
    for page in plan.pages:
        for reference in page.source.references:
            target = reference.target.strip()
            if target and path.endswith("/" + target.lstrip("./")):
                return (
                    f"{_where(plan, page, reference.line)}: the booklet could not print the "
                    f"picture '{target}'; open it to check it, and save it again as .jpg or .png"
                )
    return None  # a picture of the theme's: a fault for the developers, seen with --debug


Translator = Callable[[Plan, re.Match[str]], str | None]

MKDOCS: tuple[tuple[re.Pattern[str], Translator | None], ...] = (
    (
        re.compile(
            r"^Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']*)', but the doc "
            r"'[^']*' does not contain an anchor"
        ),
        _missing_anchor,
    ),
    (
        re.compile(
            r"^Doc file '(?P<src>[^']+)' contains a link '(?P<url>[^']*)', but there is no such "
            r"anchor"
        ),
        _missing_anchor,
    ),
    (
        re.compile(r"^Doc file '(?P<src>[^']+)' contains a link (?:to )?'(?P<url>[^']*)'"),
        _dead_link,
    ),
    (
        re.compile(r"^Doc file '(?P<src>[^']+)' contains an? [a-z ]*link '(?P<url>[^']*)'"),
        _dead_link,
    ),
    (re.compile(r"^Error reading page "), None),  # the error itself is reported as the failure
)
WEASYPRINT: tuple[tuple[re.Pattern[str], Translator | None], ...] = (
    (re.compile(r"^Failed to load image at '(?P<url>[^']+)'"), _booklet_picture),
)


def _without_temporary(message: str, temp: Path | None, dest: Path | None) -> str:
    if temp is None:
        return message
    shown = display_path(dest) if dest is not None else "the site"
    for form in {str(temp), temp.as_posix(), temp.as_uri() if temp.is_absolute() else str(temp)}:
        message = message.replace(form, shown)
    return message


def plain_words(
    name: str, message: str, plan: Plan, temp: Path | None = None, dest: Path | None = None
) -> str | None:
    """One logged message in planbook's words, or None when staff can do nothing about it.

    ``name`` is the logger's name; ``temp`` the folder the site is being built in and ``dest``
    where it will go, so a message never shows the temporary folder.
    """
    if name == PLANBOOK_LOGGER or name.startswith(PLANBOOK_LOGGER + "."):
        if not message.startswith(BOOKLET):
            return _without_temporary(message, temp, dest)
        said = message[len(BOOKLET) :]
        if not said.startswith(WEASYPRINT_SAYS):
            return _without_temporary(message, temp, dest)  # planbook's booklet speaking
        said = said[len(WEASYPRINT_SAYS) :]
        for pattern, translate in WEASYPRINT:
            m = pattern.search(said)
            if m:
                return translate(plan, m) if translate else None
        return None  # a style WeasyPrint ignored, an anchor: nothing staff can act on
    for pattern, translate in MKDOCS:
        m = pattern.search(message)
        if m:
            return translate(plan, m) if translate else None
    return None


def plain_warnings(
    records: Iterable[logging.LogRecord], plan: Plan, temp: Path | None, dest: Path | None
) -> list[str]:
    """Every captured warning that says something staff can act on, each once."""
    said = (
        plain_words(r.name, r.getMessage().strip(), plan, temp, dest)
        for r in records
        if r.levelno >= logging.WARNING
    )
    return list(dict.fromkeys(s for s in said if s))
