"""Rewriting the addresses inside a page when its files get neutral names.

Why: once ``03-my-mornings.html`` is published as ``page-3.html`` and ``photos/sue.jpg`` as an
encrypted chunk, every link, picture, sound and ``data-*`` address in every page must follow, or
navigation and media would break after decryption.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from urllib.parse import quote, unquote, urlsplit

_ATTR = re.compile(
    r"""(\s(?:href|src|poster|data|srcset|data-[\w-]+)\s*=\s*)(["'])(.*?)\2""", re.I | re.S
)


def resolve(page_path: str, value: str) -> tuple[str, str] | None:
    """(site path, "#fragment" or "") of a relative address in the page, or None if external."""
    value = value.strip()
    if not value or value.startswith(("#", "//")) or urlsplit(value).scheme:
        return None
    parts = urlsplit(value)
    base = posixpath.dirname(page_path)
    path = unquote(parts.path)
    if not path:
        return None
    joined = posixpath.normpath(posixpath.join(base, path))
    if joined.startswith("../") or joined == "..":
        return None
    if joined == "." or path.endswith("/"):
        joined = "index.html" if joined == "." else f"{joined}/index.html"
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return joined, fragment


def rewrite(html: str, page_path: str, target: Callable[[str, str], str | None]) -> str:
    """Each relative address replaced by ``target(site_path, fragment)`` when that gives one."""

    def one(value: str) -> str:
        found = resolve(page_path, value)
        if found is None:
            return value
        new = target(*found)
        return value if new is None else new

    def attribute(match: re.Match[str]) -> str:
        name = match.group(1).strip().lower()
        value = match.group(3)
        if name.startswith("srcset"):
            items = []
            for item in value.split(","):
                bits = item.strip().split(maxsplit=1)
                if bits:
                    items.append(" ".join([one(bits[0]), *bits[1:]]))
            new_value = ", ".join(items)
        else:
            new_value = one(value)
        return f"{match.group(1)}{match.group(2)}{new_value}{match.group(2)}"

    return _ATTR.sub(attribute, html)


def plain_path(site_path: str, fragment: str) -> str:
    """An address of a file left where it is, written from the site's root folder."""
    return quote(site_path) + fragment
