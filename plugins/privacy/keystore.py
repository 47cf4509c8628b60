"""``keys/<slug>/``: who may open a person's site, kept outside plans/ and the output.

Why a separate folder: the keys are the only secret. They must never be published (the site is
useless to anyone without one) and never be committed (``/keys/`` is in .gitignore). Losing the
folder loses no plan: the next build makes new keys and the person shares new links.

``<slug>/access.json`` (owner-only) lists recipients. ``.builds/<slug>.json`` remembers the last
build's content key so a new family link works at once, without a rebuild; it lives outside
``<slug>/`` because the builder fingerprints that folder (a changed access list means a rebuild,
a finished build must not).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import stat
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from plugins.plan.load import SLUG  # never "..", "/" or a hidden name
from plugins.privacy.crypto import key_from_text, key_to_text, new_key

ACCESS_FILE = "access.json"
BUILDS_DIR = ".builds"
DIR_MODE = 0o700
FILE_MODE = 0o600


class KeysProblem(Exception):
    """A problem with the keys folder, worded for staff."""


@dataclass(frozen=True)
class Recipient:
    name: str
    key: bytes
    added: str
    own: bool = False  # the person's own link


@dataclass(frozen=True)
class Revoked:
    name: str
    revoked: str


def new_folder_id() -> str:
    """A neutral, random name for a person's published folder: "p-" and 8 letters or digits.

    Never made from the name or the slug, so an address, a link or a host's log tells nothing
    about whose plan it is. Lower case and without look-alike letters (0/o, 1/l) for reading out.
    """
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return "p-" + "".join(secrets.choice(alphabet) for _ in range(8))


FOLDER_ID = re.compile(r"^p-[a-z2-9]{8}$")


@dataclass(frozen=True)
class Access:
    site_id: str
    recipients: tuple[Recipient, ...] = ()
    revoked: tuple[Revoked, ...] = ()
    folder: str = field(default_factory=new_folder_id)  # the published folder, OUT/<folder>/

    def find(self, name: str) -> Recipient | None:
        wanted = name.strip().casefold()
        return next((r for r in self.recipients if r.name.casefold() == wanted), None)

    @property
    def own(self) -> Recipient | None:
        return next((r for r in self.recipients if r.own), None)


def ensure_private_dir(path: Path) -> Path:
    """Make ``path`` (and missing parents) and set it to owner-only."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    os.chmod(path, DIR_MODE)
    return path


def write_private(path: Path, text: str) -> None:
    """Write a file readable only by its owner, in one step (never half written)."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes) -> None:
    ensure_private_dir(path.parent)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _today() -> str:
    return dt.date.today().isoformat()


class KeyStore:
    """The keys of one person's site."""

    def __init__(self, keys_dir: Path, slug: str) -> None:
        if not SLUG.match(slug):
            raise KeysProblem(
                f"'{slug}' is not a plan's folder name (lower-case letters, numbers and dashes)"
            )
        self.root = Path(keys_dir)
        self.folder = self.root / slug
        self.slug = slug

    # access.json ---------------------------------------------------------------------------
    def exists(self) -> bool:
        """Whether this person's keys were made (by a build or `share`)."""
        return (self.folder / ACCESS_FILE).is_file()

    def load(self) -> Access:
        """The recipients; a new, empty list with a fresh site id when none exist yet."""
        path = self.folder / ACCESS_FILE
        if not path.exists():
            return Access(site_id=secrets.token_hex(8))
        self._check_permissions(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            folder = data.get("folder")
            return Access(
                folder=folder if isinstance(folder, str) and FOLDER_ID.match(folder) else "",
                site_id=data["site"],
                recipients=tuple(
                    Recipient(r["name"], key_from_text(r["key"]), r["added"], bool(r.get("own")))
                    for r in data.get("recipients", [])
                ),
                revoked=tuple(Revoked(r["name"], r["revoked"]) for r in data.get("revoked", [])),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise KeysProblem(
                f"{path}: this keys file is damaged ({error}); "
                "move it away and share the links again"
            ) from error

    def save(self, access: Access) -> None:
        ensure_private_dir(self.root)
        ensure_private_dir(self.folder)
        data = {
            "site": access.site_id,
            "folder": access.folder,
            "recipients": [
                {"name": r.name, "key": key_to_text(r.key), "added": r.added, "own": r.own}
                for r in access.recipients
            ],
            "revoked": [{"name": r.name, "revoked": r.revoked} for r in access.revoked],
        }
        write_private(self.folder / ACCESS_FILE, json.dumps(data, indent=2) + "\n")

    def ensure_own(self, called: str) -> Access:
        """The access list with the person's own link in it (made on first use)."""
        access = self.load()
        changed = not (self.folder / ACCESS_FILE).exists()
        if not access.folder:  # kept from before sites had neutral folder names
            access, changed = replace(access, folder=new_folder_id()), True
        if access.own is None:
            own = Recipient(f"{called} (own link)", new_key(), _today(), own=True)
            access = replace(access, recipients=(own, *access.recipients))
            changed = True
        if changed:
            self.save(access)
        return access

    def add(self, name: str) -> tuple[Access, Recipient]:
        name = " ".join(name.split())
        if not name:
            raise KeysProblem(
                'give the name of the person the link is for, e.g. --name "Sue (daughter)"'
            )
        access = self.load()
        if access.find(name):
            raise KeysProblem(
                f"{name} already has a link (see `share list {self.slug}`); "
                f'to send it again use `share link {self.slug} --name "{name}"`'
            )
        recipient = Recipient(name, new_key(), _today())
        revoked = tuple(r for r in access.revoked if r.name.casefold() != name.casefold())
        access = replace(access, recipients=(*access.recipients, recipient), revoked=revoked)
        self.save(access)
        return access, recipient

    def revoke(self, name: str) -> Access:
        access = self.load()
        found = access.find(name)
        if found is None:
            known = ", ".join(r.name for r in access.recipients) or "nobody yet"
            raise KeysProblem(f"no link named '{name}' for {self.slug} (links: {known})")
        recipients = tuple(r for r in access.recipients if r is not found)
        access = replace(
            access, recipients=recipients, revoked=(*access.revoked, Revoked(found.name, _today()))
        )
        self.save(access)
        return access

    # build.json ----------------------------------------------------------------------------
    def save_build(self, build_id: str, content_key: bytes, site_dir: Path) -> None:
        data = {"build": build_id, "content_key": key_to_text(content_key), "site": str(site_dir)}
        ensure_private_dir(self.root)
        write_private(self.build_file, json.dumps(data, indent=2) + "\n")

    @property
    def build_file(self) -> Path:
        return self.root / BUILDS_DIR / f"{self.slug}.json"

    def load_build(self) -> tuple[str, bytes] | None:
        path = self.build_file
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return data["build"], key_from_text(data["content_key"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _check_permissions(self, path: Path) -> None:
        """Tighten a keys file someone made readable by others (copied, unzipped...)."""
        for item, mode in ((self.folder, DIR_MODE), (path, FILE_MODE)):
            if stat.S_IMODE(item.stat().st_mode) & 0o077:
                os.chmod(item, mode)


def misplaced(keys_dir: Path, places: dict[str, Path]) -> str | None:
    """Why ``keys_dir`` may not be used (it is inside a folder that is published or shared)."""
    keys = Path(keys_dir).resolve()
    for what, place in places.items():
        place = Path(place).resolve()
        if keys == place or keys.is_relative_to(place):
            return (
                f"the keys folder {keys_dir} is inside {what} ({place}); keys must live "
                "outside the plans and the output, e.g. keys/ next to plans/"
            )
        if place.is_relative_to(keys):
            return f"{what} ({place}) is inside the keys folder {keys_dir}; keep them apart"
    return None
