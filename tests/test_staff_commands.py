"""Help for staff, not programmers, and the known slips of `new`, `share`, `audit` and `check`."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_plan
from helpers import run_command

from plugins.checks import check_plan
from plugins.checks.audit import PersonAudit, review_status
from plugins.checks.audit_report import render_html
from plugins.checks.readability import Readability
from plugins.cli import COMMANDS, make_parser

SHARE_ACTIONS = ("add", "revoke", "list", "link")


def _examples(text: str) -> list[str]:
    part = text.split("\nexamples:\n", 1)
    return re.findall(r"^  python build\.py.*$", part[1], re.M) if len(part) == 2 else []


@pytest.mark.parametrize(
    "argv", [[name] for name in COMMANDS] + [["share", action] for action in SHARE_ACTIONS]
)
def test_every_help_has_two_or_three_examples(argv):
    code, out, _ = run_command(*argv, "--help")
    assert code == 0
    assert 2 <= len(_examples(out)) <= 3, out


def test_each_share_action_shows_only_its_own_options():
    shown = {action: run_command("share", action, "--help")[1] for action in SHARE_ACTIONS}
    assert "--qr" in shown["link"] and all("--qr" not in shown[a] for a in ("add", "list"))
    assert "--base-url" in shown["add"] and "--base-url" not in shown["list"]
    assert "--name" not in shown["list"] and "--out" not in shown["list"]
    assert "--base-url" not in shown["revoke"] and "--name" in shown["revoke"]


def test_the_top_help_shows_the_build_options():
    code, out, _ = run_command("--help")
    assert code == 0
    build_part = out.split("build options", 1)[1]
    for option in ("--only", "--no-audio", "--no-pdf", "--jobs", "--voice", "--strict"):
        assert option in build_part, option
    assert len(_examples(out)) >= 2


def test_voice_and_its_old_name_tts_choose_the_same():
    parser = make_parser()
    assert parser.parse_args(["build", "--voice", "espeak"]).tts == "espeak"
    assert parser.parse_args(["build", "--tts", "gtts"]).tts == "gtts"


def test_a_misspelt_option_or_command_gets_did_you_mean(tmp_path):
    code, _, err = run_command("--onyl", "peggy", cwd=tmp_path)
    assert code == 2 and "--onyl is not an option of build: did you mean --only?" in err
    code, _, err = run_command("chek", cwd=tmp_path)
    assert code == 2 and "did you mean check?" in err
    code, _, err = run_command("peggy-hughes", cwd=tmp_path)
    assert code == 2 and "python build.py --only peggy-hughes" in err


def test_a_name_written_as_a_title_gets_did_you_mean(tmp_path):
    write_plan(tmp_path / "plans", "rose-kaur")
    code, out, _ = run_command("--only", "Rose-Kaur", "--no-audio", "--no-pdf", cwd=tmp_path)
    assert code == 1 and "did you mean --only rose-kaur?" in out
    code, _, err = run_command("check", "Rose-Kaur", cwd=tmp_path)
    assert code == 1 and "did you mean rose-kaur?" in err
    code, _, err = run_command("share", "list", "rose", "--keys", "k", cwd=tmp_path)
    assert code == 1 and "did you mean rose-kaur?" in err


def test_new_in_any_script_starts_a_plan(tmp_path):
    code, out, err = run_command("new", "李明", cwd=tmp_path)
    assert code == 0, err
    [folder] = (tmp_path / "plans").iterdir()
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", folder.name) and (folder / "person.yml").is_file()
    assert folder.name in out and "cannot be a folder name" not in err
    assert run_command("check", folder.name, cwd=tmp_path)[0] == 0


def test_new_spells_a_chinese_name_in_latin_letters(tmp_path):
    pytest.importorskip("anyascii")
    assert run_command("new", "李明", cwd=tmp_path)[0] == 0
    assert (tmp_path / "plans" / "li-ming").is_dir()
    assert run_command("new", "Zoë Ó Briain", cwd=tmp_path)[0] == 0
    assert (tmp_path / "plans" / "zoe-o-briain").is_dir()


def test_a_name_of_no_letters_gets_a_neutral_folder_and_is_told(tmp_path):
    code, out, _ = run_command("new", "🙂", cwd=tmp_path)
    assert code == 0
    [folder] = (tmp_path / "plans").iterdir()
    assert re.fullmatch(r"p-[0-9a-f]{4}", folder.name) and "--slug" in out


def test_new_next_steps_keep_the_plans_folder(tmp_path):
    code, out, _ = run_command("new", "Ann Lee", "--plans", "care plans", cwd=tmp_path)
    assert code == 0
    assert "python build.py check ann-lee --plans 'care plans'" in out
    assert "python build.py serve ann-lee --plans 'care plans'" in out


OPEN = "name: Peggy Hughes\ncalled: Peggy\nprivacy:\n  encrypt: false\n"


def test_sharing_an_open_site_never_offers_to_take_it_back(tmp_path):
    write_plan(tmp_path / "plans", "peggy", OPEN)
    base = ("--keys", "keys", "--base-url", "https://plans.example.org")
    code, out, _ = run_command("share", "add", "peggy", "--name", "Sue", *base, cwd=tmp_path)
    assert code == 0 and "share revoke" not in out
    assert "nothing can take that back" in out and "encrypt: true" in out
    assert out.splitlines()[-1] == "https://plans.example.org/peggy/"
    code, out, _ = run_command("share", "revoke", "peggy", "--name", "Sue", *base, cwd=tmp_path)
    assert code == 1 and "nothing can take that back" in out


def test_the_audit_says_due_today_on_the_day():
    today = dt.date(2026, 11, 3)
    assert review_status(today, today) == "due today"
    assert review_status(today + dt.timedelta(days=1), today) == "due soon"
    person = PersonAudit("peggy", "Peggy Hughes", "Peggy", None, today, "due today", 0, 0)
    page = render_html([person], today)
    assert "Due today" in page and "Due soon" not in page.split("<tbody>")[1].split("</tbody>")[0]


@pytest.mark.parametrize("age, fires", [(11.4, False), (11.5, True), (11.6, True), (12.4, True)])
def test_a_reading_age_warning_never_contradicts_itself(make_plan, monkeypatch, age, fires):
    from plugins.checks.rules import readability as rule

    class Scored(Readability):
        reading_age = age  # as measured, before the message rounds it

    monkeypatch.setattr(rule, "measure", lambda found: Scored(60, 5, 80))
    folder = make_plan("peggy", pages={"01-about-me.md": "# Me\n\nI like tea.\n"})
    found = [f for f in check_plan(folder) if f.rule == "reading-age"]
    assert bool(found) == fires
    for f in found:
        shown = int(re.search(r"reading age of about (\d+)", f.message).group(1))
        aim = int(re.search(r"aims for (\d+) or under", f.message).group(1))
        assert shown > aim, f.message


@pytest.mark.parametrize(
    "argv", [["symbols", "--format", "json", "A cup of tea."], ["--help"]], ids=["symbols", "help"]
)
def test_output_read_by_a_reader_that_stops_early_ends_quietly(argv):
    """`python build.py symbols ... | head` must not end in a traceback when head stops reading."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        done = subprocess.run(
            [sys.executable, "build.py", *argv],
            cwd=Path(__file__).resolve().parents[1],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr
    assert done.returncode == 1
