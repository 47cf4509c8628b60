"""Writing a file whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes | str, mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` so that no reader ever sees half of it.

    Why: several people are built at once and a build can be stopped at any moment; a reader
    (another worker, a browser, the next build) must find the old file or the new one, never a
    mix. The data goes to a uniquely named file beside ``path`` (same file system) and is renamed
    over it in one step. ``mode`` (e.g. 0o600 for keys) is set before any byte is written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
