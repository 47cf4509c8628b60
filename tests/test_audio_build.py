"""Built sites: every page can be listened to, from MP3s in the person's own folder, remade only
when its words change; a wrong voice setting is a clear message naming person.yml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plugins.audio.captions import parse
from plugins.audio.measure import measure_site
from plugins.audio.mp3 import mp3_duration
from plugins.audio.pace import words
from plugins.audio.sections import split_sections
from plugins.audio.speech_text import blocks_from_html
from plugins.audio.voices import open_voice
from plugins.builder.person import build_person
from plugins.builder.runner import describe
from plugins.plan.build import BuildOptions
from plugins.plan.errors import PlanError
from plugins.plan.load import load_plan

PERSON = "name: Margaret Hughes\ncalled: Peggy\nreview:\n  last: 2026-10-06\n"
PAGES = {
    "01-my-mornings.md": """\
        # My mornings

        I get up when I am ready, usually about 8.30am.

        ## My wash

        - I choose the order of my wash.
        - Please help with my back.

        ## My week

        | Day | What I do |
        | --- | --- |
        | Monday | swimming at the leisure centre |
        """,
}


@pytest.fixture
def cache(tmp_path_factory) -> Path:
    """One cache for the session's audio tests: the voice is measured once, shared words said once.

    Tests that count what was said count what is new, so sharing never hides a synthesis.
    """
    return tmp_path_factory.getbasetemp() / "audio-cache"


def build(folder: Path, out: Path, cache: Path, **changes):
    options = dict(
        out_dir=out, pdf=False, encrypt=False, cache_dir=cache, keys_dir=out.parent / "keys"
    )
    options.update(changes)
    return build_person(folder, BuildOptions(**options))


def speech_files(cache: Path) -> set[Path]:
    return set((cache / "audio" / "sentences").rglob("*.npz"))


def mp3s(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*.mp3"))}


def linked_audio(site: Path) -> set[str]:
    found = set()
    for page in site.glob("*.html"):
        html = page.read_text("utf-8")
        found |= set(re.findall(r'<audio[^>]*\ssrc="([^"]+\.mp3)"', html))
        found |= set(re.findall(r'<a[^>]*\shref="([^"]+\.mp3)"', html))
    return found


def test_every_page_has_players_whose_mp3s_are_in_the_person_folder_and_fit_the_text(
    make_plan, tmp_path, cache
):
    folder = make_plan("peggy-hughes", PERSON, PAGES)
    result = build(folder, tmp_path / "site", cache)
    assert result.status == "built", result.problems
    site = tmp_path / "site" / "peggy-hughes"
    for page in ("index.html", "01-my-mornings.html"):
        html = (site / page).read_text("utf-8")
        sources = re.findall(r'<audio[^>]*\ssrc="([^"]+)"', html)
        assert sources and all(s.endswith(".mp3") and (site / s).is_file() for s in sources), page
        assert "autoplay" not in html
    assert linked_audio(site) == set(mp3s(site)), "the site holds exactly the MP3s its pages use"

    html = (site / "01-my-mornings.html").read_text("utf-8")
    article = re.search(r"<article[^>]*>(.*)</article>", html, re.S)[1]
    spoken = [u.text for s in split_sections(blocks_from_html(article)) for u in s.utterances]
    assert spoken == [
        "My mornings.",
        "I get up when I am ready, usually about half past eight in the morning.",
        "My wash.",
        "I choose the order of my wash.",
        "Please help with my back.",
        "My week.",
        "Monday: swimming at the leisure centre.",
    ]
    seconds = mp3_duration((site / "audio" / "01-my-mornings.mp3").read_bytes())
    pace = sum(words(t) for t in spoken) / seconds * 60
    assert 100 < pace < 170, f"{pace:.0f} words a minute over the page, pauses and all"


def test_every_audio_has_captions_whose_cues_are_the_page_sentences_as_written(
    make_plan, tmp_path, cache
):
    folder = make_plan("peggy-hughes", PERSON, PAGES)
    assert build(folder, tmp_path / "site", cache).status == "built"
    site = tmp_path / "site" / "peggy-hughes"
    html = (site / "01-my-mornings.html").read_text("utf-8")
    audios = re.findall(r"<audio\b.*?</audio>", html, re.S)
    assert audios
    for audio in audios:
        track = re.search(r'<track kind="captions" srclang="en-GB"[^>]*src="([^"]+\.vtt)"', audio)
        assert track, audio
        cues = parse((site / track[1]).read_text("utf-8"))
        for cue in cues:  # the cue's words are the page's words, marked with the cue's id
            marked = re.findall(rf'data-pb-s="{cue.id}">([^<]*)<', html)
            # (a table row's cue joins its cells with ": " and ", ")
            assert re.sub(r"\W", "", "".join(marked)) == re.sub(r"\W", "", cue.text)
    page_cues = parse((site / "audio" / "01-my-mornings.vtt").read_text("utf-8"))
    assert [c.text for c in page_cues] == [
        "My mornings",
        "I get up when I am ready, usually about 8.30am.",
        "My wash",
        "I choose the order of my wash.",
        "Please help with my back.",
        "My week",
        "Monday: swimming at the leisure centre",
    ]


def test_each_sentence_in_the_real_mp3_is_at_one_loudness_and_its_pace(make_plan, tmp_path, cache):
    pages = {
        "01-me.md": "# About me\n\nYes.\n\nI like tea, and I pay £3.50 for it. "
        "I was born in 1948.\n\n1. Ring Sue on 07700 900123.\n2. Amina comes 8-9am, Mon-Fri.\n"
    }
    folder = make_plan("peggy-hughes", PERSON, pages)
    assert build(folder, tmp_path / "site", cache).status == "built"
    found = measure_site(tmp_path / "site" / "peggy-hughes")
    assert len(found) >= 6
    for m in found:
        assert abs(m.loudness - (-20)) <= 1.5, (m.spoken, m.loudness)
        assert m.fastest_run_wpm <= 180, (m.spoken, m.fastest_run_wpm)
        if m.digits_per_second:
            assert m.digits_per_second <= 2.5, m.spoken
        else:
            assert 150 <= m.wpm <= 170, (m.spoken, m.wpm)


def test_an_unchanged_rebuild_makes_no_speech_and_identical_mp3s_and_an_edit_remakes_one_part(
    make_plan, tmp_path, cache
):
    folder = make_plan("peggy-hughes", PERSON, PAGES)
    assert build(folder, tmp_path / "a", cache).status == "built"
    made = speech_files(cache)
    assert made
    assert build(folder, tmp_path / "b", cache).status == "built"
    assert speech_files(cache) == made
    first, second = mp3s(tmp_path / "a" / "peggy-hughes"), mp3s(tmp_path / "b" / "peggy-hughes")
    assert first == second

    page = folder / "01-my-mornings.md"
    page.write_text(page.read_text().replace("help with my back", "help with my back and feet"))
    result = build(folder, tmp_path / "c", cache)
    assert result.status == "built"
    assert len(speech_files(cache) - made) == 1
    assert result.audio == (1, result.audio[1]) and result.audio[1] >= 6
    line = describe(result)[0]
    assert re.search(r"\(audio: 1 sentence spoken, \d+ reused\)", line), line
    third = mp3s(tmp_path / "c" / "peggy-hughes")
    changed = {path for path in third if first.get(path) != third[path]}
    assert changed == {
        "audio/01-my-mornings/my-wash.mp3",
        "audio/01-my-mornings.mp3",
        "audio/peggy-hughes-plan.mp3",
    }


@pytest.mark.parametrize(
    ("voice", "message"),
    [
        (
            "robot",
            "person.yml:5: voice: expected piper, piper:/path/to/voice.onnx, "
            'gtts:en or espeak:en-gb, got "robot"',
        ),
        (
            "piper:/nowhere/voice.onnx",
            "person.yml:5: voice: there is no Piper voice file at /nowhere/voice.onnx",
        ),
        ("espeak:xx-nowhere", "person.yml:5: voice: espeak-ng has no voice 'xx-nowhere'"),
    ],
)
def test_a_wrong_voice_is_a_clear_message_naming_person_yml(make_plan, tmp_path, voice, message):
    folder = make_plan("peggy-hughes", PERSON + f"voice: {voice}\n", PAGES)
    with pytest.raises(PlanError) as error:
        open_voice(load_plan(folder), None, tmp_path / "cache", 1)
    assert message in str(error.value)
    result = build(folder, tmp_path / "site", tmp_path / "cache")
    assert result.status == "failed" and any(message in p for p in result.problems)


def test_espeak_ng_is_a_second_offline_voice(make_plan, tmp_path, cache):
    folder = make_plan(
        "peggy-hughes", PERSON + "voice: espeak:en-gb\n", {"01-me.md": "# Me\n\nI like tea.\n"}
    )
    assert build(folder, tmp_path / "site", cache).status == "built"
    site = tmp_path / "site" / "peggy-hughes"
    assert mp3_duration((site / "audio" / "01-me.mp3").read_bytes()) > 1.0


def test_gtts_is_announced_and_without_a_network_the_pages_build_without_audio(
    make_plan, tmp_path, cache, monkeypatch
):
    from gtts import gTTS, gTTSError

    def offline(self, fp):
        raise gTTSError("Failed to connect. Probable cause: Unknown")

    monkeypatch.setattr(gTTS, "write_to_fp", offline)
    folder = make_plan(
        "peggy-hughes", PERSON + "voice: gtts:en\n", {"01-me.md": "# Me\n\nI like tea.\n"}
    )
    result = build(folder, tmp_path / "site", cache)
    assert result.status == "built"
    assert any("sends the words of the plan to Google" in w for w in result.warnings)
    assert any("built without audio" in w for w in result.warnings)
    site = tmp_path / "site" / "peggy-hughes"
    assert "<audio" not in (site / "01-me.html").read_text("utf-8")
    assert not list(site.rglob("*.mp3"))


def test_a_provider_can_give_its_own_piper_voice_by_path(make_plan, cache):
    from plugins.audio.voices import model_paths

    model, _ = model_paths(None)  # any .onnx voice with its .onnx.json beside it will do
    folder = make_plan("peggy-hughes", PERSON + f"voice: piper:{model}\n", PAGES)
    voice = open_voice(load_plan(folder), None, cache, 1)
    assert voice.label == f"Piper {model.stem}"
    assert len(voice.speak("Good morning.").samples) > voice.sample_rate // 2
