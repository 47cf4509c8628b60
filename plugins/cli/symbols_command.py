"""`python build.py symbols "TEXT"`: every picture TEXT gets; `symbols review SLUG`: a plan's.

Staff use the first to preview a sentence and find a picture's name for [[words|picture]] or
`pictures:` in person.yml; the second to check every picture of a plan, with the reason and
what to type to change it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..plan.errors import PlanError
from ..plan.load import load_plan
from ..symbols.matcher import alt_text, find_all
from ..symbols.pictures import own_names


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "symbols",
        parents=[common],
        help="show the pictures a sentence would get, and their names",
        description=(
            "Show which words of TEXT get a picture, the picture's name, where the words are "
            "(character offsets) and whether the sentence rules the thing out (negated: shown "
            "crossed out). Names given with --name, or in the plan of --person, never get a "
            "picture. `symbols review SLUG` lists every picture of a person's plan, why it was "
            "chosen, and the [[words|picture]] to type for each other choice."
        ),
    )
    parser.add_argument(
        "text",
        metavar="TEXT",
        nargs="+",
        help='a sentence, e.g. "I like a cup of tea"; or: review SLUG',
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people, json for tools"
    )
    parser.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="NAME",
        help="a name in the plan (as in person.yml people:); repeat for more",
    )
    parser.add_argument(
        "--person", metavar="SLUG", help="use the names and kit in this person's plan (in --plans)"
    )
    parser.add_argument(
        "--html", metavar="FILE", type=Path, help="with review: write the sheet as an HTML file"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if len(args.text) == 2 and args.text[0] == "review":
        return review(args, args.text[1])
    if len(args.text) > 1:
        print(
            'Put the sentence in quotes: python build.py symbols "I ring the doctor"; '
            "or review one plan: python build.py symbols review SLUG",
            file=sys.stderr,
        )
        return 2
    text = args.text[0]
    names, uses = list(args.name), ()
    if args.person:
        try:
            plan = load_plan(args.plans / args.person)
        except PlanError as error:
            print(error, file=sys.stderr)
            return 1
        names += own_names(plan)
        uses = plan.person.uses
    matches = find_all(text, names, uses=uses)
    if args.format == "json":
        print(json.dumps([m.as_dict() for m in matches], ensure_ascii=False))
        return 0
    if not matches:
        print("No pictures for this text.", file=sys.stderr)
        return 0
    width = max(len(m.term) for m in matches)
    for m in matches:
        print(f"{m.term:<{width}}  ->  {m.concept.id:<16} {alt_text(m)} ({m.concept.file})")
    return 0


def review(args: argparse.Namespace, slug: str) -> int:
    from ..symbols.review import as_text, review_plan, write_html

    folder = args.plans / slug
    if not folder.is_dir():
        print(f"{folder}: there is no plan folder called {slug!r}", file=sys.stderr)
        return 1
    try:
        plan = load_plan(folder)
        pages = review_plan(plan)
    except PlanError as error:
        print(error, file=sys.stderr)
        return 1
    if args.html:
        write_html(plan, pages, args.html)
        print(f"Wrote the picture review of {slug} to {args.html}")
        return 0
    print(as_text(plan, pages))
    return 0
