"""benchmarks/symbols_misses.py reads a set in another language with that language's word list."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_misses_read_an_urdu_set_with_the_urdu_list_and_only_its_tuning_part():
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "symbols_misses.py"),
            str(ROOT / "tests" / "data" / "symbols_tuning2_ur.yml"),
            "--language",
            "ur",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "sentences: 75," in run.stdout  # the held-back quarter is not listed
    found, keys = re.search(r"recall: (\d+)/(\d+)", run.stdout).groups()
    assert int(found) > int(keys) / 2  # read with the Urdu list (English's finds next to none)
