"""The player in a real browser: big Listen buttons, keyboard, pause, slower, no autoplay."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.builder.person import build_person
from plugins.plan.build import BuildOptions

pytestmark = pytest.mark.browser
AUDIO = "[...document.querySelectorAll('audio')]"
RATES = AUDIO + ".map(a => a.playbackRate)"
playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("audio-site")
    folder = tmp / "plans" / "peggy-hughes"
    folder.mkdir(parents=True)
    (folder / "person.yml").write_text("name: Margaret Hughes\ncalled: Peggy\n", encoding="utf-8")
    (folder / "01-my-mornings.md").write_text(
        "# My mornings\n\nI get up when I am ready.\n\n## My wash\n\nI choose the order.\n",
        encoding="utf-8",
    )
    options = BuildOptions(
        out_dir=tmp / "site",
        pdf=False,
        encrypt=False,
        cache_dir=tmp_path_factory.getbasetemp()
        / "audio-cache",  # shared with the other audio tests
        keys_dir=tmp / "keys",
    )
    result = build_person(folder, options)
    assert result.status == "built", result.problems
    return tmp / "site" / "peggy-hughes"


@pytest.fixture(scope="module")
def page(site):
    if not CHROMIUM.exists():
        pytest.skip("needs Debian chromium at /usr/bin/chromium")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto((site / "01-my-mornings.html").as_uri())
        yield page
        browser.close()


def test_each_part_has_a_big_listen_button_and_nothing_plays_by_itself(page):
    buttons = page.locator(".pb-audio__listen")
    assert buttons.count() == 2
    assert "Listen to this page" in buttons.nth(0).inner_text()
    assert "Listen" in buttons.nth(1).inner_text()
    for i in range(buttons.count()):
        box = buttons.nth(i).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
    assert page.evaluate(AUDIO + ".every(a => a.paused && !a.autoplay)")
    assert page.evaluate(AUDIO + ".every(a => !a.controls)")


def test_the_keyboard_starts_and_pauses_a_part_and_the_playing_part_is_shown(page):
    listen = page.locator(".pb-audio__listen").nth(1)
    listen.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('audio')[1].paused === false")
    assert "Pause" in listen.inner_text()
    assert "pb-playing" in page.locator("#my-wash").get_attribute("class")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('audio')[1].paused === true")
    assert "Listen" in listen.inner_text()
    assert "pb-playing" not in (page.locator("#my-wash").get_attribute("class") or "")


def test_the_slower_switch_slows_every_part_and_says_it_is_on(page):
    assert page.locator(".pb-audio__speed:visible").count() == 1, (
        "one switch per page, not per part"
    )
    slower = page.locator(".pb-audio__speed").first
    slower.click()
    assert slower.get_attribute("aria-pressed") == "true"
    assert page.evaluate(RATES) == [0.8, 0.8]
    slower.click()
    assert page.evaluate(RATES) == [1, 1]
