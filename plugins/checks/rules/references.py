"""Errors for links and pictures: broken, without alt text, or reaching outside the folder.

Each person's site may only use files from their own folder (DESIGN.md, "Privacy"):
a picture from a website is fetched every time the page opens, and ``../`` reaches
another person's plan. ``reference_problems`` is the reusable core; the privacy
package's isolation check can replace the outside-folder part when it lands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..context import PlanContext
from ..findings import display_path
from ..markdown_text import Reference, references
from . import Hit

SAFE_LINK_SCHEMES = {"http", "https", "mailto", "tel"}  # a link the person taps; nothing is fetched
WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def _outside(kind: str, target: str) -> str:
    if kind == "image":
        return (
            f"the picture '{target}' comes from outside this person's folder; "
            "copy it into their photos/ folder and point to it there, e.g. photos/garden.jpg"
        )
    return (
        f"the link '{target}' points outside this person's folder; "
        "link only to this person's own pages and files, e.g. 02-my-mornings.md"
    )


def missing_alt(ref: Reference) -> str | None:
    if ref.kind == "image" and not (ref.alt or "").strip():
        return (
            f"the picture '{ref.target.strip()}' has no words saying what it shows; "
            "write them between the square brackets, e.g. ![Sue, my daughter, in the garden](photos/sue.jpg), "
            "so the audio and screen readers can say it"
        )
    return None


def reference_problem(folder: Path, page_name: str, ref: Reference) -> tuple[str, str] | None:
    """(rule, message) when a link or picture does not lead to a file in the folder, else None."""
    target = ref.target.strip()
    if not target:
        rule = "broken-image" if ref.kind == "image" else "broken-link"
        return (
            rule,
            "this link or picture has no address between the brackets; add the file name, e.g. 02-my-mornings.md",
        )
    if target.startswith("#"):
        return None
    parts = urlsplit(target)
    if WINDOWS_DRIVE.match(target):
        return "outside-folder", _outside(ref.kind, target)
    if parts.scheme:
        if ref.kind == "link" and parts.scheme.lower() in SAFE_LINK_SCHEMES:
            return None
        if ref.kind == "image" and parts.scheme.lower() == "data":
            return None
        return "outside-folder", _outside(ref.kind, target)
    if target.startswith(("/", "\\")) or parts.netloc:
        return "outside-folder", _outside(ref.kind, target)
    root = folder.resolve()
    path = (folder / Path(page_name).parent / unquote(parts.path)).resolve()
    if not path.is_relative_to(root):
        return "outside-folder", _outside(ref.kind, target)
    if not path.exists():
        if ref.kind == "image":
            return "broken-image", (
                f"there is no picture '{target}' in this person's folder; "
                "check the spelling and that the file is in photos/"
            )
        hint = " (link to the .md file, e.g. 02-my-mornings.md)" if target.endswith(".html") else ""
        return (
            "broken-link",
            f"there is no page or file '{target}' in this person's folder; check the spelling{hint}",
        )
    return None


def reference_problems(folder: Path, page_name: str, text: str) -> Iterator[tuple[int, str, str]]:
    """(line, rule, message) for every problem link or picture on one page."""
    for ref in references(text):
        if alt := missing_alt(ref):
            yield ref.line, "image-alt", alt
        problem = reference_problem(folder, page_name, ref)
        if problem:
            yield ref.line, problem[0], problem[1]


def _isolation_hits(ctx: PlanContext) -> list[Hit] | None:
    """The privacy package's own isolation check, so `check` and the build agree exactly.

    None when the plan did not load (the isolation check needs a Plan): then this
    module's own outside-folder rule stands in.
    """
    if ctx.plan is None:
        return None
    try:
        from ...privacy.isolation import outside_references
    except ImportError:
        return None
    return [
        Hit("outside-folder", display_path(ctx.folder / p.file), p.line, p.message)
        for p in outside_references(ctx.plan)
    ]


def check(ctx: PlanContext) -> Iterator[Hit]:
    isolation = _isolation_hits(ctx)
    for page in ctx.pages:
        for line, rule, message in reference_problems(ctx.folder, page.name, page.text):
            if rule == "outside-folder" and isolation is not None:
                continue  # the privacy check below reports it, in the build's own words
            yield Hit(rule, page.file, line, message)
    yield from isolation or ()
