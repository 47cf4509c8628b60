"""Each check rule with a good and a bad example (plugins/checks)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from helpers import picture

from plugins.checks import check_plan
from plugins.checks.rules import RULES
from plugins.checks.rules.jargon import terms

TODAY = dt.date(2026, 11, 10)
PERSON = """\
name: Dennis Okafor
called: Dennis
review:
  last: 2026-10-20
  next: 2027-01-12
  how: "Grace and I read my plan together every six weeks."
"""


def findings(
    make_plan, text: str, person: str = PERSON, rule: str | None = None, extra: dict | None = None
):
    folder = make_plan(
        "dennis-okafor", person=person, pages={"01-about-me.md": text, **(extra or {})}
    )
    found = check_plan(folder, today=TODAY)
    return [f for f in found if rule is None or f.rule == rule]


def rules_of(found) -> list[str]:
    return [f.rule for f in found]


# staff voice -----------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "Dennis requires help to get dressed.",
        "Mr Okafor is a retired bus driver.",
        "He requires two people to help him stand.",
        "She presents with low mood in the evening.",
        "The service user likes tea.",
        "Please read his care plan before you start.",
        "SU to be offered a drink.",
    ],
)
def test_staff_voice_bad(make_plan, bad):
    found = findings(make_plan, f"# About me\n\n{bad}\n", rule="staff-voice")
    assert len(found) >= 1 and found[0].line == 3


@pytest.mark.parametrize(
    "good",
    [
        "My name is Dennis Okafor.",
        "Please call me Dennis.",
        "Grace is my wife. She likes the garden too.",
        "I need help to get dressed.",
        "Dennis's Diner was my café for twenty years.",
        "Dennis is short for Dennison.",
    ],
)
def test_staff_voice_good(make_plan, good):
    assert findings(make_plan, f"# About me\n\n{good}\n", rule="staff-voice") == []


def test_staff_voice_uses_the_names_in_person_yml(make_plan):
    person = PERSON.replace("called: Dennis", "called: Den")
    found = findings(
        make_plan, "# About me\n\nDen likes football.\n", person=person, rule="staff-voice"
    )
    assert found and "Den" in found[0].message and "I like" in found[0].message


# passive orders ---------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "Dennis is to be mobilised with his frame.",
        "Tablets must be administered at 8am.",
        "Should be prompted to drink.",
    ],
)
def test_passive_order_bad(make_plan, bad):
    assert rules_of(findings(make_plan, f"# Help\n\n{bad}\n", rule="passive-order")) == [
        "passive-order"
    ]


@pytest.mark.parametrize(
    "good",
    [
        "I need to be reminded about my tablets.",
        "Please give me my tablets at 8am.",
        "I like to be asked first.",
    ],
)
def test_passive_order_good(make_plan, good):
    assert findings(make_plan, f"# Help\n\n{good}\n", rule="passive-order") == []


# jargon -----------------------------------------------------------------------


def test_jargon_list_is_big_and_every_term_has_a_suggestion():
    entries = terms()
    assert len(entries) >= 60
    for term in entries:
        assert term.say.strip() and term.forms


@pytest.mark.parametrize(
    ("bad", "word"),
    [
        ("I need help with my ADLs.", "ADLs"),
        ("Please help me mobilise in the morning.", "mobilise"),
        ("I have paracetamol PRN.", "PRN"),
        ("Write it on the MAR chart.", "MAR chart"),
        ("Sometimes I am non-compliant.", "non-compliant"),
        ("I have a care package.", "care package"),
        ("I need a hoist transfer.", "hoist transfer"),
        ("Please watch my nutrition and hydration.", "nutrition and hydration"),
        ("The nurse helps with my continence.", "continence"),
    ],
)
def test_jargon_bad(make_plan, bad, word):
    found = findings(make_plan, f"# Help\n\n{bad}\n", rule="jargon")
    assert [f.line for f in found] == [3]
    assert f"'{word}' is care jargon: " in found[0].message


@pytest.mark.parametrize(
    "good",
    [
        "I walk with my frame in the morning.",
        "Please pass the salt.",
        "I take paracetamol when my knee hurts.",
        "I like a cup of tea.",
    ],
)
def test_jargon_good(make_plan, good):
    assert findings(make_plan, f"# Help\n\n{good}\n", rule="jargon") == []


# long sentences and reading age ---------------------------------------------


def test_long_sentence(make_plan):
    twenty = " ".join(["tea"] * 19) + " please."
    twenty_one = " ".join(["tea"] * 20) + " please."
    assert findings(make_plan, f"# Tea\n\nI like {twenty_one}\n", rule="long-sentence") != []
    assert findings(make_plan, f"# Tea\n\n{twenty}\n", rule="long-sentence") == []


def test_long_sentence_across_lines_names_its_first_line(make_plan):
    text = "# Tea\n\nShort one.\n" + "I like tea " * 4 + "\n" + "and cake " * 5 + "and more.\n"
    found = findings(make_plan, text, rule="long-sentence")
    assert [f.line for f in found] == [4]


STAFF_PARAGRAPH = """\
# Daily routine

Assistance is required with personal hygiene, incorporating comprehensive
supervision of medication administration. Consideration should be given to
environmental modifications, minimising deterioration of independence.
Communication difficulties necessitate additional preparation, particularly
regarding unfamiliar professionals and appointments. Documentation
of nutritional consumption remains obligatory following hospitalisation.
"""


def test_reading_age_bad(make_plan):
    found = findings(make_plan, STAFF_PARAGRAPH, rule="reading-age")
    assert len(found) == 1 and found[0].line == 3


def test_reading_age_good(make_plan):
    text = (
        "# My mornings\n\n" + "I get up at eight. I have a cup of tea. Then I feed the cat.\n" * 5
    )
    assert findings(make_plan, text, rule="reading-age") == []


# reviews ----------------------------------------------------------------------


def test_no_review_date(make_plan):
    found = findings(
        make_plan, "# Hi\n\nI like tea.\n", person="name: Dennis Okafor\n", rule="no-review"
    )
    assert len(found) == 1 and found[0].file.endswith("person.yml")


def test_review_overdue_uses_the_injected_date(make_plan):
    person = PERSON.replace("next: 2027-01-12", "next: 2026-11-03")
    found = findings(make_plan, "# Hi\n\nI like tea.\n", person=person, rule="review-overdue")
    assert len(found) == 1 and found[0].line == 5 and "7 days ago" in found[0].message
    assert findings(make_plan, "# Hi\n\nI like tea.\n", rule="review-overdue") == []


def test_no_page_about_checking_the_plan(make_plan):
    person = "name: Dennis Okafor\nreview:\n  next: 2027-01-12\n"
    assert findings(make_plan, "# Hi\n\nI like tea.\n", person=person, rule="no-review-page")
    page = "# Checking my plan together\n\nGrace and I read my plan every six weeks.\n"
    assert findings(make_plan, page, person=person, rule="no-review-page") == []
    assert findings(make_plan, "# Hi\n\nI like tea.\n", rule="no-review-page") == []  # review: how:


# errors -----------------------------------------------------------------------


def test_invalid_person_file_reuses_the_loader_problems(make_plan):
    found = findings(make_plan, "# Hi\n\nI like tea.\n", person=PERSON + "favourite_colour: blue\n")
    errors = [f for f in found if f.severity == "error"]
    assert [(e.rule, e.line) for e in errors] == [("invalid-plan", 7)]
    assert "favourite_colour" in errors[0].message


def test_broken_links_and_pictures(make_plan, tmp_path):
    text = (
        "# Hi\n\n"
        "[My mornings](02-mornings.md)\n"
        "![My cat](photos/cat.jpg)\n"
        "![](photos/sue.jpg)\n"
        "[Grace's plan](../grace/01-about-me.md)\n"
        "![Garden](https://example.com/garden.jpg)\n"
        '<img src="/etc/passwd.png" alt="x">\n'
        "[The club](https://example.org) and [ring me](tel:01234) and [top](#hi)\n"
    )
    folder = make_plan("dennis-okafor", person=PERSON, pages={"01-about-me.md": text})
    picture(folder / "photos" / "sue.jpg")
    found = [(f.line, f.rule) for f in check_plan(folder, today=TODAY) if f.severity == "error"]
    assert found == [
        (3, "broken-link"),
        (4, "broken-image"),
        (5, "image-alt"),
        (6, "outside-folder"),
        (7, "outside-folder"),
        (8, "outside-folder"),
    ]


def test_good_links_and_pictures(make_plan):
    text = "# Hi\n\n[My mornings](02-my-mornings.md#tea)\n![Sue, my daughter](photos/sue.jpg)\n"
    folder = make_plan(
        "dennis-okafor",
        person=PERSON,
        pages={"01-about-me.md": text, "02-my-mornings.md": "# Mornings\n\nI get up at eight.\n"},
    )
    picture(folder / "photos" / "sue.jpg")
    assert [f for f in check_plan(folder, today=TODAY) if f.severity == "error"] == []


# silences ---------------------------------------------------------------------


def test_silence_one_line_and_the_next_line(make_plan):
    text = (
        "# Help\n\n"
        "I call it my care package. <!-- planbook: ignore jargon -- Dennis's own words -->\n"
        "<!-- planbook: ignore jargon -->\n"
        "My care package is good.\n"
        "My care package is big.\n"
    )
    assert [f.line for f in findings(make_plan, text, rule="jargon")] == [6]


def test_silence_the_whole_plan(make_plan):
    text = (
        "# Help\n\n<!-- planbook: ignore-plan jargon, staff-voice -->\n"
        "My care package.\nMy care package.\n"
    )
    assert findings(make_plan, text, rule="jargon") == []
    person = PERSON + "# planbook: ignore-plan jargon -- the family asked for these words\n"
    assert findings(make_plan, "# Help\n\nMy care package.\n", person=person, rule="jargon") == []


def test_silence_never_hides_errors_and_names_unknown_rules(make_plan):
    text = (
        "# Hi\n\n<!-- planbook: ignore-plan all -->\n<!-- planbook: ignore jargn -->\n"
        "![](photos/x.jpg)\n"
    )
    found = findings(make_plan, text)
    assert {"image-alt", "broken-image"} <= set(rules_of(found))
    assert [f.line for f in found if f.rule == "silence"] == [4]


def test_staff_prompts_in_comments_are_not_checked(make_plan):
    text = (
        "# Help\n\n<!-- Staff: he requires assistance with ADLs, as per\n"
        "the MAR chart -->\nI like tea.\n"
    )
    assert findings(make_plan, text) == []


def test_every_rule_has_a_severity_and_summary():
    for rule in RULES.values():
        assert rule.severity in {"error", "warning"} and rule.summary
        assert re.fullmatch(r"[a-z-]+", rule.id)


def test_a_page_linked_from_outside_is_reported_where_it_is_and_never_read(make_plan, tmp_path):
    secret = tmp_path / "someone-else.md"
    secret.write_text("# Secret\n\nHe requires a secret thing that nobody else may read.\n")
    folder = make_plan("dennis-okafor", person=PERSON)
    (folder / "02-link.md").symlink_to(secret)
    found = check_plan(folder, today=TODAY)
    assert [(f.rule, Path(f.file).name) for f in found] == [("invalid-plan", "02-link.md")]
    assert all("secret" not in f.message for f in found)


def test_a_fault_in_a_check_is_a_finding_not_a_traceback(make_plan, monkeypatch):
    from plugins.checks.rules import jargon

    def broken(ctx):
        raise RuntimeError("boom")

    monkeypatch.setattr(jargon, "check", broken)
    found = findings(make_plan, "# Hi\n\nMy care package.\n")
    assert [(f.rule, f.severity) for f in found] == [("checker-fault", "error")]
    with pytest.raises(RuntimeError):
        check_plan(make_plan("dennis-okafor", person=PERSON), today=TODAY, debug=True)
