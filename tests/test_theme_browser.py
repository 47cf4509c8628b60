"""The large-print theme in real headless Chromium, over every page of every example person.

What an 85-year-old with cataracts needs, measured rather than hoped for: axe-core finds nothing
at WCAG 2.2 A/AA plus 7:1 contrast in both schemes; body text is never under 20px; nothing
scrolls sideways at 320px (the width of 400% zoom on a 1280px screen); A+ works and is
remembered; Tab alone reaches Next, A+ and the contrast switch; nothing is fetched from outside
the person's folder.

Repeat the axe pass by hand: `python -m pytest -q tests/test_theme_browser.py -k axe`.
"""

from __future__ import annotations

import functools
import io
import json
from pathlib import Path

import pytest
from conftest import ROOT, quick_options, site_of, write_plan
from helpers import chromium

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "rules": {"color-contrast-enhanced": {"enabled": True}},
    "resultTypes": ["violations"],
}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 320, "height": 640}


@pytest.fixture(scope="module")
def browser():
    """One Chromium for the whole module (module, not session: other modules start their own)."""
    with chromium() as browser:
        yield browser


def example_pages(site: Path) -> list[Path]:
    return sorted(
        page
        for person in sorted(site.iterdir())
        if person.is_dir()
        for page in person.glob("*.html")
    )


def scheme_script(site: Path, scheme: str) -> str:
    """Set every example person's remembered contrast before any page script runs."""
    from plugins.large_print.context import site_key

    slugs = [person.name for person in site.iterdir() if person.is_dir()]
    keys = [json.dumps(f"planbook:{site_key(slug)}:contrast") for slug in slugs]
    return "".join(f"localStorage.setItem({key}, {json.dumps(scheme)});" for key in keys)


class Watched:
    """A page that remembers every request it made and every script error it hit."""

    def __init__(self, context):
        self.page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def outside(self, site: Path) -> list[str]:
        inside = site.resolve().as_uri() + "/"
        return [url for url in self.requests if not url.startswith((inside, "data:", "blob:"))]


def sweep(browser, site: Path, scheme: str, viewport: dict, axe: bool) -> dict[str, list[str]]:
    """Open every page of every person in one scheme; return what is wrong, page by page."""
    context = browser.new_context(viewport=viewport)
    context.add_init_script(scheme_script(site, scheme))
    watched = Watched(context)
    page = watched.page
    problems: dict[str, list[str]] = {}
    for path in example_pages(site):
        person = path.parent
        watched.requests.clear()
        page.goto(path.as_uri())
        found: list[str] = []
        shown = page.evaluate("document.documentElement.getAttribute('data-contrast')")
        if shown != scheme:
            found.append(f"scheme is {shown}, not {scheme}")
        body_px = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        if body_px < 20:
            found.append(f"body text is {body_px}px")
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            found.append(f"scrolls sideways: {width[0]}px wide in a {width[1]}px window")
        if axe:
            page.evaluate(axe_source())  # not a <script> tag: the site's CSP rightly refuses those
            result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
            for violation in result["violations"]:
                targets = [" ".join(node["target"]) for node in violation["nodes"]][:3]
                found.append(f"axe {violation['id']}: {violation['help']} at {targets}")
        found += [f"fetched from outside the site: {url}" for url in watched.outside(person)]
        found += [f"script error: {error}" for error in watched.errors]
        watched.errors.clear()
        if found:
            problems[f"{person.name}/{path.name}"] = found
    context.close()
    return problems


@functools.cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8") + "\n;true"


@pytest.fixture(scope="module")
def axe_ready():
    if not AXE.exists():
        pytest.skip("needs axe-core from npm (npm ci, run by scripts/install-test-tools)")


@pytest.mark.parametrize("scheme", ["standard", "high"])
def test_axe_finds_nothing_on_any_page_in_either_scheme_and_nothing_leaves_the_site(
    browser, built_examples, axe_ready, scheme
):
    problems = sweep(browser, built_examples, scheme, DESKTOP, axe=True)
    assert not problems, report(problems)


@pytest.mark.parametrize(("scheme", "axe"), [("standard", False), ("high", True)])
def test_every_page_fits_a_320px_phone_with_20px_text(
    browser, built_examples, axe_ready, scheme, axe
):
    """320px is also what a 1280px screen shows at 400% zoom. axe runs here once (in one scheme)
    for what changes with the width, such as target sizes; colours are checked above."""
    problems = sweep(browser, built_examples, scheme, PHONE, axe=axe)
    assert not problems, report(problems)


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}: {problem}" for page, found in problems.items() for problem in found)


def text_size(page) -> float:
    paragraph = "document.querySelector('.pb-page p')"
    return page.evaluate(f"parseFloat(getComputedStyle({paragraph}).fontSize)")


def test_a_plus_makes_text_larger_and_the_choice_survives_a_reload(browser, built_examples):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto((built_examples / "peggy-hughes" / "03-my-mornings.html").as_uri())
    before = text_size(page)
    page.get_by_role("button", name="A+ Larger").click()
    larger = text_size(page)
    assert larger > before
    page.reload()
    assert text_size(page) == pytest.approx(larger)
    page.goto((built_examples / "peggy-hughes" / "index.html").as_uri())
    step = page.evaluate("document.documentElement.dataset.textStep")
    assert step == "3", "the choice follows to every page"
    page.get_by_role("button", name="A− Smaller").click()
    page.get_by_role("button", name="A− Smaller").click()
    page.goto((built_examples / "peggy-hughes" / "03-my-mornings.html").as_uri())
    assert text_size(page) < before
    assert text_size(page) >= 20, "A- never takes text under 20px"
    context.close()


def test_the_contrast_switch_changes_the_scheme_and_is_remembered(browser, built_examples):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto((built_examples / "peggy-hughes" / "index.html").as_uri())
    switch = page.get_by_role("button", name="High contrast")
    assert switch.get_attribute("aria-pressed") == "false"
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    switch.click()
    assert switch.get_attribute("aria-pressed") == "true"
    dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert dark == "rgb(0, 0, 0)" != light
    page.reload()
    assert page.evaluate("document.documentElement.dataset.contrast") == "high"
    # Dennis asked for high contrast; his site opens that way, and the switch can turn it off.
    page.goto((built_examples / "dennis-okafor" / "index.html").as_uri())
    assert page.get_by_role("button", name="High contrast").get_attribute("aria-pressed") == "true"
    context.close()


def test_keyboard_alone_reaches_the_skip_link_a_plus_contrast_and_next_with_a_visible_ring(
    browser, built_examples
):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto((built_examples / "rose-kaur" / "02-a-good-day-and-a-hard-day.html").as_uri())
    reached: list[str] = []
    for _ in range(80):
        page.keyboard.press("Tab")
        name, ring = page.evaluate("""() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return [el.innerText.replace(/\\s+/g, " ").trim(),
                    style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2];
        }""")
        assert ring, f"no visible focus ring on {name!r}"
        reached.append(name)
        if name.startswith("Next page"):
            break
    assert reached[0] == "Skip to my plan"
    assert any(name.startswith("A+") for name in reached)
    assert any(name.startswith("High contrast") for name in reached)
    assert reached[-1].startswith("Next page") and "My mornings" in reached[-1]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("03-my-mornings.html")
    context.close()


def test_lines_are_at_most_about_70_characters_with_room_between_them(browser, built_examples):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = context.new_page()
    for slug in ("james-whitfield", "rose-kaur"):
        page.goto((built_examples / slug / "01-about-me.html").as_uri())
        measured = page.evaluate("""() => {
            const p = [...document.querySelectorAll('.pb-page p')]
                .sort((a, b) => b.textContent.length - a.textContent.length)[0];
            const text = p.textContent;
            const probe = document.createElement('span');
            probe.style.whiteSpace = 'nowrap';
            probe.textContent = text;
            p.appendChild(probe);
            const perChar = probe.getBoundingClientRect().width / text.length;
            probe.remove();
            const style = getComputedStyle(p);
            const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
            const width = p.clientWidth - padding;
            return {chars: width / perChar,
                    lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
                    gap: parseFloat(style.marginBottom) / parseFloat(style.fontSize),
                    align: style.textAlign};
        }""")
        assert measured["chars"] <= 72, measured
        assert measured["lineHeight"] >= 1.5, measured
        assert measured["gap"] >= 1, measured
        assert measured["align"] in ("left", "start"), measured
    context.close()


def test_the_controls_still_work_once_the_privacy_plugin_has_decrypted_the_page(browser, tmp_path):
    """unlock.js writes the decrypted page in after loading: planbook.js must wire up again."""
    from plugins.builder.runner import run_build
    from plugins.privacy.crypto import key_to_text
    from plugins.privacy.keystore import KeyStore

    write_plan(
        tmp_path / "plans",
        "nell",
        "name: Eleanor Pike\ncalled: Nell\n",
        {
            "01-about-me.md": "# About me\n\nI feed the robins every morning.\n",
            "02-my-week.md": "# My week\n\nChapel, then a roast.\n",
        },
    )
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    store = KeyStore(options.keys_dir, "nell")
    store.ensure_own("Nell")
    store.add("Sue")
    assert run_build(tmp_path / "plans", options, jobs=1, out=io.StringIO()) == 0
    key = key_to_text(store.load().find("Sue").key)

    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    opened = "() => document.documentElement.dataset.planbook === 'open'"
    site = site_of(tmp_path / "site", options.keys_dir, "nell")
    page.goto((site / "index.html").as_uri() + "#key=" + key)
    page.wait_for_function(opened)
    before = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert before >= 20
    page.get_by_role("button", name="A+ Larger").click()
    page.get_by_role("button", name="High contrast").click()
    page.locator(".pb-tiles a").first.click()  # the home page has tiles, not a pager
    page.wait_for_function(opened)
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") > before
    assert page.evaluate("document.documentElement.dataset.contrast") == "high"
    context.close()


def test_even_the_largest_text_does_not_scroll_sideways_on_a_phone(browser, built_examples):
    """A+ to the top on a 320px phone: text is held to about nine letters a line, never wider."""
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    for path in (
        "peggy-hughes/index.html",
        "rose-kaur/05-my-week-and-the-help-i-want.html",
        "james-whitfield/04-my-week.html",
    ):
        page.goto((built_examples / path).as_uri())
        larger = page.get_by_role("button", name="A+ Larger")
        while larger.get_attribute("aria-disabled") != "true":
            larger.click()
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"{path} scrolls sideways with the largest text: {width}"
        assert text_size(page) > 30
    context.close()
