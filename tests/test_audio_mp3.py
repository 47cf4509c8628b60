"""MP3s are made without ffmpeg, the same bytes every time, with even loudness between parts."""

import numpy as np

from plugins.audio.mp3 import encode, even_loudness, mp3_duration, trim

RATE = 22050


def tone(seconds: float, amplitude: float, rate: int = RATE) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * 220 * t)).astype(np.int16)


def test_the_same_sound_always_encodes_to_the_same_bytes():
    sound = tone(1.5, 0.3)
    assert encode(sound, RATE) == encode(sound.copy(), RATE)


def test_the_duration_is_read_back_from_the_mp3():
    assert abs(mp3_duration(encode(tone(3.0, 0.3), RATE)) - 3.0) < 0.15


def test_a_quiet_part_and_a_loud_part_come_out_equally_loud():
    quiet, loud = even_loudness(tone(1, 0.05)), even_loudness(tone(1, 0.8))
    rms = [float(np.sqrt(np.mean((x / 32768.0) ** 2))) for x in (quiet, loud)]
    assert abs(20 * np.log10(rms[0] / rms[1])) < 0.5
    assert np.abs(loud).max() < 32767  # no clipping


def test_the_voice_own_silence_is_trimmed_so_our_pauses_are_the_only_ones():
    padded = np.concatenate([np.zeros(RATE, np.int16), tone(1, 0.3), np.zeros(RATE, np.int16)])
    assert len(trim(padded, RATE)) < 1.2 * RATE
