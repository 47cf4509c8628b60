"""Paths as staff typed them."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path | str) -> str:
    """``plans/peggy/person.yml``: the path relative to the current folder, as staff type it.

    The same in every message (check, build, share, audit), so staff can copy it into their
    editor and check and build name a mistake identically. Never resolves symbolic links: a
    link leading out is shown where it is, not where it points.
    """
    try:
        return Path(os.path.relpath(Path(path).absolute())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).absolute().as_posix()
