"""MkDocs' and WeasyPrint's own warnings never reach staff as they are: each is said in
planbook's words with the plan's file and line, or dropped when staff can do nothing about it."""

from __future__ import annotations

import logging

from conftest import quick_options, write_plan
from helpers import picture

from plugins.booklet.fetcher import LocalOnlyFetcher
from plugins.booklet.render import collect_warnings, lay_out
from plugins.builder import person as person_module
from plugins.builder.messages import plain_warnings, plain_words
from plugins.builder.person import build_person
from plugins.plan.load import load_plan

PAGES = {
    "01-about-me.md": "# About me\n\nI like tea.\n\nSee [my week](04-my-wek.md).\n",
    "02-my-mornings.md": "# My mornings\n\nI get up at eight.\n",
}


def test_a_mkdocs_warning_names_the_page_and_line(tmp_path, monkeypatch, capsys):
    """Were a rule ever to miss a dead link, MkDocs' warning comes out in plain words."""
    folder = write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n", PAGES)
    monkeypatch.setattr(person_module, "buildable_plan", load_plan)  # let MkDocs see it
    result = build_person(folder, quick_options(tmp_path / "site", tmp_path))
    assert result.status == "built", result.problems
    [warning] = result.warnings
    assert warning.endswith(
        "peggy/01-about-me.md:5: the link or picture '04-my-wek.md' leads to nothing on the "
        "site; check the spelling, and that the file is a page of this plan or in photos/"
    )
    shown = capsys.readouterr()
    assert "Doc file" not in warning + shown.out + shown.err
    assert ".building" not in warning and str(tmp_path / "plans") not in shown.err


def test_planbooks_own_warnings_pass_and_lose_the_temporary_folder(tmp_path):
    folder = write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n", PAGES)
    plan = load_plan(folder)
    temp, dest = tmp_path / "state" / "tmp-peggy" / "site", tmp_path / "site" / "peggy"
    said = plain_words(
        "mkdocs.plugins.planbook", f"booklet: not fetched: {temp}/x.css", plan, temp, dest
    )
    assert said.startswith("booklet: not fetched: ") and said.endswith("site/peggy/x.css")
    assert str(temp) not in said


def test_unknown_mkdocs_words_are_dropped(tmp_path):
    plan = load_plan(write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n", PAGES))
    record = logging.LogRecord("mkdocs.commands.build", logging.WARNING, "", 0, "%s", ("x",), None)
    record.msg = "Template skipped: 'sitemap.xml' not found in theme directories."
    record.args = None
    assert plain_warnings([record], plan, None, None) == []


def test_weasyprints_words_are_translated_or_dropped(tmp_path):
    """Real WeasyPrint messages: a style it ignores (dropped), a picture it cannot load (said)."""
    pages = {"01-about-me.md": "# About me\n\nMy cat:\n\n![Tibbles](photos/cat.jpg)\n"}
    folder = write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n", pages)
    (folder / "photos").mkdir()
    (folder / "photos" / "cat.jpg").write_text("not a picture")
    plan = load_plan(folder)
    html = '<p style="colr: red">Hello</p><img src="photos/cat.jpg" alt="Tibbles">'
    with collect_warnings() as got:
        lay_out(html, folder, LocalOnlyFetcher([folder]))
    said = [
        plain_words("mkdocs.plugins.planbook", f"booklet: WeasyPrint: {m}", plan)
        for m in got.messages
    ]
    assert any(m.startswith("Ignored") for m in got.messages), got.messages
    assert any(m.startswith("Failed to load image") for m in got.messages), got.messages
    kept = [s for s in said if s]
    assert len(kept) == 1 and kept[0].endswith(
        "peggy/01-about-me.md:5: the booklet could not print the picture 'photos/cat.jpg'; "
        "open it to check it, and save it again as .jpg or .png"
    )


def test_a_good_build_says_nothing(tmp_path):
    folder = write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n", PAGES)
    (folder / "01-about-me.md").write_text("# About me\n\nI like tea.\n\n![Me](photos/me.jpg)\n")
    picture(folder / "photos" / "me.jpg")
    result = build_person(folder, quick_options(tmp_path / "site", tmp_path))
    assert result.status == "built" and result.warnings == []
