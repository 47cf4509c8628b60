"""Audio benchmark: Piper's real-time factor cold and warm; an unchanged rebuild against a cold one.

    python benchmarks/audio.py [--person peggy-hughes] [--plans plans] [--threads N]

Real-time factor = seconds spent making speech / seconds of speech (lower is faster). The machine
may be shared, so wall-clock figures move with its load; each ratio printed last is measured
within this one run and is the figure to compare between runs. CPU seconds are shown too.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugins.audio.mp3 import mp3_duration  # noqa: E402
from plugins.audio.paths import plan_mp3  # noqa: E402
from plugins.audio.voices import model_paths, open_piper  # noqa: E402
from plugins.builder.person import build_person  # noqa: E402
from plugins.plan.build import BuildOptions  # noqa: E402

PASSAGE = (
    "I like to get up at about half past eight, when the house is quiet. "
    "Amina comes between half past eight and nine o'clock. Please knock, call out your name, "
    "and wait for me to answer. I choose the order of my wash. Please help with my back and "
    "my feet; I can do the rest myself. I like Radio 2 on while I have my porridge."
)


class Clock:
    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def voice_rtf(cache: Path, threads: int) -> tuple[float, float]:
    model, config = model_paths(None)
    with Clock() as cold:  # loads the model (and measures its pace once), then speaks
        voice = open_piper(model, config, 1.0, cache, threads)
        samples = voice.synthesize(PASSAGE)
    speech = len(samples) / voice.sample_rate
    with Clock() as warm:  # the model is loaded: speaking only
        samples = voice.synthesize(PASSAGE)
    speech_warm = len(samples) / voice.sample_rate
    print(f"Piper {model.name}, {threads} thread(s), passage of {len(PASSAGE.split())} words")
    print(
        f"  cold (model load + pace measurement + speech): {speech:5.1f} s of speech in "
        f"{cold.wall:5.2f} s  -> RTF {cold.wall / speech:.3f}  (CPU {cold.cpu:.2f} s, "
        f"CPU RTF {cold.cpu / speech:.3f})"
    )
    print(
        f"  warm (model loaded):                           {speech_warm:5.1f} s of speech in "
        f"{warm.wall:5.2f} s  -> RTF {warm.wall / speech_warm:.3f}  (CPU {warm.cpu:.2f} s, "
        f"CPU RTF {warm.cpu / speech_warm:.3f})"
    )
    return cold.wall / speech, warm.wall / speech_warm


def rebuild(plans: Path, slug: str, cache: Path, work: Path) -> tuple[float, float]:
    def once(out: Path) -> tuple[Clock, Path]:
        options = BuildOptions(
            out_dir=out, pdf=False, encrypt=False, cache_dir=cache, keys_dir=work / "keys"
        )
        with Clock() as clock:
            result = build_person(plans / slug, options)
        if result.status != "built":
            raise SystemExit(f"{slug} did not build: {result.problems}")
        return clock, out / slug

    cold, site = once(work / "cold")
    warm, site2 = once(work / "again")  # a new output folder, the same cache: nothing to say again
    speech = mp3_duration((site / plan_mp3(slug)).read_bytes())
    mp3s = sorted(site.rglob("*.mp3"))
    same = all((site2 / p.relative_to(site)).read_bytes() == p.read_bytes() for p in mp3s)
    print(f"{slug}: {len(mp3s)} MP3s, whole plan {speech / 60:.1f} min")
    print(
        f"  cold build (empty cache):    {cold.wall:6.1f} s  (CPU here {cold.cpu:.1f} s)"
        f"  -> {cold.wall / speech:.3f} s per second of audio"
    )
    print(
        f"  unchanged rebuild:           {warm.wall:6.1f} s  (CPU {warm.cpu:.1f} s)"
        f"  MP3s byte-identical: {'yes' if same else 'NO'}"
    )
    return cold.wall, warm.wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--person", default="peggy-hughes")
    parser.add_argument("--plans", type=Path, default=ROOT / "plans")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="planbook-audio-bench-"))
    try:
        os.environ["PLANBOOK_CACHE"] = str(work / "cache")
        cold_rtf, warm_rtf = voice_rtf(work / "voice-cache", args.threads)
        cold, warm = rebuild(args.plans, args.person, work / "cache", work)
        print("Ratios within this run (robust to the machine's load):")
        print(f"  warm RTF / cold RTF:            {warm_rtf / cold_rtf:.2f}")
        print(f"  unchanged rebuild / cold build: {warm / cold:.3f}  ({cold / warm:.0f}x faster)")
        print(f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
