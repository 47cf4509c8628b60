"""gTTS: Google Translate's voice. Online and opt-in only: it sends the plan's words to Google."""

from __future__ import annotations

import io
from importlib.metadata import version
from typing import Any

import numpy as np

from .base import AudioUnavailable, Speech, words_span

SAMPLE_RATE = 24000  # what Google returns; decoded with miniaudio, no ffmpeg needed
SLOW_BELOW = 0.85  # gTTS has only normal and slow: speech_rate under this asks for slow
TIMEOUT_S = 15  # a dead network gives a clear warning soon, not a hung build


class GttsSpeech:
    sends_words_away = True
    sample_rate = SAMPLE_RATE
    parallel = 2  # be gentle with the service

    def __init__(self, lang: str, speech_rate: float, tld: str = "co.uk") -> None:
        self.lang, self.tld = lang, tld
        self.slow = speech_rate < SLOW_BELOW
        self.label = f"gTTS {lang} ({tld})"

    def identity(self) -> dict[str, Any]:
        return {
            "backend": "gtts",
            "version": version("gTTS"),
            "lang": self.lang,
            "tld": self.tld,
            "slow": self.slow,
        }

    def speak(self, text: str) -> Speech:
        samples = self._synthesize(text)
        return Speech(samples, self.sample_rate, *words_span(samples))

    def _synthesize(self, text: str) -> np.ndarray:
        import miniaudio
        from gtts import gTTS, gTTSError

        buffer = io.BytesIO()
        try:
            gTTS(text, lang=self.lang, tld=self.tld, slow=self.slow, timeout=TIMEOUT_S).write_to_fp(
                buffer
            )
        except (gTTSError, OSError) as error:
            raise AudioUnavailable(f"could not reach Google for gTTS ({error})") from error
        decoded = miniaudio.decode(
            buffer.getvalue(),
            output_format=miniaudio.SampleFormat.SIGNED16,
            nchannels=1,
            sample_rate=SAMPLE_RATE,
        )
        return np.frombuffer(decoded.samples.tobytes(), dtype=np.int16).copy()
