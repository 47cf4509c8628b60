"""A person's ``voice:`` checked and opened: piper | piper:/path.onnx | gtts:en | espeak:en-gb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..i18n.languages import Language, language_of
from ..plan.errors import PlanError, Problem
from ..plan.model import Plan
from .backends.base import AudioUnavailable, Voice

BACKENDS = ("piper", "gtts", "espeak")
HOW = "use piper, piper:/path/to/voice.onnx, gtts:en or espeak:en-gb"


@dataclass(frozen=True)
class VoiceChoice:
    backend: str  # piper | gtts | espeak
    argument: str | None  # model path, language, or espeak voice; None for the default


def parse(spec: str) -> VoiceChoice | None:
    backend, _, argument = spec.strip().partition(":")
    backend = backend.strip().lower().replace("espeak-ng", "espeak")
    if backend not in BACKENDS:
        return None
    return VoiceChoice(backend, argument.strip() or None)


def choice_for(plan: Plan, tts: str | None) -> VoiceChoice | None:
    """The person's voice, with ``--tts`` choosing the backend for everyone when given."""
    own = parse(plan.person.voice)
    if tts is None:
        return own
    if own and own.backend == tts:
        return own
    return VoiceChoice(tts, None)


def _voice_line(plan: Plan) -> int | None:
    try:
        lines = plan.person_file.read_text("utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, 1) if re.match(r"\s*voice\s*:", line)), None)


def model_paths(argument: str | None) -> tuple[Path, Path]:
    """The .onnx voice and its .onnx.json; a relative path is from where staff run build.py."""
    if argument is None:
        from .backends.piper_voice import bundled_voice

        return bundled_voice()
    model = Path(argument).expanduser().resolve()
    return model, model.with_name(model.name + ".json")


def problems(plan: Plan, tts: str | None = None) -> list[Problem]:
    """What is wrong with the person's voice setting, worded for staff (empty when all is well)."""
    where = (plan.person_file, _voice_line(plan))
    choice = choice_for(plan, tts)
    if choice is None:
        return [
            Problem(*where, f"voice: '{plan.person.voice}' is not a voice planbook knows: {HOW}")
        ]
    if choice.backend == "piper" and choice.argument:
        model, config = model_paths(choice.argument)
        if model.suffix != ".onnx":
            return [
                Problem(*where, f"voice: a Piper voice is an .onnx file, not '{choice.argument}'")
            ]
        if not model.is_file():
            return [Problem(*where, f"voice: there is no Piper voice file at {model}")]
        if not config.is_file():
            return [
                Problem(
                    *where,
                    f"voice: the voice's settings file {config.name} is missing "
                    f"next to {model.name}",
                )
            ]
    if choice.backend == "espeak":
        from .backends.espeak import espeak_version, espeak_voices

        if not espeak_version():
            return [
                Problem(
                    *where,
                    "voice: espeak-ng is not installed on this computer "
                    "(apt-get install espeak-ng)",
                )
            ]
        name = (choice.argument or espeak_default(plan)).lower()
        if name not in espeak_voices():
            return [Problem(*where, f"voice: espeak-ng has no voice '{name}' (try espeak:en-gb)")]
    if choice.backend == "gtts":
        from gtts.lang import tts_langs

        lang = choice.argument or plan.person.language.split("-")[0]
        if lang not in tts_langs():
            return [Problem(*where, f"voice: gTTS has no language '{lang}' (try gtts:en)")]
    return []


def espeak_default(plan: Plan) -> str:
    return plan.person.language.lower() if plan.person.language.lower() != "en" else "en-gb"


def open_voice(plan: Plan, tts: str | None, cache_dir: Path, parallel: int) -> Voice:
    """The person's voice, ready to speak at their rate. Raises PlanError for a wrong setting."""
    found = problems(plan, tts)
    if found:
        raise PlanError(*found)
    choice = choice_for(plan, tts)
    assert choice is not None
    rate = plan.person.speech_rate
    if choice.backend == "espeak":
        from .backends.espeak import EspeakSpeech

        return EspeakSpeech(choice.argument or espeak_default(plan), rate, parallel)
    if choice.backend == "gtts":
        from .backends.gtts_voice import GttsSpeech

        return GttsSpeech(choice.argument or plan.person.language.split("-")[0], rate)
    return open_piper(*model_paths(choice.argument), rate, cache_dir, parallel)


def voice_for_language(
    plan: Plan, language: Language, tts: str | None, cache_dir: Path, parallel: int
) -> Voice:
    """The voice for words in ``language``: the person's own choice for their language, else
    the offline voice that speaks it.

    Piper's bundled voice speaks only (US) English, so for any other language a bare ``piper``
    means "the offline voice for this language": espeak-ng, from the espeakng-loader package
    (or Debian's espeak-ng). A provider's own Piper voice by path, espeak:xx and gtts:xx are used
    as given for the person's language. Raises AudioUnavailable when no voice speaks it.
    """
    own_language = language_of(plan.person.language)
    choice = choice_for(plan, tts)
    if language.code == "en" and own_language.code == "en":
        return open_voice(plan, tts, cache_dir, parallel)
    if (
        language.code == own_language.code
        and choice
        and (choice.backend != "piper" or choice.argument)
    ):
        return open_voice(plan, tts, cache_dir, parallel)
    if language.code == "en":  # an English page in another person's plan: the English voice
        return open_piper(*model_paths(None), plan.person.speech_rate, cache_dir, parallel)
    return offline_voice(language, plan.person.speech_rate, parallel)


def offline_voice(language: Language, speech_rate: float, parallel: int) -> Voice:
    """espeak-ng in the language: the bundled library, else Debian's program."""
    from .backends.espeak_library import EspeakLibrarySpeech, available

    name = language.espeak or language.code
    if available(name):
        return EspeakLibrarySpeech(name, speech_rate)
    from .backends.espeak import EspeakSpeech, espeak_version, espeak_voices

    if espeak_version() and name in espeak_voices():
        return EspeakSpeech(name, speech_rate, parallel)
    raise AudioUnavailable(
        f"no offline voice on this computer speaks {language.english}, so the site has no "
        f"Listen buttons (install espeakng-loader, or give voice: piper:/path/to/voice.onnx)"
    )


def open_piper(
    model: Path, config: Path, speech_rate: float, cache_dir: Path, parallel: int
) -> Voice:
    """A Piper voice at the person's rate; its pace is calibrated once (kept in the cache)."""
    from .backends.piper_voice import PiperSpeech

    return PiperSpeech(model, config, speech_rate, cache_dir, parallel)
