"""MP3s without ffmpeg: the same bytes every time, 64 kbit/s at 24 kHz with speech kept to
11 kHz, and every sentence brought to one loudness (BS.1770, or voiced RMS when very short)."""

import numpy as np

from plugins.audio.backends.base import Speech
from plugins.audio.loudness import OUT_RATE, TARGET, loudness, prepare
from plugins.audio.mp3 import BIT_RATE, decode, encode, mp3_duration

RATE = 22050


def tone(seconds: float, amplitude: float, rate: int = RATE, hz: float = 220) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def speech_like(seconds: float, amplitude: float, rate: int = RATE) -> np.ndarray:
    rng = np.random.default_rng(int(seconds * 1000))
    envelope = 0.5 + 0.5 * np.sin(np.arange(int(seconds * rate)) / rate * 2 * np.pi * 4)
    return (rng.standard_normal(int(seconds * rate)) * amplitude * 8000 * envelope).astype(np.int16)


def test_the_same_sound_always_encodes_to_the_same_bytes():
    sound = tone(1.5, 0.3, OUT_RATE)
    assert encode(sound) == encode(sound.copy())


def test_the_duration_is_read_back_from_the_mp3():
    assert abs(mp3_duration(encode(tone(3.0, 0.3, OUT_RATE))) - 3.0) < 0.15


def test_mp3s_are_at_least_64_kbps_and_keep_speech_up_to_11_khz():
    assert BIT_RATE >= 64
    x = speech_like(2.0, 1.0, OUT_RATE)
    y, rate = decode(encode(x))
    spectrum = np.abs(np.fft.rfft(y[: len(x)])) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / rate)

    def band(lo, hi):
        return spectrum[(freqs >= lo) & (freqs < hi)].mean()

    # white-ish noise in: the band just under 11 kHz keeps its energy (within 6 dB of 4-6 kHz)
    assert 10 * np.log10(band(10_000, 10_900) / band(4_000, 6_000)) > -6


def test_quiet_loud_long_and_short_sentences_all_come_out_at_the_one_target():
    cases = [speech_like(2.5, 0.05), speech_like(2.5, 0.9), speech_like(0.3, 0.2)]
    for samples in cases:
        ready = prepare(Speech(samples, RATE, 0, len(samples)))
        x = ready.samples.astype(np.float64) / 32768
        assert abs(loudness(x[ready.start : ready.end], OUT_RATE) - TARGET) < 0.6
        assert np.abs(ready.samples).max() < 32767 * 0.9  # peaks held under -1 dBFS


def test_a_sentence_is_cut_to_its_words_and_resampled_to_24_khz():
    samples = np.concatenate([np.zeros(RATE, np.int16), tone(1, 0.3), np.zeros(RATE, np.int16)])
    ready = prepare(Speech(samples, RATE, RATE, 2 * RATE))
    assert 1.0 < len(ready.samples) / OUT_RATE < 1.15
    assert abs((ready.end - ready.start) / OUT_RATE - 1.0) < 0.01
