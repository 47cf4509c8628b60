"""`python build.py check [SLUG...]`: the plan linter, for staff after a planning session."""

from __future__ import annotations

import argparse
import sys

from ..checks import check_plans, format_json, format_text, has_errors
from ..checks.context import load_context
from ..checks.runner import skipped_languages
from ..plan.load import closest_slug
from ..utils.paths import display_path
from .common import add_command, examples, plan_folders


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "check",
        common,
        help="check plans for mistakes, jargon and staff voice",
        description=(
            "Check each plan and print one line per finding: file:line: severity rule: "
            "message. Errors are what the build refuses (a mistake in person.yml, a broken "
            "link or picture, a picture without words, a file outside the person's folder, "
            "HTML that could run a script, an empty page, template text left in). Warnings keep "
            "the plan in the person's voice (staff voice, care jargon, long sentences, reading "
            "age, reviews); silence one with a comment such as "
            "<!-- planbook: ignore jargon -- why -->. Exit status 1 when there is an error."
        ),
        epilog=examples(
            ("python build.py check", "everyone in plans/"),
            ("python build.py check peggy-hughes", "one person"),
            ("python build.py check --plans ~/care-plans --format json", "for other tools"),
        ),
    )
    parser.add_argument(
        "slugs", nargs="*", metavar="SLUG", help="only these people (default: everyone)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people, json for tools"
    )
    parser.set_defaults(run=run)


def not_found(plans_dir, slug: str, folders) -> str:
    """ "plans/Rose-Kaur: there is no plan folder called 'Rose-Kaur'; did you mean rose-kaur?" """
    near = closest_slug(slug, [f.name for f in folders])
    hint = f"; did you mean {near}?" if near else ""
    return f"{display_path(plans_dir / slug)}: there is no plan folder called '{slug}'{hint}"


def run(args: argparse.Namespace) -> int:
    if not args.plans.is_dir():
        print(
            f"{display_path(args.plans)}: there is no plans folder here; pass --plans DIR",
            file=sys.stderr,
        )
        return 1
    folders = plan_folders(args.plans, args.slugs)
    missing = sorted(set(args.slugs) - {f.name for f in folders})
    everyone = plan_folders(args.plans)
    for slug in missing:
        print(not_found(args.plans, slug, everyone), file=sys.stderr)
    findings = check_plans(folders, debug=args.debug)
    if args.format == "json":
        print(format_json(findings))
    elif findings:
        print(format_text(findings))
    if args.format == "text":
        for folder in folders:
            skipped = skipped_languages(load_context(folder))
            if skipped:
                print(
                    f"{display_path(folder)}: note: the jargon, staff-voice and reading-age checks "
                    f"read English only, so they skipped the pages in {', '.join(skipped)}",
                    file=sys.stderr,
                )
        errors = sum(f.severity == "error" for f in findings)
        warnings = len(findings) - errors
        people = "person" if len(folders) == 1 else "people"
        print(
            f"Checked {len(folders)} {people}: {errors} error{'s' * (errors != 1)}, "
            f"{warnings} warning{'s' * (warnings != 1)}.",
            file=sys.stderr,
        )
    return 1 if has_errors(findings) or missing else 0
