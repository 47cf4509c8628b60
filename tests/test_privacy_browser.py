"""Family links in real headless Chromium: over http (127.0.0.1) and from disk (file://).

The plan opens from a link; without a key the locked page shows; a wrong or revoked link says
so; a changed file is refused; remembering is per session unless the person asks.
"""

from __future__ import annotations

import functools
import http.server
import io
import re
import shutil
import threading
from pathlib import Path

import pytest
from conftest import quick_options

from plugins.builder.runner import run_build
from plugins.plan.build import BuildOptions
from plugins.privacy.crypto import key_to_text, new_key
from plugins.privacy.keystore import KeyStore

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

FIRST = "I feed the robins on the back step every morning."
SECOND = "On Fridays my grandson Tariq reads me the football results."
PAGES = {
    "01-about-me.md": f"# About me\n\n{FIRST}\n\n![The robins on my step](photos/robins.png)\n\n"
    '[Save my letter](photos/letter.png){: download="letter.png" }\n',
    "02-my-week.md": f"# My week\n\n{SECOND}\n\n## Sundays\n\nChapel, then a roast.\n",
}


def png(width: int = 30) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, 20), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def build(plans: Path, options: BuildOptions) -> None:
    log = io.StringIO()
    assert run_build(plans, options, jobs=1, out=log) == 0, log.getvalue()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Nell's encrypted site, with links for Sue and Ken, served on 127.0.0.1."""
    tmp = tmp_path_factory.mktemp("nell")
    folder = tmp / "plans" / "nell"
    (folder / "photos").mkdir(parents=True)
    (folder / "person.yml").write_text("name: Eleanor Pike\ncalled: Nell\n", encoding="utf-8")
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "photos" / "robins.png").write_bytes(png())
    (folder / "photos" / "letter.png").write_bytes(png(40))
    options = quick_options(tmp / "site", tmp, encrypt=True)
    store = KeyStore(options.keys_dir, "nell")
    store.ensure_own("Nell")
    store.add("Sue (daughter)")
    store.add("Ken (neighbour)")
    build(tmp / "plans", options)

    handler = functools.partial(Quiet, directory=str(options.out_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {
        "tmp": tmp,
        "options": options,
        "store": store,
        "site": options.out_dir / "nell",
        "http": f"http://127.0.0.1:{server.server_address[1]}/nell/",
    }
    server.shutdown()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("needs Debian chromium at /usr/bin/chromium")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):
    context = browser.new_context()
    yield context
    context.close()


def key_of(world, name: str) -> str:
    return key_to_text(world["store"].load().find(name).key)


def visit(page, url: str) -> str:
    """Open url; wait until the plan is shown or a locked message is; return the state."""
    problems: list[str] = []
    page.on(
        "console",
        lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(url)
    return settled(page, problems)


def settled(page, problems: list[str] | None = None) -> str:
    page.wait_for_function(
        "() => ['open', 'locked', 'wrong', 'damaged', 'forgotten', 'insecure']"
        ".includes(document.documentElement.dataset.planbook)"
    )
    assert not problems, problems or []
    return page.evaluate("document.documentElement.dataset.planbook")


def test_a_family_link_opens_the_plan_over_http_and_keeps_it_for_the_session(world, context):
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    assert visit(page, world["http"] + "#key=" + key_of(world, "Sue (daughter)")) == "open"
    assert "Nell's plan" in page.inner_text("main") and "Nell" in page.title()
    assert "#key=" not in page.url  # the key leaves the address bar at once
    page.locator("a[href='page-1.html']").first.click()
    assert visit(page, page.url) == "open"
    assert FIRST in page.inner_text("main")
    # the photo is decrypted in the browser
    image = page.locator("img[alt='The robins on my step']")
    assert image.get_attribute("src").startswith("blob:")
    assert (
        page.evaluate("document.querySelector(\"img[alt='The robins on my step']\").naturalWidth")
        == 30
    )
    # the theme still works after decryption, and the next page opens with the remembered key
    page.locator("a[href='page-2.html']").first.click()
    assert visit(page, page.url) == "open"
    assert SECOND in page.inner_text("main")
    assert all(url.startswith(("http://127.0.0.1", "blob:", "data:")) for url in requests)
    # a new tab that was not opened from the plan does not have the key: session only
    other = context.new_page()
    assert visit(other, world["http"] + "page-1.html") == "locked"


def test_the_persons_own_link_opens_the_plan_from_disk(world, context):
    from plugins.plan.load import load_plan
    from plugins.privacy.links import open_link

    link = open_link(load_plan(world["tmp"] / "plans" / "nell"), world["options"])
    assert link.startswith("file://") and "#key=" in link
    page = context.new_page()
    assert visit(page, link) == "open"
    page.locator("a[href='page-1.html']").first.click()
    assert visit(page, page.url) == "open"
    assert FIRST in page.inner_text("main")
    page.locator("a[href='page-2.html']").first.click()
    assert visit(page, page.url) == "open"
    assert SECOND in page.inner_text("main")


def test_without_a_key_the_page_says_it_is_private(world, context):
    page = context.new_page()
    assert visit(page, world["http"] + "page-2.html") == "locked"
    text = page.inner_text("body")
    assert "This plan is private" in text and "open it from the link you were sent" in text
    assert SECOND not in page.content() and "Nell" not in page.content()
    assert page.title() == "Private plan"
    # the link pasted into the same tab opens the plan (only the fragment changes)
    page.goto(world["http"] + "page-2.html#key=" + key_of(world, "Sue (daughter)"))
    assert settled(page) == "open" and SECOND in page.inner_text("main")


def test_a_wrong_link_says_so_plainly(world, context):
    page = context.new_page()
    assert visit(page, world["http"] + "#key=" + key_to_text(new_key())) == "wrong"
    assert "This link is wrong or no longer works" in page.inner_text("body")
    cut_short = "#key=" + key_of(world, "Sue (daughter)")[:30]
    assert visit(context.new_page(), world["http"] + cut_short) == "wrong"


def test_remember_on_this_device_and_forget_this_device(world, context):
    page = context.new_page()
    assert visit(page, world["http"] + "#key=" + key_of(world, "Ken (neighbour)")) == "open"
    page.check("#planbook-remember")
    again = context.new_page()  # another tab: only a remembered key opens it
    assert visit(again, world["http"] + "page-1.html") == "open"
    again.click("#planbook-forget")
    again.wait_for_url(re.compile(r"index\.html"))
    assert settled(again) == "forgotten"
    assert "This device has forgotten the plan" in again.inner_text("body")
    third = context.new_page()
    assert visit(third, world["http"] + "page-1.html") == "locked"


def tampered_copy(world, name: str, change) -> str:
    copy = world["tmp"] / f"tampered-{name.replace('/', '-')}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(world["site"], copy)
    path = copy / name
    path.write_text(change(path.read_text()))
    return copy.as_uri() + "/"


def flip(text: str, start: int) -> str:
    """Change one base64 letter of the ciphertext after ``start``."""
    i = start + 40
    return text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1 :]


def photo_chunk(world) -> str:
    """The published name of the chunk that holds page 1's photo."""
    from plugins.privacy import unseal

    own = world["store"].load().own
    key = unseal.content_key(world["site"], own.key)
    payload = unseal.open_page(world["site"], "page-1.html", key)
    return next(
        m["src"] for m in payload["media"].values() if m["type"] == "image/png" and not m["lazy"]
    )


def test_a_changed_page_or_picture_is_refused(world, context):
    sue = "#key=" + key_of(world, "Sue (daughter)")
    page_url = tampered_copy(
        world, "page-1.html", lambda t: flip(t, t.index('id="planbook-page"') + 40)
    )
    page = context.new_page()
    assert visit(page, page_url + "page-1.html" + sue) == "damaged"
    assert "cannot be opened safely" in page.inner_text("body")
    assert FIRST not in page.content()

    name = photo_chunk(world)
    media_url = tampered_copy(world, name, lambda t: flip(t, t.index('","') + 3))
    page = context.new_page()
    assert visit(page, media_url + "page-1.html" + sue) == "damaged"

    def break_envelope(text: str) -> str:
        return text.replace(
            '<script type="application/json" id="planbook-envelope">{',
            '<script type="application/json" id="planbook-envelope">{{',
            1,
        )

    envelope_url = tampered_copy(world, "page-2.html", break_envelope)
    page = context.new_page()
    assert visit(page, envelope_url + "page-2.html" + sue) == "damaged"


def test_after_revoke_and_rebuild_the_old_link_fails_and_others_still_work(world, context):
    ken = "#key=" + key_of(world, "Ken (neighbour)")
    sue = "#key=" + key_of(world, "Sue (daughter)")
    world["store"].revoke("Ken (neighbour)")
    build(world["tmp"] / "plans", world["options"])
    page = context.new_page()
    assert visit(page, world["http"] + ken) == "wrong"
    page = context.new_page()
    assert visit(page, world["http"] + "page-1.html" + sue) == "open"
    assert FIRST in page.inner_text("main")


AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "rules": {"color-contrast-enhanced": {"enabled": True}},
    "resultTypes": ["violations"],
}


def axe(page, context: dict | str = "document") -> list[str]:
    page.evaluate(
        AXE.read_text(encoding="utf-8")
    )  # evaluate, not a <script>: the CSP refuses those
    result = page.evaluate(f"options => axe.run({context}, options)", AXE_OPTIONS)
    return [f"{v['id']}: {[n['target'] for n in v['nodes']]}" for v in result["violations"]]


@pytest.mark.parametrize("width", [1280, 320])
def test_the_locked_page_and_the_device_panel_pass_axe(world, browser, width):
    if not AXE.exists():
        pytest.skip("needs axe-core from npm (scripts/install-test-tools)")
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        assert visit(page, world["http"] + "page-1.html") == "locked"
        assert axe(page) == []
        assert visit(page, world["http"] + "#key=" + key_of(world, "Sue (daughter)")) == "open"
        assert axe(page, "{include: [['#planbook-device']]}") == []
        size = page.evaluate(
            "[...document.querySelectorAll('#planbook-remember, #planbook-forget')]"
            ".map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])"
        )
        assert all(w >= 44 and h >= 44 for w, h in size), size
    finally:
        context.close()


def test_a_file_only_linked_to_is_decrypted_when_the_link_is_used(world, browser):
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        sue = "#key=" + key_of(world, "Sue (daughter)")
        assert visit(page, world["http"] + "page-1.html" + sue) == "open"
        link = page.get_by_text("Save my letter")
        assert link.get_attribute("href").startswith("planbook-media:")
        fetched = len([url for url in requests if "/data/" in url])
        with page.expect_download() as download:
            link.click()
        assert download.value.suggested_filename == "letter.png"
        saved = Path(download.value.path()).read_bytes()
        assert saved.startswith(b"\x89PNG")
        assert len([url for url in requests if "/data/" in url]) == fetched + 1
    finally:
        context.close()
