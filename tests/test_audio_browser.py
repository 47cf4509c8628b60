"""The player in a real browser: big Listen buttons, keyboard, pause, slower, no autoplay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import chromium

from plugins.builder.person import build_person
from plugins.plan.build import BuildOptions
from plugins.plan.load import load_plan
from plugins.privacy.links import person_link

pytestmark = pytest.mark.browser
AUDIO = "[...document.querySelectorAll('audio')]"
RATES = AUDIO + ".map(a => a.playbackRate)"
playwright = pytest.importorskip("playwright.sync_api")


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
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def page(site, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto((site / "01-my-mornings.html").as_uri())
    yield page
    page.close()


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
    # The button changes on the audio's "play" and "pause" events, a task after `paused`
    # flips, so wait for what the listener sees rather than for the media element.
    expect = playwright.expect
    page.wait_for_function("() => document.querySelectorAll('audio')[1].paused === false")
    expect(listen).to_contain_text("Pause")
    expect(page.locator("#my-wash")).to_have_class(re.compile(r"\bpb-playing\b"))
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('audio')[1].paused === true")
    expect(listen).to_contain_text("Listen")
    expect(page.locator("#my-wash")).not_to_have_class(re.compile(r"\bpb-playing\b"))


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


LONG_PAGE = "# My mornings\n\nI get up when I am ready. I like a cup of tea in bed.\n\n" + "".join(
    f"## Part {n}\n\nThis is part {n} of my morning. I take my time.\n\n" for n in range(1, 9)
)


@pytest.fixture(scope="module")
def locked_link(tmp_path_factory) -> str:
    """An encrypted site with audio (the default), opened as family open it: from its link."""
    tmp = tmp_path_factory.mktemp("locked-audio")
    folder = tmp / "plans" / "nell-pike"
    folder.mkdir(parents=True)
    (folder / "person.yml").write_text("name: Eleanor Pike\ncalled: Nell\n", encoding="utf-8")
    (folder / "01-my-mornings.md").write_text(LONG_PAGE, encoding="utf-8")
    options = BuildOptions(
        out_dir=tmp / "site",
        pdf=False,
        cache_dir=tmp_path_factory.getbasetemp() / "audio-cache",
        keys_dir=tmp / "keys",
    )
    result = build_person(folder, options)
    assert result.status == "built", result.problems
    assert not list((tmp / "site").rglob("*.vtt")), "captions are sealed like every other file"
    return person_link(load_plan(folder), options)


def open_page(browser_page, link: str) -> None:
    browser_page.goto(link)
    browser_page.wait_for_function("() => document.documentElement.dataset.planbook === 'open'")
    browser_page.goto(link.split("index.html")[0] + "page-1.html")
    browser_page.wait_for_function("() => document.documentElement.dataset.planbook === 'open'")
    browser_page.wait_for_function(
        "() => [...document.querySelectorAll('audio')].every(a => a.textTracks.length"
        " && a.textTracks[0].cues && a.textTracks[0].cues.length > 0)"
    )


@pytest.fixture(scope="module")
def read_along(locked_link, browser):
    page = browser.new_page(viewport={"width": 390, "height": 700}, reduced_motion="reduce")
    open_page(page, locked_link)
    yield page
    page.close()


def test_on_an_encrypted_site_every_audio_has_its_sealed_captions_one_cue_per_sentence(read_along):
    tracks = read_along.evaluate(
        "[...document.querySelectorAll('audio')].map(a => {"
        " const t = a.querySelector('track');"
        " return {kind: t.kind, src: t.src, lang: t.srclang,"
        "  cues: [...a.textTracks[0].cues].map(c => [c.id, c.text])}; })"
    )
    assert len(tracks) == 9  # the page and its eight parts
    for track in tracks:
        assert track["kind"] == "captions" and track["lang"] == "en-GB"
        assert track["src"].startswith("blob:"), "opened in the browser after unlock"
        for cue_id, text in track["cues"]:
            words = read_along.evaluate(
                f"[...document.querySelectorAll('[data-pb-s=\"{cue_id}\"]')]"
                ".map(s => s.textContent).join('')"
            )
            assert " ".join(words.split()) == text
    assert tracks[1]["cues"][1][1] == "This is part 1 of my morning."


def test_the_sentence_being_spoken_is_highlighted_without_moving_the_text(read_along):
    page = read_along
    listen = page.locator(".pb-audio__listen").nth(1)  # Part 1
    before = page.evaluate(
        "[...document.querySelectorAll('article p, article h2')].map(e => {"
        " const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })"
    )
    listen.click()
    page.wait_for_function("() => document.querySelector('.pb-s--now') !== null")
    now = page.evaluate(
        "(() => { const s = document.querySelector('.pb-s--now'); const c = getComputedStyle(s);"
        " const bg = getComputedStyle(document.body).backgroundColor;"
        " return {id: s.dataset.pbS, bg: c.backgroundColor, page: bg,"
        "  line: c.textDecorationLine, transition: c.transitionDuration}; })()"
    )
    assert now["bg"] != now["page"] and "underline" in now["line"], "not by colour alone"
    assert now["transition"] in ("0s", ""), "nothing animates"
    after = page.evaluate(
        "[...document.querySelectorAll('article p, article h2')].map(e => {"
        " const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; })"
    )
    scrolled = page.evaluate("window.scrollY")
    assert [b[2:] for b in before] == [a[2:] for a in after], "no text reflows"
    # the highlighted sentence is the one whose cue is playing
    active = page.evaluate(
        "(() => { const a = document.querySelectorAll('audio')[1];"
        " const t = a.currentTime; const cues = [...a.textTracks[0].cues];"
        " return cues.filter(c => c.startTime <= t + 0.3).map(c => c.id); })()"
    )
    assert now["id"] in active[-2:]
    assert scrolled >= 0
    listen.click()  # pause


def test_a_sentence_off_the_screen_is_scrolled_into_view_at_once_under_reduced_motion(read_along):
    page = read_along
    page.evaluate("window.scrollTo(0, 0)")
    last = page.locator(".pb-audio__listen").last  # Part 8, far below a phone's first screen
    first_cue = page.evaluate(
        "(() => { const a = [...document.querySelectorAll('audio')].pop();"
        " return a.textTracks[0].cues[0].id; })()"
    )
    below = page.evaluate(
        f"document.querySelector('[data-pb-s=\"{first_cue}\"]').getBoundingClientRect().top"
    )
    assert below > page.viewport_size["height"], "the part starts off the screen"
    last.dispatch_event("click")
    page.wait_for_function(
        "() => { const s = document.querySelector('.pb-s--now');"
        " if (!s) return false; const r = s.getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    last.dispatch_event("click")
