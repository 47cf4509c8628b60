"""The real Piper voice (en_US-joe-medium from PyPI) speaks at a natural pace, slower when asked."""

from pathlib import Path

import pytest

from plugins.audio.rate import CALIBRATION_TEXT, TARGET_WPM, wpm
from plugins.audio.voices import model_paths, open_piper

TEXT = "I like to lie in bed for a while. Please knock on the door and wait for me to answer."


@pytest.fixture(scope="module")
def voice_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("voice-cache")


def speak(voice, text: str) -> float:
    return len(voice.synthesize(text)) / voice.sample_rate


def test_the_voice_is_measured_once_so_speech_rate_one_lands_on_a_natural_pace(voice_cache):
    voice = open_piper(*model_paths(None), 1.0, voice_cache, parallel=2)
    assert list((voice_cache / "voices").glob("*.json")), "the measurement is kept in the cache"
    pace = wpm(CALIBRATION_TEXT, speak(voice, CALIBRATION_TEXT))
    assert TARGET_WPM * 0.85 < pace < TARGET_WPM * 1.15


def test_durations_fit_the_text(voice_cache):
    voice = open_piper(*model_paths(None), 1.0, voice_cache, parallel=2)
    short, long = speak(voice, "Good morning."), speak(voice, TEXT)
    assert 120 < wpm(TEXT, long) < 240  # short plain words: a little faster than the passage
    assert long > 3 * short


def test_a_slower_speech_rate_is_slower(voice_cache):
    normal = open_piper(*model_paths(None), 1.0, voice_cache, parallel=1)
    slower = open_piper(*model_paths(None), 0.8, voice_cache, parallel=1)
    assert slower.length_scale > normal.length_scale
    assert speak(slower, TEXT) > 1.1 * speak(normal, TEXT)
