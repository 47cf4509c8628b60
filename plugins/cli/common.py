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


def add_site_options(parser: argparse.ArgumentParser) -> None:
    """--out, --keys and --base-url: the same names and defaults wherever sites and links meet."""
    parser.add_argument(
        "--out", type=Path, default=Path("site"), metavar="DIR",
        help="where the sites are built (default: site/)",
    )
    parser.add_argument(
        "--keys", type=Path, default=Path("keys"), metavar="DIR",
        help="folder of family-link keys, outside plans/ and site/ (default: keys/)",
    )
    parser.add_argument(
        "--base-url", metavar="URL",
        help="the address the sites are published at, e.g. https://plans.example.org",
    )


def plan_folders(plans_dir: Path, slugs: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """The folders of the named people, or of everyone; unknown names are left for the caller."""
    from ..plan.load import find_plan_folders

    folders = find_plan_folders(plans_dir) if plans_dir.is_dir() else []
    if not slugs:
        return folders
    by_slug = {f.name: f for f in folders}
    return [by_slug[s] for s in slugs if s in by_slug]
