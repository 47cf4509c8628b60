"""Errors for links and pictures: broken, not a picture, without words, leaving the folder, or
able to run a script.

Each person's site may only use files from their own folder (DESIGN.md, "Privacy"): a picture
from a website is fetched every time the page opens, and ``../`` reaches another person's plan.
The links and pictures come from the plan core's one reading of each page, where each leads
from its one judge (``plugins.plan.targets``), and "outside the folder" is worded by privacy's
isolation, so the build refuses exactly what this reports, in the same words.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...plan.build import CHANGES_PAGE, CREDITS_PAGE, HOME_PAGE
from ...plan.pictures import picture_problem
from ...plan.source import Reference
from ...plan.targets import Place, locate
from ...privacy.isolation import outside_message
from ...utils.paths import display_path
from ..context import PlanContext
from . import Hit


def missing_alt(ref: Reference) -> str | None:
    if ref.is_picture and not (ref.alt or "").strip():
        return (
            f"the picture '{ref.target.strip()}' has no words saying what it shows; "
            "write them between the square brackets, e.g. "
            "![Sue, my daughter, in the garden](photos/sue.jpg), "
            "so the audio and screen readers can say it"
        )
    return None


def unsafe_address(place: Place) -> str | None:
    """javascript:, vbscript:, data:: an address that could run a script or hide a file."""
    if place.kind != "script":
        return None
    if place.scheme == "data":
        return (
            f"'{_short(place.address)}' is a 'data:' address, which can hide a script or a "
            "whole file inside the page; save the picture or file into the plan folder and "
            "point to it, e.g. photos/garden.jpg"
        )
    return (
        f"'{_short(place.address)}' is a '{place.scheme}:' address, which runs a script in the "
        "person's browser; take it out, or link to a page, e.g. 02-my-mornings.md"
    )


def _short(address: str, limit: int = 40) -> str:
    return address if len(address) <= limit else address[: limit - 1] + "…"


def generated_pages(ctx: PlanContext) -> set[str]:
    """Pages planbook makes itself, which a plan may link to."""
    pages = {HOME_PAGE}
    person = ctx.reading.person
    if person is None or person.changes:
        pages.add(CHANGES_PAGE)
    if person is None or person.needs.symbols != "off":
        pages.add(CREDITS_PAGE)
    return pages


def missing_target(ctx: PlanContext, place: Place, ref: Reference) -> tuple[str, str] | None:
    """(rule, message) when a link or picture inside the folder does not reach a published file."""
    assert place.path is not None
    rel = place.path.relative_to(ctx.folder).as_posix()
    target = ref.target.strip()
    if ref.kind == "image":
        if not place.path.is_file():
            return "broken-image", (
                f"there is no picture '{target}' in this person's folder; "
                "check the spelling and that the file is in photos/"
            )
        problem = picture_problem(place.path) or not_in_photos(ctx, rel)
        return ("broken-image", problem) if problem else None
    published = {p.name for p in ctx.pages} | set(ctx.reading.photos) | generated_pages(ctx)
    if rel in published:
        return None
    if not place.path.exists():
        hint = " (link to the .md file, e.g. 02-my-mornings.md)" if target.endswith(".html") else ""
        return (
            "broken-link",
            f"there is no page or file '{target}' in this person's folder; "
            f"check the spelling{hint}",
        )
    return (
        "broken-link",
        f"'{target}' is not part of the site (only the plan's pages and the pictures in "
        "photos/ are published); link to a page such as 02-my-mornings.md",
    )


def not_in_photos(ctx: PlanContext, rel: str) -> str | None:
    """Pictures are published from photos/ only (never person.yml, notes or drafts)."""
    if rel in ctx.reading.photos:
        return None
    name = rel.rsplit("/", 1)[-1]
    return (
        f"pictures are published from the photos/ folder only: move '{rel}' into photos/ "
        f"and write photos/{name}"
    )


def reference_problems(
    ctx: PlanContext, page_name: str, ref: Reference
) -> Iterator[tuple[str, str]]:
    """(rule, message) for everything wrong with one link or picture."""
    if alt := missing_alt(ref):
        yield "image-alt", alt
    place = locate(ctx.folder, page_name, ref.target)
    whose = ctx.person.possessive if ctx.person else "this person's"
    if not ref.target.strip() and ref.via != "html":
        rule = "broken-image" if ref.kind == "image" else "broken-link"
        yield (
            rule,
            (
                "this link or picture has no address between the brackets; add the file name, "
                "e.g. 02-my-mornings.md"
            ),
        )
    elif message := unsafe_address(place):
        yield "unsafe-link", message
    elif message := outside_message(place, ref.embedded, whose):
        yield "outside-folder", message
    elif place.kind == "inside" and (problem := missing_target(ctx, place, ref)):
        yield problem


def _photo_problems(ctx: PlanContext, used: set[str]) -> Iterator[Hit]:
    """Every photo is published, used or not: one that is not a picture stops the build."""
    for photo in ctx.reading.photos:
        if photo in used:
            continue  # said where it is used
        problem = picture_problem(ctx.folder / photo)
        if problem:
            yield Hit("broken-image", display_path(ctx.folder / photo), None, problem)


def _pictures_in_person_file(ctx: PlanContext) -> Iterator[Hit]:
    person = ctx.reading.person
    if person is None:
        return
    for name, rel in person.pictures.items():
        problem = picture_problem(ctx.folder / rel) or not_in_photos(ctx, rel)
        if problem:
            line = ctx.line_of("pictures", name)
            yield Hit("broken-image", ctx.person_file, line, f"pictures: {name}: {problem}")


def check(ctx: PlanContext) -> Iterator[Hit]:
    used: set[str] = set()
    for page in ctx.pages:
        for ref in page.source.references:
            place = locate(ctx.folder, page.name, ref.target)
            if place.kind == "inside" and place.path is not None:
                used.add(place.path.relative_to(ctx.folder).as_posix())
            for rule, message in reference_problems(ctx, page.name, ref):
                yield Hit(rule, page.file, ref.line, message)
    person = ctx.reading.person
    yield from _pictures_in_person_file(ctx)
    used |= set(person.pictures.values()) if person else set()
    yield from _photo_problems(ctx, used)
