"""`python build.py cache prune [--older-than DAYS]`: empty old sound from the audio cache.

Why: the cache holds every plan as spoken sound (owner-only, outside plans/ and site/). Sound of
sentences a plan no longer has stays until pruned; deleting it costs only time, as the next
build speaks again what it needs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

from ..plan.build import default_cache_dir
from ..plan.errors import display_path

DAY = 24 * 3600


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "cache",
        parents=[common],
        help="empty old sound from the audio cache",
        description="The audio cache keeps the sound of every plan (only you can read it), so a "
        "rebuild speaks only what changed. `cache prune` removes what no build has used lately.",
        epilog="examples:\n"
        "  python build.py cache prune                  # not used for 90 days\n"
        "  python build.py cache prune --older-than 0   # everything\n"
        "  python build.py cache prune --cache /srv/planbook-cache --older-than 30",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("action", choices=["prune"], help="prune: remove old cached sound")
    parser.add_argument(
        "--older-than",
        type=float,
        default=90,
        metavar="DAYS",
        help="remove what has not been used for this many days (default: 90)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="audio cache folder (default: $PLANBOOK_CACHE or your user cache folder)",
    )
    parser.set_defaults(run=run)


def prune(folder: Path, older_than_days: float, now: float | None = None) -> tuple[int, int]:
    """Remove cached files not used (read or written) for the given days: (files, bytes)."""
    cutoff = (now or time.time()) - older_than_days * DAY
    files = size = 0
    for root, dirs, names in os.walk(folder, topdown=False):
        for name in names:
            path = Path(root) / name
            try:
                stat = path.lstat()
                if max(stat.st_mtime, stat.st_atime) <= cutoff:
                    path.unlink()
                    files, size = files + 1, size + stat.st_size
            except OSError:
                continue
        for name in dirs:
            with contextlib.suppress(OSError):  # only when now empty
                (Path(root) / name).rmdir()
    return files, size


def run(args: argparse.Namespace) -> int:
    folder = args.cache or default_cache_dir()
    if args.older_than < 0:
        print("cache prune: --older-than is a number of days, 0 or more", file=sys.stderr)
        return 1
    if not folder.is_dir():
        print(f"The audio cache {display_path(folder)} is empty already.")
        return 0
    files, size = prune(folder, args.older_than)
    print(
        f"Removed {files} file{'s' * (files != 1)} ({size / 1_000_000:.1f} MB) not used for "
        f"{args.older_than:g} days from {display_path(folder)}."
    )
    return 0
