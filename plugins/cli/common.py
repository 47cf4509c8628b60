"""Options every sub-command shares."""

from __future__ import annotations

import argparse
from pathlib import Path


def common_parser() -> argparse.ArgumentParser:
    """--plans and --debug, added to each sub-command with parents=[common]."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--plans",
        type=Path,
        default=Path("plans"),
        metavar="DIR",
        help="the folder of plans, one sub-folder per person (default: plans/)",
    )
    common.add_argument(
        "--debug", action="store_true", help="show technical details when something fails"
    )
    return common


def plan_folders(plans_dir: Path, slugs: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """The folders of the named people, or of everyone; unknown names are left for the caller."""
    from ..plan.load import find_plan_folders

    folders = find_plan_folders(plans_dir) if plans_dir.is_dir() else []
    if not slugs:
        return folders
    by_slug = {f.name: f for f in folders}
    return [by_slug[s] for s in slugs if s in by_slug]
