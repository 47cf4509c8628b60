"""`python build.py share add|revoke|list|link SLUG`: family links to a person's private site.

The link's key is after the #, which browsers never send to a server. The last line of
`share add` and `share link` is the link itself, so scripts can take it with `tail -1`.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..plan.build import BuildOptions
from ..plan.errors import PlanError, display_path
from ..plan.load import SLUG, load_plan
from ..plan.model import Plan
from ..privacy.keystore import Access, KeysProblem, KeyStore, Recipient, misplaced
from ..privacy.links import link_for, qr_png
from ..privacy.sharing import refresh_published
from .common import add_site_options


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "share",
        parents=[common],
        help="give, list or take back family links to a person's plan",
        description="Family links: each person the plan is shared with gets their own link, "
        "which can be taken back without changing anyone else's.",
    )
    parser.add_argument(
        "action",
        choices=["add", "revoke", "list", "link"],
        help="add a link, revoke one, list who has access, or show a link again",
    )
    parser.add_argument("slug", metavar="SLUG", help="the person's folder name, e.g. peggy-hughes")
    parser.add_argument("--name", help='who the link is for, e.g. "Sue (daughter)"')
    add_site_options(parser)
    parser.add_argument(
        "--qr",
        action="store_true",
        help="with link: also save the link as a QR code picture under the keys folder",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not SLUG.match(args.slug):
        print(
            f"share: '{args.slug}' is not a plan's folder name "
            "(lower-case letters, numbers and dashes, e.g. peggy-hughes)",
            file=sys.stderr,
        )
        return 1
    folder = args.plans / args.slug
    if not folder.is_dir():
        print(f"{display_path(folder)}: there is no plan folder for '{args.slug}'", file=sys.stderr)
        return 1
    why = misplaced(args.keys, {"the output folder": args.out, "the plans folder": args.plans})
    if why:
        print(f"share: {why}", file=sys.stderr)
        return 1
    store = KeyStore(args.keys, args.slug)
    options = BuildOptions(out_dir=args.out, keys_dir=args.keys, base_url=args.base_url)
    plan = _plan(folder)
    if plan is not None and not plan.person.privacy.encrypt and args.action in ("add", "link"):
        print(
            f"Note: {plan.person.possessive} plan is published without encryption "
            "(privacy: encrypt: false in person.yml), so anyone with its address can read it."
        )
    called = plan.person.called if plan else folder.name
    try:
        return ACTIONS[args.action](args, store, options, called)
    except KeysProblem as error:
        print(f"share {args.action}: {error}", file=sys.stderr)
        return 1


def _plan(folder: Path) -> Plan | None:
    """The person's plan; None when it has a mistake (sharing and revoking still work)."""
    try:
        return load_plan(folder)
    except PlanError:
        return None


def _possessive(called: str) -> str:
    return f"{called}'" if called.endswith("s") else f"{called}'s"


def _need_name(args: argparse.Namespace) -> str:
    if not args.name or not args.name.strip():
        raise KeysProblem('say who the link is for: --name "Sue (daughter)"')
    return args.name


def _rebuild_hint(args: argparse.Namespace) -> str:
    return f"python build.py --only {args.slug}"


def _print_link(options: BuildOptions, access: Access, recipient: Recipient) -> None:
    """The link, alone, as the last line (scripts take it with `tail -1`)."""
    if not options.base_url:
        print(
            "This link opens the copy on this computer. For a link that works on a phone, "
            "publish the site and add --base-url https://your-address"
        )
    print(link_for(access.folder, recipient, options))


def add(args, store: KeyStore, options: BuildOptions, called: str) -> int:
    store.ensure_own(called)
    access, recipient = store.add(_need_name(args))
    site = args.out / access.folder
    print(f"{recipient.name} can now open {_possessive(called)} plan with the link below.")
    if refresh_published(store, site, access):
        print(f"It works now on the site in {display_path(site)}.")
    else:
        print(f"Build the site before sending it: {_rebuild_hint(args)}")
    print(
        "Send it privately (a message only they read). Anyone who has this link can read the plan;"
    )
    print(f'to take it back: python build.py share revoke {args.slug} --name "{recipient.name}"')
    _print_link(options, access, recipient)
    return 0


def revoke(args, store: KeyStore, options: BuildOptions, called: str) -> int:
    name = _need_name(args)
    access = store.revoke(name)
    site = args.out / access.folder
    print(f"The link for {name} no longer opens {_possessive(called)} plan.")
    if refresh_published(store, site, access):
        print(f"It stopped working on the site in {display_path(site)} just now.")
    print(f"Rebuild now so the plan is locked with a new key: {_rebuild_hint(args)}")
    if not any(not r.own for r in access.recipients):
        print("Nobody else has a link now.")
    return 0


def list_access(args, store: KeyStore, options: BuildOptions, called: str) -> int:
    access = store.load()
    if not access.recipients and not access.revoked:
        print(f"Nobody has a link to {_possessive(called)} plan yet ({args.slug}).")
        print(f'Add one with: python build.py share add {args.slug} --name "Sue (daughter)"')
        return 0
    width = max((len(r.name) for r in (*access.recipients, *access.revoked)), default=0)
    print(
        f"Who can open {_possessive(called)} plan ({args.slug}, published in "
        f"{display_path(args.out / access.folder)}/):"
    )
    for r in access.recipients:
        print(f"  {r.name.ljust(width)}  since {r.added}")
    if access.revoked:
        print("Links taken back:")
        for r in access.revoked:
            print(f"  {r.name.ljust(width)}  revoked {r.revoked}")
    return 0


def show_link(args, store: KeyStore, options: BuildOptions, called: str) -> int:
    access = store.ensure_own(called)
    recipient = access.find(args.name) if args.name else access.own
    if recipient is None:
        raise KeysProblem(
            f"no link named '{args.name}' for {args.slug} (see `share list {args.slug}`)"
        )
    link = link_for(access.folder, recipient, options)
    if args.qr:
        if not options.base_url:
            raise KeysProblem(
                "a QR code is for a phone or tablet, and without --base-url the link opens only "
                "the copy on this computer: give the address the site is published at, e.g. "
                "--base-url https://plans.example.org"
            )
        safe = re.sub(r"[^a-z0-9]+", "-", recipient.name.casefold()).strip("-") or "link"
        path = qr_png(link, store.folder / f"{safe}-qr.png")
        print(
            f"QR code saved to {display_path(path)} "
            "(it opens the plan: print it, never publish it)."
        )
    print(f"{recipient.name}'s link to {_possessive(called)} plan:")
    _print_link(options, access, recipient)
    return 0


ACTIONS = {"add": add, "revoke": revoke, "list": list_access, "link": show_link}
