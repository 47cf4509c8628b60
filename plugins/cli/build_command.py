"""`python build.py build`: every person's site and booklet into OUT/<slug>/."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..builder.runner import run_build
from ..plan.build import BuildOptions, default_cache_dir
from .common import add_site_options

TTS_BACKENDS = ("piper", "gtts", "espeak")


def shard(value: str) -> tuple[int, int]:
    try:
        k, n = (int(part) for part in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f'expected K/N such as 2/4, got "{value}"') from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError(f"expected 1 <= K <= N, got {value}")
    return k, n


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f'expected a whole number of 1 or more, got "{value}"')
    return number


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "build",
        parents=[common],
        help="build every person's site and booklet (the default)",
        description="Build each person's private site and large-print booklet into OUT/<slug>/.",
    )
    add_site_options(parser)
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="SLUG",
        help="build only this person (repeatable)",
    )
    parser.add_argument("--no-audio", action="store_true", help="skip the audio")
    parser.add_argument("--no-pdf", action="store_true", help="skip the booklet")
    parser.add_argument(
        "--jobs",
        type=positive,
        default=os.cpu_count() or 1,
        metavar="N",
        help="people built at once (default: the number of cores)",
    )
    parser.add_argument(
        "--tts",
        choices=TTS_BACKENDS,
        help="voice backend for everyone (gtts sends the plan's words to Google)",
    )
    parser.add_argument("--strict", action="store_true", help="treat warnings as failures")
    parser.add_argument(
        "--shard",
        type=shard,
        metavar="K/N",
        help="build only share K of N of the people (split work across machines)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        metavar="DIR",
        help="audio cache folder (default: $PLANBOOK_CACHE or your user cache folder)",
    )
    parser.add_argument(
        "--state",
        type=Path,
        metavar="DIR",
        help="private folder for what each site was built from, kept outside the output "
        "(default: $PLANBOOK_STATE or your user state folder)",
    )
    parser.set_defaults(run=run)


def options_from(args: argparse.Namespace) -> BuildOptions:
    return BuildOptions(
        out_dir=args.out,
        audio=not args.no_audio,
        pdf=not args.no_pdf,
        tts=args.tts,
        strict=args.strict,
        debug=args.debug,
        cache_dir=args.cache or default_cache_dir(),
        keys_dir=args.keys,
        base_url=args.base_url,
        state_dir=args.state,
    )


def run(args: argparse.Namespace) -> int:
    return run_build(
        args.plans, options_from(args), only=args.only, jobs=args.jobs, shard=args.shard
    )
