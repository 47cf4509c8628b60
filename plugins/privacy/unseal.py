"""Reading an encrypted site back in Python, with a recipient's key, as unlock.js does.

Why: tests (and anyone auditing a published site) can check what a link really opens without a
browser, using the same format and the same refusals: a page is opened under the name it is
published as, and only when this build's sealed manifest lists it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from plugins.privacy import crypto, padding
from plugins.privacy.seal import MANIFEST, aad, read_site_file

_PAGE = re.compile(r'<script type="text/plain" id="planbook-page">([^<]*)</script>')
_CHUNK = re.compile(r'^window\.__planbook_chunk\("([^"]+)","([^"]*)"\);\s*$')


def _site(site_dir: Path) -> dict:
    data = read_site_file(site_dir)
    if data is None:
        raise crypto.Refused("not an encrypted site")
    return data


def content_key(site_dir: Path, recipient_key: bytes) -> bytes:
    """The content key this recipient's key opens, or raise ``crypto.Refused``."""
    site = _site(site_dir)
    wrapped = [crypto.unb64(entry) for entry in site["keys"]]
    return crypto.unwrap(recipient_key, wrapped, site["site"])


def manifest(site_dir: Path, key: bytes) -> dict:
    """The build's sealed list of its pages and files."""
    site = _site(site_dir)
    sealed = crypto.unb64(site["manifest"])
    return json.loads(padding.unpad(crypto.open_sealed(key, sealed, aad(site["build"], MANIFEST))))


def open_page(site_dir: Path, name: str, key: bytes) -> dict:
    """The decrypted payload of the page published as ``name``: {"html": ..., "media": {...}}."""
    build = _site(site_dir)["build"]
    if name not in manifest(site_dir, key)["pages"]:
        raise crypto.Refused(f"{name} is not a page of this build")
    match = _PAGE.search((site_dir / name).read_text(encoding="utf-8"))
    if match is None:
        raise crypto.Refused(f"{name} is not a page shell")
    sealed = crypto.open_sealed(key, crypto.unb64(match.group(1)), aad(build, name))
    return json.loads(padding.unpad(sealed))


def open_chunk(site_dir: Path, chunk: str, key: bytes) -> bytes:
    """The decrypted bytes of one sealed file (a bundle of pictures holds several)."""
    build = _site(site_dir)["build"]
    match = _CHUNK.match((site_dir / chunk).read_text(encoding="ascii"))
    if match is None or match.group(1) != chunk:
        raise crypto.Refused(f"{chunk} is not a chunk")
    return padding.unpad(crypto.open_sealed(key, crypto.unb64(match.group(2)), aad(build, chunk)))


def open_site(site_dir: Path, recipient_key: bytes) -> dict[str, bytes]:
    """Every page (decrypted html) and chunk (decrypted bytes) of this build, by published name."""
    key = content_key(site_dir, recipient_key)
    listed = manifest(site_dir, key)
    opened: dict[str, bytes] = {}
    for page in listed["pages"]:
        opened[page] = open_page(site_dir, page, key)["html"].encode("utf-8")
    for chunk in listed["files"]:
        opened[chunk] = open_chunk(site_dir, chunk, key)
    return opened


def media_of(site_dir: Path, page: str, recipient_key: bytes) -> dict[str, bytes]:
    """The decrypted files a page uses, by their token in its html (pictures cut from bundles)."""
    key = content_key(site_dir, recipient_key)
    payload = open_page(site_dir, page, key)
    out: dict[str, bytes] = {}
    for token, item in payload["media"].items():
        if "bundle" in item:
            data = open_chunk(site_dir, item["bundle"], key)
            out[token] = data[item["at"] : item["at"] + item["size"]]
        else:
            out[token] = open_chunk(site_dir, item["src"], key)
    return out
