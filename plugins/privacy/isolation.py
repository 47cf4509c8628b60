"""Isolation: a person's site may use only files from that person's own folder.

Why: each site is built on its own so nothing of one person can reach another's site. A link or
picture that points outside the folder (``../``, an absolute path, a ``file:`` address, a path
through a symbolic link leading out) would pull someone else's words or photos in, or fetch
something from outside when the page is shown.

Built on the plan core: the page's links and pictures come from its one reading
(``plugins.plan.source``) and where each leads from the one judge (``plugins.plan.targets``);
this module only says why a place is out of bounds. The plan checker's ``outside-folder``
rule calls ``outside_message`` too, so ``check`` and the build word it identically.
"""

from __future__ import annotations

from plugins.plan.errors import PlanError, Problem
from plugins.plan.model import Plan
from plugins.plan.source import Reference
from plugins.plan.targets import Place, locate


def outside_message(place: Place, embedded: bool, whose: str) -> str | None:
    """Why ``place`` is out of bounds for a plan, in words for staff; None when it is not.

    ``embedded`` is True for a picture or sound (fetched when the page is shown); ``whose``
    is the person's possessive, e.g. "Peggy's".
    """
    shown = place.address
    if place.kind == "computer":
        if place.scheme == "file":
            return f"'{shown}' points to a file on this computer: copy it into the plan folder"
        return f"'{shown}' points outside {whose} folder: use a file inside it"
    if place.kind == "web" and embedded:
        return (
            f"'{shown}' would be fetched from the internet when the page is shown: "
            "save the picture or sound into the plan folder instead"
        )
    if place.kind == "contact" and embedded:
        return f"'{shown}' is not a picture or sound: use a file inside the folder"
    if place.kind == "scheme":
        return (
            f"'{shown}' uses '{place.scheme}:', which a plan cannot use: "
            "use a file inside the folder"
        )
    if place.kind == "outside":
        if place.link_out:
            return (
                f"'{shown}' is a shortcut (symbolic link) to a file outside the folder: "
                "copy the file in"
            )
        if shown.lstrip().startswith(("/", "\\", "~")):
            return f"'{shown}' is an absolute path: use a path inside {whose} folder"
        return f"'{shown}' points outside {whose} folder: use a file inside it"
    return None


def reference_outside(plan_folder, page_file: str, reference: Reference, whose: str) -> str | None:
    """``outside_message`` for a link or picture written in a page."""
    place = locate(plan_folder, page_file, reference.target)
    return outside_message(place, reference.embedded, whose)


def outside_references(plan: Plan) -> list[Problem]:
    """Every link or picture in the plan that leaves the person's folder, as file:line problems."""
    whose = plan.person.possessive
    problems = [
        Problem(plan.folder / page.file, reference.line, message)
        for page in plan.written_pages
        for reference in page.source.references
        if (message := reference_outside(plan.folder, page.file, reference, whose))
    ]
    for name, path in plan.person.pictures.items():
        place = locate(plan.folder, "person.yml", path)
        message = outside_message(place, True, whose)
        if message:
            line = plan.line_of("pictures", name)
            problems.append(Problem(plan.person_file, line, f"pictures: {name}: {message}"))
    return problems


def check_isolation(plan: Plan) -> None:
    """Raise ``PlanError`` naming each file and line that reaches outside the folder."""
    problems = outside_references(plan)
    if problems:
        raise PlanError(*problems)
