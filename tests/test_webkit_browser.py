"""A family link in Safari's engine: real WebKit (Debian's WebKitGTK, WebKitWebDriver) through
Selenium, on an X server of its own (Xvfb, started here when there is no display).

Families on iPhones read the plan in WebKit. The site is encrypted (the default) and served over
http on 127.0.0.1. Phone widths: a WebKitGTK window does not shrink below about 447px, so the
site is opened inside an <iframe> 320 and 390 CSS px wide (not by page zoom), on a test page
served from beside the output folder; inside the frame the page's window is that wide.

Script errors are caught by hooks put into each page once it is open (WebKitWebDriver gives no
console log); an error while the page unlocks would leave it locked, which is checked.
"""

from __future__ import annotations

import functools
import http.server
import io
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import write_plan

from plugins.builder.runner import run_build
from plugins.plan.build import BuildOptions
from plugins.privacy.keystore import KeyStore
from plugins.privacy.links import link_for

pytestmark = pytest.mark.browser
webdriver = pytest.importorskip("selenium.webdriver")

DRIVER = Path("/usr/bin/WebKitWebDriver")
FAMILY = "Sue (daughter)"
OPENING = "I am Nell. My robins and my radio matter most to me."
FIRST = "I feed the robins on the back step every morning."
PAGES = {
    "index.md": f"# Nell's plan\n\n{OPENING}\n",
    "01-about-me.md": f"# About me\n\n{FIRST}\n\n## My radio\n\nI listen to the news.\n",
    "02-my-week.md": "# My week\n\n| Day | What I do |\n| --- | --- |\n| Monday | Chapel |\n",
}
HOOKS = """
if (!window.__errors) {
  window.__errors = [];
  window.addEventListener('error', e => window.__errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', e => window.__errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation',
      e => window.__errors.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
}
"""


def family_site(options: BuildOptions, slug: str) -> tuple[Path, str]:
    """The ONE place that knows where a person's encrypted site is and how a family link reads:
    OUT/<folder id>/, a neutral id kept with the person's keys, and the key after #."""
    access = KeyStore(options.keys_dir, slug).load()
    return options.out_dir / access.folder, link_for(access.folder, access.find(FAMILY), options)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Nell's encrypted site with audio (espeak-ng: quick) and booklet, served on 127.0.0.1."""
    if not DRIVER.exists() or not (shutil.which("Xvfb") or os.environ.get("DISPLAY")):
        pytest.skip("needs webkit2gtk-driver and xvfb (scripts/install-test-tools)")
    if not shutil.which("espeak-ng"):
        pytest.skip("needs espeak-ng (scripts/install-test-tools)")
    tmp = tmp_path_factory.mktemp("webkit")
    write_plan(
        tmp / "plans", "nell", "name: Eleanor Pike\ncalled: Nell\nvoice: espeak:en-gb\n", PAGES
    )
    options = BuildOptions(
        out_dir=tmp / "web" / "site",
        encrypt=True,
        cache_dir=tmp_path_factory.getbasetemp() / "audio-cache",
        keys_dir=tmp / "keys",
        base_url=None,
    )
    store = KeyStore(options.keys_dir, "nell")
    store.ensure_own("Nell")
    store.add(FAMILY)
    log = io.StringIO()
    assert run_build(tmp / "plans", options, jobs=1, out=log) == 0, log.getvalue()
    site, _ = family_site(options, "nell")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp / "web"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    web_options = BuildOptions(
        out_dir=options.out_dir, keys_dir=options.keys_dir, base_url=root + "site"
    )
    _, link = family_site(web_options, "nell")
    key = link.split("#", 1)[1]
    relative = site.relative_to(tmp / "web").as_posix()
    for width, height in ((320, 568), (390, 844)):
        (tmp / "web" / f"phone-{width}.html").write_text(
            f'<!doctype html><html lang="en"><title>A {width}px phone</title>'
            f'<body style="margin:0"><iframe id="phone" title="The plan on a phone" '
            f'src="{relative}/index.html#{key}" style="border:0;width:{width}px;height:{height}px">'
            "</iframe></body></html>",
            encoding="utf-8",
        )
    yield {"link": link, "root": root, "site": site}
    server.shutdown()


@pytest.fixture(scope="module")
def display():
    """An X display for WebKitGTK: the one there is, or an Xvfb of our own."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(timeout=10)


@pytest.fixture
def driver(served, display):
    """A WebKit session of each test's own: a tab left on the booklet's blob by "Print my plan"
    once kept the next family link from opening, and took the phone tests down with it."""
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    service = Service(executable_path=str(DRIVER), env={**os.environ, "DISPLAY": display})
    browser = webdriver.WebKitGTK(options=Options(), service=service)
    browser.set_window_size(1024, 900)
    yield browser
    browser.quit()


def wait_for(browser, script: str, timeout: float = 30.0):
    """Poll SCRIPT until it gives something true; a page unloading in between is polled again."""
    from selenium.common.exceptions import WebDriverException

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = browser.execute_script(script)
        except WebDriverException:  # the document went away under the script: try the next one
            value = None
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for: {script}")


def leave(browser, action) -> None:
    """Do ACTION (a click, a navigation) and wait for the NEXT page to open, never this one."""
    browser.execute_script("window.__leaving = true")
    action()
    wait_for(browser, "return !window.__leaving && document.readyState !== 'loading'")
    opened(browser)


def go(browser, name: str) -> None:
    """Navigate to NAME from the page itself, after the script returns (not during it)."""
    leave(browser, lambda: browser.execute_script(f"setTimeout(() => location.href = '{name}')"))


def opened(browser) -> None:
    state = wait_for(
        browser,
        "const s = document.documentElement.dataset.planbook;"
        "return ['open', 'locked', 'wrong', 'damaged', 'insecure'].includes(s) && s",
    )
    assert state == "open", f"the plan did not open in WebKit: {state}"
    browser.execute_script(HOOKS)


def errors(browser) -> list[str]:
    return browser.execute_script("return window.__errors || []")


def sideways(browser) -> list | None:
    """[page width, window width, the widest elements] when the page is wider than the window."""
    return browser.execute_script("""
        const width = document.documentElement.scrollWidth;
        if (width <= innerWidth) return null;
        const wide = [...document.body.querySelectorAll('*')]
            .filter(el => el.getBoundingClientRect().right > innerWidth + 0.5)
            .map(el => el.tagName.toLowerCase() + '.' + el.className + '#' + el.id).slice(0, 4);
        return [width, innerWidth, wide];
    """)


def test_a_family_link_opens_the_plan_and_a_page_reads_in_webkit(driver, served):
    driver.get(served["link"])
    opened(driver)
    main = driver.find_element("css selector", "main").text
    assert "Nell's plan" in main and OPENING in main
    assert "#key=" not in driver.current_url
    leave(driver, driver.find_element("css selector", ".pb-tiles a").click)
    assert FIRST in driver.find_element("css selector", "main").text
    assert not errors(driver)


def test_listen_plays_in_webkit(driver, served):
    driver.get(served["link"])
    opened(driver)
    leave(driver, driver.find_element("css selector", ".pb-tiles a").click)
    listen = driver.find_element("css selector", ".pb-audio__listen")
    assert listen.is_displayed() and "Listen" in listen.text
    source = driver.execute_script("return document.querySelector('.pb-audio audio').src")
    assert source.startswith("blob:"), "the MP3 is decrypted in the browser"
    listen.click()
    played = wait_for(
        driver,
        "const a = document.querySelector('.pb-audio audio');"
        "return a.currentTime > 0.2 && a.currentTime",
        timeout=20,
    )
    assert played > 0.2
    listen.click()  # pause
    assert driver.execute_script("return document.querySelector('.pb-audio audio').paused")
    assert not errors(driver)


def test_print_my_plan_yields_the_booklet_pdf_in_webkit(driver, served):
    """WebKitGTK has no PDF viewer, so the bytes "Print my plan" opens are noted as they are
    decrypted (in this tab's sessionStorage, which outlives the navigation) and read back."""
    driver.get(served["link"])
    opened(driver)
    driver.execute_script("""
        const Real = Blob;
        window.Blob = function (parts, options) {
          const part = parts && parts[0];
          if (part && (part instanceof ArrayBuffer || ArrayBuffer.isView(part))) {
            const bytes = new Uint8Array(part.buffer || part, part.byteOffset || 0, 5);
            sessionStorage.setItem('made:' + (options && options.type),
                                   String.fromCharCode.apply(null, bytes));
          }
          return new Real(parts, options);
        };
        window.Blob.prototype = Real.prototype;
    """)
    printing = driver.find_element("css selector", "a.pb-print")
    assert "Print my plan" in printing.text
    printing.click()
    # the bytes are noted as the booklet is decrypted, before the tab moves to its blob (the
    # same origin's sessionStorage, so it reads the same on either page)
    head = wait_for(driver, "return sessionStorage.getItem('made:application/pdf')")
    assert head == "%PDF-", f"Print my plan gave {head!r}, not a PDF"


@pytest.mark.parametrize("width", [320, 390])
def test_a_phone_never_scrolls_sideways_in_webkit_even_after_a_plus_twice(driver, served, width):
    driver.get(served["root"] + f"phone-{width}.html")
    driver.switch_to.frame(driver.find_element("id", "phone"))
    try:
        opened(driver)
        assert driver.execute_script("return window.innerWidth") == width
        for name in ("index.html", "page-1.html", "page-2.html"):
            if name != "index.html":
                go(driver, name)
            assert not sideways(driver), f"{name} at {width}px: {sideways(driver)}"
        before = driver.execute_script(
            "return parseFloat(getComputedStyle(document.body).fontSize)"
        )
        larger = driver.find_element("css selector", "[data-pb-text=larger]")
        larger.click()
        larger.click()
        after = driver.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
        assert after > before >= 20
        for name in ("page-2.html", "page-1.html", "index.html"):
            go(driver, name)
            assert not sideways(driver), f"{name} at {width}px after A+ twice: {sideways(driver)}"
        assert not errors(driver)
        smaller = driver.find_element("css selector", "[data-pb-text=smaller]")
        smaller.click()
        smaller.click()
    finally:
        driver.switch_to.default_content()
