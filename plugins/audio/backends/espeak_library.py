"""espeak-ng as a library, from the PyPI package espeakng-loader: a voice for every language
Piper's bundled (US English) voice cannot speak, after `pip install` alone.

Why the library and not the `espeak-ng` program: the README's first command installs no Debian
package, and a Welsh, Polish, Punjabi or Urdu plan must still be heard. espeakng-loader ships
libespeak-ng and its data (cy, pl, pa, ur, gu, bn and more); this module drives it with ctypes:
one sentence at a time, synchronously, its samples collected by a callback. espeak-ng keeps one
voice for the whole process, so calls are serialised (GPL-3.0, like Piper: see README "Audio").
"""

from __future__ import annotations

import ctypes
import threading
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .base import AudioUnavailable, Speech, words_span

NATURAL_WPM = 150  # espeakRATE is words a minute: speech_rate 1.0 lands here
AUDIO_OUTPUT_SYNCHRONOUS = 2
POS_CHARACTER = 1
CHARS_UTF8 = 1
ESPEAK_RATE = 1
CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)
_LOCK = threading.Lock()


@cache
def _library() -> tuple[ctypes.CDLL, int, str] | None:
    """The loaded library, its sample rate and version; None when the package is missing."""
    try:
        import espeakng_loader
    except ImportError:
        return None
    library = ctypes.CDLL(espeakng_loader.get_library_path())
    library.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    data = Path(espeakng_loader.get_data_path())
    rate = library.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data.parent).encode(), 0)
    if rate <= 0:
        return None
    library.espeak_Info.restype = ctypes.c_char_p
    library.espeak_Info.argtypes = [ctypes.c_void_p]
    release = (library.espeak_Info(None) or b"").decode()
    library.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
    library.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint,
        ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    return library, rate, f"espeak-ng {release} (espeakng-loader)"


@cache
def library_voices() -> frozenset[str]:
    """The languages the bundled data can speak ("cy", "pl", "pa", "ur", "en-gb"...)."""
    try:
        import espeakng_loader
    except ImportError:
        return frozenset()
    data = Path(espeakng_loader.get_data_path())
    names = {p.name[: -len("_dict")] for p in data.glob("*_dict")}
    return frozenset(names | {"en-gb", "en-us"})


def available(voice: str) -> bool:
    return _library() is not None and voice.split("-")[0].lower() in library_voices()


class EspeakLibrarySpeech:
    """One espeak-ng voice, at the person's pace."""

    sends_words_away = False
    parallel = 1  # one voice per process in espeak-ng

    def __init__(self, voice: str, speech_rate: float) -> None:
        loaded = _library()
        if loaded is None or not available(voice):
            raise AudioUnavailable(f"espeak-ng has no voice for {voice!r} on this computer")
        self._library, self.sample_rate, self.version = loaded
        self.voice = voice
        self.wpm = max(80, round(NATURAL_WPM * speech_rate))
        self.label = f"espeak-ng {voice}"

    def identity(self) -> dict[str, Any]:
        return {"backend": "espeak-ng-library", "version": self.version, "voice": self.voice,
                "wpm": self.wpm}  # fmt: skip

    def speak(self, text: str) -> Speech:
        samples = self._synthesize(text)
        return Speech(samples, self.sample_rate, *words_span(samples))

    def _synthesize(self, text: str) -> np.ndarray:
        parts: list[np.ndarray] = []

        def collect(wav, count, events):  # noqa: ARG001 - espeak-ng's callback signature
            if count > 0 and wav:
                parts.append(np.ctypeslib.as_array(wav, shape=(count,)).copy())
            return 0

        callback = CALLBACK(collect)
        raw = text.encode("utf-8") + b"\0"
        with _LOCK:
            library = self._library
            library.espeak_SetSynthCallback(callback)
            if library.espeak_SetVoiceByName(self.voice.encode()) != 0:
                raise AudioUnavailable(f"espeak-ng could not load the voice {self.voice!r}")
            library.espeak_SetParameter(ESPEAK_RATE, self.wpm, 0)
            error = library.espeak_Synth(raw, len(raw), 0, POS_CHARACTER, 0, CHARS_UTF8, None, None)
            library.espeak_Synchronize()
        if error != 0:
            raise AudioUnavailable(f"espeak-ng could not speak (error {error})")
        return np.concatenate(parts).astype(np.int16) if parts else np.zeros(0, np.int16)
