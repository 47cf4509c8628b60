"""Each sentence made ready to join: cut to its words, evened to one loudness, at 24 kHz.

Loudness is measured on the words alone (pauses never count): ITU-R BS.1770 integrated
loudness (pyloudnorm) when the words last long enough for its 0.4 s blocks, otherwise the RMS
of the voiced 20 ms frames, as a listener's ear would hear "Yes." Every sentence is brought to
TARGET (within a tenth of a dB), its peaks held under -1 dBFS by a look-ahead limiter.

24 kHz: lameenc, fed Piper's 22,050 Hz, low-passes at about 10 kHz whatever the bit rate; at
24 kHz and 64 kbit/s it keeps speech flat to 11 kHz, where consonants live.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from math import gcd

import numpy as np

from .backends.base import Speech

OUT_RATE = 24000
TARGET = -20.0  # LUFS (or dBFS RMS of voiced frames for a sentence under MIN_BS1770_S)
# The MP3 encoder's low-pass takes about 0.4 dB of (K-weighted) loudness off the top of the
# band: made up before encoding, so the MP3 a listener hears is at TARGET.
ENCODER_LOSS_DB = 0.4
MIN_BS1770_S = 0.4  # BS.1770's gating block: shorter words are measured by voiced RMS
CEILING = 10 ** (-1 / 20)  # peaks never above -1 dBFS
LEAD_S, TAIL_S = 0.03, 0.06  # kept before the first and after the last word: breath, decay
FADE_S = 0.005
LIMIT_WINDOW_S = 0.005
PREPARE_VERSION = {
    "target": TARGET,
    "loss": ENCODER_LOSS_DB,
    "rate": OUT_RATE,
    "lead": LEAD_S,
    "tail": TAIL_S,
    "v": 2,
}


@dataclass(frozen=True)
class Prepared:
    """A sentence ready to join: int16 at OUT_RATE, and where its words are."""

    samples: np.ndarray
    start: int
    end: int
    runs: tuple[tuple[int, int], ...] = ()  # stretches between pauses (see Speech.runs)

    @property
    def seconds(self) -> float:
        return len(self.samples) / OUT_RATE


@cache
def _meter(rate: int):
    import pyloudnorm

    return pyloudnorm.Meter(rate)


def voiced_rms_db(x: np.ndarray, rate: int) -> float:
    """dBFS RMS over the 20 ms frames within 30 dB of the loudest (the voiced ones)."""
    frame = max(1, rate // 50)
    n = len(x) // frame
    if n == 0:
        return float(10 * np.log10(np.mean(x**2) + 1e-12)) if len(x) else -120.0
    energy = np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1)
    active = energy[energy > max(energy.max() * 1e-3, 1e-12)]
    return float(10 * np.log10(np.mean(active))) if active.size else -120.0


def loudness(x: np.ndarray, rate: int) -> float:
    """The loudness of words (float samples): LUFS, or voiced RMS for very short ones."""
    if len(x) >= MIN_BS1770_S * rate:
        value = _meter(rate).integrated_loudness(x)
        if np.isfinite(value):
            return float(value)
    return voiced_rms_db(x, rate)


def limit(x: np.ndarray, rate: int) -> np.ndarray:
    """Look-ahead peak limiter: the gain dips smoothly around any peak above CEILING."""
    peak = np.abs(x)
    if peak.max(initial=0.0) <= CEILING:
        return x
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    width = max(3, int(LIMIT_WINDOW_S * rate) | 1)
    need = np.minimum(1.0, CEILING / np.maximum(peak, 1e-9))
    gain = uniform_filter1d(minimum_filter1d(need, 2 * width + 1), width)
    return np.clip(x * gain, -CEILING, CEILING)


def resample(x: np.ndarray, rate: int) -> np.ndarray:
    if rate == OUT_RATE:
        return x
    from scipy.signal import resample_poly

    g = gcd(OUT_RATE, rate)
    return resample_poly(x, OUT_RATE // g, rate // g)


def prepare(speech: Speech) -> Prepared:
    """Cut to the words (with LEAD and TAIL), 24 kHz, one loudness, no peak over -1 dBFS."""
    rate = speech.rate
    a = max(0, speech.start - int(LEAD_S * rate))
    b = min(len(speech.samples), speech.end + int(TAIL_S * rate))
    x = resample(speech.samples[a:b].astype(np.float64) / 32768.0, rate)

    def moved(at: int) -> int:
        return min(len(x), max(0, round((at - a) * OUT_RATE / rate)))

    start, end = moved(speech.start), moved(speech.end)
    runs = tuple((moved(r0), moved(r1)) for r0, r1 in speech.runs)
    if end <= start or not np.any(x):
        return Prepared(np.zeros(len(x), np.int16), start, max(start, end), runs)
    fade = min(int(FADE_S * OUT_RATE), len(x) // 4)
    if fade:
        ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, fade))
        x[:fade] *= ramp
        x[-fade:] *= ramp[::-1]
    gain = 1.0
    for _ in range(3):  # the limiter takes a little off: measure again and make it up
        y = limit(x * gain, OUT_RATE)
        off = TARGET + ENCODER_LOSS_DB - loudness(y[start:end], OUT_RATE)
        if abs(off) < 0.05:
            break
        gain *= 10 ** (off / 20)
    samples = np.clip(np.round(y * 32767), -32767, 32767).astype(np.int16)
    return Prepared(samples, start, end, runs)
