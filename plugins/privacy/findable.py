"""Not findable: every page asks search engines to stay away, sends no referrer, and may load
nothing but the person's own site (a Content-Security-Policy in a <meta>, since a static host
cannot be relied on to send headers).

Only the theme's own inline code is allowed, by its sha256 hash (never 'unsafe-inline', never a
hash taken from a finished page), so a script that found its way into a page would not run;
``inline_code.foreign_code`` makes such a page a build error before it is published.
"""

from __future__ import annotations

import base64
import hashlib
import re

ROBOTS_TXT = "User-agent: *\nDisallow: /\n"
ROBOTS_META = '<meta name="robots" content="noindex, nofollow, noarchive, nosnippet, noimageindex">'
REFERRER_META = '<meta name="referrer" content="no-referrer">'
SITEMAPS = ("sitemap.xml", "sitemap.xml.gz")

# The theme's own inline scripts and inline styles, known when the theme is written: the only
# inline code any page may carry. The theme loads its scripts from files, so there are no inline
# scripts; the inline styles are the column alignments Python-Markdown writes into tables.
THEME_INLINE_SCRIPTS: tuple[str, ...] = ()
THEME_INLINE_STYLES: tuple[str, ...] = (
    "text-align: left;",
    "text-align: center;",
    "text-align: right;",
)


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def theme_policy() -> str:
    """The one Content-Security-Policy of every page: the site's own files, decrypted media
    (blob:), and the theme's own inline code by hash. Never computed from a finished page, so
    nothing written in a plan can ever be allowed by it.

    blob: URLs can only be made by a script the policy already allows, so allowing them for
    pictures, sound and stylesheets lets decrypted files in without letting anything else in.
    """
    scripts = [_hash(body) for body in THEME_INLINE_SCRIPTS]
    style_src = ["'self'", "blob:"]
    if THEME_INLINE_STYLES:
        style_src += ["'unsafe-hashes'", *(_hash(style) for style in THEME_INLINE_STYLES)]
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


POLICY = theme_policy()
_EXISTING_META = re.compile(
    r"""<meta\s+(?:name=["'](?:robots|referrer)["']|http-equiv=["']Content-Security-Policy["'])[^>]*>\s*""",
    re.I,
)
_HEAD_START = re.compile(r"<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?", re.I)


def csp_meta(policy: str) -> str:
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


def protect_page(html: str, policy: str = POLICY) -> str:
    """The page with robots, referrer and CSP metas placed first in <head> (before any script)."""
    html = _EXISTING_META.sub("", html)
    metas = "\n" + "\n".join([ROBOTS_META, REFERRER_META, csp_meta(policy)]) + "\n"
    match = _HEAD_START.search(html)
    if not match:
        return metas + html
    return html[: match.end()] + metas + html[match.end() :]
