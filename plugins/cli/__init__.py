"""`python build.py [command]`: the one command staff run, in the spirit of Django's manage.py."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .common import common_parser

# One module per sub-command: plugins/cli/<name>_command.py with add_parser(subparsers, common).
COMMANDS = ["build", "check", "new", "serve", "audit", "share", "symbols", "speech", "cache"]


def make_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = argparse.ArgumentParser(
        prog="python build.py",
        description="Build each person's plan as a private large-print website, booklet and audio.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}_command").add_parser(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser()
    if not argv or argv[0].startswith("-") and argv[0] not in ("-h", "--help"):
        argv = ["build", *argv]  # `python build.py` is `python build.py build`
    args = parser.parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("Stopped. Every site that was already in place is still there.", file=sys.stderr)
        return 130
