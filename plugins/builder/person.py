"""Build one person's site: load, one MkDocs build into a temporary folder, swap in when whole."""

from __future__ import annotations

import logging
import shutil
import time
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build

from ..plan.build import BuildOptions
from ..plan.errors import PlanError, display_path
from ..plan.load import load_plan
from ..plan.model import Plan
from ..privacy.links import open_link
from . import fingerprint
from .config import checked_config
from .shared import share_theme_work
from .swap import swap_into_place


@dataclass
class PersonResult:
    """What happened to one person, in words staff can act on."""

    slug: str
    status: str  # "built" | "failed" | "unchanged"
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    site: Path | None = None
    open_hint: str | None = None
    audio: tuple[int, int] | None = None  # (sentences spoken, reused) when the site has audio


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().strip()
        if message and message not in self.messages:
            self.messages.append(message)


@contextmanager
def quiet_mkdocs(debug: bool) -> Iterator[_Collect]:
    """Keep MkDocs' log noise away from staff; keep its warnings to show under the person."""
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    saved = (logger.propagate, logger.level)
    logger.addHandler(collect)
    if not debug:
        logger.propagate = False
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    try:
        yield collect
    finally:
        logger.removeHandler(collect)
        logger.propagate, _ = saved
        logger.setLevel(saved[1])


def _unchanged_result(plan: Plan, options: BuildOptions, print_: str) -> PersonResult | None:
    """The "unchanged" result when the last good site came from exactly these inputs."""
    out_dir = options.out_dir.absolute()
    if not fingerprint.is_unchanged(out_dir, plan.slug, print_):
        return None
    return PersonResult(
        slug=plan.slug,
        status="unchanged",
        site=out_dir / plan.slug,
        open_hint=open_link(plan, options),
    )


def unchanged(folder: Path, options: BuildOptions, tool: str | None = None) -> PersonResult | None:
    """The "unchanged" result when this person needs no build, or None; cheap, so the runner can
    skip starting workers when nothing changed. Any problem is left for build_person to report."""
    try:
        plan = load_plan(folder)
        return _unchanged_result(plan, options, fingerprint.person_fingerprint(plan, options, tool))
    except Exception:  # noqa: BLE001 - build_person says what is wrong
        return None


def formats_made(plan: Plan, options: BuildOptions) -> dict[str, bool]:
    """What a successful build publishes besides the site, for the managers' audit."""
    return {
        "site": True,
        "booklet": options.pdf,
        "audio": options.audio and plan.person.needs.audio,
    }


def build_person(folder: Path, options: BuildOptions, tool: str | None = None) -> PersonResult:
    """Never raises for a plan mistake: the result says what went wrong and the old site stays.

    `tool` is the tool fingerprint of the whole run (see fingerprint.tool_fingerprint).
    """
    started = time.monotonic()
    slug = folder.name
    out_dir = options.out_dir.absolute()
    dest = out_dir / slug
    result = PersonResult(slug=slug, status="failed")
    temp = out_dir / f".building-{slug}-{uuid.uuid4().hex[:8]}"
    try:
        plan = load_plan(folder)
        print_ = fingerprint.person_fingerprint(plan, options, tool)
        skipped = _unchanged_result(plan, options, print_)
        if skipped:
            return skipped
        out_dir.mkdir(parents=True, exist_ok=True)
        with quiet_mkdocs(options.debug) as collected:
            config = share_theme_work(checked_config(plan, options, temp))
            mkdocs_build(config)
        audio = config.plugins.get("planbook-audio")
        result.audio = audio.counts() if audio is not None else None
        result.warnings = collected.messages
        if options.strict and result.warnings:
            result.problems = ["stopped because of the warnings below (--strict)"]
            return result
        if not (temp / "index.html").is_file():
            result.problems = ["the build finished without a home page; nothing was replaced"]
            return result
        fingerprint.forget(out_dir, slug)
        swap_into_place(temp, dest)
        fingerprint.remember(out_dir, slug, print_, formats_made(plan, options))
        result.status = "built"
        result.site = dest
        result.open_hint = open_link(plan, options)
    except PlanError as error:
        result.problems = [str(p) for p in error.problems] or [
            f"{display_path(folder)}: this plan cannot be built, and planbook did not say why; "
            "run again with --debug and tell the developers"
        ]
    except Exception as error:  # a fault in planbook, not in the plan: say so plainly
        if options.debug:
            traceback.print_exc()
        result.problems = [
            f"{folder}: planbook could not build this plan ({type(error).__name__}: {error}). "
            "This is a fault in planbook, not in the plan; run again with --debug and tell the developers."
        ]
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        result.seconds = time.monotonic() - started
    return result
