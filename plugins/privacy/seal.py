"""Turn a built site into an encrypted one with neutral file names and sizes that tell nothing.

Every file that is not part of the theme's shared library is encrypted under one fresh content
key (see SECURITY.md for what this protects against):

- pages become locked shells (``index.html``, ``page-1.html``...) carrying their ciphertext;
  decoy shells round the number of pages up to a multiple of ``PAGE_GROUP``;
- every picture and photo travels in ONE sealed bundle, every other file (sounds, captions, the
  booklet, the person's text-size CSS) in a ``data/<random>.js`` chunk that calls
  ``window.__planbook_chunk(name, base64)`` (a <script src> loads from disk, fetch() does not);
- each sealed blob is padded to a size bucket first (padding.py);
- ``data/site.js`` carries the content key wrapped once per recipient (the envelope) and a sealed
  manifest of the build's pages and files. A page is bound to its own published name and to this
  build: a page swapped with another, or left over from another build, does not open.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from plugins.privacy import crypto, findable, padding, shell, urls

DATA_DIR = "data"
SITE_FILE = f"{DATA_DIR}/site.js"  # the envelope and the sealed manifest: one per site
HOME = "index.html"
MEDIA_TOKEN = "planbook-media:"
PAGE_GROUP = 4  # the number of pages is published only to the next multiple of this
PICTURES = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"}

mimetypes.add_type("audio/mpeg", ".mp3")
mimetypes.add_type("image/webp", ".webp")
mimetypes.add_type("text/vtt", ".vtt")


@dataclass
class Sealed:
    """What the sealing did: old page/media names -> neutral names."""

    build_id: str
    pages: dict[str, str] = field(default_factory=dict)
    media: dict[str, str] = field(default_factory=dict)  # path -> chunk holding it
    decoys: list[str] = field(default_factory=list)


def aad(build_id: str, name: str) -> str:
    """Additional data binding a ciphertext to its build and its published name."""
    return f"planbook:{build_id}:{name}"


MANIFEST = "manifest"  # the published "name" the manifest is bound to


def envelope(site_id: str, build_id: str, content_key: bytes, recipient_keys: list[bytes]) -> dict:
    """The wrapped content key, once per recipient, in random order (no names, no ids)."""
    wrapped = [crypto.b64(crypto.wrap(key, content_key, site_id)) for key in recipient_keys]
    secrets.SystemRandom().shuffle(wrapped)
    return {"v": 2, "site": site_id, "build": build_id, "keys": wrapped}


def neutral_page_names(html_files: list[str], page_order: list[str]) -> dict[str, str]:
    """index.html keeps its name; other pages become page-1.html... in plan order."""
    names = {path: path for path in html_files if path == HOME}
    ordered = [p for p in page_order if p in html_files and p != HOME]
    ordered += sorted(p for p in html_files if p not in ordered and p != HOME)
    for number, path in enumerate(ordered, start=1):
        names[path] = f"page-{number}.html"
    return names


def seal_site(
    site_dir: Path,
    *,
    plain: set[str],
    content_key: bytes,
    site_id: str,
    recipient_keys: list[bytes],
    build_id: str,
    page_order: list[str] = (),
    lang: str = "en",
    device_panel: str = "",
) -> Sealed:
    """Encrypt everything in ``site_dir`` except the theme files listed in ``plain``."""
    files = _files(site_dir)
    pages = [f for f in files if f.endswith(".html") and f not in plain]
    media = [f for f in files if f not in plain and f not in pages]
    result = Sealed(build_id, pages=neutral_page_names(pages, list(page_order)))
    tokens = _seal_media(site_dir, media, content_key, build_id, result)
    _seal_pages(site_dir, pages, plain, tokens, content_key, lang, device_panel, result)
    _add_decoys(site_dir, result, lang)
    _write_site_file(site_dir, site_id, build_id, content_key, recipient_keys, result)
    _remove_empty_dirs(site_dir)
    return result


def _files(site_dir: Path) -> list[str]:
    """Every file of the built site, sitemaps dropped (a private plan lists nothing)."""
    files = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file())
    for sitemap in findable.SITEMAPS:
        if sitemap in files:
            (site_dir / sitemap).unlink()
            files.remove(sitemap)
    return files


def _new_chunk_name(site_dir: Path) -> str:
    while True:
        chunk = f"{DATA_DIR}/{secrets.token_hex(8)}.js"
        if not (site_dir / chunk).exists():
            return chunk


def _seal_media(
    site_dir: Path, media: list[str], key: bytes, build_id: str, result: Sealed
) -> dict[str, dict]:
    """Seal pictures into one bundle and every other file into its own chunk.

    Returns, for each media path, its token in the pages and how unlock.js finds it.
    """
    tokens: dict[str, dict] = {}
    pictures = [m for m in media if Path(m).suffix.lower() in PICTURES]
    if pictures:
        bundle_name = _new_chunk_name(site_dir)
        bundle = bytearray()
        for path in pictures:
            data = (site_dir / path).read_bytes()
            tokens[path] = {"bundle": bundle_name, "at": len(bundle), "size": len(data)}
            bundle += data
            (site_dir / path).unlink()
            result.media[path] = bundle_name
        _write_chunk(site_dir, bundle_name, bytes(bundle), key, build_id, "pictures")
    for path in media:
        if path in tokens:
            continue
        chunk = _new_chunk_name(site_dir)
        source = site_dir / path
        kind = "booklet" if source.suffix.lower() == ".pdf" else "file"
        _write_chunk(site_dir, chunk, source.read_bytes(), key, build_id, kind)
        source.unlink()
        tokens[path] = {"src": chunk}
        result.media[path] = chunk
    for path, entry in tokens.items():
        entry["type"] = _mime(path)
        entry["token"] = f"{MEDIA_TOKEN}{secrets.token_hex(6)}"  # fixed length: no prefix clashes
    return tokens


def _seal_pages(
    site_dir: Path,
    pages: list[str],
    plain: set[str],
    tokens: dict[str, dict],
    key: bytes,
    lang: str,
    device_panel: str,
    result: Sealed,
) -> None:
    """Each page: addresses rewritten to neutral names and tokens, sealed into its shell."""
    sources = {path: (site_dir / path).read_text(encoding="utf-8") for path in pages}
    for path in pages:
        (site_dir / path).unlink()

    def target(site_path: str, fragment: str) -> str | None:
        if site_path in result.pages:
            return result.pages[site_path] + fragment
        if site_path in tokens:
            return tokens[site_path]["token"]
        if site_path in plain:
            return urls.plain_path(site_path, fragment)
        return None

    for path, source in sources.items():
        name = result.pages[path]
        page_html = shell.add_device_panel(urls.rewrite(source, path, target), device_panel)
        page_html = name_downloads(
            page_html, {t["token"]: m.rsplit("/", 1)[-1] for m, t in tokens.items()}
        )
        page_html = findable.protect_page(page_html)
        used = {t["token"]: _media_entry(t, page_html) for t in tokens.values()}
        used = {token: entry for token, entry in used.items() if token in page_html}
        payload = json.dumps({"v": 2, "html": page_html, "media": used}).encode("utf-8")
        sealed = crypto.seal(key, padding.pad(payload, "page"), aad(result.build_id, name))
        (site_dir / name).write_text(
            shell.shell(lang=lang, ciphertext_b64=crypto.b64(sealed)), encoding="utf-8"
        )


def _media_entry(entry: dict, page_html: str) -> dict:
    out = {k: v for k, v in entry.items() if k != "token"}
    if "src" in out:
        out["lazy"] = only_linked(page_html, entry["token"])
    return out


def _add_decoys(site_dir: Path, result: Sealed, lang: str) -> None:
    """Shells of random bytes, so the published number of pages is a multiple of PAGE_GROUP.

    A decoy is the size of a short page's shell and is listed nowhere: opened, it is refused.
    """
    count = len(result.pages)
    numbered = count - (HOME in result.pages.values())
    while count % PAGE_GROUP:
        numbered += 1
        count += 1
        name = f"page-{numbered}.html"
        noise = os.urandom(padding.bucket(0, "page") + crypto.NONCE_BYTES + 16)
        (site_dir / name).write_text(
            shell.shell(lang=lang, ciphertext_b64=crypto.b64(noise)), encoding="utf-8"
        )
        result.decoys.append(name)


def _write_site_file(
    site_dir: Path,
    site_id: str,
    build_id: str,
    key: bytes,
    recipient_keys: list[bytes],
    result: Sealed,
) -> None:
    """data/site.js: the envelope, and the sealed list of this build's pages and files."""
    manifest = {
        "pages": sorted(result.pages.values()),
        "files": sorted(set(result.media.values())),
    }
    sealed = crypto.seal(
        key,
        padding.pad(json.dumps(manifest).encode("utf-8"), "manifest"),
        aad(build_id, MANIFEST),
    )
    data = envelope(site_id, build_id, key, recipient_keys)
    data["manifest"] = crypto.b64(sealed)
    write_site_file(site_dir, data)


def write_site_file(site_dir: Path, data: dict) -> None:
    """Write data/site.js in one step (a reader never sees half of it)."""
    path = site_dir / SITE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".site-{secrets.token_hex(4)}.tmp")
    temp.write_text(f"window.__planbook_site={json.dumps(data)};\n", encoding="ascii")
    os.replace(temp, path)


_SITE_FILE = re.compile(r"^window\.__planbook_site=(\{.*\});\s*$", re.S)


def read_site_file(site_dir: Path) -> dict | None:
    """The envelope and manifest of a published site, or None if it is not encrypted."""
    try:
        text = (site_dir / SITE_FILE).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    match = _SITE_FILE.match(text)
    if not match:
        return None
    try:
        data = json.loads(match.group(1))
    except ValueError:
        return None
    return data if isinstance(data, dict) and data.get("v") == 2 else None


def read_envelope(site_dir: Path) -> dict | None:
    """The envelope of a published site (its site and build ids), or None if not encrypted."""
    return read_site_file(site_dir)


def replace_envelope(site_dir: Path, new: dict) -> bool:
    """Put a new envelope into data/site.js (a new family link, no rebuild needed)."""
    data = read_site_file(site_dir)
    if data is None:
        return False
    data.update({k: new[k] for k in ("site", "build", "keys")})
    write_site_file(site_dir, data)
    return True


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
    import html as html_lib

    def one(match: re.Match[str]) -> str:
        tag = match.group(0)
        token = next((t for t in names if f'"{t}"' in tag), None)
        if token is None or not _EMPTY_DOWNLOAD.search(tag):
            return tag
        return _EMPTY_DOWNLOAD.sub(f' download="{html_lib.escape(names[token])}"', tag, count=1)

    return _LINK_TAG.sub(one, page_html)


def _write_chunk(
    site_dir: Path, chunk: str, data: bytes, key: bytes, build_id: str, kind: str
) -> None:
    sealed = crypto.seal(key, padding.pad(data, kind), aad(build_id, chunk))
    out = site_dir / chunk
    out.parent.mkdir(parents=True, exist_ok=True)
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
