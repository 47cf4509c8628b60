"""The links that open a person's site: their own, and one per family member.

The key is in the fragment (after #), which browsers never send to a server, so the host, its
logs and anyone who sees the address without the fragment learn nothing that opens the plan.
"""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import quote

import segno

from plugins.plan.build import BuildOptions
from plugins.plan.model import Plan
from plugins.privacy.crypto import key_to_text
from plugins.privacy.keystore import KeyStore, Recipient, write_private_bytes


def encrypts(plan: Plan, options: BuildOptions) -> bool:
    """Whether this build encrypts the person's site (the build option overrides person.yml)."""
    return plan.person.privacy.encrypt if options.encrypt is None else options.encrypt


def site_url(slug: str, options: BuildOptions, base_url: str | None = None) -> str:
    """The address of the site's home page: on the web when a base URL is known, else on disk."""
    base = base_url or options.base_url
    if base:
        return f"{base.rstrip('/')}/{quote(slug)}/"
    return (options.out_dir / slug / "index.html").absolute().as_uri()


def link_for(
    slug: str, recipient: Recipient, options: BuildOptions, base_url: str | None = None
) -> str:
    return f"{site_url(slug, options, base_url)}#key={key_to_text(recipient.key)}"


def _own(plan: Plan, options: BuildOptions) -> Recipient:
    return KeyStore(options.keys_dir, plan.slug).ensure_own(plan.person.called).own


def open_link(plan: Plan, options: BuildOptions) -> str:
    """The person's own link to the site on this computer (file://), for the builder's summary."""
    url = (options.out_dir / plan.slug / "index.html").absolute().as_uri()
    if not encrypts(plan, options):
        return url
    return f"{url}#key={key_to_text(_own(plan, options).key)}"


def person_link(plan: Plan, options: BuildOptions) -> str:
    """The person's own link where the site is published (base URL), or on disk without one.

    Never put it in a published file (the booklet.pdf on the site included): anyone who can
    open the site could then read the person's own key, and revoking their link would not stop
    them. Print it only on paper that the person keeps.
    """
    if not encrypts(plan, options):
        return site_url(plan.slug, options)
    return link_for(plan.slug, _own(plan, options), options)


def qr_png(link: str, path: Path, scale: int = 10) -> Path:
    """A QR code of ``link`` written owner-only under keys/ (it opens the plan: keep it there)."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=scale, border=4)
    write_private_bytes(path, buffer.getvalue())
    return path
