"""Not findable: every page asks search engines to stay away, sends no referrer, and may load
nothing but the person's own site (a Content-Security-Policy in a <meta>, since a static host
cannot be relied on to send headers).

Inline scripts and styles of the theme are allowed by their sha256 hash, never by
'unsafe-inline', so an injected script would not run.
"""

from __future__ import annotations

import base64
import hashlib
import re

ROBOTS_TXT = "User-agent: *\nDisallow: /\n"
ROBOTS_META = '<meta name="robots" content="noindex, nofollow, noarchive, nosnippet, noimageindex">'
REFERRER_META = '<meta name="referrer" content="no-referrer">'
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
_STYLE_ATTR = re.compile(r"""<[a-zA-Z][^>]*?\sstyle\s*=\s*(["'])(.*?)\1""", re.S)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_HAS_SRC = re.compile(r"\bsrc\s*=", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}
_EXISTING_META = re.compile(
    r"""<meta\s+(?:name=["'](?:robots|referrer)["']|http-equiv=["']Content-Security-Policy["'])[^>]*>\s*""",
    re.I,
)
_HEAD_START = re.compile(r"<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?", re.I)


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_hashes(html: str) -> tuple[list[str], list[str], list[str]]:
    """Hashes of the inline scripts, <style> elements and style="" attributes of a page."""
    scripts = []
    for attrs, body in _SCRIPT.findall(html):
        if _HAS_SRC.search(attrs):
            continue
        kind = _TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") in _JS_TYPES:
            scripts.append(_hash(body))
    styles = [_hash(body) for body in _STYLE.findall(html)]
    attributes = [_hash(value) for _, value in _STYLE_ATTR.findall(html)]
    return _unique(scripts), _unique(styles), _unique(attributes)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def content_security_policy(html: str) -> str:
    """The policy for one page: its own files, decrypted media (blob:), and its own inline code.

    blob: URLs can only be made by a script the policy already allows, so allowing them for
    pictures, sound and stylesheets lets decrypted files in without letting anything else in.
    """
    scripts, styles, attributes = inline_hashes(html)
    style_src = ["'self'", "blob:", *styles]  # blob: a person's own stylesheet, decrypted
    if attributes:
        style_src += ["'unsafe-hashes'", *attributes]
    directives = [
        "default-src 'none'",
        "script-src " + " ".join(["'self'", *scripts]),
        "style-src " + " ".join(style_src),
        "img-src 'self' data: blob:",
        "media-src 'self' blob:",
        "font-src 'self' data:",
        "connect-src 'self' blob:",
        "worker-src 'self'",
        "manifest-src 'self'",
        "frame-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ]
    return "; ".join(directives)


def csp_meta(policy: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


def protect_page(html: str, policy: str | None = None) -> str:
    """The page with robots, referrer and CSP metas placed first in <head> (before any script)."""
    html = _EXISTING_META.sub("", html)
    policy = policy or content_security_policy(html)
    metas = "\n" + "\n".join([ROBOTS_META, REFERRER_META, csp_meta(policy)]) + "\n"
    match = _HEAD_START.search(html)
    if not match:
        return metas + html
    return html[: match.end()] + metas + html[match.end() :]
