"""`python build.py new "Full Name"`: a new person's folder from the co-produced template."""

from __future__ import annotations

import argparse
import sys

from ..checks.newplan import NewPlanError, create_plan, slugify
from ..utils.paths import display_path
from .common import add_command, examples, plans_option


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "new",
        common,
        help="start a new person's plan from the template",
        description=(
            "Make plans/<slug>/ with person.yml and pages to fill in WITH the person: what "
            "matters to me, a good day, my mornings, the support I want, keeping safe, "
            "reminders, people, checking the plan together and asking for a change. Notes for "
            "staff are comments, never published. The folder name is made from the name "
            "(in Latin letters whatever the script), or give your own with --slug."
        ),
        epilog=examples(
            ('python build.py new "Margaret Hughes" --called Peggy', "plans/margaret-hughes/"),
            (
                'python build.py new "李明" --slug p-0427 --plans ~/care-plans',
                "any script; a folder name that says nothing, in your own plans folder",
            ),
            ('python build.py new "Gwenllian Morgan" --language cy', "a plan in Welsh"),
        ),
    )
    parser.add_argument("name", metavar='"Full Name"', help="the person's full name")
    parser.add_argument(
        "--called", metavar="NAME", help="what they like to be called (default: their first name)"
    )
    parser.add_argument(
        "--slug", metavar="SLUG", help="the folder name (default: made from the full name)"
    )
    parser.add_argument(
        "--language",
        metavar="TAG",
        default="en-GB",
        help="the person's language: en-GB (default), cy, pl, pa or ur",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        folder = create_plan(
            args.plans, args.name, called=args.called, slug=args.slug, language=args.language
        )
    except NewPlanError as error:
        print(f"Cannot start the plan: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"Cannot start the plan: {error.filename or args.plans}: {error.strerror}",
            file=sys.stderr,
        )
        return 1
    print(f"Started {display_path(folder)}/ from the template.")
    if not args.slug and not slugify(args.name):
        print(
            f"The name has no letters a web address can use, so the folder is called "
            f"{folder.name}; choose another with --slug if you like."
        )
    elif not args.slug and not args.name.isascii():
        print(f"The folder name is the name in Latin letters: {folder.name}.")
    who = args.called or args.name.split()[0]
    plans = plans_option(args)
    print(f"Next: open the pages with {who}, write their words, then run:")
    print(f"  python build.py check {folder.name}{plans}")
    print(f"  python build.py serve {folder.name}{plans}")
    return 0
