"""A person's MP3s: one per section, one per page, one for the whole plan.

Speech is made per block (through the cache); page and whole-plan files are joined from the
same cached blocks, never spoken twice. Encoded MP3s are cached by what went into them, so an
unchanged rebuild neither synthesises nor encodes anything and writes identical bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from ..plan.model import Person
from .backends.base import Voice
from .cache import AudioCache, key_of
from .mp3 import encode, encoder_identity, even_loudness, silence, trim
from .normalise import spoken_date
from .paths import page_mp3, plan_mp3, section_mp3
from .sections import PAGE_GAP_MS, SECTION_GAP_MS, Section
from .synthesis import Progress, SynthesisReport, speak_all

Part = tuple[str, int]  # (text, pause after in ms)


@dataclass(frozen=True)
class PageSpeech:
    """One page's sections, in reading order."""

    file: str  # the page's source file, e.g. "01-about-me.md"
    title: str
    sections: tuple[Section, ...]


@dataclass
class PlanAudio:
    files: dict[str, bytes] = field(default_factory=dict)  # site-relative path -> MP3
    seconds: dict[str, float] = field(default_factory=dict)  # site-relative path -> duration
    report: SynthesisReport = field(default_factory=SynthesisReport)


def plays_page(page: PageSpeech, section: Section) -> bool:
    """The page's opening section (its title) is played by the whole-page MP3."""
    return section is page.sections[0] and section.level <= 1


def mp3_for(page: PageSpeech, section: Section) -> str:
    """The MP3 a section's Listen button plays (and a booklet QR code may link to)."""
    return page_mp3(page.file) if plays_page(page, section) else section_mp3(page.file, section.id)


def section_parts(section: Section) -> list[Part]:
    return [(u.text, u.pause_ms) for u in section.utterances]


def page_parts(page: PageSpeech) -> list[Part]:
    parts: list[Part] = []
    for section in page.sections:
        parts += section_parts(section)
        parts[-1] = (parts[-1][0], SECTION_GAP_MS)
    return parts


def how_long(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 1:
        return "less than a minute"
    return "about one minute" if minutes == 1 else f"about {minutes} minutes"


def intro_text(person: Person, seconds: float, titles: list[str]) -> str:
    """What the whole-plan file says first: whose plan, when checked, how long, what is in it."""
    last = person.review.last
    checked = (
        f"It was last checked on {spoken_date(last.day, last.month, last.year)}."
        if isinstance(last, dt.date)
        else "It does not say yet when it was last checked."
    )
    contents = f"It has {len(titles)} parts: {'; '.join(titles)}." if titles else ""
    whose = f"This is {person.possessive} plan, for {person.name}."
    return f"{whose} {checked} It lasts {how_long(seconds)}. {contents}"


class _Assembler:
    """Joins cached blocks into MP3s, each block trimmed and brought to the same loudness."""

    def __init__(
        self, voice: Voice, cache: AudioCache, speech: dict[str, tuple[str, np.ndarray]]
    ) -> None:
        self.rate = voice.sample_rate
        self.cache = cache
        self.speech = speech
        self.prepared: dict[str, np.ndarray] = {}
        self.encoder = encoder_identity()

    def block(self, text: str) -> np.ndarray:
        if text not in self.prepared:
            self.prepared[text] = even_loudness(trim(self.speech[text][1], self.rate), self.rate)
        return self.prepared[text]

    def seconds(self, parts: list[Part]) -> float:
        return sum(len(self.block(t)) / self.rate + p / 1000 for t, p in parts)

    def mp3(self, parts: list[Part]) -> bytes:
        recipe = key_of(
            {
                "encoder": self.encoder,
                "rate": self.rate,
                "parts": [(self.speech[t][0], p) for t, p in parts],
            }
        )
        cached = self.cache.get_mp3(recipe)
        if cached is not None:
            return cached
        pieces: list[np.ndarray] = []
        for text, pause in parts:
            pieces += [self.block(text), silence(pause, self.rate)]
        data = encode(np.concatenate(pieces), self.rate)
        self.cache.put_mp3(recipe, data)
        return data


def render_plan(
    slug: str,
    person: Person,
    pages: list[PageSpeech],
    voice: Voice,
    cache: AudioCache,
    progress: Progress | None = None,
) -> PlanAudio:
    """Every MP3 of one person's site. Raises AudioUnavailable when the voice cannot speak."""
    result = PlanAudio()
    pages = [p for p in pages if p.sections]
    texts = [u.text for page in pages for s in page.sections for u in s.utterances]
    speech = speak_all(voice, texts, cache, result.report, progress)
    join = _Assembler(voice, cache, speech)

    whole: list[Part] = []
    for page in pages:
        for section in page.sections:
            if not plays_page(page, section):
                path = section_mp3(page.file, section.id)
                result.files[path] = join.mp3(section_parts(section))
                result.seconds[path] = join.seconds(section_parts(section))
        parts = page_parts(page)
        result.files[page_mp3(page.file)] = join.mp3(parts)
        result.seconds[page_mp3(page.file)] = join.seconds(parts)
        whole += parts[:-1] + [(parts[-1][0], PAGE_GAP_MS)]

    if whole:
        body = join.seconds(whole)
        intro = intro_text(person, body, [p.title for p in pages])
        speech.update(speak_all(voice, [intro], cache, result.report, progress))
        whole = [(intro, PAGE_GAP_MS)] + whole
        result.files[plan_mp3(slug)] = join.mp3(whole)
        result.seconds[plan_mp3(slug)] = join.seconds(whole)
    return result
