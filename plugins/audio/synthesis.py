"""Speech for many texts: from the cache when it is there, otherwise made in parallel.

Threads, not processes: ONNX Runtime and espeak-ng subprocesses release the GIL, threads
work inside the builder's own worker processes, and the voice model is loaded once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from .backends.base import Voice
from .cache import AudioCache, speech_key
from .rate import TARGET_WPM, words

Progress = Callable[[float, float], None]  # (seconds of speech made, seconds expected)


@dataclass
class SynthesisReport:
    """What one run did: how much was made and how long it took (for the benchmark and tests)."""

    made: list[str] = field(default_factory=list)  # texts synthesised this run
    reused: int = 0
    speech_seconds: float = 0.0  # of newly made speech
    busy_seconds: float = 0.0  # wall-clock time spent making it

    @property
    def real_time_factor(self) -> float:
        return self.busy_seconds / self.speech_seconds if self.speech_seconds else 0.0


def speak_all(
    voice: Voice,
    texts: Iterable[str],
    cache: AudioCache,
    report: SynthesisReport,
    progress: Progress | None = None,
) -> dict[str, tuple[str, np.ndarray]]:
    """Every distinct text -> (its cache key, its samples at voice.sample_rate)."""
    identity = voice.identity()
    out: dict[str, tuple[str, np.ndarray]] = {}
    missing: list[tuple[str, str]] = []
    for text in dict.fromkeys(texts):
        key = speech_key(identity, text)
        hit = cache.get_speech(key)
        if hit is not None and hit[0] == voice.sample_rate:
            out[text] = (key, hit[1])
            report.reused += 1
        else:
            missing.append((text, key))
    if not missing:
        return out
    expected = sum(words(t) for t, _ in missing) / TARGET_WPM * 60
    done = 0.0
    started = time.perf_counter()

    def make(item: tuple[str, str]) -> tuple[str, str, np.ndarray]:
        text, key = item
        samples = voice.synthesize(text)
        cache.put_speech(key, voice.sample_rate, samples)
        return text, key, samples

    pool = ThreadPoolExecutor(max_workers=voice.parallel)
    try:
        for text, key, samples in pool.map(make, missing):
            out[text] = (key, samples)
            report.made.append(text)
            seconds = len(samples) / voice.sample_rate
            report.speech_seconds += seconds
            done += seconds
            if progress:
                progress(done, max(expected, done))
    finally:  # on a failure (no network for gTTS) nothing more is attempted
        pool.shutdown(wait=True, cancel_futures=True)
    report.busy_seconds += time.perf_counter() - started
    return out
