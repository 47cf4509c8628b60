"""A person's MP3s and their captions: one per section, one per page, one for the whole plan.

Each sentence is spoken once (through the cache); sections, pages and the whole plan are joined
from the same prepared sentences with the pauses between them, each file encoded once. Encoded
MP3s are cached by what went into them, so an unchanged rebuild neither speaks nor encodes and
writes identical bytes. Every MP3 a page plays gets WebVTT captions, one cue per sentence,
timed by where the sentence's words are in the joined sound.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..i18n.languages import language_of
from ..i18n.words import Words, plan_title
from ..plan.model import Person
from .backends.base import Voice
from .cache import AudioCache, key_of
from .captions import Cue, webvtt
from .loudness import OUT_RATE, Prepared
from .mp3 import CODEC_DELAY, encode, encoder_identity, mp3_duration, silence
from .normalise import spoken_date
from .paths import captions_for, page_mp3, plan_mp3, section_mp3
from .sections import PAGE_GAP_MS, SECTION_GAP_MS, Section, Utterance, spoken
from .sentences import split_sentences
from .synthesis import Progress, SynthesisReport, speak_all

Part = tuple[Utterance, int]  # (sentence, pause after it in ms)


@dataclass(frozen=True)
class PageSpeech:
    """One page's sections, in reading order."""

    file: str  # the page's source file, e.g. "01-about-me.md"
    title: str
    sections: tuple[Section, ...]
    language: str = "en"  # the code of the language its words are in (its voice)


@dataclass
class PlanAudio:
    files: dict[str, bytes] = field(default_factory=dict)  # site-relative path -> MP3 or VTT
    seconds: dict[str, float] = field(default_factory=dict)  # MP3 path -> duration
    cues: dict[str, list[Cue]] = field(default_factory=dict)  # MP3 path -> its captions' cues
    report: SynthesisReport = field(default_factory=SynthesisReport)

    def timings(self, mp3: str) -> str:
        """The cues' ids and times, for the page's read-along when the track cannot load."""
        return ",".join(f"{c.id} {c.start:.3f} {c.end:.3f}" for c in self.cues.get(mp3, []))

    def captions(self, mp3: str) -> str | None:
        """The site path of an MP3's captions, when it has them."""
        path = captions_for(mp3)
        return path if path in self.files else None


def plays_page(page: PageSpeech, section: Section) -> bool:
    """The page's opening section (its title) is played by the whole-page MP3."""
    return section is page.sections[0] and section.level <= 1


def mp3_for(page: PageSpeech, section: Section) -> str:
    """The MP3 a section's Listen button plays (and a booklet QR code may link to)."""
    return page_mp3(page.file) if plays_page(page, section) else section_mp3(page.file, section.id)


def section_parts(section: Section) -> list[Part]:
    return [(u, u.pause_ms) for u in section.utterances]


def how_long(seconds: float) -> str:
    """Rounded, so that editing a sentence seldom changes what the introduction says."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "less than a minute"
    if minutes > 10:
        minutes = 5 * round(minutes / 5)
    return "about one minute" if minutes == 1 else f"about {minutes} minutes"


def translated_intro(person: Person, words: Words, seconds: float, titles: list[str]) -> str:
    """The whole plan's opening words in the person's own language."""
    _ = words._
    whose = _("This is %(plan)s, for %(name)s.") % {
        "plan": plan_title(person),
        "name": person.name,
    }
    last = person.review.last
    checked = (
        _("It was last checked on %(date)s.") % {"date": words.date(last)}
        if isinstance(last, dt.date)
        else _("It does not say yet when it was last checked.")
    )
    minutes = round(seconds / 60)
    if minutes > 10:
        minutes = 5 * round(minutes / 5)
    if minutes < 1:
        length = _("It lasts less than a minute.")
    else:
        length = _("It lasts about %(minutes)s minutes.") % {"minutes": minutes}
    contents = (
        _("It has %(count)s parts: %(titles)s.")
        % {"count": len(titles), "titles": "; ".join(titles)}
        if titles
        else ""
    )
    return f"{whose} {checked} {length} {contents}".strip()


def intro_text(person: Person, seconds: float, titles: list[str]) -> str:
    """What the whole-plan file says first: whose plan, when checked, how long, what is in it."""
    words = Words.of(person)
    if words.language.code != "en":
        return translated_intro(person, words, seconds, titles)
    last = person.review.last
    checked = (
        f"It was last checked on {spoken_date(last.day, last.month, last.year)}."
        if isinstance(last, dt.date)
        else "It does not say yet when it was last checked."
    )
    contents = f"It has {len(titles)} parts: {'; '.join(titles)}." if titles else ""
    whose = f"This is {person.possessive} plan, for {person.name}."
    return f"{whose} {checked} It lasts {how_long(seconds)}. {contents}".strip()


@dataclass(frozen=True)
class Chunk:
    """Sentences joined and encoded once: a section, or a pause between pages.

    MP3 frames of the same settings follow one another as one stream, so a page's MP3 is its
    sections' chunks one after another, and the whole plan is its pages': every sample is
    encoded once, however many files it is heard in. Each chunk starts with the codec's delay
    and ends with its padding, both silent, at a pause.
    """

    data: bytes
    samples: int  # decoded length (whole frames)
    cues: tuple[Cue, ...]  # times from the start of this chunk


class _Assembler:
    """Joins prepared sentences into encoded chunks, and chunks into files with captions."""

    def __init__(self, cache: AudioCache, speech: dict[str, tuple[str, Prepared]]) -> None:
        self.cache = cache
        self.speech = speech
        self.encoder = encoder_identity()
        self.made: dict[str, Chunk] = {}

    def chunk(self, parts: list[Part]) -> Chunk:
        recipe = key_of(
            {"encoder": self.encoder, "parts": [(self.speech[u.text][0], p) for u, p in parts]}
        )
        if recipe in self.made:
            return self.made[recipe]
        cues, at, pieces = [], CODEC_DELAY, []
        for utterance, pause in parts:
            sound = self.speech[utterance.text][1]
            start = sound.start
            if utterance.numbered and len(sound.runs) > 1:  # the caption starts after "One:"
                start = sound.runs[1][0]
            if utterance.sid:
                cues.append(
                    Cue(
                        utterance.sid,
                        (at + start) / OUT_RATE,
                        (at + sound.end) / OUT_RATE,
                        utterance.written,
                    )
                )
            gap = silence(pause)
            pieces += [sound.samples, gap]
            at += len(sound.samples) + len(gap)
        data = self.cache.get_mp3(recipe)
        if data is None:
            data = encode(np.concatenate(pieces) if pieces else silence(10))
            self.cache.put_mp3(recipe, data)
        made = Chunk(data, round(mp3_duration(data) * OUT_RATE), tuple(cues))
        self.made[recipe] = made
        return made


def joined(chunks: list[Chunk]) -> tuple[bytes, float, list[Cue]]:
    """One MP3 of chunks one after another: its bytes, seconds and captions."""
    cues, at = [], 0
    for chunk in chunks:
        cues += [
            Cue(c.id, c.start + at / OUT_RATE, c.end + at / OUT_RATE, c.text) for c in chunk.cues
        ]
        at += chunk.samples
    return b"".join(c.data for c in chunks), at / OUT_RATE, cues


def render_plan(
    slug: str,
    person: Person,
    pages: list[PageSpeech],
    voice: Voice | Mapping[str, Voice],
    cache: AudioCache,
    progress: Progress | None = None,
) -> PlanAudio:
    """Every MP3 (and its captions) of one person's site. Raises AudioUnavailable.

    ``voice`` is one voice, or a voice per language code (a bilingual plan's pages are each
    spoken by the voice of their own language; the whole-plan introduction by the person's).
    """
    result = PlanAudio()
    pages = [p for p in pages if p.sections]
    own = language_of(person.language).code
    voices = dict(voice) if isinstance(voice, Mapping) else {own: voice}
    main = voices.get(own) or next(iter(voices.values()))
    speech: dict = {}
    for code in dict.fromkeys(p.language for p in pages):
        texts = [
            u.text for p in pages if p.language == code for s in p.sections for u in s.utterances
        ]
        speech.update(speak_all(voices.get(code, main), texts, cache, result.report, progress))
    voice = main
    join = _Assembler(cache, speech)

    def add(path: str, chunks: list[Chunk], captions: bool = True) -> None:
        data, seconds, cues = joined(chunks)
        result.files[path], result.seconds[path] = data, seconds
        if captions:
            result.cues[path] = cues
            result.files[captions_for(path)] = webvtt(cues).encode("utf-8")

    whole: list[Chunk] = []
    for page in pages:
        chunks = []
        for section in page.sections:
            parts = section_parts(section)
            parts[-1] = (parts[-1][0], SECTION_GAP_MS)
            chunk = join.chunk(parts)
            chunks.append(chunk)
            if not plays_page(page, section):
                add(section_mp3(page.file, section.id), [chunk])
        add(page_mp3(page.file), chunks)
        whole += chunks + [pause_chunk(join, PAGE_GAP_MS - SECTION_GAP_MS)]

    if whole:
        body = sum(c.samples for c in whole) / OUT_RATE
        intro = intro_text(person, body, [p.title for p in pages])
        said = [
            Utterance(w, 450, s)
            for s in split_sentences(intro, own)
            if (w := spoken(s, language=own))
        ]
        speech.update(speak_all(voice, [u.text for u in said], cache, result.report, progress))
        said[-1] = Utterance(said[-1].text, PAGE_GAP_MS, said[-1].written)
        add(plan_mp3(slug), [join.chunk([(u, u.pause_ms) for u in said])] + whole[:-1], False)
    return result


def pause_chunk(join: _Assembler, ms: int) -> Chunk:
    """Silence, encoded once and cached like any chunk: the longer pause between pages."""
    recipe = key_of({"encoder": join.encoder, "silence": ms})
    data = join.cache.get_mp3(recipe)
    if data is None:
        data = encode(silence(ms))
        join.cache.put_mp3(recipe, data)
    return Chunk(data, round(mp3_duration(data) * OUT_RATE), ())
