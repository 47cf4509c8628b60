"""What HTML written in a plan may publish: no scripts, no event handlers, no unsafe addresses.

Why: staff may paste HTML into a plan (a table from a letter, a copied web page). A `<script>`,
an `onclick=` or a `javascript:` link would then run in the person's browser, inside their private
site, next to the key that unlocks it. Pure functions over text and ElementTree elements, built on
nh3 (the Rust `ammonia` sanitiser), so the policy moves with the core to any other host.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as etree

import nh3

from ..plan.targets import scheme_of

# Tags a plan may use: ammonia's safe defaults. Never script, style, iframe, object, embed, form,
# input, base, meta, link, svg or math.
ALLOWED_TAGS = frozenset(nh3.ALLOWED_TAGS)
VOID_TAGS = frozenset({"area", "br", "col", "hr", "img", "wbr"})
# Removed with everything inside them, not only the tags.
CONTENT_REMOVED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "textarea",
        "select",
        "frame",
        "frameset",
        "noembed",
    }
)
# What a plan may not hold at all (the build refuses it): could run a script or fetch something.
RUNS_OR_FETCHES = (CONTENT_REMOVED - {"textarea", "select"}) | frozenset(
    {"form", "input", "button", "base", "meta", "link", "applet", "portal"}
)
GENERIC_ATTRIBUTES = frozenset(
    {"class", "id", "title", "lang", "dir", "role", "hidden", "tabindex"}
)
ATTRIBUTES = {tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()}
ATTRIBUTES["*"] = set(GENERIC_ATTRIBUTES)
ATTRIBUTES.setdefault("img", set()).update({"loading", "decoding"})
ATTRIBUTES.setdefault("a", set()).update({"title"})
ATTRIBUTE_PREFIXES = frozenset({"aria-", "data-"})
# Addresses a plan's links may use; anything without a scheme (a page, a photo, #part) is fine.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "sms"})
URL_ATTRIBUTES = frozenset(
    {
        "href",
        "src",
        "srcset",
        "cite",
        "action",
        "formaction",
        "poster",
        "data",
        "background",
        "xlink:href",
        "longdesc",
        "usemap",
        "manifest",
    }
)

_cleaner = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(CONTENT_REMOVED),
    attributes=ATTRIBUTES,
    generic_attribute_prefixes=set(ATTRIBUTE_PREFIXES),
    url_schemes=set(URL_SCHEMES),
    link_rel=None,
    strip_comments=True,
)

_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_TAG = re.compile(r"^<(/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(/?)>$", re.DOTALL)


def clean_html(fragment: str) -> str:
    """A whole fragment of HTML from a plan, with everything unsafe taken out."""
    return _cleaner.clean(fragment)


def clean_tag(tag: str) -> str:
    """One tag on its own (Markdown keeps inline HTML tag by tag): cleaned, or "" when unsafe."""
    match = _TAG.match(tag.strip())
    if not match:
        return ""  # a comment, a declaration or something that is not a tag
    closing, name, _ = match.groups()
    name = name.lower()
    if name not in ALLOWED_TAGS:
        return ""
    if closing:
        return f"</{name}>"
    if name in VOID_TAGS:
        return _cleaner.clean(tag)
    cleaned = _cleaner.clean(f"{tag}</{name}>")
    end = f"</{name}>"
    if not (cleaned.startswith(f"<{name}") and cleaned.endswith(end)):
        return ""
    return cleaned[: -len(end)]


def is_safe_url(value: str) -> bool:
    """False for javascript:, vbscript:, data: and other schemes, however they are disguised."""
    scheme = scheme_of(value)
    return scheme is None or scheme in URL_SCHEMES


_UNSAFE_STYLE = re.compile(r"url\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding|script\s*:")


def is_unsafe_attribute(name: str, value: str) -> bool:
    """Event handlers, unsafe addresses, and styles that fetch or run something."""
    name = name.lower()
    if name.startswith("on") or name in {"srcdoc", "formaction", "action"}:
        return True
    if name == "style":  # Markdown's own tables align cells with style="text-align: ..."
        return bool(_UNSAFE_STYLE.search(_INVISIBLE.sub("", html.unescape(value)).lower()))
    if name in URL_ATTRIBUTES:
        return not all(is_safe_url(part.strip().split(" ")[0]) for part in value.split(","))
    return False


def clean_tree(root: etree.Element) -> list[str]:
    """Take unsafe elements and attributes out of a tree, in place; say what was taken out."""
    removed: list[str] = []
    for parent in list(root.iter()):
        for child in list(parent):
            if not isinstance(child.tag, str):
                continue  # comments and processing instructions are dropped when written out
            if child.tag.lower() in CONTENT_REMOVED:
                removed.append(f"<{child.tag.lower()}>")
                _remove(parent, child)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in list(element.attrib.items()):
            if is_unsafe_attribute(name, value):
                removed.append(_describe(name, value))
                if (element.tag, name) in _KEPT_EMPTY:
                    element.set(name, "")  # MkDocs expects every link and picture to have one
                else:
                    del element.attrib[name]
    return removed


_KEPT_EMPTY = {("a", "href"), ("img", "src")}


def _describe(name: str, value: str) -> str:
    """What was taken out, in a word staff can find in their page: onclick=, javascript:."""
    name = name.lower()
    if name in URL_ATTRIBUTES:
        scheme = scheme_of(value)
        return f"{scheme}:" if scheme else f"{name}="
    return f"{name}="


def _remove(parent: etree.Element, child: etree.Element) -> None:
    """Remove `child`, keeping the text that followed it."""
    if child.tail:
        index = list(parent).index(child)
        if index:
            previous = parent[index - 1]
            previous.tail = (previous.tail or "") + child.tail
        else:
            parent.text = (parent.text or "") + child.tail
    parent.remove(child)


_RISKY_TAG = re.compile(
    r"<\s*(script|style|iframe|object|embed|svg|math|form|base|meta|link|frame)\b", re.IGNORECASE
)
_RISKY_ATTRIBUTE = re.compile(r"[\s/\"']on[a-z]+\s*=", re.IGNORECASE)
_RISKY_SCHEME = re.compile(r"(?:java|vb|live)script:|data:text/html", re.IGNORECASE)


def risky_parts(fragment: str) -> list[str]:
    """The unsafe-looking parts of raw HTML, for telling staff what was taken out."""
    text = html.unescape(fragment)
    found = {f"<{m.group(1).lower()}>" for m in _RISKY_TAG.finditer(text)}
    found |= {m.group(0)[1:].replace(" ", "").lower() for m in _RISKY_ATTRIBUTE.finditer(text)}
    found |= {m.group(0).lower() for m in _RISKY_SCHEME.finditer(_INVISIBLE.sub("", text))}
    return sorted(found)
