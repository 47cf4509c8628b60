"""What a person's site was built from, so an unchanged person is not built again."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from functools import cache
from pathlib import Path

from ..plan.build import BuildOptions
from ..plan.model import Plan
from .config import BASE_CONFIG, PROJECT_ROOT

STATE_DIR = ".planbook-state"


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
    """planbook itself: base config, theme, plugin code and data (the symbol set, voices' settings)."""
    digest = hashlib.sha256()
    import importlib.metadata

    for dist in ("planbook", "mkdocs", "Markdown", "weasyprint"):
        try:
            digest.update(f"{dist}={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            pass
    _hash_files(PROJECT_ROOT, [base], digest)
    for folder in (PROJECT_ROOT / "theme", PROJECT_ROOT / "plugins"):
        _hash_files(PROJECT_ROOT, _tree(folder), digest)
    return digest.hexdigest()


def person_fingerprint(plan: Plan, options: BuildOptions, tool: str | None = None) -> str:
    """The person's own files, their keys (a revoked link needs a rebuild) and the build options.

    `tool` is the run's tool fingerprint, computed once by the runner so every worker agrees on it.
    The plan's files are hashed through a cache (see file_hashes), so photos are not read again.
    """
    digest = hashlib.sha256((tool or tool_fingerprint()).encode())
    with file_hashes(options.out_dir.absolute(), plan.slug) as hash_of:
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
        k: str(v) for k, v in asdict(options).items() if k not in {"debug", "out_dir", "cache_dir"}
    }
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()


RACY_NS = 3_000_000_000  # a file changed this recently may change again within the same tick


@contextmanager
def file_hashes(out_dir: Path, slug: str) -> Iterator[Callable[[Path], str]]:
    """sha256 of files, remembered by size, modification time and inode between runs.

    Why: an unchanged run must not read every photo of hundreds of people again. As in git, a file
    whose size, time and inode are as they were is taken as unchanged; one changed in the last few
    seconds is not remembered, in case it changes again within the clock's resolution.
    """
    path = out_dir / STATE_DIR / "files" / f"{slug}.json"
    try:
        known: dict[str, list] = json.loads(path.read_text())
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
    if table != known:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temp = path.with_name(f"{path.name}.{os.getpid()}")
            temp.write_text(json.dumps(table))
            os.replace(temp, path)
        except OSError:
            pass  # only a cache: the next run hashes the files again


def state_file(out_dir: Path, slug: str) -> Path:
    return out_dir / STATE_DIR / f"{slug}.json"


def is_unchanged(out_dir: Path, slug: str, fingerprint: str) -> bool:
    """True when the last good build came from exactly these inputs and is still in place."""
    try:
        state = json.loads(state_file(out_dir, slug).read_text())
    except (OSError, ValueError):
        return False
    return state.get("fingerprint") == fingerprint and (out_dir / slug / "index.html").is_file()


def remember(
    out_dir: Path, slug: str, fingerprint: str, formats: dict[str, bool] | None = None
) -> None:
    """Note what the last good build came from and what it made (read by `audit`)."""
    path = state_file(out_dir, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"fingerprint": fingerprint, "formats": formats or {}}))


def forget(out_dir: Path, slug: str) -> None:
    state_file(out_dir, slug).unlink(missing_ok=True)
