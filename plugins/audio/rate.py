"""Speaking rate: speech_rate 1.0 is a natural 150-170 words a minute, whatever the voice.

Piper voices differ (en_US-joe-medium speaks about 250 words a minute as trained), so each
voice is measured once on a plain passage and its length scale set to land on TARGET_WPM;
the measurement is kept in the cache folder, keyed by the voice model's hash (noise in the
voice makes each measurement differ by a few per cent: keeping it keeps the cache valid).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

# Words a minute of running speech (sentences and the pauses between them) at speech_rate 1.0.
# A page adds longer pauses after headings, paragraphs and list items, which brings the whole
# page to the natural 150-170 (measured on the example plans: see tests/test_audio_piper.py).
TARGET_WPM = 180
CALIBRATION_TEXT = (
    "I like to get up at about eight o'clock, when the house is quiet. "
    "My daughter rings me every Sunday, and we talk about the garden and the grandchildren. "
    "Please knock on the door and wait for me to answer, because I can take a little while. "
    "I would rather make my own cup of tea, but I am glad of help with the shopping."
)


def words(text: str) -> int:
    return len(text.split())


def wpm(text: str, seconds: float) -> float:
    return words(text) / seconds * 60 if seconds > 0 else 0.0


def natural_scale(measured_wpm: float) -> float:
    """The length scale that turns a voice's measured pace (at 1.0) into TARGET_WPM, to 0.05."""
    return round(round(measured_wpm / TARGET_WPM / 0.05) * 0.05, 2)


def length_scale(natural: float, speech_rate: float) -> float:
    """The person's rate on top of the voice's natural scale: 0.9 is a little slower."""
    return round(natural / speech_rate, 3)


def calibrated_scale(model_hash: str, cache_dir: Path, measure) -> float:
    """The voice's natural length scale, measured once (``measure()``: words a minute at 1.0)."""
    path = cache_dir / "voices" / f"{model_hash}.json"
    try:
        return natural_scale(float(json.loads(path.read_text("utf-8"))["wpm_at_1"]))
    except (OSError, ValueError, KeyError):
        pass
    measured = round(measure(), 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"wpm_at_1": measured, "text": CALIBRATION_TEXT}), "utf-8")
    os.replace(tmp, path)
    return natural_scale(measured)
