"""Pace: every sentence at a pace an older listener can follow, chosen before it is spoken.

At ``speech_rate: 1.0`` a sentence runs at TARGET_WPM counted over the words spoken, from its
first sound to its last, its own pauses (commas) included; no stretch of speech between two
pauses runs above RUN_LIMIT_WPM; the digits of a phone number come no faster than
DIGITS_PER_SECOND. ``speech_rate`` scales all three for the person.

How: Piper's duration predictor gives the length of every phoneme before any sound is made
(``noise_w`` at 0 makes it exact and repeatable), and the voice's length scale stretches those
lengths (each rounded up to a whole frame). So the length scale that lands a sentence on its
target is found by arithmetic on those lengths, and the sentence is synthesised once. A voice
whose model cannot give its durations falls back to the voice's calibrated average phoneme
length (``calibrate``), measured once per voice file and code version, with the noise off.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

PACE_VERSION = 3  # bump when any rule below changes: it is part of every sentence's cache key
TARGET_WPM = 160.0
LOWEST_WPM = 153.0  # "150-170 with its pauses": pauses inside a sentence shrink to keep to it
RUN_LIMIT_WPM = 166.0  # "never above 180 between pauses", with room for how it is measured
MIN_PAUSE_S = 0.05
RUN_EDGE_S = (
    0.06  # a stretch's first and last sounds are soft: measured, it seems this much shorter
)
DIGITS_PER_SECOND = 2.3  # "no faster than 2.5", with a little room
DIGITS_IN_A_GROUP_PER_SECOND = 2.4  # inside one group; the pauses between groups slow it
PAUSE_S = {",": 0.22, ";": 0.3, ":": 0.3}
DIGIT_GROUP_PAUSE_S = 0.38  # between the groups of a phone number
SCALE_RANGE = (0.35, 6.0)

SILENT = {"^", "$", "_", " "}
PAUSES = set(",;:.!?")  # punctuation the voice keeps and pauses at: not a word
DIGIT_WORDS = {"oh", "zero", "nought", "one", "two", "three", "four", "five", "six", "seven"}
DIGIT_WORDS |= {"eight", "nine"}
CALIBRATION_TEXT = (
    "I like to get up at about eight o'clock, when the house is quiet. "
    "My daughter rings me every Sunday, and we talk about the garden and the grandchildren. "
    "Please knock on the door and wait for me to answer, because I can take a little while. "
    "I would rather make my own cup of tea, but I am glad of help with the shopping."
)


def words(text: str) -> int:
    """Words as counted for pace: the words spoken ("twenty pounds" is two)."""
    return len(re.findall(r"[^\s,;:.!?—–]+", text))


def wpm(text: str, seconds: float) -> float:
    return words(text) / seconds * 60 if seconds > 0 else 0.0


def labels_for(phonemes: list[str], id_map: dict[str, list[int]]) -> list[str]:
    """One label per phoneme id, as piper.phoneme_ids.phonemes_to_ids lays them out."""
    labels = ["^"] * len(id_map["^"]) + ["_"] * len(id_map["_"])
    for phoneme in phonemes:
        if phoneme in id_map:
            labels += [phoneme] * len(id_map[phoneme]) + ["_"] * len(id_map["_"])
    return labels + ["$"] * len(id_map["$"])


@dataclass(frozen=True)
class Layout:
    """A sentence's phoneme ids at length scale 1: how long each is, and what it is."""

    frames: np.ndarray  # float32 frames per id (hop_length samples each) at length scale 1
    labels: list[str]

    def sounding(self) -> np.ndarray:
        return np.array([lab not in SILENT and lab not in PAUSES for lab in self.labels])

    def words_region(self) -> tuple[int, int]:
        """First id of the first word, and the id after the last word (with its pad)."""
        idx = np.flatnonzero(self.sounding())
        if idx.size == 0:
            return 0, 0
        end = int(idx[-1]) + 1
        if end < len(self.labels) and self.labels[end] == "_":
            end += 1
        return int(idx[0]), end

    def word_groups(self) -> list[tuple[int, int]]:
        """(first id, id after) of each word, in order."""
        groups, start = [], None
        sound = self.sounding()
        for i, lab in enumerate(self.labels):
            if lab == " " or lab in PAUSES or lab in ("^", "$"):
                if start is not None:
                    groups.append((start, i))
                start = None
            elif sound[i] and start is None:
                start = i
        if start is not None:
            groups.append((start, len(self.labels)))
        return groups

    def runs(self) -> list[tuple[np.ndarray, int]]:
        """Stretches of speech between pauses: (mask of ids, words in it).

        A stretch runs from its first sounding phoneme to its last (with that phoneme's pad);
        the silence around a comma (the comma, its pads and the space) belongs to the pause.
        """
        a, b = self.words_region()
        sound = self.sounding()
        out: list[tuple[np.ndarray, int]] = []
        first = last = None
        count, in_word = 0, False

        def close() -> None:
            if first is not None and last is not None:
                mask = np.zeros(len(self.labels), bool)
                end = last + 2 if last + 1 < b and self.labels[last + 1] == "_" else last + 1
                mask[first:end] = True
                out.append((mask, count))

        for i in range(a, b):
            lab = self.labels[i]
            if lab in PAUSES:
                close()
                first = last = None
                count, in_word = 0, False
            elif sound[i]:
                first = i if first is None else first
                last = i
                if not in_word:
                    count, in_word = count + 1, True
            elif lab == " ":
                in_word = False
        close()
        return out


VOWELS = set("aeiouyæɐɑɒɔəɚɛɜɞɪʊʌʏɨʉɯɤøœɘɵɶᵻː")
STOPS = set("pbtdkgɡʔcɟqɢ")
FRICATIVES = set("fvθðszʃʒhxçɣχ")


def stretch_weights(labels: list[str]) -> np.ndarray:
    """How much each phoneme takes of a slowing: vowels most, stops least.

    Slowed evenly, a stop's silent closure grows into a gap a listener hears as a pause in
    the middle of a word; people slow down mostly on vowels, and so does planbook.
    """
    out = np.empty(len(labels), dtype=np.float32)
    last = 0.5
    for i, lab in enumerate(labels):
        if lab == "_":
            out[i] = last  # a pad goes with the phoneme before it
            continue
        if lab in VOWELS:
            last = 1.0
        elif lab in STOPS:
            last = 0.15
        elif lab in FRICATIVES:
            last = 0.5
        elif lab in ("ˈ", "ˌ", " "):
            last = 0.3
        else:  # nasals, liquids, glides
            last = 0.75
        out[i] = last
    return out


def _weighted_scale_for(
    frames: np.ndarray, weights: np.ndarray, seconds: float, seconds_per_frame: float
) -> np.ndarray:
    """Per-id scales 1 + (S - 1) * weight, with S the least that gives ``seconds``.

    Quickening (rare: a short word at a slow voice's pace) is done evenly.
    """
    if float(frames.sum()) * seconds_per_frame > seconds:
        weights = np.ones_like(weights)

    def scales(big: float) -> np.ndarray:
        return np.maximum(SCALE_RANGE[0], 1.0 + (big - 1.0) * weights).astype(np.float32)

    big = _smallest_scale(
        lambda b: float(np.ceil(frames.astype(np.float32) * scales(b)).sum()) * seconds_per_frame,
        seconds,
    )
    return scales(big)


def frames_at(frames: np.ndarray, scale: float) -> np.ndarray:
    """Whole frames per id at a length scale, as the model rounds them (float32, ceiling)."""
    return np.ceil(frames.astype(np.float32) * np.float32(scale))


def _smallest_scale(seconds_at: Callable[[float], float], seconds: float) -> float:
    """The smallest length scale whose length is at least ``seconds`` (lengths only grow)."""
    low, high = SCALE_RANGE
    if seconds_at(high) < seconds:
        return high
    if seconds_at(low) >= seconds:
        return low
    for _ in range(40):
        mid = (low + high) / 2
        low, high = (low, mid) if seconds_at(mid) >= seconds else (mid, high)
    return round(high, 4)


def digit_run(text: str, least: int = 4) -> tuple[int, int, int] | None:
    """(first word, last word, digits) of the longest run of digits said one by one."""
    spoken = re.findall(r"[^\s,;:.!?—–]+", text.lower())
    best, start = None, None
    for i, word in enumerate([*spoken, ""]):
        if word in DIGIT_WORDS:
            start = i if start is None else start
            continue
        if start is not None and i - start >= least and (best is None or i - start > best[2]):
            best = (start, i - 1, i - start)
        start = None
    return best


def choose_scale(layout: Layout, text: str, speech_rate: float, seconds_per_frame: float) -> float:
    """The length scale that puts this sentence at its pace (see the module's rules)."""
    a, b = layout.words_region()
    if b <= a:
        return 1.0
    region = np.zeros(len(layout.labels), bool)
    region[a:b] = True

    def length(mask: np.ndarray) -> Callable[[float], float]:
        chosen = layout.frames[mask]
        return lambda scale: float(frames_at(chosen, scale).sum()) * seconds_per_frame

    n = max(1, words(text))
    scale = _smallest_scale(length(region), n * 60 / (TARGET_WPM * speech_rate))
    groups = layout.word_groups()
    ratio = n / max(1, len(groups))  # the text's words per word the voice sees
    for mask, count in layout.runs():
        if count * ratio >= 2:
            limit = count * ratio * 60 / (RUN_LIMIT_WPM * speech_rate)
            scale = max(scale, _smallest_scale(length(mask), limit))
    digits = digit_run(text)
    if digits:
        first, last, count = digits
        mask = np.zeros(len(layout.labels), bool)
        if len(groups) == n:  # the voice saw the same words: time the digits themselves
            mask[groups[first][0] : groups[last][1]] = True
        else:  # otherwise hold the whole sentence to the digits' pace
            mask, count = region, n
        limit = count / (DIGITS_PER_SECOND * speech_rate)
        scale = max(scale, _smallest_scale(length(mask), limit))
    return scale


def _scale_for(frames: np.ndarray, seconds: float, seconds_per_frame: float) -> float:
    return _smallest_scale(
        lambda scale: float(frames_at(frames, scale).sum()) * seconds_per_frame, seconds
    )


def text_runs(text: str) -> list[str]:
    """The words between the pauses the voice makes (commas and the like), as spoken."""
    return [r for r in re.split(r"[,;:]+|[.!?]+(?=\s|$)", text) if words(r)]


def choose_scales(
    layout: Layout, text: str, speech_rate: float, seconds_per_frame: float
) -> np.ndarray:
    """A length scale for every phoneme id: each stretch of speech between pauses at its own
    pace, each pause at its own length (see the module's rules).

    The sentence's time at TARGET_WPM is shared out: first the pauses, then the stretches in
    proportion to their natural length; a stretch that would run above RUN_LIMIT_WPM is given
    the time it needs and the others share what is left (so the sentence may end up a little
    under TARGET_WPM, never over). A stretch of digits said one by one gets the time its
    digits need. When the voice's stretches do not match the text's (rare), every stretch
    gets the sentence's one length scale.
    """
    rate = speech_rate
    scales = np.ones(len(layout.labels), dtype=np.float32)
    a, b = layout.words_region()
    if b <= a:
        return scales
    runs = layout.runs()
    spoken_runs = text_runs(text)
    if len(runs) != len(spoken_runs):
        scales[a:b] = choose_scale(layout, text, speech_rate, seconds_per_frame)
        return scales
    in_runs = np.zeros(len(layout.labels), bool)
    for mask, _ in runs:
        in_runs |= mask
    # the pauses between stretches: everything in the words' region that is not a stretch
    gaps, start = [], None
    for i in range(a, b + 1):
        if i < b and not in_runs[i]:
            start = i if start is None else start
        elif start is not None:
            gaps.append((start, i))
            start = None
    phone = digit_run(text) is not None  # a number said digit by digit, in groups
    digit_runs = [phone and bool(digit_run(r, 2)) for r in spoken_runs]
    counts = [words(r) for r in spoken_runs]
    natural = [float(layout.frames[m].sum()) * seconds_per_frame for m, _ in runs]
    # the least time each stretch needs (short stretches between commas most of all)
    floor = [c * 60 / (RUN_LIMIT_WPM * rate) + (RUN_EDGE_S / rate if c > 1 else 0) for c in counts]
    for i in range(len(spoken_runs)):
        if digit_runs[i]:
            floor[i] = max(floor[i], counts[i] / (DIGITS_IN_A_GROUP_PER_SECOND * rate))
    wanted = []
    for n, (g0, g1) in enumerate(gaps):
        mark = next((lab for lab in layout.labels[g0:g1] if lab in PAUSES), ",")
        between_digits = 0 < n + 1 < len(digit_runs) and digit_runs[n] and digit_runs[n + 1]
        wanted.append((DIGIT_GROUP_PAUSE_S if between_digits else PAUSE_S.get(mark, 0.3)) / rate)
    # Short sentences of short stretches ("Yes, please."): shorter pauses keep them in range,
    # and the stretches lose their margin first when the sentence would fall under LOWEST_WPM.
    lowest = words(text) * 60 / (LOWEST_WPM * rate)
    if not phone and sum(floor) + MIN_PAUSE_S / rate * len(gaps) > lowest:
        floor = [
            f - (RUN_EDGE_S / rate if c > 1 else 0) for f, c in zip(floor, counts, strict=True)
        ]
    room = lowest - sum(floor)
    if not phone and wanted and sum(wanted) > room:
        wanted = [max(MIN_PAUSE_S / rate, w * max(room, 0.0) / sum(wanted)) for w in wanted]
    pause_time = 0.0
    for (g0, g1), seconds in zip(gaps, wanted, strict=True):
        scales[g0:g1] = _scale_for(layout.frames[g0:g1], seconds, seconds_per_frame)
        pause_time += float(frames_at(layout.frames[g0:g1], scales[g0]).sum()) * seconds_per_frame
    budget = max(0.0, words(text) * 60 / (TARGET_WPM * rate) - pause_time)
    fixed: dict[int, float] = {}
    while True:  # share the budget; stretches that would run too fast keep their floor
        free = [i for i in range(len(runs)) if i not in fixed]
        left = budget - sum(fixed.values())
        total = sum(natural[i] for i in free) or 1.0
        share = {i: max(left, 0.0) * natural[i] / total for i in free}
        short = [i for i in free if share[i] < floor[i]]
        if not short:
            break
        for i in short:
            fixed[i] = floor[i]
    weights = stretch_weights(layout.labels)
    for i, (mask, _) in enumerate(runs):
        seconds = max(fixed.get(i, share.get(i, floor[i])), floor[i])
        scales[mask] = _weighted_scale_for(
            layout.frames[mask], weights[mask], seconds, seconds_per_frame
        )
    return scales


# -- calibration: a voice without durations in its model --------------------------------------


def calibration_path(cache_dir: Path, model_hash: str) -> Path:
    """One file per voice file and version of this code (a hash of pace.py)."""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    return Path(cache_dir) / "voices" / f"{model_hash}-pace-{code}.json"


def calibrate(model_hash: str, cache_dir: Path, measure: Callable[[], dict]) -> dict:
    """The voice's own pace at length scale 1, measured once per voice file and code version.

    ``measure()`` speaks CALIBRATION_TEXT with the noise off (so the figure never changes) and
    returns {"wpm_at_1", "frames_per_phoneme", "frames_per_pause"}.
    """
    path = calibration_path(cache_dir, model_hash)
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        pass
    found = measure()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(found | {"text": CALIBRATION_TEXT}), "utf-8")
    os.replace(tmp, path)
    return found


def estimated_frames(labels: list[str], calibration: dict) -> np.ndarray:
    """Each id's length at scale 1 from the voice's calibrated averages (the fallback)."""
    per_phoneme = float(calibration["frames_per_phoneme"])
    per_pause = float(calibration["frames_per_pause"])
    return np.array(
        [per_pause if lab in PAUSES else 0.0 if lab in SILENT else per_phoneme for lab in labels],
        dtype=np.float32,
    )
