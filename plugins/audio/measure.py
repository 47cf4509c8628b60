"""Listening by measurement: loudness and pace of every sentence of a built MP3, from its captions.

Used by the tests, the benchmark and staff who want to check a site's audio
(``python -m plugins.audio.measure SITE_FOLDER``): it decodes the real MP3 (miniaudio), cuts it
at each cue of the WebVTT captions, and reports each sentence's loudness (BS.1770, or voiced RMS
under 0.4 s), words a minute over the sentence with its own pauses, and the fastest stretch of
speech between pauses (silences of PAUSE_S or more, found in the sound itself).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .captions import Cue, parse
from .loudness import loudness
from .mp3 import decode
from .pace import digit_run, text_runs, words
from .sections import spoken

PAUSE_S = 0.2  # a silence this long inside a sentence is a pause
SILENCE_DB = -60.0  # 10 ms frames this quiet are silence (a weak "th" or "f" is louder)


@dataclass(frozen=True)
class Measured:
    cue: Cue
    spoken: str
    loudness: float  # LUFS (dBFS voiced RMS when shorter than 0.4 s)
    wpm: float  # over the sentence, its own pauses included
    fastest_run_wpm: float  # between pauses (0 when the sentence has no pause)
    digits_per_second: float  # of a phone number said digit by digit (0 when none)


def _runs(x: np.ndarray, rate: int) -> list[tuple[float, float]]:
    """(start, end) seconds of speech between pauses of PAUSE_S or more."""
    frame = rate // 100
    n = len(x) // frame
    if n == 0:
        return []
    level = 10 * np.log10(np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1) + 1e-12)
    loud = level > SILENCE_DB
    runs, start, quiet = [], None, 0
    for i, on in enumerate(loud):
        if on:
            if start is None:
                start = i
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet * 0.01 >= PAUSE_S:
                runs.append((start * 0.01, (i - quiet + 1) * 0.01))
                start, quiet = None, 0
    if start is not None:
        runs.append((start * 0.01, (n - quiet) * 0.01))
    return runs


def measure(mp3: bytes, vtt: str, say: dict[str, str] | None = None) -> list[Measured]:
    x, rate = decode(mp3)
    out = []
    for cue in parse(vtt):
        part = x[int(cue.start * rate) : int(cue.end * rate)]
        said = spoken(cue.text, say)
        seconds = max(cue.end - cue.start, 1e-3)
        n = words(said)
        fastest = 0.0
        runs = _runs(part, rate)
        stretches = text_runs(said)
        if len(runs) > 1 and len(runs) == len(stretches):  # each stretch's own words
            for (a, b), words_in in zip(runs, stretches, strict=True):
                if words(words_in) >= 2:
                    fastest = max(fastest, words(words_in) / (b - a) * 60)
        elif len(runs) > 1:  # words shared out by length, as if evenly spoken
            total = sum(b - a for a, b in runs)
            for a, b in runs:
                share = n * (b - a) / total
                if share >= 2:
                    fastest = max(fastest, share / (b - a) * 60)
        digits = digit_run(said)
        out.append(
            Measured(
                cue,
                said,
                loudness(part, rate),
                n / seconds * 60,
                fastest,
                digits[2] / seconds if digits else 0.0,
            )
        )
    return out


def measure_site(site: Path, say: dict[str, str] | None = None) -> list[Measured]:
    """Every sentence of every captioned MP3 in a (not encrypted) site folder."""
    found = []
    for vtt in sorted(site.rglob("*.vtt")):
        mp3 = vtt.with_suffix(".mp3")
        if mp3.is_file():
            found += measure(mp3.read_bytes(), vtt.read_text("utf-8"), say)
    return found


def main(argv: list[str]) -> int:
    site = Path(argv[0]) if argv else Path("site")
    found = measure_site(site)
    if not found:
        print(f"No captioned MP3s in {site} (an encrypted site cannot be measured from disk).")
        return 1
    plain = [m for m in found if not m.digits_per_second]
    levels = np.array([m.loudness for m in found])
    paces = np.array([m.wpm for m in plain])
    print(f"{len(found)} sentences in {site}")
    print(f"loudness: {levels.min():.1f} to {levels.max():.1f} (median {np.median(levels):.1f})")
    print(f"pace without digits: {paces.min():.0f} to {paces.max():.0f} wpm")
    print(f"fastest stretch between pauses: {max(m.fastest_run_wpm for m in found):.0f} wpm")
    digits = [m.digits_per_second for m in found if m.digits_per_second]
    if digits:
        print(f"phone numbers: at most {max(digits):.2f} digits a second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
