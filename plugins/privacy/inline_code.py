"""Code in a finished page that is not the theme's own: a build error, never published.

Why a second line of defence: plan text is escaped by the templates and cleaned by the
sanitiser, and the Content-Security-Policy allows only the theme's own inline code. If a future
change ever let plan text through as markup, this scan stops the build with the page's name
instead of relying on the browser to block it. Pure: HTML text in, descriptions out.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from .findable import THEME_INLINE_SCRIPTS, THEME_INLINE_STYLES

# <script> types a browser runs; JSON and text payloads (the envelope, a sealed page) are data.
_SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}
# Attributes whose value is an address a browser may load or follow.
_URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "data",
    "background",
    "xlink:href",
    "srcdoc",
}
_RUNNABLE_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")
_NEVER = {"iframe", "object", "embed", "frame", "base"}  # tags the theme never writes


def _scheme(value: str) -> str:
    return "".join(ch for ch in html.unescape(value) if ch > " ").lower()


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._script: tuple[bool, list[str]] | None = None  # (runs, body parts)
        self._style: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag in _NEVER:
            self.found.append(f"<{tag}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.found.append('<meta http-equiv="refresh">')
        if tag == "script":
            runs = values.get("type", "").strip().lower() in _SCRIPT_TYPES
            self._script = (runs and "src" not in values, [])
        if tag == "style":
            self._style = []
        for name, value in values.items():
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            elif name == "style" and value.strip() not in THEME_INLINE_STYLES:
                self.found.append(f'style="{value.strip()[:40]}" on <{tag}>')
            elif name in _URL_ATTRIBUTES and _scheme(value).startswith(_RUNNABLE_SCHEMES):
                self.found.append(f"{_scheme(value).split(',')[0][:20]} in {name}= on <{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)
        elif self._style is not None:
            self._style.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            runs, parts = self._script
            if runs and "".join(parts) not in THEME_INLINE_SCRIPTS:
                self.found.append("an inline <script>")
            self._script = None
        if tag == "style" and self._style is not None:
            self.found.append("an inline <style>")
            self._style = None


def foreign_code(page_html: str) -> list[str]:
    """What in this page would run, or style it inline, and is not the theme's own code."""
    scanner = _Scanner()
    scanner.feed(page_html)
    scanner.close()
    return list(dict.fromkeys(scanner.found))
