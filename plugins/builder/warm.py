"""Warm the main process before it forks its workers, so imports and templates are paid for once.

Why: each worker's first person used to cost seconds more than the next (importing every plugin,
Markdown extension and their libraries, compiling the theme's templates). Forked workers start
with a copy of the main process's memory, so doing that work once here spares every worker it.
Only an optimisation: any failure is ignored and the workers do the work themselves.
"""

from __future__ import annotations

import importlib.metadata
import logging
from pathlib import Path

from .config import BASE_CONFIG, base_config

log = logging.getLogger("mkdocs.plugins.planbook.warm")


def _name(item: object) -> str:
    return item if isinstance(item, str) else next(iter(item))  # type: ignore[arg-type]


def _plugins(raw: dict) -> None:
    """Import each plugin; a plugin class may offer `warm_up()` to load its shared data here
    (a symbol vocabulary, a voice model) so forked workers share one copy."""
    entry_points = {ep.name: ep for ep in importlib.metadata.entry_points(group="mkdocs.plugins")}
    for item in raw.get("plugins") or []:
        entry = entry_points.get(_name(item))
        if entry is None:
            continue
        plugin = entry.load()
        hook = getattr(plugin, "warm_up", None)
        if callable(hook):
            try:
                hook()
            except Exception as error:  # noqa: BLE001 - the plugin loads it in the worker instead
                log.debug("%s: warm-up skipped: %s", entry.name, error)


def _markdown(raw: dict) -> None:
    import markdown

    for item in raw.get("markdown_extensions") or []:
        try:
            markdown.Markdown(extensions=[_name(item)])
        except Exception:  # noqa: BLE001 - one extension needing settings must not stop the rest
            continue


def _theme(raw: dict, base: Path) -> None:
    from mkdocs.theme import Theme

    from .shared import shared_env

    settings = dict(raw.get("theme") or {"name": None})
    if settings.get("custom_dir"):
        settings["custom_dir"] = str((base.parent / settings["custom_dir"]).resolve())
    env = shared_env(Theme(**settings))
    for template in env.loader.list_templates():  # type: ignore[union-attr]
        if template.endswith(".html"):
            try:
                env.get_template(template)
            except Exception:  # noqa: BLE001 - compiled again in the worker, where it fails plainly
                continue


def warm_up(base: Path = BASE_CONFIG) -> None:
    """Import what every build needs and compile the theme, in this (the main) process."""
    try:
        import mkdocs.commands.build  # noqa: F401

        raw = base_config(base)
        _plugins(raw)
        _markdown(raw)
        _theme(raw, base)
    except Exception as error:  # noqa: BLE001 - an optimisation only
        log.debug("warm-up skipped: %s", error)
