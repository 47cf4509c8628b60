"""`python build.py check [SLUG...]`: the plan linter, for staff after a planning session."""

from __future__ import annotations

import argparse
import sys

from ..checks import check_plans, format_json, format_text, has_errors
from ..checks.findings import display_path
from .common import plan_folders


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "check",
        parents=[common],
        help="check plans for mistakes, jargon and staff voice",
        description=(
            "Check each plan: errors (a broken person.yml, broken links or pictures, pictures without "
            "words, files outside the person's folder) and warnings (staff voice, care jargon, long "
            "sentences, reading age, reviews). Silence a warning with a comment such as "
            "<!-- planbook: ignore jargon -- why -->. Exit status 1 when there is an error."
        ),
    )
    parser.add_argument(
        "slugs", nargs="*", metavar="SLUG", help="only these people (default: everyone)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people, json for tools"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.plans.is_dir():
        print(
            f"{display_path(args.plans)}: there is no plans folder here; pass --plans DIR",
            file=sys.stderr,
        )
        return 1
    folders = plan_folders(args.plans, args.slugs)
    missing = sorted(set(args.slugs) - {f.name for f in folders})
    for slug in missing:
        print(
            f"{display_path(args.plans / slug)}: there is no plan folder called '{slug}'",
            file=sys.stderr,
        )
    findings = check_plans(folders, debug=args.debug)
    if args.format == "json":
        print(format_json(findings))
    elif findings:
        print(format_text(findings))
    if args.format == "text":
        errors = sum(f.severity == "error" for f in findings)
        warnings = len(findings) - errors
        people = "person" if len(folders) == 1 else "people"
        print(
            f"Checked {len(folders)} {people}: {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}.",
            file=sys.stderr,
        )
    return 1 if has_errors(findings) or missing else 0
