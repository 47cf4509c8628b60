"""WebVTT captions: one cue per sentence, timed by the synthesis, worded as the page is.

The same file is the read-along track (audio.js highlights the sentence whose cue is showing)
and the captions a deaf family member can read. A cue's id is the sentence's id in the page
(``data-pb-s``), so the page can find the words of a cue without comparing text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    id: str
    start: float  # seconds
    end: float
    text: str  # the sentence as written


def timestamp(seconds: float) -> str:
    millis = max(0, round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(cues: list[Cue]) -> str:
    lines = ["WEBVTT", ""]
    for cue in cues:
        lines += [cue.id, f"{timestamp(cue.start)} --> {timestamp(cue.end)}", _escape(cue.text), ""]
    return "\n".join(lines)


CUE = re.compile(
    r"(?:^|\n)(?:(?P<id>[^\n]*)\n)?"
    r"(?P<a>\d\d:\d\d:\d\d\.\d{3}) --> (?P<b>\d\d:\d\d:\d\d\.\d{3})[^\n]*\n"
    r"(?P<text>(?:[^\n]+\n?)*)"
)


def _seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def parse(text: str) -> list[Cue]:
    """Cues back from a WebVTT file (for tests and checks)."""
    if not text.startswith("WEBVTT"):
        raise ValueError("not a WebVTT file")
    out = []
    for m in CUE.finditer(text):
        words = m["text"].strip().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        out.append(Cue((m["id"] or "").strip(), _seconds(m["a"]), _seconds(m["b"]), words))
    return out
