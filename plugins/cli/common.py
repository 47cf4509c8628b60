"""Options and help every sub-command shares."""

from __future__ import annotations

import argparse
import difflib
import re
import shlex
import sys
from pathlib import Path
from typing import NoReturn


class StaffParser(argparse.ArgumentParser):
    """argparse, with a "did you mean" for a misspelt command, option or choice."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {explain(message, self)}\n")


def _options_of(parser: argparse.ArgumentParser) -> list[str]:
    return [o for action in parser._actions for o in action.option_strings if o.startswith("--")]


def explain(message: str, parser: argparse.ArgumentParser) -> str:
    """argparse's message, with what the staff member probably meant."""
    choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
    if choice:
        wrong = choice.group(1)
        options = [c.strip(" '") for c in choice.group(2).split(",")]
        near = difflib.get_close_matches(wrong.lower(), options, n=1, cutoff=0.6)
        if near:
            return f"{message}; did you mean {near[0]}?"
        if parser.prog == "python build.py" and re.fullmatch(r"[a-z0-9][a-z0-9_-]*", wrong):
            return f"{message}; to build one person: python build.py --only {wrong}"
        return message
    unknown = re.search(r"unrecognized arguments: (.*)", message)
    if unknown:
        return unrecognised(unknown.group(1).split(), parser)
    return message


def unrecognised(extras: list[str], parser: argparse.ArgumentParser) -> str:
    """ "--onyl is not an option of build: did you mean --only?" for each unknown option."""
    known = _options_of(parser)
    name = parser.prog.removeprefix("python build.py").strip() or "build"
    said = []
    after_option = False
    for extra in extras:
        if not extra.startswith("-"):
            if not after_option:  # a value of the unknown option before it needs no word
                said.append(f"'{extra}' was not expected here.")
            after_option = False
            continue
        option = extra.split("=", 1)[0]
        near = difflib.get_close_matches(option, known, n=1, cutoff=0.6)
        hint = f": did you mean {near[0]}?" if near else "."
        said.append(f"{option} is not an option of {name}{hint}")
        after_option = "=" not in extra
    return " ".join(said) + f" See: python build.py {name} --help"


def examples(*lines: tuple[str, str]) -> str:
    """An "examples" section for a command's --help: (command, what it does), each on two lines."""
    body = "\n".join(f"  # {what}\n  {command}" for command, what in lines)
    return f"examples:\n{body}"


def add_command(
    subparsers: argparse._SubParsersAction,
    name: str,
    common: argparse.ArgumentParser,
    help: str,
    description: str,
    epilog: str,
) -> argparse.ArgumentParser:
    """A sub-command's parser: --plans and --debug, a plain description and examples."""
    parser = subparsers.add_parser(
        name,
        parents=[common],
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(parser=parser)
    return parser


def common_parser() -> argparse.ArgumentParser:
    """--plans and --debug, added to each sub-command with parents=[common]."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--plans",
        type=Path,
        default=Path("plans"),
        metavar="DIR",
        help="the folder of plans, one sub-folder per person (default: plans/)",
    )
    common.add_argument(
        "--debug", action="store_true", help="show technical details when something fails"
    )
    return common


def add_site_options(parser: argparse.ArgumentParser, hidden: tuple[str, ...] = ()) -> None:
    """--out, --keys and --base-url: the same names and defaults wherever sites and links meet.

    Options named in ``hidden`` are accepted but left out of --help (a command that does not
    use them still takes them, so one line of options works for every share command).
    """

    def shown(option: str, text: str) -> str:
        return argparse.SUPPRESS if option in hidden else text

    parser.add_argument(
        "--out",
        type=Path,
        default=Path("site"),
        metavar="DIR",
        help=shown("--out", "where the sites are built (default: site/)"),
    )
    parser.add_argument(
        "--keys",
        type=Path,
        default=Path("keys"),
        metavar="DIR",
        help=shown(
            "--keys", "folder of family-link keys, outside plans/ and site/ (default: keys/)"
        ),
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help=shown(
            "--base-url", "the address the sites are published at, e.g. https://plans.example.org"
        ),
    )


def plans_option(args: argparse.Namespace) -> str:
    """` --plans DIR` when the plans are not in the default folder, for the next command to type."""
    return "" if Path(args.plans) == Path("plans") else f" --plans {shlex.quote(str(args.plans))}"


def plan_folders(plans_dir: Path, slugs: list[str] | tuple[str, ...] = ()) -> list[Path]:
    """The folders of the named people, or of everyone; unknown names are left for the caller."""
    from ..plan.load import find_plan_folders

    folders = find_plan_folders(plans_dir) if plans_dir.is_dir() else []
    if not slugs:
        return folders
    by_slug = {f.name: f for f in folders}
    return [by_slug[s] for s in slugs if s in by_slug]
