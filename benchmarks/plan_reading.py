#!/usr/bin/env python3
"""What reading a plan once and running its rules costs: per person, and next to a whole build.

    python benchmarks/plan_reading.py              # 40 generated people, 8 pages, 2 photos each
    python benchmarks/plan_reading.py --people 160

Why: the build now refuses what `check` calls an error, so each person built first has their
plan read and their error rules run (links, pictures decoded, HTML, template text). This prints
the time of the plain reading (`load_plan`), of the build's first step (`buildable_plan`: the
reading plus the error rules) and of a full `check` (every rule, warnings too), each per person,
then one site build per person (no audio, booklet or encryption) for scale.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from PIL import Image  # noqa: E402

from build import make_people  # noqa: E402
from plugins.builder.runner import run_build  # noqa: E402
from plugins.checks import check_plan  # noqa: E402
from plugins.checks.gate import buildable_plan  # noqa: E402
from plugins.plan.build import BuildOptions  # noqa: E402
from plugins.plan.load import load_plan  # noqa: E402
from plugins.plan.pictures import _decode  # noqa: E402
from plugins.plan.source import scan  # noqa: E402


def add_photos(folder: Path) -> None:
    """Two phone-sized photos, used on the first page, as real plans have."""
    photos = folder / "photos"
    photos.mkdir()
    for name in ("sue", "garden"):
        Image.new("RGB", (2000, 1500), (90, 140, 60)).save(photos / f"{name}.jpg", quality=85)
    page = folder / "01-page.md"
    page.write_text(
        page.read_text() + "\n![Sue](photos/sue.jpg)\n\n![My garden](photos/garden.jpg)\n"
    )


def per_person(label: str, folders: list[Path], step) -> float:
    scan.cache_clear()  # a fresh process reads every page
    _decode.cache_clear()
    started = time.perf_counter()
    for folder in folders:
        step(folder)
    seconds = (time.perf_counter() - started) / len(folders)
    print(f"{label:<44} {seconds * 1000:7.1f} ms a person")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="planbook-bench-") as tmp:
        plans = Path(tmp) / "plans"
        make_people(plans, args.people)
        folders = sorted(plans.iterdir())
        for folder in folders:
            add_photos(folder)
        print(f"{args.people} people, 8 pages and 2 photos (2000x1500 JPEG) each")
        read = per_person("reading (load_plan)", folders, load_plan)
        gate = per_person("build's first step (reading + error rules)", folders, buildable_plan)
        per_person("check (every rule)", folders, check_plan)
        options = BuildOptions(
            out_dir=Path(tmp) / "site",
            audio=False,
            pdf=False,
            encrypt=False,
            cache_dir=Path(tmp) / "cache",
            keys_dir=Path(tmp) / "keys",
        )
        started = time.perf_counter()
        run_build(plans, options, jobs=1, out=io.StringIO())
        build = (time.perf_counter() - started) / len(folders)
        label = "one site build (no audio, booklet, encryption)"
        print(f"{label:<44} {build * 1000:7.1f} ms a person")
        print(f"the error rules add {(gate - read) / build:.0%} to a person's site build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
