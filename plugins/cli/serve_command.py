"""`python build.py serve SLUG`: a live preview of one person's site while staff edit it."""

from __future__ import annotations

import argparse
import sys
import time

from ..checks.preview import Preview
from .check_command import not_found
from .common import add_command, examples, plan_folders


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = add_command(
        subparsers,
        "serve",
        common,
        help="preview one person's site while you edit it",
        description=(
            "Build one person's site into a private temporary folder and show it at "
            "http://127.0.0.1:PORT/. Save a page and the preview rebuilds and reloads. The "
            "preview is not encrypted, has no audio or booklet, and is only reachable from this "
            "computer. Stop it with Ctrl+C."
        ),
        epilog=examples(
            ("python build.py serve peggy-hughes", "preview at http://127.0.0.1:8000/"),
            ("python build.py serve peggy-hughes --port 8010", "when 8000 is taken"),
            ("python build.py serve p-0427 --plans ~/care-plans", "a plan in your own folder"),
        ),
    )
    parser.add_argument("slug", metavar="SLUG", help="the person's folder name, e.g. peggy-hughes")
    parser.add_argument("--port", type=int, default=8000, help="the port to use (default: 8000)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folders = plan_folders(args.plans, [args.slug])
    if not folders:
        print(not_found(args.plans, args.slug, plan_folders(args.plans)), file=sys.stderr)
        return 1
    preview = Preview(folders[0], port=args.port)
    try:
        preview.start()
    except OSError as error:
        preview.stop()
        print(
            f"Cannot start the preview on port {args.port} ({error.strerror}); "
            "try another, e.g. --port 8010",
            file=sys.stderr,
        )
        return 1
    print(
        f"Previewing {folders[0].name} at {preview.url}  "
        "(save a page to see it change; Ctrl+C stops)"
    )
    shown = 0
    try:
        while True:
            time.sleep(0.5)
            if preview.version != shown and preview.result:
                shown = preview.version
                for problem in preview.result.problems + preview.result.warnings:
                    print(f"  {problem}", file=sys.stderr)
                if shown > 1:
                    print(f"Rebuilt: {preview.result.status}")
    except KeyboardInterrupt:
        print("Preview stopped.")
    finally:
        preview.stop()
    return 0
