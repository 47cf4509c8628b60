"""Loading a person's folder: good plans load with defaults, mistakes name the file, line and field."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from plugins.plan.errors import PlanError
from plugins.plan.load import load_plan, title_from_file

FULL = """\
name: Margaret Hughes
called: Peggy
language: en-GB
needs:
  large_print: 24
  symbols: off
  audio: false
  contrast: high
review:
  last: 2026-10-06
  next: 2026-11-03
  how: "Amina and I sit down together every four weeks."
changes:
  - date: 2026-09-01
    what: "I have my tea in the garden."
  - date: 2026-10-06
    what: "I now choose when I get up."
    why: "I told Amina my mornings felt rushed."
people: [Sue, Amina, Biscuit]
voice: espeak:en-gb
speech_rate: 0.9
privacy:
  encrypt: false
"""


def problems_of(folder) -> list[str]:
    with pytest.raises(PlanError) as caught:
        load_plan(folder)
    return [str(p) for p in caught.value.problems]


def test_only_name_is_required_and_defaults_are_sensible(make_plan):
    plan = load_plan(make_plan("peggy", "name: Margaret Hughes\n"))
    person = plan.person
    assert plan.slug == "peggy"
    assert person.called == "Margaret"
    assert person.language == "en-GB"
    assert person.needs.large_print == 20 and person.needs.audio is True
    assert person.needs.symbols == "key-words" and person.needs.contrast == "standard"
    assert person.voice == "piper" and person.speech_rate == 1.0
    assert person.privacy.encrypt is True
    assert person.possessive == "Margaret's"


def test_every_documented_setting_is_read(make_plan):
    person = load_plan(make_plan("peggy", FULL)).person
    assert person.called == "Peggy"
    assert person.needs.large_print == 24
    assert person.needs.symbols == "off"  # a bare YAML `off` is read as false; it still means off
    assert person.needs.audio is False and person.needs.contrast == "high"
    assert person.review.last == dt.date(2026, 10, 6) and person.review.next == dt.date(2026, 11, 3)
    assert [c.date for c in person.changes] == [dt.date(2026, 10, 6), dt.date(2026, 9, 1)], (
        "newest first"
    )
    assert person.changes[0].why == "I told Amina my mornings felt rushed."
    assert person.people == ("Sue", "Amina", "Biscuit")
    assert person.voice == "espeak:en-gb" and person.speech_rate == 0.9
    assert person.privacy.encrypt is False


def test_a_wrong_value_names_the_file_line_field_and_what_is_expected(make_plan):
    folder = make_plan("peggy", "name: Margaret Hughes\nneeds:\n  large_print: huge\n")
    assert problems_of(folder) == [
        f"{os.path.relpath(folder / 'person.yml')}:3: needs.large_print: "
        'expected a number of points such as 20, got "huge"'
    ]


def test_an_unknown_key_is_an_error_that_suggests_the_right_one(make_plan):
    folder = make_plan("peggy", "name: Margaret Hughes\nneeds:\n  symbol: headings\n")
    [message] = problems_of(folder)
    assert ":3: needs.symbol: unknown setting" in message and 'did you mean "symbols"' in message


def test_every_problem_is_reported_at_once_in_line_order(make_plan):
    folder = make_plan(
        "p", "name: P\nneeds:\n  audio: maybe\n  contrast: loud\nspeech_rate: 9\nvoice: robot\n"
    )
    messages = problems_of(folder)
    assert [m.split(":")[1] for m in messages] == ["3", "4", "5", "6"]
    assert "needs.audio: expected true or false" in messages[0]
    assert "needs.contrast: expected one of standard, high" in messages[1]
    assert "speech_rate: expected a speaking pace" in messages[2]
    assert "voice: expected piper" in messages[3]


@pytest.mark.parametrize(
    "person, expected",
    [
        ("name: [oops\n", "not valid YAML"),
        ("called: Peggy\n", "name: missing"),
        ("name:\ncalled: Peggy\n", "name: empty: write the person's full name"),
        ("name: '  '\n", "name: expected the person's full name"),
        ("name: P\nneeds:\n  large_print: 12\n", "from 18 to 48, got 12"),
        ("name: P\nreview:\n  last: 2026-10-06\n  next: 2026-01-01\n", "is before the last one"),
        ("name: P\nreview:\n  next: soon\n", "expected a date written as year-month-day"),
        ("name: P\nchanges:\n  - why: because\n", "missing `date:`"),
        ("name: P\npictures:\n  Sue: ../other/photos/sue.jpg\n", "outside this person's folder"),
        ("name: P\npictures:\n  Sue: photos/nope.jpg\n", "does not exist"),
        ("- just\n- a list\n", "expected a list of settings"),
    ],
)
def test_bad_person_files_get_clear_messages(make_plan, person, expected):
    messages = problems_of(make_plan("p", person))
    assert any(expected in m for m in messages), messages
    assert all(
        m.startswith(os.path.relpath(make_plan("p", person) / "person.yml")) for m in messages
    )


def test_a_missing_person_file_is_named(make_plan):
    folder = make_plan("p")
    (folder / "person.yml").unlink()
    [message] = problems_of(folder)
    assert "person.yml: missing" in message


def test_pages_come_in_file_name_order_with_titles_from_headings(make_plan):
    folder = make_plan(
        "p",
        pages={
            "02-my-mornings.md": "# My mornings\n\nPlease knock.\n",
            "01-about-me.md": "I like tea.\n",
            "_draft.md": "# Not yet\n",
            "notes.txt": "never a page",
        },
    )
    plan = load_plan(folder)
    assert [(p.file, p.title) for p in plan.pages] == [
        ("01-about-me.md", "About me"),
        ("02-my-mornings.md", "My mornings"),
    ]


def test_nav_gives_the_order_and_must_match_the_pages(make_plan):
    pages = {"01-a.md": "# A\n\nI like a.\n", "02-b.md": "# B\n\nI like b.\n"}
    plan = load_plan(make_plan("p", "name: P\nnav: [02-b.md, 01-a.md]\n", pages))
    assert [p.file for p in plan.pages] == ["02-b.md", "01-a.md"]
    messages = problems_of(make_plan("q", "name: Q\nnav: [02-b.md, 03-c.md]\n", pages))
    assert any('lists "03-c.md", but there is no such page' in m for m in messages)
    assert any('does not list "01-a.md"' in m for m in messages)


def test_a_folder_without_pages_or_with_a_reserved_page_is_refused(make_plan):
    assert any("has no pages" in m for m in problems_of(make_plan("p", pages={})))
    assert any(
        "kept for planbook" in m
        for m in problems_of(make_plan("q", pages={"what-changed.md": "# What\n\nHi.\n"}))
    )


def test_a_page_that_is_not_utf8_names_its_line(make_plan):
    folder = make_plan("p")
    (folder / "02-bad.md").write_bytes("# Fine\n\nline two\ncaf\xe9\n".encode("latin-1"))
    [message] = problems_of(folder)
    assert message.endswith("02-bad.md:4: is not UTF-8 text: open it and save it again as UTF-8")


def test_a_page_of_several_megabytes_is_refused(make_plan):
    folder = make_plan("p")
    (folder / "02-huge.md").write_text("I like tea. " * 400_000)
    [message] = problems_of(folder)
    assert "02-huge.md: is 4.8 MB" in message


def test_a_symbolic_link_leading_out_of_the_folder_is_refused(make_plan, tmp_path):
    folder = make_plan("p")
    secret = tmp_path / "someone-else.md"
    secret.write_text("# Someone else's plan\n")
    (folder / "02-link.md").symlink_to(secret)
    [message] = problems_of(folder)
    assert "02-link.md: is a link to a file outside this person's folder" in message


def test_folder_names_must_be_usable_in_web_addresses(make_plan):
    [message] = problems_of(make_plan("Peggy Hughes"))
    assert "use lower-case letters, numbers and dashes" in message


def test_titles_from_file_names_read_naturally():
    assert title_from_file("02-my-mornings.md") == "My mornings"
    assert title_from_file("keeping_safe.md") == "Keeping safe"
