"""`python build.py audit`: the managers' overview of every plan, kept out of the sites."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ..checks.audit import audit_plans
from ..checks.audit_report import write_reports
from ..utils.paths import display_path
from .common import add_command, examples, plan_folders


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "audit",
        common,
        help="a report for managers: reviews due, checks, formats",
        description=(
            "Write an HTML report and a CSV for managers (reviews, check summary, formats made, "
            "first-person share, reading age, last change). It holds names and numbers only, "
            "and is never written into the published sites."
        ),
        epilog=examples(
            ("python build.py audit", "reports/audit.html and reports/audit.csv"),
            ("python build.py audit --out ~/audits/2026-11", "the report somewhere else"),
            ("python build.py audit --plans ~/care-plans --site /srv/plans", "your own folders"),
        ),
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("reports"),
        metavar="DIR",
        help="where the report goes (default: reports/); never inside the sites folder",
    )
    parser.add_argument(
        "--site",
        type=Path,
        default=Path("site"),
        metavar="DIR",
        help="the built sites, to see which formats were made (default: site/)",
    )
    parser.set_defaults(run=run)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def run(args: argparse.Namespace) -> int:
    if _inside(args.out, args.site) or _inside(args.out, args.plans):
        print(
            f"{display_path(args.out)}: the audit must not go inside {display_path(args.site)}/ "
            f"or {display_path(args.plans)}/, where it could be published; choose another "
            "folder, e.g. --out reports",
            file=sys.stderr,
        )
        return 1
    if not args.plans.is_dir():
        print(
            f"{display_path(args.plans)}: there is no plans folder here; pass --plans DIR",
            file=sys.stderr,
        )
        return 1
    today = dt.date.today()
    people = audit_plans(plan_folders(args.plans), args.site, today)
    try:
        html_path, csv_path = write_reports(people, args.out, today)
    except OSError as error:
        print(
            f"Cannot write the audit: {error.filename or args.out}: {error.strerror}",
            file=sys.stderr,
        )
        return 1
    overdue = sum(p.review_status == "overdue" for p in people)
    print(f"Audit of {len(people)} plans ({overdue} review{'s' * (overdue != 1)} overdue):")
    print(f"  {display_path(html_path)}")
    print(f"  {display_path(csv_path)}")
    return 0
