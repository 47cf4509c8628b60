"""Where a build keeps its working files: never in the output folder.

The output folder is what gets published: it holds the sites and a robots.txt, nothing else, at
any moment of a build. Everything else lives elsewhere:

- **state** (what each site was built from, the file-hash cache, the lock): a private (0700)
  folder of the user's, one per output folder, because it lists the plan's files;
- **plaintext** (the pages, sounds and booklet before they are sealed): a private (0700)
  temporary folder inside the state folder, removed when the person is built; a build that was
  killed leaves it there, owner-only, and the next build removes it;
- **staging** (a finished site waiting to be swapped in): a private folder beside the output
  folder, on the same filesystem so the swap is one atomic rename, and holding only what is
  about to be published (sealed files, for an encrypted site).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import platformdirs

PRIVATE = 0o700


def private_dir(path: Path) -> Path:
    """Make ``path`` (and its parents) and keep it readable by its owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE)
    os.chmod(path, PRIVATE)
    return path


def default_state_root() -> Path:
    """The user's state folder (PLANBOOK_STATE overrides it, e.g. for a CI cache)."""
    override = os.environ.get("PLANBOOK_STATE")
    return Path(override) if override else Path(platformdirs.user_state_dir("planbook"))


def state_dir(out_dir: Path, root: Path | None = None) -> Path:
    """The private state folder of one output folder (a hash of its absolute path)."""
    out = out_dir.absolute()
    tag = hashlib.sha256(os.fsencode(out)).hexdigest()[:16]
    return private_dir((root or default_state_root()) / "outputs" / f"{out.name}-{tag}")


def lock_file(state: Path) -> Path:
    return state / "build.lock"


def private_temp(state: Path, slug: str) -> Path:
    """A fresh owner-only folder for one person's plaintext build."""
    return Path(tempfile.mkdtemp(prefix=f"{slug}-", dir=private_dir(state / "tmp")))


def staging_dir(out_dir: Path) -> Path:
    """The private folder beside the output folder where finished sites wait to be swapped in."""
    out = out_dir.absolute()
    return private_dir(out.parent / f".{out.name}.planbook-staging")


def clear_private_temp(state: Path) -> None:
    """Plaintext left by a build that was stopped (hold the lock: no build is using it)."""
    shutil.rmtree(state / "tmp", ignore_errors=True)
