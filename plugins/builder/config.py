"""A person's MkDocs configuration, made in memory from the base mkdocs.yml and their plan."""

from __future__ import annotations

import copy
import io
import logging
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from ..i18n.words import plan_description, plan_title
from ..plan.build import OPTIONS_KEY, PLAN_KEY, BuildOptions, nav_for
from ..plan.model import Plan

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BASE_CONFIG = PROJECT_ROOT / "mkdocs.yml"


@cache
def base_config(path: Path = BASE_CONFIG) -> dict[str, Any]:
    """The base mkdocs.yml as plain data (no Python tags), read once per process."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def config_for(
    plan: Plan, options: BuildOptions, site_dir: Path, base: Path = BASE_CONFIG
) -> MkDocsConfig:
    """Everything person-specific is set here; everything shared lives in mkdocs.yml."""
    raw = copy.deepcopy(base_config(base))
    person = plan.person
    theme = raw.setdefault("theme", {"name": None})
    theme["language"] = person.language
    custom_dir = theme.get("custom_dir")
    if custom_dir:
        theme["custom_dir"] = str((base.parent / custom_dir).resolve())
    extra = raw.setdefault("extra", {})
    extra[PLAN_KEY] = plan
    extra[OPTIONS_KEY] = options
    overrides = {
        "site_name": plan_title(person),
        "site_description": plan_description(person),
        "docs_dir": str(plan.folder),
        "site_dir": str(site_dir),
        "use_directory_urls": False,  # works opened from disk or a USB stick
        "nav": nav_for(plan),
        "strict": False,
    }
    raw.update(overrides)
    stream = io.StringIO(yaml.safe_dump({k: v for k, v in raw.items() if k != "extra"}))
    stream.name = str(base)  # relative paths in mkdocs.yml stay relative to it
    config = load_config(stream, extra=extra)
    return config


class ConfigProblem(Exception):
    """The base mkdocs.yml (not a plan) is wrong: a fault for the developers, not for staff."""


def checked_config(plan: Plan, options: BuildOptions, site_dir: Path) -> MkDocsConfig:
    try:
        return config_for(plan, options, site_dir)
    except ConfigurationError as error:
        logging.getLogger("mkdocs").error("%s", error)
        raise ConfigProblem(f"mkdocs.yml: {error}") from error
