"""The checker on whole plans: the examples are clean, a staff-voice plan is caught line by line."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import markdown

from plugins.checks import check_plan, check_plans
from plugins.checks.comments import strip_comments

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_TODAY = dt.date(2026, 11, 10)  # a day when every example's review is still booked


def test_example_plans_give_no_findings():
    folders = sorted(
        p for p in (ROOT / "plans").iterdir() if p.is_dir() and not p.name.startswith(("_", "."))
    )
    assert folders
    found = check_plans(folders, today=EXAMPLE_TODAY)
    assert [f.as_text() for f in found] == []


STAFF_PLAN = """\
# About Dennis

Dennis presents with weakness on his left side.
He requires assistance with his ADLs.
The service user is to be mobilised with a frame.

Medication must be administered by staff.
I like tea.
"""


def test_staff_voice_plan_gets_one_finding_per_problem_on_the_right_line(make_plan, monkeypatch):
    folder = make_plan(
        "dennis-okafor",
        person="""\
name: Dennis Okafor
review:
  next: 2027-01-12
  how: "Grace and I read my plan together."
""",
        pages={"01-about-me.md": STAFF_PLAN},
    )
    monkeypatch.chdir(folder.parent.parent)
    found = [
        (f.line, f.rule, f.message.split("'")[1]) for f in check_plan(folder, today=EXAMPLE_TODAY)
    ]
    assert found == [
        (3, "jargon", "presents with"),
        (3, "staff-voice", "Dennis presents"),
        (4, "jargon", "ADLs"),
        (4, "staff-voice", "He requires"),
        (5, "jargon", "mobilised"),
        (5, "passive-order", "is to be mobilised"),
        (5, "staff-voice", "service user"),
        (7, "jargon", "administered"),
        (7, "passive-order", "must be administered"),
    ]
    assert check_plan(folder, today=EXAMPLE_TODAY)[0].file == "plans/dennis-okafor/01-about-me.md"


def test_comments_never_reach_the_html():
    source = (
        "I like tea. <!-- staff: ask about sugar -->\n<!-- a\nlonger prompt -->\nMore.\n\n"
        "```\n<!-- kept -->\n```\n"
    )
    html = markdown.markdown(source, extensions=["plugins.checks.comments", "fenced_code"])
    assert "staff" not in html and "longer prompt" not in html
    assert "&lt;!-- kept --&gt;" in html and "I like tea." in html and "More." in html


def test_stripping_comments_keeps_line_count():
    lines = ["a <!-- b", "c --> d", "<!-- e -->", "f"]
    assert strip_comments(lines) == ["a", " d", "", "f"]


def test_the_findings_paths_are_relative_to_where_staff_run_it(make_plan, monkeypatch):
    folder = make_plan("dennis-okafor", pages={"01-about-me.md": "# Hi\n\n![](x.png)\n"})
    monkeypatch.chdir(folder.parent.parent)
    assert {f.file for f in check_plan(folder)} >= {
        os.path.join("plans", "dennis-okafor", "01-about-me.md")
    }
