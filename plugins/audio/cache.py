"""Sound made once: speech and encoded MP3s kept in the user's cache folder.

A speech key hashes everything that changes the sound (backend and version, voice model hash,
speaker, rate and other settings, and the normalised words), so a changed setting can never
reuse stale sound. The folder is BuildOptions.cache_dir, never inside a plan folder.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import wave
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = 1  # bump when the stored layout changes


def key_of(data: Any) -> str:
    return hashlib.sha256(
        json.dumps([FORMAT, data], sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()


def speech_key(voice_identity: dict[str, Any], text: str) -> str:
    return key_of({"voice": voice_identity, "text": text})


def _write_atomic(path: Path, data: bytes) -> None:
    """Several people may be built at once: a half-written file must never be read.

    Owner-only (0600): the sound is the plan, spoken."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
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
        self.folder = private_cache(folder) / "audio"

    def _path(self, kind: str, key: str, suffix: str) -> Path:
        return self.folder / kind / key[:2] / f"{key}{suffix}"

    def get_speech(self, key: str) -> tuple[int, np.ndarray] | None:
        try:
            with wave.open(str(self._path("speech", key, ".wav")), "rb") as wav:
                return wav.getframerate(), np.frombuffer(
                    wav.readframes(wav.getnframes()), dtype=np.int16
                )
        except (OSError, EOFError, wave.Error):
            return None

    def put_speech(self, key: str, rate: int, samples: np.ndarray) -> None:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(rate)
            wav.writeframes(samples.astype(np.int16).tobytes())
        _write_atomic(self._path("speech", key, ".wav"), buffer.getvalue())

    def get_mp3(self, key: str) -> bytes | None:
        try:
            return self._path("mp3", key, ".mp3").read_bytes()
        except OSError:
            return None

    def put_mp3(self, key: str, data: bytes) -> None:
        _write_atomic(self._path("mp3", key, ".mp3"), data)
