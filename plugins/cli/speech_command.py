"""`python build.py speech "TEXT"`: exactly the words the voice will be given for TEXT.

Staff use it to check how a line will be said before a build: a date, a dose, a phone number, a
name. TEXT is Markdown as in a page; with --person, that person's `say:` (person.yml) is used.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path

import markdown
import yaml

from ..audio.sections import split_sections
from ..audio.speech_text import blocks_from_html
from ..i18n.languages import ENGLISH, UnknownLanguage, language_of
from ..plan.errors import PlanError
from ..plan.load import load_plan
from .common import add_command, examples

ROOT = Path(__file__).resolve().parents[2]


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "speech",
        common,
        help="show exactly the words the voice will say for a line of a plan",
        description=(
            "Show the words the voice will be given for TEXT (Markdown, as in a page), one "
            "sentence a line: dates, times, money, doses and phone numbers as they will be "
            "said. With --person, the names in that person's say: (person.yml) and the "
            "person's language are used."
        ),
        epilog=examples(
            ('python build.py speech "Take 2 x 5mg at 8.30am"', "what the voice will say"),
            ('python build.py speech --person dennis-okafor "Okafor"', "with their say: words"),
            ('python build.py speech --format json "£3.50 on Mon-Fri"', "for other tools"),
        ),
    )
    parser.add_argument("text", metavar="TEXT", help='e.g. "Take 2 x 5mg at 8.30am"')
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text for people, json for tools"
    )
    parser.add_argument(
        "--person",
        metavar="SLUG",
        help="use this person's say: and language from their person.yml (in --plans)",
    )
    parser.add_argument(
        "--language", metavar="TAG", help="the language of TEXT, e.g. cy or ur (default: English)"
    )
    parser.set_defaults(run=run)


@cache
def _extensions() -> list:
    """The site's own Markdown extensions (mkdocs.yml), so TEXT reads as a page would."""
    try:
        config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError):
        config = {}
    names, settings = [], {}
    for item in config.get("markdown_extensions") or []:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        if options:
            settings[name] = options
    return [names, settings]


def sentences(
    text: str, say: dict[str, str] | None = None, language: str = "en"
) -> list[dict[str, str]]:
    """[{text: as written, spoken: as given to the voice}] for Markdown TEXT."""
    names, settings = _extensions()
    html = markdown.markdown(text, extensions=names, extension_configs=settings)
    out = []
    for section in split_sections(blocks_from_html(html, language), say, language):
        for utterance in section.utterances:
            out.append({"text": utterance.written, "spoken": utterance.text})
    return out


def run(args: argparse.Namespace) -> int:
    say: dict[str, str] = {}
    tag = args.language
    if args.person:
        try:
            person = load_plan(args.plans / args.person).person
        except PlanError as error:
            print(error, file=sys.stderr)
            return 1
        say, tag = dict(person.say), tag or person.language
    try:
        language = language_of(tag) if tag else ENGLISH
    except UnknownLanguage as error:
        print(f"speech: --language: {error}", file=sys.stderr)
        return 1
    found = sentences(args.text, say, language.code)
    if args.format == "json":
        print(json.dumps(found, ensure_ascii=False))
        return 0
    if not found:
        print("Nothing in this text would be spoken.", file=sys.stderr)
        return 0
    for item in found:
        print(item["spoken"])
    return 0
