"""One page's HTML, as the site shows it, made fit for paper.

The booklet prints the very HTML the site shows (one source, two outputs). Paper
cannot play audio, press buttons or follow links, so those are taken out; ids are
made unique across pages; pictures are read from the person's own files; and the
sections are noted (with their audio, if any) for the contents and the QR codes.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from lxml import html as lxml_html
from lxml.etree import SubElement, _Element
from PIL import Image

from .qr import qr_data_url

# Elements that only make sense on a screen.
SCREEN_ONLY = {
    "audio",
    "video",
    "source",
    "track",
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "dialog",
}
# A class with one of these words marks screen-only markup: the "Listen" player and friends.
SCREEN_ONLY_CLASS_WORDS = ("listen", "audio", "player", "no-print", "headerlink")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
SECTION_HEADINGS = ("h1", "h2")
SHORT_CELL = 14  # characters: a table cell this short is kept on one line
INLINE = {"img", "span", "strong", "em", "b", "i", "abbr"}


@dataclass(frozen=True)
class Section:
    """A heading of a page: where a QR code to its audio can go."""

    id: str  # the heading's id in the booklet
    title: str
    level: int
    audio: str | None = None  # the section's MP3, relative to the site folder


@dataclass
class PrintPage:
    """One plan page, ready to be put in the booklet."""

    key: str  # unique in the booklet, e.g. "p-01-about-me"
    title: str
    html: str  # inner HTML of the page's <section>
    sections: list[Section] = field(default_factory=list)
    page_audio: str | None = None  # audio placed before any heading


def page_key(dest_uri: str) -> str:
    """A booklet-wide id for a page: "p-" and its output file name without ".html"."""
    stem = dest_uri.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return "p-" + "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem)


def _classes(el: _Element) -> list[str]:
    return (el.get("class") or "").lower().split()


def _is_screen_only(el: _Element) -> bool:
    if not isinstance(el.tag, str):  # comments, processing instructions
        return True
    if el.tag in SCREEN_ONLY or el.get("hidden") is not None:
        return True
    if el.get("data-booklet") == "skip":
        return True
    return any(word in cls for cls in _classes(el) for word in SCREEN_ONLY_CLASS_WORDS)


def _remove(el: _Element) -> None:
    """Remove an element but keep the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _unwrap(el: _Element) -> None:
    """Replace an element by its children and text (a link becomes plain words)."""
    parent = el.getparent()
    if parent is None:
        return
    index = parent.index(el)
    prev = el.getprevious()
    text = el.text or ""
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    children = list(el)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    last = children[-1] if children else parent[index - 1] if index > 0 else None
    tail = el.tail or ""
    if last is not None:
        last.tail = (last.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(el)


def _site_path(src: str, page_dir: str) -> str | None:
    """A URL written in a page, as a path inside the site folder; None when not local."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = posixpath.normpath(posixpath.join(page_dir, unquote(parts.path)))
    return None if path.startswith("..") else path.lstrip("/")


def _audio_src(el: _Element) -> str | None:
    """The MP3 an <audio> plays: its src, or its first <source>."""
    if el.get("src"):
        return el.get("src")
    for source in el.iter("source"):
        if source.get("src"):
            return source.get("src")
    return None


def _text(el: _Element) -> str:
    return " ".join("".join(el.itertext()).split())


def clean_page(
    fragment: str,
    dest_uri: str,
    title: str,
    site_dir: Path,
    page_keys: dict[str, str],
    listen_url: Callable[[str], str] | None = None,
    _: Callable[[str], str] = str,
) -> PrintPage:
    """Turn one page's content HTML into print HTML.

    ``dest_uri`` is the page's output path inside the site ("01-about-me.html");
    ``page_keys`` maps every booklet page's dest_uri to its key, so links between
    pages become references inside the booklet ("see page 5"). With ``listen_url``
    (a site path -> its public address), each section with audio gets a QR code.
    """
    key = page_keys.get(dest_uri) or page_key(dest_uri)
    page_dir = posixpath.dirname(dest_uri)
    root = lxml_html.fragment_fromstring(fragment or "", create_parent="div")

    # 1. Note the sections and the audio that belongs to each, in reading order.
    sections: list[Section] = []
    headings: list[_Element] = []
    page_audio: str | None = None
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in SECTION_HEADINGS:
            heading_id = el.get("id") or f"s{len(sections) + 1}"
            el.set("id", heading_id)
            sections.append(Section(heading_id, _text(el), int(el.tag[1])))
            headings.append(el)
        elif el.tag == "audio" and (src := _audio_src(el)):
            path = _site_path(src, page_dir)
            if path is None:
                continue
            if sections and sections[-1].audio is None:
                last = sections[-1]
                sections[-1] = Section(last.id, last.title, last.level, path)
            elif not sections and page_audio is None:
                page_audio = path

    # 2. Take out what only works on a screen.
    for el in [el for el in root.iter() if el is not root and _is_screen_only(el)]:
        if el.getparent() is not None:
            _remove(el)

    # 3. Unique ids; links inside the booklet point at their page, others become words.
    for el in root.iter():
        if isinstance(el.tag, str) and el.get("id"):
            el.set("id", f"{key}--{el.get('id')}")
    sections = [Section(f"{key}--{s.id}", s.title, s.level, s.audio) for s in sections]
    for link in [el for el in root.iter("a")]:
        target = _link_target(link.get("href") or "", dest_uri, page_dir, page_keys)
        if target:
            link.attrib.clear()
            link.set("href", "#" + target)
            link.set("class", "xref")
        else:
            _unwrap(link)

    # 4. Pictures come from the site folder; a picture without words is decoration.
    for img in list(root.iter("img")):
        _print_image(img, page_dir, site_dir)

    # 5. Short table cells ("Day 10", "Monday") never break inside: a narrow column
    #    that splits a day from its number is hard to read in large print.
    for cell in root.iter("td", "th"):
        if len(_text(cell)) <= SHORT_CELL and all(child.tag in INLINE for child in cell):
            cell.set("class", " ".join([*(cell.get("class") or "").split(), "short"]))

    # 6. A QR code after each heading whose section has audio (the page's own audio
    #    goes with its first heading when that has none).
    if listen_url is not None:
        for index, (heading, section) in enumerate(zip(headings, sections, strict=True)):
            audio = section.audio or (page_audio if index == 0 else None)
            if audio:
                _add_qr(heading, listen_url(audio), section, _)

    # 7. Every page starts with its title as a heading.
    if not any(True for _ in root.iter("h1")):
        heading = lxml_html.Element("h1")
        heading.text = title
        heading.set("id", f"{key}--title")
        heading.tail = root.text
        root.text = None
        root.insert(0, heading)
        sections.insert(0, Section(f"{key}--title", title, 1, page_audio))
        page_audio = None

    body = escape(root.text or "", quote=False) + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root
    )
    return PrintPage(key=key, title=title, html=body, sections=sections, page_audio=page_audio)


def _add_qr(
    heading: _Element, url: str, section: Section, _: Callable[[str], str] = str
) -> None:
    """Put the heading and its QR code side by side in one row.

    A row, not a float: text never runs over or under the code, whatever layout
    (Easy Read rows, tables) follows the heading.
    """
    row = lxml_html.Element("div")
    row.set("class", f"section-head level-{section.level}")
    row.tail, heading.tail = heading.tail, None
    heading.addprevious(row)
    row.append(heading)
    box = SubElement(row, "div")
    box.set("class", "qr-code")
    img = SubElement(box, "img")
    img.set("src", qr_data_url(url))
    img.set("alt", _("QR code: scan it to listen to %(part)s") % {"part": section.title})
    caption = SubElement(box, "span")
    caption.text = _("Scan to listen")


def _link_target(href: str, dest_uri: str, page_dir: str, page_keys: dict[str, str]) -> str | None:
    """The booklet id a link goes to, or None when it leaves the booklet."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:  # "#frag": this page
        target_uri = dest_uri
    else:
        target_uri = posixpath.normpath(posixpath.join(page_dir, unquote(parts.path)))
    key = page_keys.get(target_uri)
    if key is None:
        return None
    return f"{key}--{parts.fragment}" if parts.fragment else key


def _image_size(img: _Element, src: str) -> tuple[int, int]:
    """The picture's size in CSS px: its width/height attributes, else the file's own,
    shrunk to the page's width (about 560 px) so it never spills off the paper."""
    try:
        width, height = int(img.get("width", "")), int(img.get("height", ""))
    except ValueError:
        width = height = 0
    if not (width and height) and src.startswith("file:"):
        try:
            with Image.open(Path(url2pathname(src.removeprefix("file:")))) as picture:
                width, height = picture.size
        except (OSError, ValueError):
            width = height = 0
    if not (width and height):
        return 96, 96
    scale = min(1.0, 560 / width)
    return max(1, round(width * scale)), max(1, round(height * scale))


def _print_image(img: _Element, page_dir: str, site_dir: Path) -> None:
    """Point an <img> at its file in the site; turn a picture without alt into decoration.

    A decorative picture is drawn as a background, which WeasyPrint marks as an
    artifact: a screen reader skips it, as it skips alt="" on the site.
    """
    src = img.get("src") or ""
    if not src.startswith("data:"):
        path = _site_path(src, page_dir)
        if path is None:  # a picture from elsewhere is never fetched
            _remove(img)
            return
        src = (site_dir / path).resolve().as_uri()
    for attr in ("srcset", "sizes", "loading", "decoding"):
        img.attrib.pop(attr, None)
    alt = (img.get("alt") or "").strip()
    if alt and img.get("role") not in ("presentation", "none"):
        img.set("src", src)
        return
    span = lxml_html.Element("span")
    span.set("class", " ".join(["decor", *(img.get("class") or "").split()]))
    style = f"background-image: url('{src}')"
    if "symbol" not in _classes(img):  # symbols are sized by the print CSS
        width, height = _image_size(img, src)
        style += f"; width: {width}px; height: {height}px"
    span.set("style", style)
    for attr in ("data-concept", "data-term"):
        if img.get(attr) is not None:
            span.set(attr, img.get(attr))
    span.tail = img.tail
    img.getparent().replace(img, span)
