"""The cache: an unchanged rebuild says nothing new, the same bytes; an edit re-speaks only the
sentence that changed, and a sentence two people share is spoken once.

A counting stand-in voice keeps these tests fast; tests/test_audio_piper.py uses the real voice.
"""

import datetime as dt

import numpy as np
import pytest

from plugins.audio.backends.base import Speech
from plugins.audio.cache import AudioCache
from plugins.audio.captions import parse
from plugins.audio.render import PageSpeech, intro_text, render_plan
from plugins.audio.sections import split_sections
from plugins.audio.speech_text import blocks_from_html
from plugins.plan.model import Person, Review


class CountingVoice:
    """Speech-like noise, 0.4 s a word; records every text it was asked to say."""

    label = "counting voice"
    sample_rate = 16000
    parallel = 2
    sends_words_away = False

    def __init__(self, setting: float = 1.0) -> None:
        self.setting = setting
        self.said: list[str] = []

    def identity(self):
        return {"backend": "counting", "setting": self.setting}

    def speak(self, text: str) -> Speech:
        self.said.append(text)
        rng = np.random.default_rng(len(text))
        n = int(0.4 * len(text.split()) * self.sample_rate)
        pad = np.zeros(self.sample_rate // 10, np.int16)
        words = (rng.standard_normal(n) * 3000).astype(np.int16)
        return Speech(np.concatenate([pad, words, pad]), self.sample_rate, len(pad), len(pad) + n)


PEGGY = Person(name="Margaret Hughes", called="Peggy", review=Review(last=dt.date(2026, 10, 6)))
MORNINGS = """<h1 id="my-mornings">My mornings</h1><p>I get up when I am ready.</p>
<h2 id="getting-up">Getting up</h2><p>I wake early. I like to lie in bed for a while.</p>
<h2 id="my-wash">My wash</h2>
<ul><li>I choose the order of my wash.</li><li>Please help with my back.</li></ul>"""
FOOD = """<h1 id="food">Food</h1><p>I like porridge.</p>"""


def pages(mornings: str = MORNINGS) -> list[PageSpeech]:
    return [
        PageSpeech(
            "03-my-mornings.md", "My mornings", tuple(split_sections(blocks_from_html(mornings)))
        ),
        PageSpeech("04-food.md", "Food", tuple(split_sections(blocks_from_html(FOOD)))),
    ]


@pytest.fixture
def cache(tmp_path):
    return AudioCache(tmp_path / "cache")


def test_one_mp3_per_section_per_page_and_one_for_the_whole_plan(cache):
    audio = render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(), cache)
    assert sorted(p for p in audio.files if p.endswith(".mp3")) == [
        "audio/03-my-mornings.mp3",
        "audio/03-my-mornings/getting-up.mp3",
        "audio/03-my-mornings/my-wash.mp3",
        "audio/04-food.mp3",
        "audio/peggy-hughes-plan.mp3",
    ]
    captions = sorted(p for p in audio.files if p.endswith(".vtt"))
    assert captions == [p[:-4] + ".vtt" for p in sorted(audio.seconds) if "plan" not in p]
    page = audio.seconds["audio/03-my-mornings.mp3"]
    assert (
        page
        > audio.seconds["audio/03-my-mornings/getting-up.mp3"]
        + audio.seconds["audio/03-my-mornings/my-wash.mp3"]
    )
    assert audio.seconds["audio/peggy-hughes-plan.mp3"] > page + audio.seconds["audio/04-food.mp3"]


def test_an_unchanged_rebuild_says_nothing_new_and_writes_the_same_bytes(cache):
    first = render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(), cache)
    voice = CountingVoice()
    again = render_plan("peggy-hughes", PEGGY, pages(), voice, cache)
    assert voice.said == []
    assert again.files == first.files


def test_editing_one_sentence_remakes_only_that_sentence(cache):
    first = render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(), cache)
    voice = CountingVoice()
    edited = MORNINGS.replace("I like to lie in bed for a while.", "I like to lie in.")
    again = render_plan("peggy-hughes", PEGGY, pages(edited), voice, cache)
    assert voice.said == ["I like to lie in."], "only the edited sentence, not its paragraph"
    assert (again.report.spoken, again.report.reused) == (1, first.report.spoken - 1)
    changed = {path for path in first.files if again.files[path] != first.files[path]}
    assert changed == {
        "audio/03-my-mornings/getting-up.mp3",
        "audio/03-my-mornings/getting-up.vtt",
        "audio/03-my-mornings.mp3",
        "audio/03-my-mornings.vtt",
        "audio/peggy-hughes-plan.mp3",
    }


def test_a_sentence_two_people_share_is_spoken_once(cache):
    render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(), cache)
    voice = CountingVoice()
    other = Person(name="Rose Kaur", called="Rose")
    render_plan("rose-kaur", other, pages(), voice, cache)
    # only her own introduction: every sentence of the pages was spoken for Peggy already
    # (two workers speak at once, so the two sentences may come in either order)
    assert sorted(voice.said) == sorted(
        [
            "This is Rose's plan, for Rose Kaur.",
            "It does not say yet when it was last checked.",
        ]
    )


def test_every_mp3_a_page_plays_has_captions_one_cue_per_sentence_as_written(cache):
    audio = render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(), cache)
    cues = parse(audio.files["audio/03-my-mornings/getting-up.vtt"].decode())
    assert [c.text for c in cues] == [
        "Getting up",
        "I wake early.",
        "I like to lie in bed for a while.",
    ]
    assert all(
        a.end <= b.start for a, b in zip(cues, cues[1:], strict=False)
    )  # in order, never overlapping
    # 0.4 s a word in the counting voice: each cue lasts as long as its words
    assert all(abs((c.end - c.start) - 0.4 * len(c.text.split())) < 0.02 for c in cues)


def test_anything_that_changes_the_sound_is_made_again(cache):
    render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(1.0), cache)
    slower = CountingVoice(0.8)
    render_plan("peggy-hughes", PEGGY, pages(), slower, cache)
    assert "I like to lie in bed for a while." in slower.said


def test_the_whole_plan_starts_with_whose_plan_when_it_was_checked_and_how_long_it_lasts():
    intro = intro_text(PEGGY, 12.4 * 60, ["My mornings", "Food"])
    assert intro.startswith("This is Peggy's plan, for Margaret Hughes.")
    assert "last checked on the sixth of October, twenty twenty-six" in intro
    assert "It lasts about 10 minutes." in intro, "rounded: one edit seldom changes it"
    assert "It has 2 parts: My mornings; Food." in intro


def test_a_booklet_can_find_the_mp3_of_any_heading_from_the_html_alone(cache):
    from plugins.audio.paths import heading_mp3

    audio = render_plan("peggy-hughes", PEGGY, pages(), CountingVoice(), cache)
    assert heading_mp3("03-my-mornings.md", "my-mornings", page_title=True) in audio.files
    assert heading_mp3("03-my-mornings.md", "my-wash") in audio.files
