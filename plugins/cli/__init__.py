"""`python build.py [command]`: the one command staff run, in the spirit of Django's manage.py."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from .common import StaffParser, common_parser, examples, unrecognised

# One module per sub-command: plugins/cli/<name>_command.py with add_parser(subparsers, common).
COMMANDS = ["build", "check", "new", "serve", "audit", "share", "symbols", "speech", "cache"]
HELP = ("-h", "--help")


def make_parser() -> argparse.ArgumentParser:
    common = common_parser()
    parser = StaffParser(
        prog="python build.py",
        description=(
            "Build each person's plan as a private large-print website, booklet and audio. "
            "With no command, or with only options, it builds everyone (the build command)."
        ),
        epilog=examples(
            ("python build.py", "build everyone in plans/ into site/"),
            ("python build.py --only peggy-hughes", "build one person"),
            ("python build.py check", "look for mistakes, jargon and staff voice"),
            ("python build.py COMMAND --help", "what a command does, with examples"),
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=StaffParser)
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}_command").add_parser(subparsers, common)
    for sub in subparsers.choices.values():  # each command's own parser says its mistakes
        if sub.get_default("parser") is None:
            sub.set_defaults(parser=sub)
    parser.set_defaults(parser=parser)
    return parser


def full_help(parser: argparse.ArgumentParser) -> str:
    """The commands, then the build's own options: `python build.py` is `python build.py build`."""
    build = _subparsers(parser).choices["build"]
    options = build.format_help().split("\noptions:\n", 1)[-1].split("\nexamples:\n", 1)[0]
    options = "\n".join(line for line in options.splitlines() if "-h, --help" not in line)
    return (
        parser.format_help().rstrip()
        + "\n\nbuild options (python build.py [options] builds everyone with them):\n"
        + options.rstrip()
        + "\n"
    )


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = make_parser()
    if argv and argv[0] in HELP:
        try:
            print(full_help(parser), flush=True)
        except BrokenPipeError:
            return _reader_gone()
        return 0
    if not argv or argv[0].startswith("-"):
        argv = ["build", *argv]  # `python build.py` is `python build.py build`
    args, extras = parser.parse_known_args(argv)
    if extras:
        args.parser.error(unrecognised(extras, args.parser))
    if getattr(args, "run", None) is None:  # `python build.py share` with no action
        args.parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("Stopped. Every site that was already in place is still there.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """The reader went away (`python build.py symbols ... | head`): stop quietly, as other
    command-line tools do, and point stdout at nothing so Python's own flush at exit cannot
    raise again (where stdout is a real file: under a test's capture it is not)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1
