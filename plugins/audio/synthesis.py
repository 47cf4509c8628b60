"""Speech for many sentences: from the cache when it is there, otherwise spoken in parallel.

Threads, not processes: ONNX Runtime and espeak-ng subprocesses release the GIL, threads
work inside the builder's own worker processes, and the voice model is loaded once.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .backends.base import Voice
from .cache import AudioCache, sentence_key
from .loudness import PREPARE_VERSION, Prepared, prepare
from .pace import TARGET_WPM, words

# The code that shapes a sentence's sound: any change to it is a new version of every sentence.
SOUND_CODE = ("pace.py", "loudness.py", "backends/piper_voice.py", "backends/espeak.py")


@cache
def code_version() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in SOUND_CODE:
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


Progress = Callable[[float, float], None]  # (seconds of speech made, seconds expected)


@dataclass
class SynthesisReport:
    """What one run did: how much was spoken and how long it took (build line, benchmark)."""

    made: list[str] = field(default_factory=list)  # sentences spoken this run
    reused: int = 0  # sentences found in the cache (spoken before, for anyone)
    speech_seconds: float = 0.0  # of newly made speech
    busy_seconds: float = 0.0  # wall-clock time spent making it

    @property
    def spoken(self) -> int:
        return len(self.made)

    @property
    def real_time_factor(self) -> float:
        return self.busy_seconds / self.speech_seconds if self.speech_seconds else 0.0


def speak_all(
    voice: Voice,
    texts: Iterable[str],
    cache: AudioCache,
    report: SynthesisReport,
    progress: Progress | None = None,
) -> dict[str, tuple[str, Prepared]]:
    """Every distinct sentence -> (its cache key, its prepared sound)."""
    identity = voice.identity() | {"prepare": PREPARE_VERSION, "code": code_version()}
    out: dict[str, tuple[str, Prepared]] = {}
    missing: list[tuple[str, str]] = []
    for text in dict.fromkeys(texts):
        key = sentence_key(identity, text)
        hit = cache.get_sentence(key)
        if hit is not None:
            out[text] = (key, hit)
            report.reused += 1
        else:
            missing.append((text, key))
    if not missing:
        return out
    expected = sum(words(t) for t, _ in missing) / TARGET_WPM * 60
    done = 0.0
    started = time.perf_counter()

    def make(item: tuple[str, str]) -> tuple[str, str, Prepared, bool]:
        text, key = item
        with cache.speaking(key):
            hit = cache.get_sentence(key)  # another worker may have just spoken it
            if hit is not None:
                return text, key, hit, False
            prepared = prepare(voice.speak(text))
            cache.put_sentence(key, prepared)
            return text, key, prepared, True

    pool = ThreadPoolExecutor(max_workers=voice.parallel)
    try:
        for text, key, prepared, spoken in pool.map(make, missing):
            out[text] = (key, prepared)
            if not spoken:
                report.reused += 1
                continue
            report.made.append(text)
            report.speech_seconds += prepared.seconds
            done += prepared.seconds
            if progress:
                progress(done, max(expected, done))
    finally:  # on a failure (no network for gTTS) nothing more is attempted
        pool.shutdown(wait=True, cancel_futures=True)
    report.busy_seconds += time.perf_counter() - started
    return out
