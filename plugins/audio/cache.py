"""Sound made once: spoken sentences and encoded MP3s, kept in the user's cache folder.

A sentence's key hashes everything that changes its sound: the voice (backend and version,
model and config hashes, the person's rate, the pace rules, the noise settings), how it is made
ready (loudness target, sample rate, cuts) and the words given to the voice. People share the
cache, so a sentence two people's plans both hold is spoken once. The folder is
BuildOptions.cache_dir (owner-only), never inside a plan folder.

Several people are built at once in worker processes: a sentence is spoken under a lock (one of
4096 lock files, chosen by its key), and the cache is looked at again once the lock is held, so
two workers never speak the same sentence.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from .loudness import Prepared

FORMAT = 2  # bump when the stored layout changes


def key_of(data: Any) -> str:
    return hashlib.sha256(
        json.dumps([FORMAT, data], sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()


def sentence_key(identity: dict[str, Any], text: str) -> str:
    return key_of({"voice": identity, "text": text})


def _write_atomic(path: Path, data: bytes) -> None:
    """Several people may be built at once: a half-written file must never be read.

    Owner-only (0600): the sound is the plan, spoken."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, path)


def private_cache(folder: Path) -> Path:
    """The cache folder, made owner-only (0700): every plan is in it as sound."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder


class AudioCache:
    def __init__(self, folder: Path) -> None:
        self.root = private_cache(folder)
        self.folder = self.root / "audio"

    def _path(self, kind: str, key: str, suffix: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}{suffix}"

    def get_sentence(self, key: str) -> Prepared | None:
        try:
            with np.load(self._path("sentences", key, ".npz")) as stored:
                start, end = (int(v) for v in stored["span"])
                runs = tuple((int(a), int(b)) for a, b in stored["runs"].reshape(-1, 2))
                return Prepared(stored["samples"].astype(np.int16), start, end, runs)
        except (OSError, ValueError, KeyError, EOFError):
            return None

    def put_sentence(self, key: str, prepared: Prepared) -> None:
        buffer = io.BytesIO()
        np.savez(
            buffer,
            samples=prepared.samples,
            span=np.array([prepared.start, prepared.end]),
            runs=np.array(prepared.runs, dtype=np.int64).reshape(-1, 2),
        )
        _write_atomic(self._path("sentences", key, ".npz"), buffer.getvalue())

    @contextmanager
    def speaking(self, key: str) -> Iterator[None]:
        """Held while one sentence is spoken, across threads and worker processes."""
        locks = self.folder / "locks"
        locks.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(locks / f"{key[:3]}.lock", os.O_WRONLY | os.O_CREAT, 0o600)
        with os.fdopen(fd, "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def get_mp3(self, key: str) -> bytes | None:
        try:
            return self._path("mp3", key, ".mp3").read_bytes()
        except OSError:
            return None

    def put_mp3(self, key: str, data: bytes) -> None:
        _write_atomic(self._path("mp3", key, ".mp3"), data)
