"""The small helpers every capability shares: written once, behaving the same everywhere."""

from __future__ import annotations

import datetime as dt
import locale
import logging
import os
from pathlib import Path

import pytest

from plugins.utils import atomic_write, capture_logs, day_month_year, display_path, long_date


def test_atomic_write_replaces_whole_and_leaves_nothing_behind(tmp_path):
    target = tmp_path / "deep" / "audit.html"
    atomic_write(target, "first")
    atomic_write(target, b"second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["audit.html"]


def test_atomic_write_sets_the_mode_before_writing(tmp_path):
    key = atomic_write(tmp_path / "key", b"secret", mode=0o600)
    assert key.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = atomic_write(tmp_path / "a.txt", "old")

    def refuse(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_display_path_is_relative_to_where_staff_are(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "plans" / "peggy" / "person.yml") == "plans/peggy/person.yml"
    assert display_path(Path("plans/peggy")) == "plans/peggy"
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere")
    assert display_path(link) == "link", "a symbolic link is shown where it is"


def test_long_dates_never_follow_the_machines_language(monkeypatch):
    day = dt.date(2026, 10, 6)
    try:
        monkeypatch.setattr(locale, "getlocale", lambda *a: ("fr_FR", "UTF-8"))
        locale.setlocale(locale.LC_TIME, "fr_FR.UTF-8")
    except locale.Error:
        pass  # the words come from planbook's own table either way
    try:
        assert long_date(day) == "Tuesday 6 October 2026"
        assert day_month_year(day) == "6 October 2026"
    finally:
        locale.setlocale(locale.LC_TIME, "C")


def test_capture_logs_keeps_each_message_once_and_prints_none(capsys):
    logger = logging.getLogger("mkdocs.test")
    with capture_logs("mkdocs") as got:
        logger.warning("Doc file 'x.md' says %s", "this")
        logger.warning("Doc file 'x.md' says %s", "this")
        logger.info("only information")
    assert got.messages == ["Doc file 'x.md' says this"]
    assert got.records[0].name == "mkdocs.test"
    shown = capsys.readouterr()
    assert "Doc file" not in shown.out + shown.err
