"""Where an address written in a plan leads: the one judge of "inside the person's folder".

Why one judge: a link, a picture or a ``pictures:`` entry in person.yml is allowed or refused
by the same reasoning wherever it is written, and the checker, the build and privacy's isolation
must agree to the letter. Addresses are read as a browser reads them, so a disguised
``jav&#x61;script:`` is still a script.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

PlaceKind = Literal[
    "here",  # "#part" or nothing: this page
    "web",  # http(s): a website, followed when tapped
    "contact",  # mailto:, tel:, sms:
    "script",  # javascript:, vbscript:, data:: could run a script or hide a file
    "computer",  # file:, a Windows drive or a network share: this computer's files
    "scheme",  # any other scheme: nothing a plan can use
    "outside",  # ../ out of the folder, an absolute path, or a symbolic link leading out
    "inside",  # a file in the person's folder (it may or may not exist)
]

CONTACT_SCHEMES = frozenset({"mailto", "tel", "sms"})
WEB_SCHEMES = frozenset({"http", "https"})
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "data"})
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def scheme_of(address: str) -> str | None:
    """The scheme as a browser sees it (entities decoded, hidden characters dropped), or None."""
    plain = _INVISIBLE.sub("", html.unescape(html.unescape(address))).lower()
    match = _SCHEME.match(plain)
    return match.group(1) if match else None


@dataclass(frozen=True)
class Place:
    """Where an address leads, and for a file in the folder, which file."""

    kind: PlaceKind
    address: str
    scheme: str | None = None
    path: Path | None = None  # the file in the folder ("inside" only)
    link_out: bool = False  # "outside" because a symbolic link on the way leads out

    @property
    def exists(self) -> bool:
        return self.path is not None and self.path.exists()


def locate(folder: Path, page_file: str, address: str) -> Place:
    """Where ``address``, written in ``page_file`` of the person's ``folder``, leads."""
    address = address.strip()
    if not address or address.startswith("#"):
        return Place("here", address)
    if _WINDOWS_DRIVE.match(address) or address.startswith(("\\\\", "//")):
        return Place("computer", address)
    scheme = scheme_of(address)
    if scheme:
        if scheme in WEB_SCHEMES:
            kind: PlaceKind = "web"
        elif scheme in CONTACT_SCHEMES:
            kind = "contact"
        elif scheme in SCRIPT_SCHEMES:
            kind = "script"
        elif scheme == "file":
            kind = "computer"
        else:
            kind = "scheme"
        return Place(kind, address, scheme)
    path = unquote(urlsplit(address).path).replace("\\", "/")
    if not path:
        return Place("here", address)
    if path.startswith(("/", "~")):
        return Place("outside", address)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(page_file), path))
    if joined == ".." or joined.startswith("../"):
        return Place("outside", address)
    root = folder.absolute()
    target = root / joined
    current = root
    for part in joined.split("/"):  # a symbolic link on the way may lead out
        current = current / part
        if current.is_symlink() and not current.resolve().is_relative_to(root.resolve()):
            return Place("outside", address, link_out=True)
    return Place("inside", address, path=target)
