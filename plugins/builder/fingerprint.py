"""What a person's site was built from, so an unchanged person is not built again."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict
from functools import cache
from pathlib import Path

from ..plan.build import BuildOptions
from ..plan.model import Plan
from .config import BASE_CONFIG, PROJECT_ROOT
from .places import private_dir


def _hash_files(root: Path, files: list[Path], digest: hashlib._Hash) -> None:
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")


def _tree(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


@cache
def tool_fingerprint(base: Path = BASE_CONFIG) -> str:
    """planbook itself: base config, theme, plugin code and data (the symbol set, voices')."""
    digest = hashlib.sha256()
    import importlib.metadata

    for dist in ("planbook", "mkdocs", "Markdown", "weasyprint"):
        with suppress(importlib.metadata.PackageNotFoundError):
            digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
    _hash_files(PROJECT_ROOT, [base], digest)
    for folder in (PROJECT_ROOT / "theme", PROJECT_ROOT / "plugins"):
        _hash_files(PROJECT_ROOT, _tree(folder), digest)
    return digest.hexdigest()


def person_fingerprint(
    plan: Plan, options: BuildOptions, tool: str | None = None, state: Path | None = None
) -> str:
    """The person's own files, their keys (a revoked link needs a rebuild) and the build options.

    `tool` is the run's tool fingerprint, computed once by the runner so every worker agrees on it.
    The plan's files are hashed through a cache in the private `state` folder (see file_hashes),
    so photos are not read again. The keys must exist before this is called (the build makes
    the person's own link first), or the first build would change what the second one sees.
    """
    digest = hashlib.sha256((tool or tool_fingerprint()).encode())
    with file_hashes(state, plan.slug) as hash_of:
        for name in plan.source_files:
            digest.update(f"{name}\0{hash_of(plan.folder / name)}\0".encode())
    voice = plan.person.voice
    if voice.startswith("piper:"):  # a provider's own voice lives outside the plan folder
        model = Path(voice.split(":", 1)[1]).expanduser()
        stat = model.stat() if model.is_file() else None
        digest.update(f"{model}:{stat and (stat.st_size, stat.st_mtime_ns)}".encode())
    keys = options.keys_dir / plan.slug
    if keys.is_dir():
        _hash_files(keys, _tree(keys), digest)
    settings = {
        k: str(v)
        for k, v in asdict(options).items()
        if k not in {"debug", "out_dir", "cache_dir", "state_dir"}
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()


RACY_NS = 3_000_000_000  # a file changed this recently may change again within the same tick


@contextmanager
def file_hashes(state: Path | None, slug: str) -> Iterator[Callable[[Path], str]]:
    """sha256 of files, remembered by size, modification time and inode between runs.

    Why: an unchanged run must not read every photo of hundreds of people again. As in git, a file
    whose size, time and inode are as they were is taken as unchanged; one changed in the last few
    seconds is not remembered, in case it changes again within the clock's resolution. The table
    lists the plan's file names, so it lives in the private state folder (None: not kept).
    """
    path = state / "files" / f"{slug}.json" if state else None
    try:
        known: dict[str, list] = json.loads(path.read_text()) if path else {}
    except (OSError, ValueError):
        known = {}
    table: dict[str, list] = {}

    def hash_of(file: Path) -> str:
        stat = file.stat()
        key = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        entry = known.get(str(file))
        if isinstance(entry, list) and entry[:3] == key:
            sha = entry[3]
        else:
            sha = hashlib.sha256(file.read_bytes()).hexdigest()
        if time.time_ns() - stat.st_mtime_ns > RACY_NS:
            table[str(file)] = [*key, sha]
        return sha

    yield hash_of
    if path and table != known:
        with suppress(OSError):  # only a cache: the next run hashes the files again
            write_private_text(path, json.dumps(table))


def write_private_text(path: Path, text: str) -> None:
    """Write a state file in one step, readable by its owner only."""
    private_dir(path.parent)
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temp, path)


def state_file(state: Path, slug: str) -> Path:
    return state / "people" / f"{slug}.json"


def site_marker(site: Path) -> str | None:
    """What identifies the site now published in ``site``: its build id when encrypted, else a
    hash of its home page. A site replaced, rolled back or deleted since the build no longer
    matches, so it is built again, never reported "unchanged"."""
    from ..privacy.seal import read_site_file

    try:
        home = hashlib.sha256((site / "index.html").read_bytes()).hexdigest()
    except OSError:
        return None
    data = read_site_file(site)
    return f"home:{home} build:{data.get('build') if data else None}"


def read_state(state: Path, slug: str) -> dict:
    try:
        data = json.loads(state_file(state, slug).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_unchanged(state: Path, out_dir: Path, slug: str, fingerprint: str) -> bool:
    """True when the last good build came from exactly these inputs and is still in place."""
    data = read_state(state, slug)
    folder = data.get("folder")
    if data.get("fingerprint") != fingerprint or not isinstance(folder, str) or not folder:
        return False
    marker = site_marker(out_dir / folder)
    return marker is not None and marker == data.get("marker")


def remember(
    state: Path,
    out_dir: Path,
    slug: str,
    fingerprint: str,
    folder: str,
    formats: dict[str, bool] | None = None,
) -> None:
    """Note what the last good build came from, where it is and what it made (read by `audit`)."""
    data = {
        "fingerprint": fingerprint,
        "folder": folder,
        "marker": site_marker(out_dir / folder),
        "formats": formats or {},
    }
    write_private_text(state_file(state, slug), json.dumps(data))


def forget(state: Path, slug: str) -> None:
    state_file(state, slug).unlink(missing_ok=True)
