"""The build contract every plugin shares: the run's options, the pages planbook makes itself,
and how a plugin finds the person's plan in a MkDocs config.

Why here, in the plan core, and not in ``builder/``: the plugins read a plan and its build
options; they must not import the builder that runs them (mkdocs' own plugins never import
``commands/build.py``), so the work can move to another host with the builder left behind.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from .model import Plan

HOME_PAGE = "index.md"  # the home page: generated, opening with the person's own index.md if any
CHANGES_PAGE = "what-changed.md"  # "What changed", from changes: in person.yml
CREDITS_PAGE = "symbols-credits.md"  # "About the pictures": the symbols' licences
CREDITS_TITLE = "About the pictures"
OPENING_ID = "pb-opening"  # the element holding index.md's words on the home page (own Listen)
CHANGES_TITLE = "What changed"

PLAN_KEY = "planbook"  # config.extra[PLAN_KEY]: the validated Plan
OPTIONS_KEY = "planbook_build"  # config.extra[OPTIONS_KEY]: the run's BuildOptions


def default_cache_dir() -> Path:
    """The user's cache folder (never inside a plan folder, so it is never published)."""
    override = os.environ.get("PLANBOOK_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir("planbook"))


@dataclass(frozen=True)
class BuildOptions:
    """Options of one build run, shared by every plugin through ``config.extra``."""

    out_dir: Path = Path("site")
    audio: bool = True  # False with --no-audio: no MP3s, no players
    pdf: bool = True  # False with --no-pdf: no booklet
    tts: str | None = None  # --voice piper|gtts|espeak overrides each person's voice backend
    strict: bool = False  # warnings fail the person
    debug: bool = False  # show tracebacks and MkDocs logs
    cache_dir: Path = field(default_factory=default_cache_dir)
    keys_dir: Path = Path("keys")  # family-link keys: outside plans/ and site/
    base_url: str | None = None  # where the sites are published, for share links and QR codes
    encrypt: bool | None = None  # None follows person.yml; False only for local preview and tests
    state_dir: Path | None = None  # what each site was built from: private, never in out_dir


def plan_of(config: Any) -> Plan:
    """The person's validated plan, put in the config by the builder."""
    plan = config.extra.get(PLAN_KEY)
    if not isinstance(plan, Plan):
        raise RuntimeError("planbook plugins run inside `python build.py`, which supplies the plan")
    return plan


def maybe_plan_of(config: Any) -> Plan | None:
    """The plan, or None when MkDocs runs a planbook plugin outside `python build.py`."""
    plan = config.extra.get(PLAN_KEY)
    return plan if isinstance(plan, Plan) else None


def options_of(config: Any) -> BuildOptions:
    """The run's options (defaults when a plugin runs outside `python build.py`)."""
    options = config.extra.get(OPTIONS_KEY)
    return options if isinstance(options, BuildOptions) else BuildOptions()


def has_credits(plan: Plan) -> bool:
    """Whether the site has "About the pictures": whenever it shows symbols (their licence)."""
    return plan.person.needs.symbols != "off"


def nav_for(plan: Plan) -> list[dict[str, str]]:
    """The site's pages in reading order: home, the person's pages, then What changed.

    "About the pictures" (the symbols' licences) is not in it: it is a footer link, never the
    page Next leads to.
    """
    nav = [{"Home": HOME_PAGE}]
    nav += [{page.title: page.file} for page in plan.pages]
    if plan.person.changes:
        nav.append({CHANGES_TITLE: CHANGES_PAGE})
    return nav
