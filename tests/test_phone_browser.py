"""Every example person's ENCRYPTED site, opened from a family link, in real headless Chromium.

Families open the plan from a link on a phone, and that link always leads to an encrypted site,
so this is the view that matters: axe-core finds nothing at WCAG 2.2 A/AA plus 7:1 contrast in
both contrast schemes; nothing scrolls sideways at 320 and 390 px, at the person's own size and
after A+ twice; the plan comes first on a phone (the header is one short row, the first words
are on the first screen); and whatever is highlighted while the plan is read aloud never moves
the text and honours prefers-reduced-motion.

One shared build for the module (the four example people, encrypted, no audio or booklet).
"""

from __future__ import annotations

import functools
import http.server
import io
import shutil
import threading
from dataclasses import replace

import pytest
from conftest import EXAMPLES, ROOT, quick_options
from helpers import chromium

from plugins.builder.runner import run_build
from plugins.plan.build import BuildOptions
from plugins.privacy.keystore import KeyStore
from plugins.privacy.links import link_for

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "rules": {"color-contrast-enhanced": {"enabled": True}},
    "resultTypes": ["violations"],
}
FAMILY = "Sue (daughter)"
PEOPLE = sorted(p.name for p in EXAMPLES.iterdir() if (p / "person.yml").is_file())
OPEN = (
    "() => ['open', 'locked', 'wrong', 'damaged']"
    ".includes(document.documentElement.dataset.planbook)"
)
A_PLUS_TWICE = 4  # planbook.js: step 2 is the person's own size, each A+ is one step


def family_site(options: BuildOptions, slug: str) -> tuple[str, str]:
    """The ONE place that knows where a person's encrypted site is and how a family link reads:
    OUT/<folder id>/, a neutral id kept with the person's keys, and the key after #."""
    access = KeyStore(options.keys_dir, slug).load()
    link = link_for(access.folder, access.find(FAMILY), options)
    return link.split("#", 1)[0], link


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, tuple[str, str]]:
    """Each person's site address and family link, served over http on 127.0.0.1 as a family
    would open them from the web."""
    tmp = tmp_path_factory.mktemp("phone")
    shutil.copytree(EXAMPLES, tmp / "plans")
    options = quick_options(tmp / "site", tmp, encrypt=True)
    for slug in PEOPLE:
        store = KeyStore(options.keys_dir, slug)
        store.ensure_own(slug)
        store.add(FAMILY)
    log = io.StringIO()
    assert run_build(tmp / "plans", options, jobs=2, out=log) == 0, log.getvalue()
    handler = functools.partial(Quiet, directory=str(options.out_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    web = replace(options, base_url=f"http://127.0.0.1:{server.server_address[1]}")
    yield {slug: family_site(web, slug) for slug in PEOPLE}
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@functools.cache
def axe_source() -> str:
    if not AXE.exists():
        pytest.skip("needs axe-core from npm (npm ci, run by scripts/install-test-tools)")
    return AXE.read_text(encoding="utf-8") + "\n;true"


class Family:
    """A phone (or laptop) that opened one person's plan from the family link."""

    def __init__(self, browser, site: str, link: str, viewport: dict, **context):
        self.context = browser.new_context(viewport=viewport, **context)
        self.page = self.context.new_page()
        self.site, self.errors, self.outside = site, [], []
        inside = site
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "console",
            lambda m: self.errors.append(m.text) if m.type == "error" else None,
        )
        self.page.on(
            "request",
            lambda r: (
                None if r.url.startswith((inside, "blob:", "data:")) else self.outside.append(r.url)
            ),
        )
        self.page.goto(link)
        assert self.state() == "open", f"the family link did not open {site}"

    def state(self) -> str:
        self.page.wait_for_function(OPEN)
        return self.page.evaluate("document.documentElement.dataset.planbook")

    def pages(self) -> list[str]:
        """The home page, then every page it leads to (tiles, footer), as the site names them."""
        self.visit("index.html")
        found = self.page.evaluate(
            "[...document.querySelectorAll('.pb-tiles a, .pb-footer a')]"
            ".map(a => a.getAttribute('href')).filter(h => /^page-\\d+\\.html$/.test(h))"
        )
        return ["index.html"] + list(dict.fromkeys(found))

    def visit(self, name: str) -> None:
        self.page.goto(self.site + name)
        assert self.state() == "open", f"{name} did not open with the remembered key"

    def scheme(self, scheme: str) -> None:
        shown = self.page.evaluate("document.documentElement.dataset.contrast")
        if shown != scheme:
            self.page.locator("[data-pb-contrast]").click()
        assert self.page.evaluate("document.documentElement.dataset.contrast") == scheme

    def text_step(self, step: int) -> None:
        current = int(self.page.evaluate("document.documentElement.dataset.textStep"))
        name = "larger" if step > current else "smaller"
        for _ in range(abs(step - current)):
            self.page.locator(f"[data-pb-text={name}]").click()
        assert int(self.page.evaluate("document.documentElement.dataset.textStep")) == step

    def sideways(self) -> list[int] | None:
        width = self.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        return width if width[0] > width[1] else None

    def axe(self) -> list[str]:
        seen = len(self.errors)
        self.page.evaluate(axe_source())  # not a <script> tag: the site's CSP rightly refuses those
        result = self.page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
        del self.errors[
            seen:
        ]  # axe's own probes (inline styles the CSP refuses) are not the site's
        return [
            f"axe {v['id']}: {v['help']} at {[' '.join(n['target']) for n in v['nodes']][:3]}"
            for v in result["violations"]
        ]

    def close(self) -> None:
        self.context.close()


@pytest.mark.parametrize("scheme", ["standard", "high"])
@pytest.mark.parametrize("slug", PEOPLE)
def test_the_encrypted_site_passes_axe_and_never_scrolls_sideways_on_a_phone(
    browser, sites, slug, scheme
):
    """Every page, in this scheme: 320 and 390 px wide at the person's own size and after A+
    twice never scroll sideways; axe at 390 px after A+ twice (contrast does not change with
    the width; the unencrypted desktop sweep is tests/test_theme_browser.py); nothing fetched
    from outside the site; no script errors."""
    family = Family(browser, *sites[slug], viewport={"width": 390, "height": 844})
    family.scheme(scheme)
    problems: list[str] = []
    for step in (2, A_PLUS_TWICE):
        family.visit("index.html")
        family.text_step(step)
        for name in family.pages():
            family.visit(name)
            for width in (320, 390):
                family.page.set_viewport_size({"width": width, "height": 844})
                if wide := family.sideways():
                    problems.append(f"{name} at {width}px, text step {step}: {wide[0]}px wide")
            if step == A_PLUS_TWICE:
                problems += [f"{name} at 390px after A+ twice: {p}" for p in family.axe()]
    problems += [f"script error: {e}" for e in dict.fromkeys(family.errors)]
    problems += [f"fetched from outside the site: {u}" for u in dict.fromkeys(family.outside)]
    family.close()
    assert not problems, "\n".join(problems)


FIRST_SCREEN = """() => {
  const main = document.querySelector('.pb-page');
  const heading = main.querySelector('h1');
  const words = [...main.querySelectorAll('p, li, td, dd, blockquote')].find(el =>
      !el.closest('.pb-audio, .pb-tiles, thead') && el.textContent.trim().length > 0);
  const controls = [...document.querySelectorAll('.pb-controls .pb-control')]
      .map(b => Math.round(b.getBoundingClientRect().top));
  return {heading: heading.getBoundingClientRect().top, words: words.getBoundingClientRect().top,
          controls, sideways: document.documentElement.scrollWidth > innerWidth};
}"""


@pytest.mark.parametrize("slug", PEOPLE)
def test_on_a_phone_the_plan_comes_first_at_the_persons_size_and_after_a_plus_twice(
    browser, sites, slug
):
    """Above the page's heading at most 15% of a 390x844 screen (25% after A+ twice); A-, A+
    and contrast on one row; the page's first words start on the first screen at 390x844 and
    320x568 (after A+ twice on 320x568: within a quarter screen more, see below). Every page of
    the plan, the home page included."""
    family = Family(browser, *sites[slug], viewport={"width": 390, "height": 844})
    problems: list[str] = []
    for step, share in ((2, 0.15), (A_PLUS_TWICE, 0.25)):
        family.visit("index.html")
        family.text_step(step)
        for name in family.pages():
            family.visit(name)
            for width, height in ((390, 844), (320, 568)):
                family.page.set_viewport_size({"width": width, "height": height})
                found = family.page.evaluate(FIRST_SCREEN)
                where = f"{name} at {width}x{height}, text step {step}"
                if len(set(found["controls"])) != 1:
                    problems.append(f"{where}: A-, A+ and contrast are not on one row")
                if width == 390 and found["heading"] > share * height:
                    problems.append(f"{where}: {found['heading']:.0f}px above the heading")
                # Known limit, measured and reported: a title and a first heading of three lines
                # each (Dennis's "Keeping safe at home and in the garden") fill a 320x568 screen
                # at 33px text; there the words must start within the next quarter screen.
                room = 1.25 if (width, step) == (320, A_PLUS_TWICE) else 1
                if found["words"] >= room * height:
                    problems.append(f"{where}: the first words start at {found['words']:.0f}px")
            family.page.set_viewport_size({"width": 390, "height": 844})
    family.close()
    assert not problems, "\n".join(problems)


def test_the_home_page_opens_with_the_persons_own_words_from_index_md(browser, sites):
    """Dennis's plan has an index.md: its words follow the title and come before the tiles."""
    family = Family(browser, *sites["dennis-okafor"], viewport={"width": 390, "height": 844})
    page = family.page
    assert page.locator("h1").inner_text().strip() == "Dennis's plan"
    order = page.evaluate("""() => {
        const at = el => el ? el.getBoundingClientRect().top + scrollY : -1;
        return [at(document.querySelector('h1')), at(document.querySelector('#pb-opening')),
                at(document.querySelector('.pb-tiles')),
                at(document.querySelector('#new-since-review'))];
    }""")
    assert -1 not in order and order == sorted(order), order
    opening = page.locator("#pb-opening").inner_text()
    assert "I wrote it with Grace and Joe." in opening and "Staff" not in opening
    assert page.locator("#pb-opening").bounding_box()["y"] < 844, "not on the first screen"
    family.close()


def test_home_is_one_tap_away_and_the_credits_are_a_footer_link(browser, sites):
    family = Family(browser, *sites["peggy-hughes"], viewport={"width": 390, "height": 844})
    page = family.page
    tiles = page.locator(".pb-tiles a")
    names = [tiles.nth(i).inner_text().strip() for i in range(tiles.count())]
    assert names[-1] == "What changed" and "About the pictures" not in names
    pictures = [tiles.nth(i).locator("img").count() for i in range(tiles.count())]
    assert all(pictures), "every tile has a picture (Peggy's plan has pictures)"
    tiles.first.click()
    assert family.state() == "open"
    assert "This is page 1 of 9." in page.locator(".pb-pager").inner_text()
    back = page.get_by_role("link", name="Back to my contents")
    pager = page.locator(".pb-pager").bounding_box()
    assert back.bounding_box()["width"] >= pager["width"] - 2, "a full-width button"
    page.get_by_role("link", name="About the pictures").click()
    assert family.state() == "open" and "OpenMoji" in page.locator("main").inner_text()
    assert "This is page" not in page.locator("main").inner_text()
    back = page.get_by_role("link", name="Back to my contents")
    back.click()
    assert family.state() == "open" and page.locator(".pb-tiles").count() == 1
    family.close()


def test_what_is_highlighted_while_reading_never_moves_the_text_and_nothing_animates(
    browser, sites
):
    """The read-along highlight (and the text-size and contrast changes around it) paint, never
    reflow: with prefers-reduced-motion nothing animates or scrolls smoothly either."""
    family = Family(
        browser,
        *sites["rose-kaur"],
        viewport={"width": 390, "height": 844},
        reduced_motion="reduce",
    )
    page = family.page
    family.visit("page-3.html")
    found = page.evaluate("""() => {
        const blocks = [...document.querySelectorAll('.pb-page p, .pb-page li, .pb-page h2')];
        const place = () => blocks.map(b => { const r = b.getBoundingClientRect();
                                              return [r.top, r.left, r.width, r.height]; });
        const before = JSON.stringify(place());
        const moving = [];
        for (const b of blocks) {
          b.classList.add('pb-playing');
          const style = getComputedStyle(b);
          if (style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0)
            moving.push(b.textContent.slice(0, 30));
        }
        const after = JSON.stringify(place());
        blocks.forEach(b => b.classList.remove('pb-playing'));
        return {moved: before !== after, moving, count: blocks.length,
                smooth: getComputedStyle(document.documentElement).scrollBehavior,
                reduced: matchMedia('(prefers-reduced-motion: reduce)').matches};
    }""")
    assert found["reduced"] and found["count"] > 3
    assert not found["moved"], "highlighting the part being read moved the text"
    assert not found["moving"] and found["smooth"] == "auto"
    family.close()
