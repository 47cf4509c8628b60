"""person.yml in plain words: each slip is named on the line where it was made, with what to type.

The table was written from the slips staff make (a colon left out, a quote never closed, a tab,
an apostrophe inside single quotes...), each with the line a person would point at and the
words they need; PyYAML's own message is on another line or in programmers' words for most.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from plugins.plan.load import load_plan
from plugins.plan.yaml_text import read_yaml

NAME = "name: Margaret Hughes\n"

# (what went wrong, person.yml, the line, words the message must hold)
SLIPS = [
    (
        "colon left out of a section",
        NAME + "called: Peggy\nlanguage: en-GB\nneeds\n  audio: true\n",
        4,
        'a colon is missing after "needs": write needs:',
    ),
    (
        "colon left out of a setting",
        NAME + "called Peggy\nlanguage: en-GB\n",
        2,
        'a colon is missing after "called": write called: Peggy',
    ),
    (
        "colon left out of the last line",
        NAME + "called Peggy\n",
        2,
        'a colon is missing after "called"',
    ),
    (
        "colon left out inside a section",
        NAME + "needs:\n  audio true\n  symbols: off\n",
        3,
        'a colon is missing after "audio": write audio: true',
    ),
    (
        "colon left out of the first line",
        "name Margaret Hughes\ncalled: Peggy\n",
        1,
        'a colon is missing after "name": write name: Margaret Hughes',
    ),
    (
        "a file of one line with no colon",
        "name Margaret Hughes\n",
        1,
        'a colon is missing after "name"',
    ),
    ("equals sign", NAME + "called = Peggy\n", 2, 'use a colon, not "=", after "called"'),
    (
        "no space after the colon",
        NAME + "called:Peggy\nlanguage: en-GB\n",
        2,
        "a space is missing after the colon: write called: Peggy",
    ),
    (
        "no space after the colon, alone",
        "name:Margaret Hughes\n",
        1,
        "a space is missing after the colon",
    ),
    (
        "double quote never closed",
        NAME + 'review:\n  how: "Amina and I read my plan\n  next: 2026-11-03\n',
        3,
        'the quote (") opened on this line is never closed; add " at the end',
    ),
    (
        "single quote never closed",
        NAME + "review:\n  how: 'Every month\n  next: 2026-11-03\n",
        3,
        "the quote (') opened on this line is never closed",
    ),
    (
        "apostrophe inside single quotes",
        NAME + "called: 'Peggy's'\nlanguage: en-GB\n",
        2,
        "the apostrophe in Peggy's ends the quoted words early; use double quotes",
    ),
    (
        "words after the closing quote",
        'name: "Margaret" Hughes\n',
        1,
        "there are words after the closing quote",
    ),
    (
        "tab to indent",
        NAME + "needs:\n\taudio: true\n",
        3,
        "a tab is used to indent this line; indent with spaces",
    ),
    ("tab after the colon", "name:\tMargaret Hughes\n", 1, "there is a tab after the colon"),
    (
        "colon inside a value",
        NAME + "review:\n  how: Every month: we read it\n",
        3,
        'put the value in double quotes: how: "Every month: we read it"',
    ),
    (
        "a setting on its section's line",
        NAME + "needs: audio: true\n",
        2,
        "put audio: true on a line of its own under needs:, indented by two spaces",
    ),
    (
        "indented more than the line above",
        NAME + "  called: Peggy\nlanguage: en-GB\n",
        2,
        "this line is indented more than the line above; start called: at the same place as name:",
    ),
    (
        "indented more inside a section",
        NAME + "needs:\n  audio: true\n    symbols: off\n",
        4,
        "start symbols: at the same place as audio:",
    ),
    (
        "indented less inside a section",
        NAME + "needs:\n    audio: true\n  symbols: off\n",
        4,
        "start symbols: at the same place as audio: on line 3",
    ),
    (
        "a change not lined up",
        NAME + "changes:\n  - date: 2026-10-06\n   what: I get up later.\n",
        4,
        "start what: at the same place as date: on line 3",
    ),
    (
        "list never closed",
        NAME + "people: [Sue, Amina\nlanguage: en-GB\n",
        2,
        "the list opened with [ on this line is never closed; end it with ]",
    ),
    (
        "value starting with @",
        NAME + "called: @peggy\n",
        2,
        'put it in double quotes: called: "@peggy"',
    ),
    (
        "value starting with *",
        NAME + "review:\n  how: *every* month\n",
        3,
        "a value cannot start with *",
    ),
    ("value starting with %", NAME + "called: %Peggy\n", 2, "a value cannot start with %"),
    ("value starting with !", NAME + "called: !Peggy\n", 2, "a value cannot start with !"),
    (
        "template text left in",
        "name: {{name_yaml}}\ncalled: Peggy\n",
        1,
        "template text {{name_yaml}} was never filled in",
    ),
    (
        "a month that does not exist",
        NAME + "review:\n  next: 2026-13-01\n",
        3,
        "2026-13-01 is not a date: there is no month 13",
    ),
    (
        "a day that does not exist",
        NAME + "review:\n  next: 2026-02-30\n",
        3,
        "2026-02-30 is not a date: February has no day 30",
    ),
    ("a second document", NAME + "---\nname: Peggy\n", 2, 'a line of "---" starts a second set'),
    (
        "a key written twice",
        NAME + "called: Peggy\nname: Peggy Hughes\n",
        3,
        "name: is written twice, on lines 1 and 3",
    ),
    (
        "a section written twice",
        NAME + "needs:\n  audio: true\nneeds:\n  symbols: off\n",
        4,
        "needs: is written twice, on lines 2 and 4",
    ),
    (
        "a key written twice inside a section",
        NAME + "review:\n  next: 2026-11-03\n  next: 2026-12-01\n",
        4,
        "review.next: is written twice, on lines 3 and 4",
    ),
    (
        "a control character pasted in",
        NAME + "called: Peg\x07gy\n",
        2,
        "a character that cannot be typed",
    ),
    ("a comma for a decimal point", NAME + "speech_rate: 0,9\n", 2, "write it with a dot"),
]


@pytest.mark.parametrize("person, line, words", [s[1:] for s in SLIPS], ids=[s[0] for s in SLIPS])
def test_a_slip_is_named_on_its_line_with_what_to_type(make_plan, person, line, words):
    folder = make_plan("peggy", person)
    with pytest.raises(Exception) as caught:
        load_plan(folder)
    problems = caught.value.problems
    assert [(p.line, words in p.message) for p in problems][:1] == [(line, True)], [
        (p.line, p.message) for p in problems
    ]
    assert "mapping values" not in problems[0].message and "scanner" not in problems[0].message


def test_there_are_at_least_twenty_slips():
    assert len(SLIPS) >= 20


FULL = """\
name: Margaret Hughes
called: Peggy
needs:
  large_print: 24
  audio: false
review:
  last: 2026-10-06
  next: 2026-11-03
changes:
  - date: 2026-10-06
    what: I get up later.
people: [Sue, Amina]
pictures:
  Sue: photos/sue.jpg
"""


def test_every_key_has_its_line(make_plan):
    from helpers import picture

    folder = make_plan("peggy", FULL)
    picture(folder / "photos" / "sue.jpg")
    plan = load_plan(folder)
    assert plan.line_of("name") == 1
    assert plan.line_of("needs", "audio") == 5
    assert plan.line_of("review", "next") == 8
    assert plan.line_of("changes", 0, "what") == 11
    assert plan.line_of("people", 1) == 12
    assert plan.line_of("pictures", "Sue") == 14
    assert plan.line_of("review", "how") == 6, "a key not written falls back to its section"
    assert plan.line_of("voice") is None
    assert plan.person.review.next == dt.date(2026, 11, 3)


def test_a_good_file_has_no_problems_and_keeps_its_values():
    reading = read_yaml(FULL, Path("person.yml"))
    assert reading.problems == []
    assert reading.data["people"] == ["Sue", "Amina"]
