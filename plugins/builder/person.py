"""Build one person's site: load, one MkDocs build into a temporary folder, swap in when whole."""

from __future__ import annotations

import shutil
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build

from ..checks.gate import buildable_plan
from ..plan.build import BuildOptions
from ..plan.errors import PlanError, display_path
from ..plan.load import load_plan
from ..plan.model import Plan
from ..privacy.keystore import KeysProblem, KeyStore
from ..privacy.links import encrypts, published_folder
from . import fingerprint
from .config import checked_config
from .messages import plain_warnings, quiet_mkdocs
from .places import private_temp, staging_dir, state_dir
from .shared import share_theme_work
from .swap import stage, swap_into_place


@dataclass
class PersonResult:
    """What happened to one person, in words staff can act on."""

    slug: str
    status: str  # "built" | "failed" | "unchanged"
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    site: Path | None = None
    audio: tuple[int, int] | None = None  # (sentences spoken, reused) when the site has audio
    notes: list[str] = field(default_factory=list)  # what staff should do next (never a key)


def _unchanged_result(
    plan: Plan, options: BuildOptions, print_: str, state: Path, folder: str
) -> PersonResult | None:
    """The "unchanged" result when the last good site came from exactly these inputs."""
    out_dir = options.out_dir.absolute()
    if not fingerprint.is_unchanged(state, out_dir, plan.slug, print_):
        return None
    return PersonResult(slug=plan.slug, status="unchanged", site=out_dir / folder)


def unchanged(folder: Path, options: BuildOptions, tool: str | None = None) -> PersonResult | None:
    """The "unchanged" result when this person needs no build, or None; cheap, so the runner can
    skip starting workers when nothing changed. Any problem is left for build_person to report."""
    try:
        plan = load_plan(folder)
        if encrypts(plan, options) and not KeyStore(options.keys_dir, plan.slug).exists():
            return None  # never built encrypted: the build makes the keys first
        published = published_folder(plan, options)
        state = state_dir(options.out_dir, options.state_dir)
        print_ = fingerprint.person_fingerprint(plan, options, tool, state)
        return _unchanged_result(plan, options, print_, state, published)
    except Exception:  # noqa: BLE001 - build_person says what is wrong
        return None


def formats_made(plan: Plan, options: BuildOptions) -> dict[str, bool]:
    """What a successful build publishes besides the site, for the managers' audit."""
    return {
        "site": True,
        "booklet": options.pdf,
        "audio": options.audio and plan.person.needs.audio,
    }


def _notes_after_build(
    plan: Plan, options: BuildOptions, first_keys: bool, moved: list[str]
) -> list[str]:
    """What staff must do after this build, in words, never with a key in them."""
    notes = []
    share = f"python build.py share link {plan.slug}"
    if moved:
        notes.append(
            f"the plan's web address has changed (it was {', '.join(moved)}): send everyone "
            f"with a link their link again (see `python build.py share list {plan.slug}`; "
            f"`{share}` gives the person's own)"
        )
    elif first_keys:
        notes.append(f"for the person's own link to this private site: {share}")
    return notes


def build_person(folder: Path, options: BuildOptions, tool: str | None = None) -> PersonResult:
    """Never raises for a plan mistake: the result says what went wrong and the old site stays.

    The plaintext site is built in a private temporary folder (sealed there when encrypted),
    moved to the staging folder beside the output and swapped in whole. `tool` is the tool
    fingerprint of the whole run (see fingerprint.tool_fingerprint).
    """
    started = time.monotonic()
    slug = folder.name
    out_dir = options.out_dir.absolute()
    result = PersonResult(slug=slug, status="failed")
    temp: Path | None = None
    try:
        plan = buildable_plan(folder)  # refused on every error `check` reports, same words
        state = state_dir(out_dir, options.state_dir)
        first_keys = encrypts(plan, options) and not KeyStore(options.keys_dir, slug).exists()
        published = published_folder(plan, options)  # makes the keys of an encrypted site
        print_ = fingerprint.person_fingerprint(plan, options, tool, state)
        skipped = _unchanged_result(plan, options, print_, state, published)
        if skipped:
            return skipped
        out_dir.mkdir(parents=True, exist_ok=True)
        temp = private_temp(state, slug)
        site = temp / "site"
        with quiet_mkdocs(options.debug) as collected:
            config = share_theme_work(checked_config(plan, options, site))
            mkdocs_build(config)
        audio = config.plugins.get("planbook-audio")
        result.audio = audio.counts() if audio is not None else None
        result.warnings = plain_warnings(collected.records, plan, site, out_dir / published)
        if options.strict and result.warnings:
            result.problems = ["stopped because of the warnings below (--strict)"]
            return result
        if not (site / "index.html").is_file():
            result.problems = ["the build finished without a home page; nothing was replaced"]
            return result
        fingerprint.forget(state, slug)
        staging = staging_dir(out_dir)
        swap_into_place(stage(site, staging, published), out_dir / published, staging)
        moved = remove_other_folders(plan, options, published)
        fingerprint.remember(state, out_dir, slug, print_, published, formats_made(plan, options))
        result.status = "built"
        result.site = out_dir / published
        result.notes = _notes_after_build(plan, options, first_keys, moved)
    except PlanError as error:
        result.problems = [str(p) for p in error.problems] or [
            f"{display_path(folder)}: this plan cannot be built, and planbook did not say why; "
            "run again with --debug and tell the developers"
        ]
    except KeysProblem as error:
        result.problems = [f"{display_path(options.keys_dir)}: {error}"]
    except Exception as error:  # a fault in planbook, not in the plan: say so plainly
        if options.debug:
            traceback.print_exc()
        result.problems = [
            f"{display_path(folder)}: planbook could not build this plan "
            f"({type(error).__name__}: {error}). This is a fault in planbook, not in the plan; "
            "run again with --debug and tell the developers."
        ]
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
        result.seconds = time.monotonic() - started
    return result


def owned_folders(plan_folder: Path, options: BuildOptions) -> set[str]:
    """Every output folder name a plan may have published under: its slug and its keys' id."""
    names = {plan_folder.name}
    try:
        store = KeyStore(options.keys_dir, plan_folder.name)
        if store.exists():
            names.add(store.load().folder)
    except KeysProblem:
        pass
    return names - {""}


def remove_other_folders(plan: Plan, options: BuildOptions, published: str) -> list[str]:
    """The person's sites under their other name (the slug before they were encrypted, or
    their id after encryption was turned off) are removed once the new one is in place."""
    out_dir = options.out_dir.absolute()
    moved = []
    for name in sorted(owned_folders(plan.folder, options) - {published}):
        old = out_dir / name
        if (old / "index.html").is_file() and not old.is_symlink():
            shutil.rmtree(old, ignore_errors=True)
            moved.append(display_path(old))
    return moved
