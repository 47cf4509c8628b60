"""The home page starts in the person's words; every page leads home; empty pages stop the build.

Built unencrypted and without audio or booklet (the HTML is what is checked here); the same
pages, encrypted and opened from a family link, are looked at in tests/test_phone_browser.py.
"""

from __future__ import annotations

import re

import pytest
from conftest import quick_options

from plugins.audio.player import add_after_heading
from plugins.audio.sections import sections_with_opening
from plugins.builder.home import change_markdown
from plugins.builder.person import build_person
from plugins.checks.runner import check_plan
from plugins.plan.build import OPENING_ID
from plugins.plan.errors import PlanError
from plugins.plan.load import load_plan
from plugins.plan.model import Change

PERSON = """\
name: Nora Bell
called: Nora
needs:
  symbols: key-words
review:
  last: 2026-10-01
  next: 2027-01-10
changes:
  - date: 2026-10-01
    what: "Ken brings my paper at nine."
    why: "I said I like to read the paper with my first cup of tea."
  - date: 2026-09-01
    what: "The radio stays on Radio 4."
    why: "Staff kept changing the station."
"""
OPENING = "Hello, I am Nora. I like my garden and my cat Tibby."
PAGES = {
    "index.md": f"# Welcome to my plan\n\n{OPENING}\n\n<!-- staff: keep it short -->\n",
    "01-about-me.md": "# About me\n\nI was a nurse for thirty years.\n",
    "02-my-mornings.md": "# My mornings\n\nI get up at eight and make tea.\n",
    "03-my-garden.md": "# My garden\n\nI grow roses and beans.\n",
}


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("home")
    folder = tmp / "plans" / "nora-bell"
    folder.mkdir(parents=True)
    (folder / "person.yml").write_text(PERSON, encoding="utf-8")
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    result = build_person(folder, quick_options(tmp / "site", tmp))
    assert result.status == "built", result.problems
    return tmp / "site" / "nora-bell"


def test_index_md_opens_the_home_page_in_the_order_a_doorway_needs(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    main = home[home.index("<main") : home.index("</main>")]
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", main, re.S)
    assert text_of(h1[1]).strip() == "Welcome to my plan"  # index.md's own # Title
    order = [
        main.index("Welcome to my plan"),
        main.index(f'id="{OPENING_ID}"'),
        text_of(main).index("Hello, I am Nora") and main.index("Hello, I am"),
        main.index('class="pb-tiles"'),
        main.index("Checking my plan together"),
        main.index("New since we last checked"),
    ]
    assert order == sorted(order), order
    assert "staff: keep it short" not in home
    assert "This is my plan, in my own words." not in home  # the person's words replace it
    assert not (site / "index.md").exists()


def test_without_index_md_the_home_page_still_opens_with_one_plain_sentence(make_plan, tmp_path):
    folder = make_plan("sam", "name: Sam Lee\n")
    result = build_person(folder, quick_options(tmp_path / "site", tmp_path))
    assert result.status == "built", result.problems
    home = (tmp_path / "site" / "sam" / "index.html").read_text(encoding="utf-8")
    assert "Sam's plan</h1>" in home and "This is my plan, in my own words." in home


def test_the_opening_words_are_a_section_of_their_own_with_their_own_listen_button():
    html = (
        '<h1 id="welcome">Welcome</h1>'
        f'<div class="pb-opening" id="{OPENING_ID}">'
        "<p>Hello, I am Nora.</p><div><p>Cats.</p></div></div>"
        '<h2 id="what-is-in-my-plan">What is in my plan</h2><ul><li>About me</li></ul>'
    )
    sections, marked = sections_with_opening(html, OPENING_ID)
    assert 'data-pb-s="s2">Hello, I am Nora.</span>' in marked  # numbered on from the title
    assert [s.id for s in sections] == ["welcome", "opening", "what-is-in-my-plan"]
    assert [u.text for u in sections[1].utterances] == ["Hello, I am Nora.", "Cats."]
    assert sections[1].anchor == OPENING_ID
    placed = add_after_heading(html, OPENING_ID, "<PLAYER>")
    assert f'id="{OPENING_ID}"><PLAYER><p>Hello' in placed


def test_check_treats_index_md_like_any_page_and_warns_when_it_is_more_than_a_doorway(make_plan):
    folder = make_plan(
        "nora",
        "name: Nora Bell\nreview:\n  next: 2099-01-01\n",
        {
            "index.md": "# Hello\n\n" + "I like my garden and the birds in it. " * 12 + "\n",
            "01-about-me.md": "# About me\n\nI like tea.\n\n## Checking my plan\n\nWe check it.\n",
        },
    )
    rules = {(f.file.rsplit("/", 1)[-1], f.rule, f.severity) for f in check_plan(folder)}
    assert ("index.md", "long-opening", "warning") in rules
    (folder / "index.md").write_text("# Hello\n\nHe requires support.\n", encoding="utf-8")
    rules = {(f.file.rsplit("/", 1)[-1], f.rule) for f in check_plan(folder)}
    assert ("index.md", "staff-voice") in rules  # checked like any page
    assert not any(rule == "long-opening" for _, rule in rules)


@pytest.mark.parametrize(
    "text",
    ["", "# Empty\n", "# Empty\n\n<!-- staff: ask Sue what to write -->\n", "---\nlang: cy\n---\n"],
)
def test_an_empty_page_is_an_error_for_check_and_build_naming_the_file(make_plan, tmp_path, text):
    folder = make_plan(
        "q", pages={"01-about-me.md": "# About me\n\nI like tea.\n", "02-empty.md": text}
    )
    with pytest.raises(PlanError) as raised:
        load_plan(folder)
    assert "02-empty.md" in str(raised.value) and "no words" in str(raised.value)
    findings = [f for f in check_plan(folder) if f.severity == "error"]
    assert any("02-empty.md" in f.file and "no words" in f.message for f in findings)
    result = build_person(folder, quick_options(tmp_path / "site", tmp_path))
    assert result.status == "failed" and any("02-empty.md" in p for p in result.problems)
    assert not (tmp_path / "site" / "q" / "02-empty.html").exists()


def test_changes_are_told_in_the_first_person_without_a_label_repeating_the_sentence():
    told = change_markdown(Change(date=None, what="Ken brings my paper.", why="I said I like it."))
    assert told.split("\n\n")[0].strip() == "I said I like it."
    assert "**What changed:** Ken brings my paper." in told
    other = change_markdown(Change(date=None, what="Radio 4 stays on.", why="Staff changed it."))
    assert "**What I said:** Staff changed it." in other
    assert "You said" not in told + other and "So now" not in told + other


def test_every_page_but_home_leads_home_and_counts_only_the_persons_own_pages(site):
    def pager(name: str) -> str:
        html = (site / name).read_text(encoding="utf-8")
        return html[
            html.index('<nav class="pb-pager"') : html.index("</nav>", html.index("pb-pager"))
        ]

    assert "This is page 2 of 3." in pager("02-my-mornings.html")
    for name in (
        "01-about-me.html",
        "03-my-garden.html",
        "what-changed.html",
        "symbols-credits.html",
    ):
        assert "Back to my contents" in pager(name), name
    changes = pager("what-changed.html")
    assert "This is page" not in changes and "About the pictures" not in changes
    assert "About the pictures" not in pager("03-my-garden.html")  # not where Next leads
    footer = (site / "03-my-garden.html").read_text(encoding="utf-8").split('class="pb-footer"')[1]
    assert 'href="symbols-credits.html"' in footer and "About the pictures" in footer
    assert "pb-pager" not in (site / "index.html").read_text(encoding="utf-8")


def test_every_contents_tile_has_a_picture_or_none_has(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    tiles = re.search(r'<div class="pb-tiles">(.*?)</div>', home, re.S)[1]
    items = re.findall(r"<li>(.*?)</li>", tiles, re.S)
    assert len(items) == 4  # three pages and What changed
    with_picture = ["<img" in item for item in items]
    assert all(with_picture), items


def test_the_site_says_how_to_print_the_booklet_and_the_booklet_does_not(tmp_path, make_plan):
    folder = make_plan("pat", "name: Pat Ode\nneeds:\n  audio: false\n")
    options = quick_options(tmp_path / "site", tmp_path, pdf=True)
    assert build_person(folder, options).status == "built"
    page = (tmp_path / "site" / "pat" / "01-about-me.html").read_text(encoding="utf-8")
    assert "Print it on matt paper, on one side only: on A4, or on A5 folded" in page
    import pdfplumber

    with pdfplumber.open(tmp_path / "site" / "pat" / "booklet.pdf") as pdf:
        assert not any("matt paper" in (p.extract_text() or "") for p in pdf.pages)
