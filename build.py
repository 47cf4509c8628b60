#!/usr/bin/env python3
"""The command staff run: `python build.py` builds every plan; `--help` lists the rest."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plugins.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
