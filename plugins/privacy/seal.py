"""Turn a built site into an encrypted one with neutral file names.

Every file that is not part of the theme's shared library is encrypted under one fresh content
key: pages become locked shells (``index.html``, ``page-1.html``...) carrying their ciphertext;
photos, sounds, symbols, the booklet and anything else become ``data/<random>.js`` chunks that
call ``window.__planbook_chunk(name, base64)`` (a <script src> loads from disk, fetch() does not).
The content key is published only wrapped, once per recipient (the envelope).
"""

from __future__ import annotations

import html as html_lib
import json
import mimetypes
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from plugins.privacy import crypto, findable, shell, urls

DATA_DIR = "data"
KEEP_NAMES = ("index.html", "404.html")
MEDIA_TOKEN = "planbook-media:"

mimetypes.add_type("audio/mpeg", ".mp3")
mimetypes.add_type("image/webp", ".webp")


@dataclass
class Sealed:
    """What the sealing did: old page/media names -> neutral names."""

    build_id: str
    pages: dict[str, str] = field(default_factory=dict)
    media: dict[str, str] = field(default_factory=dict)


def aad(build_id: str, name: str) -> str:
    """Additional data binding a ciphertext to its build and its published name."""
    return f"planbook:{build_id}:{name}"


def envelope_json(
    site_id: str, build_id: str, content_key: bytes, recipient_keys: list[bytes]
) -> str:
    """The wrapped content key, once per recipient, in random order (no names, no ids)."""
    wrapped = [crypto.b64(crypto.wrap(key, content_key, site_id)) for key in recipient_keys]
    secrets.SystemRandom().shuffle(wrapped)
    return json.dumps({"v": 1, "site": site_id, "build": build_id, "keys": wrapped})


def neutral_page_names(html_files: list[str], page_order: list[str]) -> dict[str, str]:
    """index.html and 404.html keep their names; other pages become page-1.html... in plan order."""
    names: dict[str, str] = {}
    ordered = [p for p in page_order if p in html_files and p not in KEEP_NAMES]
    ordered += sorted(p for p in html_files if p not in ordered and p not in KEEP_NAMES)
    for path in html_files:
        if path in KEEP_NAMES:
            names[path] = path
    for number, path in enumerate(ordered, start=1):
        names[path] = f"page-{number}.html"
    return names


def seal_site(
    site_dir: Path,
    *,
    plain: set[str],
    content_key: bytes,
    site_id: str,
    envelope: str,
    build_id: str,
    page_order: list[str] = (),
    lang: str = "en-GB",
) -> Sealed:
    """Encrypt everything in ``site_dir`` except the theme files listed in ``plain``."""
    files = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    for sitemap in findable.SITEMAPS:
        if sitemap in files:
            (site_dir / sitemap).unlink()
            files.remove(sitemap)
    pages = [f for f in files if f.endswith(".html") and f not in plain]
    media = [f for f in files if f not in plain and f not in pages]
    result = Sealed(build_id, pages=neutral_page_names(pages, list(page_order)))

    tokens: dict[str, str] = {}  # media path -> token in the page html
    chunk_of: dict[str, str] = {}  # token -> chunk name
    for path in media:
        chunk = f"{DATA_DIR}/{secrets.token_hex(8)}.js"
        _write_chunk(site_dir, path, chunk, content_key, build_id)
        result.media[path] = chunk
        tokens[path] = f"{MEDIA_TOKEN}{secrets.token_hex(6)}"  # fixed length: no prefix clashes
        chunk_of[tokens[path]] = chunk

    sources = {path: (site_dir / path).read_text(encoding="utf-8") for path in pages}
    for path in pages:
        (site_dir / path).unlink()

    def target(site_path: str, fragment: str) -> str | None:
        if site_path in result.pages:
            return result.pages[site_path] + fragment
        if site_path in tokens:
            return tokens[site_path]
        if site_path in plain:
            return urls.plain_path(site_path, fragment)
        return None

    for path, source in sources.items():
        name = result.pages[path]
        page_html = shell.add_device_panel(urls.rewrite(source, path, target))
        page_html = name_downloads(page_html, {t: m.rsplit("/", 1)[-1] for m, t in tokens.items()})
        page_html = findable.protect_page(page_html)
        used = {
            t: {"src": chunk_of[t], "type": _mime(m), "lazy": only_linked(page_html, t)}
            for m, t in tokens.items()
            if t in page_html
        }
        payload = json.dumps({"v": 1, "html": page_html, "media": used}).encode("utf-8")
        sealed = crypto.seal(content_key, payload, aad(build_id, name))
        out = site_dir / name
        out.write_text(
            shell.shell(
                name=name,
                lang=lang,
                policy=findable.POLICY,
                envelope_json=envelope,
                ciphertext_b64=crypto.b64(sealed),
            ),
            encoding="utf-8",
        )
    _remove_empty_dirs(site_dir)
    return result


_LINK_TAG = re.compile(r"<a\b[^>]*>", re.I)


def only_linked(page_html: str, token: str) -> bool:
    """True when a file is only the target of links (a booklet, a whole-plan MP3 to download).

    Such files are decrypted when the link is used, not when the page opens, so a phone does
    not fetch and decrypt megabytes it may never need.
    """
    linked = sum(tag.count(f'href="{token}"') for tag in _LINK_TAG.findall(page_html))
    return linked > 0 and linked == page_html.count(token)


_EMPTY_DOWNLOAD = re.compile(r"""\sdownload(?:\s*=\s*(?:""|''))?(?=[\s>/])""", re.I)


def name_downloads(page_html: str, names: dict[str, str]) -> str:
    """``<a download>`` of a decrypted file keeps its own file name (a blob: URL has none)."""

    def one(match: re.Match[str]) -> str:
        tag = match.group(0)
        token = next((t for t in names if f'"{t}"' in tag), None)
        if token is None or not _EMPTY_DOWNLOAD.search(tag):
            return tag
        return _EMPTY_DOWNLOAD.sub(f' download="{html_lib.escape(names[token])}"', tag, count=1)

    return _LINK_TAG.sub(one, page_html)


def _write_chunk(site_dir: Path, path: str, chunk: str, key: bytes, build_id: str) -> None:
    source = site_dir / path
    sealed = crypto.seal(key, source.read_bytes(), aad(build_id, chunk))
    source.unlink()
    out = site_dir / chunk
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise FileExistsError(out)
    out.write_text(
        f'window.__planbook_chunk("{chunk}","{crypto.b64(sealed)}");\n', encoding="ascii"
    )


def _mime(path: str) -> str:
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


def _remove_empty_dirs(site_dir: Path) -> None:
    for folder in sorted(
        (p for p in site_dir.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)
    ):
        if not any(folder.iterdir()):
            folder.rmdir()


def replace_envelope(site_dir: Path, envelope: str) -> int:
    """Put a new envelope into every page shell (a new family link, no rebuild needed)."""
    start_tag = '<script type="application/json" id="planbook-envelope">'
    changed = 0
    for page in site_dir.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        start = text.find(start_tag)
        if start < 0:
            continue
        end = text.find("</script>", start)
        new = text[: start + len(start_tag)] + envelope + text[end:]
        temp = page.with_name(f".{page.name}.tmp")
        temp.write_text(new, encoding="utf-8")
        os.replace(temp, page)
        changed += 1
    return changed


def read_envelope(site_dir: Path) -> dict | None:
    """The envelope of a published site (its site and build ids), or None if not encrypted."""
    index = site_dir / "index.html"
    try:
        text = index.read_text(encoding="utf-8")
    except OSError:
        return None
    start_tag = '<script type="application/json" id="planbook-envelope">'
    start = text.find(start_tag)
    if start < 0:
        return None
    end = text.find("</script>", start)
    try:
        return json.loads(text[start + len(start_tag) : end])
    except ValueError:
        return None
