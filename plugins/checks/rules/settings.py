"""person.yml settings that only the capability using them can judge: the voice and pictures:.

The judgement lives with the capability (``plugins.audio.voices.problems``,
``plugins.symbols.pictures.resolve``), which refuses the same setting during the build with the
same words and line; the checker asks it, so ``check`` reports it before the build does.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...plan.errors import PlanError, Problem
from ...utils.paths import display_path
from ..context import PlanContext
from . import Hit


def _hits(problems: list[Problem] | tuple[Problem, ...]) -> Iterator[Hit]:
    for problem in problems:
        yield Hit("invalid-plan", display_path(problem.file), problem.line, problem.message)


def check_voice(ctx: PlanContext) -> Iterator[Hit]:
    plan = ctx.plan
    if plan is None or not plan.person.needs.audio:
        return
    from ...audio.voices import problems

    yield from _hits(problems(plan))


def check_pictures(ctx: PlanContext) -> Iterator[Hit]:
    plan = ctx.plan
    if plan is None or not plan.person.pictures:
        return
    from ...symbols.pictures import resolve

    try:
        resolve(plan)
    except PlanError as error:
        yield from _hits(error.problems)
