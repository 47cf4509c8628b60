"""`python build.py new "Full Name"`: a new person's folder from the co-produced template."""

from __future__ import annotations

import argparse
import sys

from ..checks.findings import display_path
from ..checks.newplan import NewPlanError, create_plan


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "new",
        parents=[common],
        help="start a new person's plan from the template",
        description=(
            "Make plans/<slug>/ with person.yml and pages to fill in WITH the person: what matters to "
            "me, a good day, my mornings, the support I want, keeping safe, reminders, people, checking "
            "the plan together and asking for a change. Notes for staff are comments, never published."
        ),
    )
    parser.add_argument("name", metavar='"Full Name"', help="the person's full name")
    parser.add_argument(
        "--called", metavar="NAME", help="what they like to be called (default: their first name)"
    )
    parser.add_argument(
        "--slug", metavar="SLUG", help="the folder name (default: made from the full name)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        folder = create_plan(args.plans, args.name, called=args.called, slug=args.slug)
    except NewPlanError as error:
        print(f"Cannot start the plan: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"Cannot start the plan: {error.filename or args.plans}: {error.strerror}",
            file=sys.stderr,
        )
        return 1
    shown = display_path(folder)
    print(f"Started {shown}/ from the template.")
    print(
        f"Next: open the pages with {args.name.split()[0] if not args.called else args.called}, "
        "write their words, then run:"
    )
    print(f"  python build.py check {folder.name}")
    print(f"  python build.py serve {folder.name}")
    return 0
