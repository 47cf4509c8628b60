"""`python build.py symbols "TEXT"`: which pictures key-words mode would put on TEXT.

Staff use it to preview a sentence and to find a symbol's name for [[words|symbol]] or for
`pictures:` in person.yml.
"""

from __future__ import annotations

import argparse
import json
import sys

from ..plan.errors import PlanError
from ..plan.load import load_plan
from ..symbols.matcher import key_words
from ..symbols.pictures import own_names
from .common import add_command, examples


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "symbols",
        common,
        help="show the pictures a sentence would get, and their names",
        description=(
            "Show which words of TEXT get a picture in key-words mode, the picture's name and "
            "where the words are (character offsets). Names given with --name, or in the plan "
            "of --person, never get a picture."
        ),
        epilog=examples(
            ('python build.py symbols "I ring the doctor"', "the pictures and their names"),
            ('python build.py symbols --name Sue "Sue makes my tea"', "Sue gets no picture"),
            ('python build.py symbols --format json "I like tea"', "for other tools"),
        ),
    )
    parser.add_argument("text", metavar="TEXT", help='a sentence, e.g. "I like a cup of tea"')
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
        "--person", metavar="SLUG", help="use the names in this person's plan (in --plans)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    names = list(args.name)
    if args.person:
        try:
            names += own_names(load_plan(args.plans / args.person))
        except PlanError as error:
            print(error, file=sys.stderr)
            return 1
    matches = key_words(args.text, names)
    if args.format == "json":
        print(json.dumps([m.as_dict() for m in matches], ensure_ascii=False))
        return 0
    if not matches:
        print("No pictures for this text.", file=sys.stderr)
        return 0
    width = max(len(m.term) for m in matches)
    for m in matches:
        print(f"{m.term:<{width}}  ->  {m.concept.id:<16} {m.concept.alt} ({m.concept.file})")
    return 0
