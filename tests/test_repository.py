"""The files staff and CI read are whole: no merge left half done."""

from __future__ import annotations

import re
import subprocess

from conftest import ROOT

CONFLICT = re.compile(r"^(<{7} |={7}$|>{7} )", re.MULTILINE)


def test_no_tracked_text_file_holds_a_merge_conflict():
    """A conflict once sat in the README's sharing section through two stops unseen."""
    files = subprocess.run(
        ["git", "ls-files", "*.md", "*.py", "*.yml", "*.yaml", "*.toml", "*.html", "*.css", "*.js"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    left = [f for f in files if CONFLICT.search((ROOT / f).read_text(encoding="utf-8"))]
    assert left == []
