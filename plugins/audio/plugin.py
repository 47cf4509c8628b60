"""MkDocs adapter: collect each page's sections, make the person's MP3s, add the players.

Events: on_page_content reads each page's HTML (only the page body: never navigation);
on_env, which runs after every page is converted and before any is rendered, makes all the
audio at once (parallel, one progress bar); on_page_context adds the players with their
durations; on_post_build writes the MP3s, before privacy (priority -100) encrypts them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from ..i18n.languages import ENGLISH, Language, language_of, language_or
from ..i18n.words import Words
from ..plan.build import (
    CREDITS_PAGE,
    HOME_PAGE,
    OPENING_ID,
    BuildOptions,
    maybe_plan_of,
    options_of,
)
from ..plan.model import Plan
from .backends.base import AudioUnavailable, Voice
from .cache import AudioCache
from .config import AudioConfig
from .paths import page_mp3, plan_mp3
from .player import add_players
from .progress import speech_progress
from .render import PageSpeech, PlanAudio, mp3_for, plays_page, render_plan
from .sections import sections_with_opening
from .voices import voice_for_language

log = logging.getLogger("mkdocs.plugins.planbook")
HOME = HOME_PAGE


def page_lang(page: Page, plan: Plan) -> str:
    """The language of a page's words (its front matter's lang:, else the person's)."""
    lang = (page.meta or {}).get("lang") if hasattr(page, "meta") else None
    return str(lang or plan.person.language)


class AudioPlugin(BasePlugin[AudioConfig]):
    def __init__(self) -> None:
        self.plan: Plan | None = None
        self.options = BuildOptions()
        self.voice: Voice | None = None
        self.voices: dict[str, Voice] = {}  # language code -> its voice, opened when needed
        self.threads = 1
        self.language = ENGLISH
        self.pages: dict[str, PageSpeech] = {}
        self.order: list[str] = []
        self.audio: PlanAudio | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.plan = maybe_plan_of(config)
        self.options = options_of(config)
        self.pages, self.order, self.audio, self.voice = {}, [], None, None
        if not (
            self.plan
            and self.config.enabled
            and self.options.audio
            and self.plan.person.needs.audio
        ):
            return config
        self.threads = self.config.threads or os.cpu_count() or 1
        self.language = language_of(self.plan.person.language)
        self.voices = {}
        try:
            self.voice = self._voice(self.language)
        except AudioUnavailable as error:
            log.warning("%s: no audio this time: %s", self.plan.person.name, error)
            return config
        if self.voice.sends_words_away:
            log.warning(
                "%s: the voice is %s, which sends the words of the plan to Google "
                "to make the audio. "
                "Use voice: piper to keep them on this computer.",
                self.plan.person.name,
                self.voice.label,
            )
        return config

    def _voice(self, language: Language) -> Voice:
        """The voice for words in ``language``, opened once per build (plugins/audio/voices.py)."""
        if language.code not in self.voices:
            assert self.plan is not None
            self.voices[language.code] = voice_for_language(
                self.plan, language, self.options.tts, Path(self.options.cache_dir), self.threads
            )
        return self.voices[language.code]

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.order = [page.file.src_uri for page in nav.pages]
        return nav

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # The pictures' credits are web addresses and licences: nothing a person wants read aloud.
        # Each sentence is marked in the page, for the read-along highlight.
        if self.voice and self.plan and page.file.src_uri != CREDITS_PAGE:
            language = language_or(page_lang(page, self.plan), self.language)
            try:
                self._voice(language)
            except AudioUnavailable as error:
                log.warning("%s: %s: no audio for this page: %s", self.plan.person.name,
                            page.file.src_uri, error)  # fmt: skip
                return html
            found, marked = sections_with_opening(
                html, OPENING_ID, self.plan.person.say, language.code
            )
            sections = tuple(found)
            self.pages[page.file.src_uri] = PageSpeech(
                page.file.src_uri, page.title or "", sections, language.code
            )
            return marked
        return html

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        if not (self.voice and self.plan):
            return env
        ordered = [self.pages[uri] for uri in self.order if uri in self.pages]
        ordered += [p for uri, p in self.pages.items() if uri not in self.order]
        try:
            with speech_progress(
                f"{self.plan.person.possessive} audio", self.config.progress
            ) as progress:
                self.audio = render_plan(
                    self.plan.slug,
                    self.plan.person,
                    ordered,
                    self.voices,
                    AudioCache(self.options.cache_dir),
                    progress,
                )
        except AudioUnavailable as error:
            log.warning("%s: the pages were built without audio: %s", self.plan.person.name, error)
            self.audio = None
        return env

    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav: Navigation):
        speech = self.pages.get(page.file.src_uri)
        if not (self.audio and self.plan and speech and speech.sections and page.content):
            return context
        audio = self.audio

        def one(anchor: str | None, label: str, title: str, path: str):
            seconds, captions = audio.seconds[path], audio.captions(path)
            return (anchor, label, title, path, seconds, captions, audio.timings(path))

        _ = Words.of(self.plan.person)._
        listen_page, listen = _("Listen to this page"), _("Listen")
        players = []
        for section in speech.sections:
            path = mp3_for(speech, section)
            if plays_page(speech, section):
                players.append(one(section.anchor, listen_page, speech.title, path))
            else:
                players.append(one(section.anchor, listen, section.title, path))
        if not plays_page(speech, speech.sections[0]):  # no title heading: page player on top
            players.insert(0, one(None, listen_page, speech.title, page_mp3(speech.file)))
        whole = plan_mp3(self.plan.slug)
        is_home = page.file.src_uri == HOME or HOME not in self.pages
        download = (
            (whole, self.audio.seconds[whole]) if is_home and whole in self.audio.files else None
        )
        page.content = add_players(
            page.content,
            page.url,
            players,
            download,
            self.plan.person.called,
            page_lang(page, self.plan),
            _,
        )
        return context

    def counts(self) -> tuple[int, int] | None:
        """(sentences spoken, sentences reused) by this person's build, for the build's line."""
        if not self.audio:
            return None
        return self.audio.report.spoken, self.audio.report.reused

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Only the MP3s the pages use are written: the site folder starts empty each build."""
        if not self.audio:
            return
        site = Path(config.site_dir)
        for relative, data in sorted(self.audio.files.items()):
            target = site / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
