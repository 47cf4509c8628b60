"""Atomic and locked: a second build waits and says so; a build killed with SIGKILL leaves every
last good site whole, its workers stop with it, and the next build tidies up and succeeds."""

from __future__ import annotations

import fcntl
import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import ROOT, quick_options, write_plan

from plugins.builder.places import lock_file, state_dir
from plugins.builder.runner import run_build

PERSON = "name: Slow Person\nprivacy:\n  encrypt: false\n"


def pages(version: str, count: int) -> dict[str, str]:
    return {f"{i:03d}-page.md": f"# Page {i}\n\nI like tea, {version}.\n" for i in range(count)}


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path):
    plans, out = tmp_path / "plans", tmp_path / "site"
    write_plan(plans, "peggy", PERSON)
    out.mkdir()
    report = io.StringIO()
    with open(lock_file(state_dir(out)), "a+") as other:  # another build holds the lock
        fcntl.flock(other, fcntl.LOCK_EX)
        other.write("process 4242, started 09:15:00\n")
        other.flush()
        second = threading.Thread(
            target=lambda: run_build(plans, quick_options(out, tmp_path), jobs=1, out=report)
        )
        second.start()
        assert wait_for(lambda: "waiting" in report.getvalue(), 30)
        time.sleep(0.3)
        assert not (out / "peggy").exists(), "nothing is written while the other build runs"
        fcntl.flock(other, fcntl.LOCK_UN)
    second.join(timeout=120)
    text = report.getvalue()
    assert "Another build is writing to" in text and "(process 4242, started 09:15:00)" in text
    assert "1 built" in text and (out / "peggy" / "index.html").is_file()


def site_version(site: Path, count: int) -> str:
    """The one version every page of a site comes from; fails if the site is partly one, partly another."""
    versions = set()
    for i in range(count):
        text = (site / f"{i:03d}-page.html").read_text()
        versions |= {v for v in ("version one", "version two") if v in text}
    assert len(versions) == 1, f"{site.name} mixes {versions}"
    assert (site / "index.html").is_file()
    return versions.pop()


def test_a_build_killed_with_sigkill_keeps_every_last_good_site(tmp_path):
    plans, out = tmp_path / "plans", tmp_path / "site"
    count = 80  # pages: enough that the build is caught writing them
    slugs = ["slow-a", "slow-b"]
    for slug in slugs:
        write_plan(plans, slug, PERSON, pages("version one", count))
    assert run_build(plans, quick_options(out, tmp_path), jobs=2, out=io.StringIO()) == 0
    env = {**os.environ, "PLANBOOK_CACHE": str(tmp_path / "cache")}
    command = [
        sys.executable,
        str(ROOT / "build.py"),
        "--plans",
        "plans",
        "--out",
        "site",
        "--no-audio",
        "--no-pdf",
        "--jobs",
        "2",
        "--keys",
        "keys",
    ]
    for slug in slugs:
        write_plan(plans, slug, PERSON, pages("version two", count))

    build = subprocess.Popen(
        command,
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        state = state_dir(out)
        mid_build = wait_for(
            lambda: any(state.glob("tmp/*/site/*.html")) or build.poll() is not None, 240
        )
        build.kill()  # SIGKILL to the main process only, as the out-of-memory killer would
        build.wait(timeout=30)
        assert mid_build

        def workers_gone() -> bool:
            try:
                os.killpg(build.pid, 0)
            except ProcessLookupError:
                return True
            return False

        assert wait_for(workers_gone, 20), "the workers must stop with the build that started them"
    finally:
        try:
            os.killpg(build.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    for slug in slugs:  # every site is whole: all of one version, never a mix or missing
        site_version(out / slug, count)

    report = io.StringIO()
    code = run_build(plans, quick_options(out, tmp_path), jobs=2, out=report)
    assert code == 0, report.getvalue()
    assert "waiting" not in report.getvalue(), "a killed build does not keep the lock"
    assert sorted(p.name for p in out.iterdir()) == ["robots.txt", *slugs]
    assert not list(state_dir(out).glob("tmp/*")), "the next build removes the plaintext left"
    assert all(site_version(out / slug, count) == "version two" for slug in slugs)
