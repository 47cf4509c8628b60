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

from ..plan.model import Plan
from .options import BuildOptions

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BASE_CONFIG = PROJECT_ROOT / "mkdocs.yml"
MATERIAL_LANGUAGES = (
    Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"
)

HOME_PAGE = "index.md"
CHANGES_PAGE = "what-changed.md"


@cache
def base_config(path: Path = BASE_CONFIG) -> dict[str, Any]:
    """The base mkdocs.yml as plain data (no Python tags), read once per process."""
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def theme_language(language: str) -> str:
    """The closest translation Material ships (en-GB -> en); <html lang> keeps the full code."""
    for candidate in (language, language.split("-")[0].lower()):
        if (MATERIAL_LANGUAGES / f"{candidate}.html").is_file():
            return candidate
    return "en"


def nav_for(plan: Plan) -> list[dict[str, str]]:
    nav = [{"Home": HOME_PAGE}]
    nav += [{page.title: page.file} for page in plan.pages]
    if plan.person.changes:
        nav.append({"What changed": CHANGES_PAGE})
    return nav


def config_for(
    plan: Plan, options: BuildOptions, site_dir: Path, base: Path = BASE_CONFIG
) -> MkDocsConfig:
    """Everything person-specific is set here; everything shared lives in mkdocs.yml."""
    raw = copy.deepcopy(base_config(base))
    person = plan.person
    theme = raw.setdefault("theme", {"name": "material"})
    theme["language"] = theme_language(person.language)
    theme["font"] = False  # nothing from Google Fonts: the theme ships its own font
    custom_dir = theme.get("custom_dir")
    if custom_dir:
        theme["custom_dir"] = str((base.parent / custom_dir).resolve())
    extra = raw.setdefault("extra", {})
    extra["planbook"] = plan
    extra["planbook_build"] = options
    overrides = {
        "site_name": f"{person.possessive} plan",
        "site_description": f"{person.possessive} plan, in their own words",
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
