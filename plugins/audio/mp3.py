"""Speech to MP3 without ffmpeg: lameenc, mono, with loudness evened out between parts.

lameenc gives the same bytes for the same samples, so an unchanged rebuild leaves every MP3
byte-identical (tests/test_audio_mp3.py checks it).
"""

from __future__ import annotations

from importlib.metadata import version

import lameenc
import numpy as np

BIT_RATE = 48  # kbit/s, mono speech: clear, and a 20-minute plan is about 7 MB for a phone
QUALITY = 2  # lame's -q: 2 is near-best
TARGET_RMS_DBFS = -20.0  # every spoken block is brought to the same loudness...
PEAK_LIMIT = 0.89  # ...without any peak going over -1 dBFS
GATE = 0.02  # samples quieter than this (of full scale) are pauses, not speech, when measuring
EDGE_MS = 40  # silence kept at each end of a trimmed block


def encoder_identity() -> dict[str, object]:
    """Everything that changes the encoded bytes, for the MP3 cache key."""
    return {
        "lameenc": version("lameenc"),
        "kbps": BIT_RATE,
        "q": QUALITY,
        "rms": TARGET_RMS_DBFS,
        "loudness": "20ms-frames-30dB",
        "edge": EDGE_MS,
    }


def trim(samples: np.ndarray, rate: int) -> np.ndarray:
    """Drop the voice's own leading and trailing silence so our pauses are the only ones."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > GATE * 32767)
    if loud.size == 0:
        return samples[:0]
    edge = rate * EDGE_MS // 1000
    return samples[max(0, loud[0] - edge) : loud[-1] + edge + 1]


def speech_rms(x: np.ndarray, rate: int) -> float:
    """RMS over 20 ms frames that hold speech (within 30 dB of the loudest): pauses do not count."""
    frame = max(1, rate // 50)
    n = len(x) // frame
    if n == 0:
        return float(np.sqrt(np.mean(x**2))) if len(x) else 0.0
    energy = np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1)
    active = energy[energy > max(energy.max() * 1e-3, 1e-9)]
    return float(np.sqrt(np.mean(active))) if active.size else 0.0


def even_loudness(samples: np.ndarray, rate: int = 22050) -> np.ndarray:
    """Bring speech to TARGET_RMS_DBFS (measured on speech, not pauses), peaks limited."""
    x = samples.astype(np.float64) / 32768.0
    rms = speech_rms(x, rate)
    if rms == 0.0:
        return samples
    gain = min(10 ** (TARGET_RMS_DBFS / 20) / rms, PEAK_LIMIT / float(np.max(np.abs(x))))
    return np.clip(np.round(x * gain * 32768.0), -32768, 32767).astype(np.int16)


def silence(ms: int, rate: int) -> np.ndarray:
    return np.zeros(rate * ms // 1000, dtype=np.int16)


def encode(samples: np.ndarray, rate: int) -> bytes:
    """Mono MP3 at BIT_RATE, constant bit rate (so players show the right duration at once)."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(QUALITY)
    return bytes(encoder.encode(samples.astype(np.int16).tobytes()) + encoder.flush())


def mp3_duration(data: bytes) -> float:
    """Seconds of a constant-bit-rate MP3 from its frame headers (MPEG-1/2/2.5 layer III)."""
    rates = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
    bitrates_v1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
    bitrates_v2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
    i, seconds = 0, 0.0
    while i + 4 <= len(data):
        if data[i] != 0xFF or (data[i + 1] & 0xE0) != 0xE0:
            i += 1
            continue
        version = (data[i + 1] >> 3) & 3
        bitrate_index, rate_index = data[i + 2] >> 4, (data[i + 2] >> 2) & 3
        if version == 1 or rate_index == 3 or bitrate_index in (0, 15):
            i += 1
            continue
        rate = rates[version][rate_index]
        samples = 1152 if version == 3 else 576
        kbps = (bitrates_v1 if version == 3 else bitrates_v2)[bitrate_index]
        size = samples // 8 * kbps * 1000 // rate + ((data[i + 2] >> 1) & 1)
        seconds += samples / rate
        i += max(size, 1)
    return seconds
