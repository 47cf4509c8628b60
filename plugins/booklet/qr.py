"""QR codes that open a section's audio on the person's site.

Made on this machine with segno (no service is asked), as inline SVG data URLs so
WeasyPrint draws them crisply at any size without fetching anything.
"""

from __future__ import annotations

import base64
import io
from urllib.parse import quote

import segno


def audio_url(base_url: str, slug: str, site_path: str) -> str:
    """The public address of a file of the person's site.

    ``base_url`` is where all sites are published; each person's site is ``<base_url>/<slug>/``.
    """
    return f"{base_url.rstrip('/')}/{quote(slug)}/{quote(site_path)}"


def qr_data_url(url: str) -> str:
    """An SVG QR code for ``url`` as a data: URL, dark modules on white."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(
        buffer, kind="svg", border=2, dark="#000", light="#fff", xmldecl=False, svgns=True
    )
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
