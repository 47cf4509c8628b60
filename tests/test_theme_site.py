"""The large-print theme without a browser: sizes from points, and what the built HTML holds.

The browser tests (test_theme_browser.py) measure what a person sees; these check the pieces
quickly: the size arithmetic, <html lang>, titles, the controls, Previous / Next with page
names, the home page's tiles and review dates, and that Material's developer chrome is gone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, quick_options, write_plan

from plugins.builder.runner import run_build
from plugins.large_print.context import theme_context
from plugins.large_print.sizes import MIN_BODY_PX, body_px, large_print_css, rem
from plugins.plan.load import load_plan


@pytest.mark.parametrize(
    ("points", "px"), [(12, 20), (14, 20), (18, 24), (20, 27), (24, 32), (28, 37), (48, 64)]
)
def test_body_text_grows_from_the_persons_points_and_is_never_under_20px(points, px):
    assert body_px(points) == px
    assert body_px(points) >= MIN_BODY_PX


def test_sizes_are_written_in_rem_so_the_browsers_own_text_setting_still_counts():
    assert rem(32) == "2rem"
    assert rem(27) == "1.6875rem"
    css = large_print_css(24)
    assert "--pb-base: 2rem;" in css and "--pb-print-size: 24pt;" in css


def test_the_print_link_appears_only_when_the_booklet_is_built(make_plan, tmp_path):
    plan = load_plan(make_plan("peggy", "name: Margaret Hughes\ncalled: Peggy\n"))
    assert theme_context(plan, quick_options(tmp_path, tmp_path)).booklet is None
    assert theme_context(plan, quick_options(tmp_path, tmp_path, pdf=True)).booklet == "booklet.pdf"


PERSON = """\
name: Margaret Hughes
called: Peggy
language: en-GB
needs:
  large_print: 24
  contrast: high
  symbols: "off"
review:
  last: 2026-10-06
  next: 2026-12-01
"""
PAGES = {
    "01-about-me.md": "# About me\n\nI like a *cup of tea* in the garden.\n",
    "02-my-mornings.md": "# My mornings\n\nPlease knock and wait.\n",
}


@pytest.fixture(scope="module")
def peggy(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("theme")
    write_plan(tmp / "plans", "peggy", PERSON, PAGES)
    assert run_build(tmp / "plans", quick_options(tmp / "site", tmp), jobs=1) == 0
    return tmp / "site" / "peggy"


def test_html_lang_is_the_persons_language_and_their_contrast_is_the_default(peggy, tmp_path):
    html = (peggy / "01-about-me.html").read_text()
    assert re.search(r'<html lang="en-GB" dir="ltr"[^>]* data-contrast="high"', html)
    assert 'aria-pressed="true"' in html  # the switch shows their high contrast as on
    assert re.search(r"<title>About me - Peggy(&#39;|')s plan</title>", html)
    welsh = PERSON.replace("language: en-GB", "language: cy-GB")
    write_plan(tmp_path / "plans", "peggy", welsh, PAGES)
    assert run_build(tmp_path / "plans", quick_options(tmp_path / "site", tmp_path), jobs=1) == 0
    html = (tmp_path / "site" / "peggy" / "01-about-me.html").read_text()
    assert re.search(r'<html lang="cy-GB" dir="ltr"', html)
    assert "<title>About me - Cynllun Peggy</title>" in html, "the interface is in Welsh"
    assert "Neidio i fy nghynllun" in html and "Skip to my plan" not in html


def test_every_page_has_the_skip_link_controls_and_named_previous_next(peggy):
    html = (peggy / "01-about-me.html").read_text()
    assert '<a class="pb-skip" href="#main">' in html and 'id="main"' in html
    assert "A+" in html and "Larger" in html and "A−" in html and "High contrast" in html
    assert re.search(r'rel="next">\s*<span class="pb-pager__direction">Next page', html)
    assert "My mornings" in html and "The start of my plan" in html
    assert "This is page 1 of 2." in html
    last = (peggy / "02-my-mornings.html").read_text()
    assert "Back to my contents" in last and 'rel="next"' not in last


def test_the_home_page_greets_by_name_shows_tiles_and_the_review_dates(peggy):
    html = (peggy / "index.html").read_text()
    assert "<title>Peggy&#39;s plan</title>" in html or "<title>Peggy's plan</title>" in html
    tiles = re.search(r'<div class="pb-tiles">(.*?)</div>', html, re.S)
    assert tiles and tiles.group(1).index("About me") < tiles.group(1).index("My mornings")
    assert 'href="01-about-me.html"' in tiles.group(1)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))
    assert "Tuesday 6 October 2026" in text and "Tuesday 1 December 2026" in text


def test_no_developer_chrome_or_third_party_scripts_are_shipped(peggy):
    html = (peggy / "01-about-me.html").read_text()
    for chrome in (
        "md-header",
        "md-sidebar",
        "md-search",
        "md-source",
        "__drawer",
        "md-footer",
        "Made with",
        "navigation.instant",
        "bundle.",
        "fonts.googleapis",
        "md-top",
    ):
        assert chrome not in html, chrome
    shipped = {path.relative_to(peggy).as_posix() for path in peggy.rglob("*") if path.is_file()}
    material = ("lunr", "bundle.", "workers/")
    assert not [name for name in shipped if any(part in name for part in material)]
    assert "404.html" not in shipped, "404.html links from the server's root, outside the folder"
    assert {
        "assets/stylesheets/planbook.css",
        "assets/stylesheets/large-print.css",
        "assets/javascripts/planbook.js",
    } <= shipped
    assert "--pb-base: 2rem;" in (peggy / "assets/stylesheets/large-print.css").read_text()


def test_emphasis_is_bold_not_italic_in_the_stylesheet():
    css = (ROOT / "theme/assets/stylesheets/planbook.css").read_text()
    rule = re.search(r"em,\s*i,[^{]*\{([^}]*)\}", css)
    assert rule and "font-style: normal" in rule.group(1) and "font-weight: 700" in rule.group(1)
    assert "text-transform: uppercase" not in css
    assert "animation: none !important" in css and "transition: none !important" in css
