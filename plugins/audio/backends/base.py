"""What every speech backend offers the rest of the audio code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np


class AudioUnavailable(Exception):
    """Speech cannot be made right now (no network for gTTS): the pages build without audio."""


@dataclass(frozen=True)
class Speech:
    """One sentence, spoken: its samples and where its words start and end in them.

    ``start`` and ``end`` come from the synthesis itself (Piper's own phoneme durations), so a
    caption starts when the first word does, not when the signal crosses some threshold.
    """

    samples: np.ndarray  # mono int16
    rate: int
    start: int
    end: int
    length_scale: float = 1.0  # what the voice was asked for (Piper), for tests and the benchmark
    runs: tuple[tuple[int, int], ...] = ()  # the stretches between pauses, when the voice knows


class Voice(Protocol):
    """A loaded voice. ``identity`` lists everything that changes the sound, for the cache key."""

    label: str  # for staff: "Piper en_US-joe-medium"
    sample_rate: int
    parallel: int  # how many speak() calls may run at once
    sends_words_away: bool  # True only for online services (gTTS)

    def identity(self) -> dict[str, Any]: ...

    def speak(self, text: str) -> Speech:
        """One sentence as sound, at the person's pace."""
        ...


GATE = 0.02  # samples quieter than this (of full scale) are silence, when a backend has no timings


def words_span(samples: np.ndarray) -> tuple[int, int]:
    """Where the sound of the words is, for backends that do not say (espeak-ng, gTTS)."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > GATE * 32767)
    return (int(loud[0]), int(loud[-1]) + 1) if loud.size else (0, 0)
