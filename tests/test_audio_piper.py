"""The real Piper voice (en_US-joe-medium from PyPI): each sentence at its pace, chosen before it
is spoken, the same every time; a phone number in slow groups; slower when the person asks."""

from pathlib import Path

import numpy as np
import pytest

from plugins.audio.pace import text_runs, words
from plugins.audio.voices import model_paths, open_piper


@pytest.fixture(scope="module")
def voice_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("voice-cache")


@pytest.fixture(scope="module")
def voice(voice_cache):
    return open_piper(*model_paths(None), 1.0, voice_cache, parallel=2)


def pace(speech, text: str) -> float:
    return words(text) / ((speech.end - speech.start) / speech.rate) * 60


@pytest.mark.parametrize(
    "text",
    [
        "Food.",
        "I have porridge and a cup of tea.",
        "People talk about me, not to me.",
        "I get up when I am ready, usually about half past eight in the morning.",
    ],
)
def test_every_sentence_runs_at_150_to_170_words_a_minute_and_no_stretch_above_180(voice, text):
    speech = voice.speak(text)
    assert 150 <= pace(speech, text) <= 170
    for (a, b), stretch in zip(speech.runs, text_runs(text), strict=True):
        if words(stretch) >= 2:
            assert words(stretch) / ((b - a) / speech.rate) * 60 <= 180


def test_the_pace_is_measured_once_per_voice_and_the_voice_says_the_same_length_every_time(
    voice, voice_cache
):
    assert list((voice_cache / "voices").glob("*-pace-*.json")), "kept in the cache"
    text = "Please knock, call out your name, and wait for me to answer."
    first, second = voice.speak(text), voice.speak(text)
    assert len(first.samples) == len(second.samples)
    assert (first.start, first.end) == (second.start, second.end)


def test_the_words_are_where_the_synthesis_says_they_are(voice):
    speech = voice.speak("I like Radio two on while I have breakfast.")
    x = speech.samples.astype(np.float64) / 32768

    def level(part):
        return 10 * np.log10(np.mean(part**2) + 1e-12)

    assert level(x[speech.start : speech.end]) > level(x[: speech.start]) + 15
    assert level(x[speech.start : speech.end]) > level(x[speech.end :]) + 15


def test_a_phone_number_comes_in_groups_no_faster_than_two_and_a_half_digits_a_second(voice):
    text = "Ring oh one six three two, nine six oh, one two three."
    speech = voice.speak(text)
    groups = speech.runs[-3:]  # the first stretch also holds "Ring"
    digits = 3 + 3 + 5
    seconds = (groups[-1][1] - speech.runs[0][0]) / speech.rate
    assert digits / seconds <= 2.5
    pauses = [
        (nxt[0] - prev[1]) / speech.rate for prev, nxt in zip(groups, groups[1:], strict=False)
    ]
    assert all(p >= 0.3 for p in pauses), pauses  # a clear pause between the groups


def test_a_slower_speech_rate_is_slower(voice_cache, voice):
    slower = open_piper(*model_paths(None), 0.8, voice_cache, parallel=1)
    text = "I like to lie in bed for a while."
    normal_s, slow_s = voice.speak(text), slower.speak(text)
    assert (slow_s.end - slow_s.start) > 1.2 * (normal_s.end - normal_s.start)
