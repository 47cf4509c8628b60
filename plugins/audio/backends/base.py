"""What every speech backend offers the rest of the audio code."""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np


class AudioUnavailable(Exception):
    """Speech cannot be made right now (no network for gTTS): the pages build without audio."""


class Voice(Protocol):
    """A loaded voice. ``identity`` lists everything that changes the sound, for the cache key."""

    label: str  # for staff: "Piper en_US-joe-medium"
    sample_rate: int
    parallel: int  # how many synthesize() calls may run at once
    sends_words_away: bool  # True only for online services (gTTS)

    def identity(self) -> dict[str, Any]: ...

    def synthesize(self, text: str) -> np.ndarray:
        """Mono 16-bit samples of the words, at ``sample_rate``."""
        ...
