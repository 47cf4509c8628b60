"""What a person's site was built from, so an unchanged person is not built again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from pathlib import Path

from ..plan.model import Plan
from .config import BASE_CONFIG, PROJECT_ROOT
from .options import BuildOptions

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

    for dist in ("planbook", "mkdocs", "mkdocs-material", "weasyprint"):
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
    """
    digest = hashlib.sha256((tool or tool_fingerprint()).encode())
    _hash_files(plan.folder, [plan.folder / f for f in plan.source_files], digest)
    keys = options.keys_dir / plan.slug
    if keys.is_dir():
        _hash_files(keys, _tree(keys), digest)
    settings = {k: str(v) for k, v in asdict(options).items() if k not in {"debug", "out_dir", "cache_dir"}}
    digest.update(json.dumps(settings, sort_keys=True).encode())
    return digest.hexdigest()


def state_file(out_dir: Path, slug: str) -> Path:
    return out_dir / STATE_DIR / f"{slug}.json"


def is_unchanged(out_dir: Path, slug: str, fingerprint: str) -> bool:
    """True when the last good build came from exactly these inputs and is still in place."""
    try:
        state = json.loads(state_file(out_dir, slug).read_text())
    except (OSError, ValueError):
        return False
    return state.get("fingerprint") == fingerprint and (out_dir / slug / "index.html").is_file()


def remember(out_dir: Path, slug: str, fingerprint: str, formats: dict[str, bool] | None = None) -> None:
    """Note what the last good build came from and what it made (read by `audit`)."""
    path = state_file(out_dir, slug)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"fingerprint": fingerprint, "formats": formats or {}}))


def forget(out_dir: Path, slug: str) -> None:
    state_file(out_dir, slug).unlink(missing_ok=True)
