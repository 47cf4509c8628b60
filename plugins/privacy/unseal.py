"""Reading an encrypted site back in Python, with a recipient's key, as unlock.js does.

Why: tests (and anyone auditing a published site) can check what a link really opens without a
browser, using the same format and the same refusals.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from plugins.privacy import crypto
from plugins.privacy.seal import aad, read_envelope

_PAGE = re.compile(
    r'<script type="text/plain" id="planbook-page" data-name="([^"]+)">([^<]*)</script>'
)
_CHUNK = re.compile(r'^window\.__planbook_chunk\("([^"]+)","([^"]*)"\);\s*$')


def content_key(site_dir: Path, recipient_key: bytes) -> bytes:
    """The content key this recipient's key opens, or raise ``crypto.Refused``."""
    envelope = read_envelope(site_dir)
    if envelope is None:
        raise crypto.Refused("not an encrypted site")
    wrapped = [crypto.unb64(entry) for entry in envelope["keys"]]
    return crypto.unwrap(recipient_key, wrapped, envelope["site"])


def open_page(site_dir: Path, name: str, key: bytes) -> dict:
    """The decrypted payload of one page shell: {"html": ..., "media": {token: {src, type}}}."""
    build = read_envelope(site_dir)["build"]
    match = _PAGE.search((site_dir / name).read_text(encoding="utf-8"))
    if match is None:
        raise crypto.Refused(f"{name} is not a page shell")
    return json.loads(
        crypto.open_sealed(key, crypto.unb64(match.group(2)), aad(build, match.group(1)))
    )


def open_chunk(site_dir: Path, chunk: str, key: bytes) -> bytes:
    """The decrypted bytes of one media chunk."""
    build = read_envelope(site_dir)["build"]
    match = _CHUNK.match((site_dir / chunk).read_text(encoding="ascii"))
    if match is None or match.group(1) != chunk:
        raise crypto.Refused(f"{chunk} is not a chunk")
    return crypto.open_sealed(key, crypto.unb64(match.group(2)), aad(build, chunk))


def open_site(site_dir: Path, recipient_key: bytes) -> dict[str, bytes]:
    """Every page (decrypted html) and chunk (decrypted bytes) of the site, by published name."""
    key = content_key(site_dir, recipient_key)
    opened: dict[str, bytes] = {}
    for page in sorted(site_dir.glob("*.html")):
        opened[page.name] = open_page(site_dir, page.name, key)["html"].encode("utf-8")
    for chunk in sorted((site_dir / "data").glob("*.js")) if (site_dir / "data").is_dir() else []:
        name = chunk.relative_to(site_dir).as_posix()
        opened[name] = open_chunk(site_dir, name, key)
    return opened
