"""Joined sentences to MP3 without ffmpeg: lameenc, mono, 64 kbit/s at 24 kHz.

lameenc gives the same bytes for the same samples, so an unchanged rebuild leaves every MP3
byte-identical (tests/test_audio_mp3.py checks it). Each file is encoded once, from the
joined samples: never re-encoded, never encoded sentence by sentence.
"""

from __future__ import annotations

from importlib.metadata import version

import lameenc
import numpy as np

from .loudness import OUT_RATE

BIT_RATE = 64  # kbit/s, mono speech: keeps consonants (up to 11 kHz); ~0.5 MB a minute
QUALITY = 5  # lame's -q: 5 is its own default; 2 costs 2.5 times the time for no audible gain
# LAME's encoder delay (576) plus the decoder's (529), in samples: a decoded MP3 starts this
# late, so the captions are moved by it to stay with the words.
CODEC_DELAY = 1105


def encoder_identity() -> dict[str, object]:
    """Everything that changes the encoded bytes, for the MP3 cache key."""
    return {"lameenc": version("lameenc"), "kbps": BIT_RATE, "q": QUALITY, "rate": OUT_RATE}


def silence(ms: int, rate: int = OUT_RATE) -> np.ndarray:
    return np.zeros(rate * ms // 1000, dtype=np.int16)


def encode(samples: np.ndarray, rate: int = OUT_RATE) -> bytes:
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
        version_bits = (data[i + 1] >> 3) & 3
        bitrate_index, rate_index = data[i + 2] >> 4, (data[i + 2] >> 2) & 3
        if version_bits == 1 or rate_index == 3 or bitrate_index in (0, 15):
            i += 1
            continue
        rate = rates[version_bits][rate_index]
        samples = 1152 if version_bits == 3 else 576
        kbps = (bitrates_v1 if version_bits == 3 else bitrates_v2)[bitrate_index]
        size = samples // 8 * kbps * 1000 // rate + ((data[i + 2] >> 1) & 1)
        seconds += samples / rate
        i += max(size, 1)
    return seconds


def decode(data: bytes) -> tuple[np.ndarray, int]:
    """An MP3 back to float samples (miniaudio, no ffmpeg): for tests, the benchmark, checks."""
    import miniaudio

    decoded = miniaudio.decode(
        data, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1, sample_rate=OUT_RATE
    )
    return np.frombuffer(decoded.samples, dtype=np.int16).astype(np.float64) / 32768.0, OUT_RATE
