"""`check`, `new` and `audit` from the command line, as staff and managers run them."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import quick_options, write_plan

from plugins.builder.person import build_person
from plugins.checks.audit import audit_plans
from plugins.checks.audit_report import render_html
from plugins.cli import main

GOOD_PERSON = """\
name: Grace Okafor
review:
  next: 2099-01-01
  how: "Dennis and I read my plan together."
"""


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_text_format_and_exit_codes(workspace, capsys):
    write_plan(
        workspace / "plans", "grace-okafor", GOOD_PERSON, {"01-me.md": "# Me\n\nI like tea.\n"}
    )
    assert main(["check"]) == 0
    write_plan(
        workspace / "plans",
        "dennis-okafor",
        GOOD_PERSON.replace("Grace", "Dennis"),
        {"01-me.md": "# Me\n\nDennis requires tea.\n\n![](photos/none.jpg)\n"},
    )
    capsys.readouterr()
    assert main(["check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(
        line.startswith("plans/dennis-okafor/01-me.md:3: warning staff-voice: 'Dennis requires' ")
        for line in lines
    )
    assert any(
        line.startswith("plans/dennis-okafor/01-me.md:5: error image-alt: ") for line in lines
    )
    assert main(["check", "grace-okafor"]) == 0


def test_check_json_format(workspace, capsys):
    write_plan(
        workspace / "plans",
        "dennis-okafor",
        GOOD_PERSON,
        {"01-me.md": "# Me\n\nMy care package.\n"},
    )
    assert main(["check", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == [
        {
            "file": "plans/dennis-okafor/01-me.md",
            "line": 3,
            "severity": "warning",
            "rule": "jargon",
            "message": data[0]["message"],
        }
    ]


def test_check_unknown_person_and_missing_folder(workspace, capsys):
    assert main(["check", "--plans", "nowhere"]) == 1
    assert "no plans folder" in capsys.readouterr().err
    write_plan(workspace / "plans", "grace-okafor", GOOD_PERSON)
    assert main(["check", "nobody"]) == 1
    assert "nobody" in capsys.readouterr().err


def test_check_a_broken_person_file_is_a_message_not_a_traceback(workspace, capsys):
    write_plan(workspace / "plans", "grace-okafor", "name: [unclosed\n")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("plans/grace-okafor/person.yml") and "error invalid-plan" in out


def test_new_then_check_then_build(workspace, capsys):
    assert main(["new", "Margaret O'Neill", "--called", "Peggy"]) == 0
    folder = workspace / "plans" / "margaret-oneill"
    assert {p.name for p in folder.iterdir()} >= {
        "person.yml",
        "01-what-matters-to-me.md",
        "08-checking-my-plan-together.md",
    }
    capsys.readouterr()
    assert main(["check", "margaret-oneill"]) == 0
    assert capsys.readouterr().out == ""  # no errors and no warnings
    assert main(["new", "Margaret O'Neill"]) == 1  # never overwrites
    result = build_person(folder, quick_options(workspace / "site", workspace))
    assert result.status == "built", result.problems
    pages = "".join(
        p.read_text(encoding="utf-8")
        for p in (workspace / "site" / "margaret-oneill").glob("*.html")
    )
    assert "We will write this part together." in pages
    assert (
        "Staff:" not in pages and "Then delete the line below" not in pages
    )  # prompts never published


def test_new_refuses_a_bad_folder_name(workspace, capsys):
    assert main(["new", "Ann Lee", "--slug", "Ann Lee"]) == 1
    assert "Cannot start the plan" in capsys.readouterr().err


def test_audit_writes_outside_site_with_no_plan_text(workspace, capsys):
    plans = workspace / "plans"
    write_plan(
        plans, "grace-okafor", GOOD_PERSON, {"01-me.md": "# Me\n\nI grow marrows secretly.\n"}
    )
    write_plan(
        plans,
        "rose-kaur",
        "name: Rose Kaur\nreview:\n  next: 2020-01-01\n",
        {"01-me.md": "# Me\n\nI like my grandson Harry.\n"},
    )
    site = workspace / "site" / "grace-okafor"
    site.mkdir(parents=True)
    (site / "index.html").write_text("<html></html>")
    (site / "booklet.pdf").write_bytes(b"%PDF")
    assert main(["audit"]) == 0
    report = workspace / "reports" / "audit.html"
    page = report.read_text(encoding="utf-8")
    assert "Grace Okafor" in page and "Rose Kaur" in page
    assert "marrows" not in page and "Harry" not in page  # names of the people only, no plan text
    assert 'class="overdue">Overdue' in page and '<html lang="en-GB">' in page
    rows = {r["slug"]: r for r in csv.DictReader((workspace / "reports" / "audit.csv").open())}
    assert rows["grace-okafor"]["site"] == "yes" and rows["grace-okafor"]["booklet"] == "yes"
    assert rows["grace-okafor"]["audio"] == "no" and rows["rose-kaur"]["review_status"] == "overdue"
    assert rows["rose-kaur"]["first_person_percent"] == "100"
    assert not list((workspace / "site").rglob("audit*"))
    assert main(["audit", "--out", "site/reports"]) == 1
    assert "must not go inside" in capsys.readouterr().err


def test_audit_review_states():
    from plugins.checks.audit import review_status

    today = dt.date(2026, 11, 10)
    assert review_status(None, today) == "no date"
    assert review_status(dt.date(2026, 11, 9), today) == "overdue"
    assert review_status(dt.date(2026, 11, 20), today) == "due soon"
    assert review_status(dt.date(2027, 1, 1), today) == "booked"


def test_audit_of_the_examples(tmp_path):
    root = Path(__file__).resolve().parents[1]
    folders = sorted(p for p in (root / "plans").iterdir() if p.is_dir())
    people = audit_plans(folders, tmp_path / "site", dt.date(2026, 11, 10))
    for person in people:
        assert person.errors == 0 and person.warnings == 0
        if person.slug in ("gwen-morgan", "nasreen-akhtar"):  # the measures read English only
            assert person.first_person is None and person.reading_age is None
            assert person.not_measured in ("Welsh", "Urdu")
            continue
        assert person.first_person and person.first_person > 0.6
        assert person.reading_age and person.reading_age <= 11
        assert person.not_measured == ""
    html = render_html(people, dt.date(2026, 11, 10))
    assert "pages in Urdu not measured" in html and "pages in Welsh not measured" in html


def test_audit_formats_from_the_builders_note_or_locked(tmp_path):
    import json

    from plugins.builder.fingerprint import state_file, write_private_text
    from plugins.builder.places import state_dir
    from plugins.checks.audit import formats_in

    site = tmp_path / "site"
    (site / "rose-kaur" / "data").mkdir(parents=True)
    (site / "rose-kaur" / "index.html").write_text("<!doctype html>")
    (site / "rose-kaur" / "data" / "site.js").write_text(
        'window.__planbook_site={"v": 2, "site": "x", "build": "y", "keys": []};\n'
    )
    locked = formats_in(site, "rose-kaur")
    assert locked.site and locked.booklet is None and locked.audio is None
    (site / "p-abcdefgh").mkdir()
    (site / "rose-kaur").rename(site / "p-abcdefgh" / "x")
    (site / "p-abcdefgh" / "index.html").write_text("<!doctype html>")
    write_private_text(
        state_file(state_dir(site), "rose-kaur"),
        json.dumps(
            {
                "folder": "p-abcdefgh",
                "fingerprint": "x",
                "formats": {"booklet": True, "audio": False},
            }
        ),
    )
    noted = formats_in(site, "rose-kaur")
    assert noted.site and noted.booklet is True and noted.audio is False
    assert noted.folder == "p-abcdefgh", "the audit tells staff which neutral folder is whose"
