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


def swap_into_place(new: Path, dest: Path) -> None:
    """Replace `dest` with the whole folder `new`; the old site is removed only afterwards."""
    if not dest.exists():
        os.rename(new, dest)
        return
    if exchange(new, dest):
        shutil.rmtree(new, ignore_errors=True)  # `new` now holds the previous site
        return
    old = dest.with_name(f".old-{dest.name}-{uuid.uuid4().hex[:8]}")
    os.rename(dest, old)
    os.rename(new, dest)
    shutil.rmtree(old, ignore_errors=True)


def recover(out_dir: Path) -> None:
    """After a build was killed: restore a site caught between the two renames, drop scraps."""
    if not out_dir.is_dir():
        return
    for leftover in out_dir.glob(".old-*"):
        slug = leftover.name[len(".old-") : -9]
        dest = out_dir / slug
        if slug and not dest.exists():
            os.rename(leftover, dest)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for scrap in out_dir.glob(".building-*"):
        shutil.rmtree(scrap, ignore_errors=True)
