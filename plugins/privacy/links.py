"""Where a person's site is published, and the links that open it.

An encrypted site lives in ``OUT/<folder id>/``, a neutral id kept with the person's keys, so an
address tells nobody whose plan it is; an unencrypted demo keeps its slug. The key is in the
link's fragment (after #), which browsers never send to a server, so the host, its logs and
anyone who sees the address without the fragment learn nothing that opens the plan.
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import quote

import segno

from plugins.plan.build import BuildOptions
from plugins.plan.model import Plan
from plugins.privacy.crypto import key_to_text
from plugins.privacy.keystore import (
    Access,
    KeysProblem,
    KeyStore,
    Recipient,
    misplaced,
    write_private_bytes,
)


def encrypts(plan: Plan, options: BuildOptions) -> bool:
    """Whether this build encrypts the person's site (the build option overrides person.yml)."""
    return plan.person.privacy.encrypt if options.encrypt is None else options.encrypt


def access_of(plan: Plan, options: BuildOptions) -> Access:
    """The person's keys, made on first use: their own link and their neutral folder id.

    Refused (KeysProblem) when the keys folder is inside the output or the plans, where it
    would be published or shared: checked before a single key is written.
    """
    why = misplaced(
        options.keys_dir,
        {"the output folder": options.out_dir, "the plans folder": plan.folder.parent},
    )
    if why:
        raise KeysProblem(why)
    return KeyStore(options.keys_dir, plan.slug).ensure_own(plan.person.called)


def published_folder(plan: Plan, options: BuildOptions) -> str:
    """The folder name of the person's site in the output folder."""
    return access_of(plan, options).folder if encrypts(plan, options) else plan.slug


def site_url(folder: str, options: BuildOptions, base_url: str | None = None) -> str:
    """The address of a site's home page: on the web when a base URL is known, else on disk."""
    base = base_url or options.base_url
    if base:
        return f"{base.rstrip('/')}/{quote(folder)}/"
    return (options.out_dir / folder / "index.html").absolute().as_uri()


def link_for(
    folder: str, recipient: Recipient, options: BuildOptions, base_url: str | None = None
) -> str:
    return f"{site_url(folder, options, base_url)}#key={key_to_text(recipient.key)}"


def person_link(plan: Plan, options: BuildOptions) -> str:
    """The person's own link where the site is published (base URL), or on disk without one.

    Never put it in a published file (the booklet.pdf on the site included): anyone who can
    open the site could then read the person's own key, and revoking their link would not stop
    them. Give it to staff only when they ask (`share link`), never in a build's output.
    """
    if not encrypts(plan, options):
        return site_url(plan.slug, options)
    access = access_of(plan, options)
    return link_for(access.folder, access.own, options)


def qr_png(link: str, path: Path, scale: int = 10) -> Path:
    """A QR code of ``link`` written owner-only under keys/ (it opens the plan: keep it there)."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=scale, border=4)
    write_private_bytes(path, buffer.getvalue())
    return path
