"""Only what changed is rebuilt, and an unchanged run starts no workers at all."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from conftest import quick_options, write_plan

from plugins.builder import runner, warm


def test_an_unchanged_run_starts_no_workers_and_builds_only_the_changed(tmp_path, monkeypatch):
    plans, out = tmp_path / "plans", tmp_path / "site"
    for slug in ("peggy", "dennis", "rose"):
        write_plan(plans, slug, f"name: {slug.title()} Person\n")
    assert runner.run_build(plans, quick_options(out, tmp_path), jobs=2, out=io.StringIO()) == 0

    def no_pool(jobs):
        raise AssertionError("no worker should start")

    monkeypatch.setattr(runner, "worker_pool", no_pool)
    monkeypatch.setattr(runner, "warm_up", no_pool)
    report = io.StringIO()
    assert runner.run_build(plans, quick_options(out, tmp_path), jobs=2, out=report) == 0
    assert "0 built, 3 unchanged, 0 failed" in report.getvalue()

    write_plan(
        plans, "rose", "name: Rose Kaur\n", {"01-about-me.md": "# About me\n\nI like music.\n"}
    )
    report = io.StringIO()
    assert runner.run_build(plans, quick_options(out, tmp_path), jobs=2, out=report) == 0
    assert (
        re.search(r"built\s+rose", report.getvalue())
        and "1 built, 2 unchanged" in report.getvalue()
    )


def test_warming_up_never_stops_a_build(tmp_path):
    warm.warm_up(tmp_path / "missing.yml")
    (tmp_path / "mkdocs.yml").write_text(
        "plugins: [no-such-plugin]\nmarkdown_extensions: [no_such_ext]\n"
    )
    warm.warm_up(tmp_path / "mkdocs.yml")


def test_a_plugin_can_load_its_shared_data_before_the_workers_start(tmp_path, monkeypatch):
    calls = []

    class Plugin:
        @staticmethod
        def warm_up() -> None:
            calls.append("loaded")

    class Entry:
        name = "planbook-test"

        def load(self):
            return Plugin

    monkeypatch.setattr(warm.importlib.metadata, "entry_points", lambda group: [Entry()])
    warm._plugins({"plugins": ["planbook-test", {"planbook-test": {}}]})
    assert calls == ["loaded", "loaded"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_person_whose_plan_breaks_is_reported_by_the_build_not_the_quick_check(tmp_path, jobs):
    plans, out = tmp_path / "plans", tmp_path / "site"
    write_plan(plans, "peggy", "name: Peggy Hughes\n")
    write_plan(plans, "dennis", "name: [broken\n")
    report = io.StringIO()
    assert runner.run_build(plans, quick_options(out, tmp_path), jobs=jobs, out=report) == 1
    assert re.search(r"dennis/person.yml:\d+: not valid YAML", report.getvalue())


def test_photos_are_not_read_again_when_unchanged_but_a_changed_one_is_noticed(
    tmp_path, monkeypatch
):
    from plugins.builder import fingerprint
    from plugins.plan.load import load_plan

    folder = write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n")
    (folder / "photos").mkdir()
    photo = folder / "photos" / "sue.jpg"
    photo.write_bytes(b"first photo")
    old = 1_700_000_000
    os.utime(photo, (old, old))
    options = quick_options(tmp_path / "site", tmp_path)
    state = tmp_path / "state"
    first = fingerprint.person_fingerprint(load_plan(folder), options, tool="t", state=state)

    read: list[str] = []
    real_read = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real_read(self))
    assert fingerprint.person_fingerprint(load_plan(folder), options, tool="t", state=state) == first
    assert "sue.jpg" not in read, "an unchanged photo is not read again"

    photo.write_bytes(b"a new photo of Sue")
    assert fingerprint.person_fingerprint(load_plan(folder), options, tool="t", state=state) != first
    assert "sue.jpg" in read
