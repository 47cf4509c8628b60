"""espeak-ng (the Debian package): a second offline voice, robotic but clear and very light."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from functools import cache
from typing import Any

import numpy as np

from .base import AudioUnavailable, Speech, words_span

NATURAL_WPM = 160  # espeak-ng's -s is words per minute: speech_rate 1.0 lands here


@cache
def espeak_version() -> str | None:
    exe = shutil.which("espeak-ng")
    if not exe:
        return None
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False).stdout
    return out.strip()


@cache
def espeak_voices() -> frozenset[str]:
    """Voice names espeak-ng knows (en-gb, en-us, cy, ...)."""
    if not espeak_version():
        return frozenset()
    out = subprocess.run(
        ["espeak-ng", "--voices"], capture_output=True, text=True, check=False
    ).stdout
    names = set()
    for line in out.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 4:
            names.add(fields[1].lower())  # the language column, which -v accepts
    return frozenset(names)


class EspeakSpeech:
    sends_words_away = False
    sample_rate = 22050

    def __init__(self, voice: str, speech_rate: float, parallel: int = 1) -> None:
        if not espeak_version():
            raise AudioUnavailable("espeak-ng is not installed (Debian: apt-get install espeak-ng)")
        self.voice = voice
        self.wpm = max(80, round(NATURAL_WPM * speech_rate))
        self.parallel = max(1, parallel)
        self.label = f"espeak-ng {voice}"

    def identity(self) -> dict[str, Any]:
        return {
            "backend": "espeak-ng",
            "version": espeak_version(),
            "voice": self.voice,
            "wpm": self.wpm,
        }

    def speak(self, text: str) -> Speech:
        samples = self._synthesize(text)
        return Speech(samples, self.sample_rate, *words_span(samples))

    def _synthesize(self, text: str) -> np.ndarray:
        result = subprocess.run(
            ["espeak-ng", "-v", self.voice, "-s", str(self.wpm), "--stdout"],
            input=text.encode("utf-8"),
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            raise AudioUnavailable(
                f"espeak-ng failed: {result.stderr.decode(errors='replace').strip()}"
            )
        with wave.open(io.BytesIO(result.stdout)) as wav:
            self.sample_rate = wav.getframerate()
            return np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16).copy()
