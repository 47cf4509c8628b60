"""The Easy Read "not" mark: the picture under a red diagonal stroke, as one SVG file.

Why one file rather than CSS over the <img>: the booklet (WeasyPrint), a screen reader's image
view and a copied picture all show the same crossed-out picture, with nothing to line up.
"""

from __future__ import annotations

import re
from pathlib import Path

XML_PROLOGUE = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<!--.*?-->", re.S)
ROOT_TAG = re.compile(r"<svg\b([^>]*)>")
SIZE_ATTR = re.compile(r"""\s(?:width|height|x|y)\s*=\s*("[^"]*"|'[^']*')""")
RED = "#c00000"  # 6.5:1 on white: the cross stays visible to a person with poor sight


def not_svg(source: Path) -> bytes:
    """SOURCE's picture, a little smaller, under a red diagonal stroke, as in a 'no' sign."""
    inner = XML_PROLOGUE.sub("", source.read_text(encoding="utf-8")).strip()
    root = ROOT_TAG.search(inner)
    if root is None:
        raise ValueError(f"{source} is not an SVG picture")
    attrs = SIZE_ATTR.sub("", root.group(1))
    inner = (
        inner[: root.start()]
        + f'<svg x="4" y="4" width="92" height="92"{attrs}>'
        + inner[root.end() :]
    )
    cross = "".join(
        f'<line x1="{a}" y1="{b}" x2="{c}" y2="{d}" stroke="{colour}" stroke-width="{width}" '
        'stroke-linecap="round"/>'
        for colour, width in (("#ffffff", 13), (RED, 8))
        for a, b, c, d in ((8, 8, 92, 92),)
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">'
        "<title>not</title>"
        f"{inner}{cross}</svg>"
    ).encode()
