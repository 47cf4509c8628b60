"""Put a finished site in place in one step, so a half-built site is never what people open."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import uuid
from pathlib import Path

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def _libc_renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        return libc.renameat2
    except (OSError, AttributeError):
        return None


_renameat2 = _libc_renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Atomically swap two folders (Linux renameat2). False where the system cannot."""
    if _renameat2 is None:
        return False
    result = _renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def stage(site: Path, staging: Path, name: str) -> Path:
    """Move a finished site into the staging folder beside the output (copied when the private
    build folder is on another filesystem); it is then one rename away from being published."""
    staged = staging / f"{name}-{uuid.uuid4().hex[:8]}"
    shutil.move(site, staged)
    os.chmod(staged, 0o755)  # published: readable by the web server once it is swapped in
    return staged


def swap_into_place(new: Path, dest: Path, staging: Path) -> None:
    """Replace `dest` with the whole folder `new`; the old site is removed only afterwards.

    `new` must be in `staging`, on the same filesystem as `dest`: the old site goes there too,
    never into the output folder, so the output holds only whole sites at every moment.
    """
    if not dest.exists():
        os.rename(new, dest)
        return
    if exchange(new, dest):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the previous site
        return
    old = staging / f"old-{dest.name}"
    shutil.rmtree(old, ignore_errors=True)
    os.rename(dest, old)
    os.rename(new, dest)
    shutil.rmtree(old, ignore_errors=True)


def recover(out_dir: Path, staging: Path) -> None:
    """After a build was killed: restore a site caught between the two renames, drop scraps."""
    if not staging.is_dir():
        return
    for leftover in staging.glob("old-*"):
        dest = out_dir / leftover.name[len("old-") :]
        if not dest.exists():
            os.rename(leftover, dest)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for scrap in staging.iterdir():
        if scrap.is_dir() and not scrap.is_symlink():
            shutil.rmtree(scrap, ignore_errors=True)
        else:
            scrap.unlink(missing_ok=True)
