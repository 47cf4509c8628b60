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
from conftest import quick_options, site_of
from helpers import chromium

from plugins.builder.runner import run_build
from plugins.plan.build import BuildOptions
from plugins.privacy.crypto import key_to_text, new_key
from plugins.privacy.keystore import KeyStore

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")

FIRST = "I feed the robins on the back step every morning."
SECOND = "On Fridays my grandson Tariq reads me the football results."
OLIVE = "I sort the church flowers with Maureen on Saturday mornings."
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
    other = tmp / "plans" / "olive"  # another person's site on the same web address
    other.mkdir()
    (other / "person.yml").write_text("name: Olive Marsh\ncalled: Olive\n", encoding="utf-8")
    (other / "01-me.md").write_text(f"# Me\n\n{OLIVE}\n", encoding="utf-8")
    build(tmp / "plans", options)

    handler = functools.partial(Quiet, directory=str(options.out_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    site = site_of(options.out_dir, options.keys_dir, "nell")
    olive = site_of(options.out_dir, options.keys_dir, "olive")
    yield {
        "tmp": tmp,
        "options": options,
        "store": store,
        "site": site,
        "http": f"{root}{site.name}/",
        "olive": f"{root}{olive.name}/",
        "olive_store": KeyStore(options.keys_dir, "olive"),
    }
    server.shutdown()


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


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


def remember(page) -> None:
    """Tick "Remember on this device" and wait until it is kept: Forget appears once it is."""
    page.check("#planbook-remember")
    page.locator("#planbook-forget").wait_for(state="visible")


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
    from plugins.privacy.links import person_link

    link = person_link(load_plan(world["tmp"] / "plans" / "nell"), world["options"])
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
    # the same document: wait for it to leave "locked" before waiting for it to settle
    page.wait_for_function("() => document.documentElement.dataset.planbook !== 'locked'")
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
    assert page.locator("#planbook-forget").is_hidden(), "Forget shows only once remembered"
    remember(page)
    again = context.new_page()  # another tab: only a remembered key opens it
    assert visit(again, world["http"] + "page-1.html") == "open"
    assert again.is_checked("#planbook-remember")
    # Forget asks first, in the page, in words; "No" keeps the plan
    again.click("#planbook-forget")
    question = again.locator("#planbook-forget-confirm")
    assert question.is_visible() and "Forget Nell's plan on this device?" in question.inner_text()
    again.click("#planbook-forget-no")
    assert question.is_hidden() and settled(again) == "open"
    again.click("#planbook-forget")
    again.click("#planbook-forget-yes")
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
    """The published name of the sealed bundle that holds page 1's photo."""
    from plugins.privacy import unseal

    own = world["store"].load().own
    key = unseal.content_key(world["site"], own.key)
    payload = unseal.open_page(world["site"], "page-1.html", key)
    return next(m["bundle"] for m in payload["media"].values() if m["type"] == "image/png")


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

    envelope_url = tampered_copy(
        world, "data/site.js", lambda t: t.replace('"build": "', '"build": "0', 1)
    )
    page = context.new_page()
    assert visit(page, envelope_url + "page-2.html" + sue) == "damaged"


def swapped_copy(world, name: str, a: str, b: str) -> str:
    copy = world["tmp"] / name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(world["site"], copy)
    if a != b:
        (copy / a).rename(copy / "swap.tmp")
        (copy / b).rename(copy / a)
        (copy / "swap.tmp").rename(copy / b)
    return copy.as_uri() + "/"


def test_swapped_pages_are_refused(world, context):
    """Each page is bound to its own published name: page 2 put in page 1's place never opens."""
    sue = "#key=" + key_of(world, "Sue (daughter)")
    url = swapped_copy(world, "swapped", "page-1.html", "page-2.html")
    page = context.new_page()
    assert visit(page, url + "page-1.html" + sue) == "damaged"
    assert SECOND not in page.content()
    url = swapped_copy(world, "swapped-home", "index.html", "page-1.html")
    assert visit(context.new_page(), url + "index.html" + sue) == "damaged"
    url = swapped_copy(world, "renamed", "page-2.html", "page-2.html")
    (world["tmp"] / "renamed" / "page-2.html").rename(world["tmp"] / "renamed" / "page-9.html")
    assert visit(context.new_page(), url + "page-9.html" + sue) == "damaged", "not in the build"


def test_a_page_left_from_an_older_build_is_refused(world, context):
    """A page kept from before a rebuild (a host's cache, a copy put back) does not open, with
    the old link or a current one: each build seals its pages under a key of its own."""
    sue = "#key=" + key_of(world, "Sue (daughter)")
    old = (world["site"] / "page-1.html").read_text()
    about = world["tmp"] / "plans" / "nell" / "01-about-me.md"
    about.write_text(about.read_text() + "\nI like a quiet Sunday.\n", encoding="utf-8")
    build(world["tmp"] / "plans", world["options"])
    assert (world["site"] / "page-1.html").read_text() != old
    copy = world["tmp"] / "rolled-back"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(world["site"], copy)
    (copy / "page-1.html").write_text(old)
    page = context.new_page()
    assert visit(page, copy.as_uri() + "/page-1.html" + sue) == "damaged"
    assert FIRST not in page.content()


def test_the_key_is_never_kept_as_text_and_another_site_cannot_read_it(world, context):
    """Sites on one host share an origin: a page of Olive's site, in the tab where Nell's plan was
    just opened, finds no key text in any storage, and cannot export the kept key."""
    sue = key_of(world, "Sue (daughter)")
    page = context.new_page()
    assert visit(page, world["http"] + "#key=" + sue) == "open"
    remember(page)
    assert visit(page, world["olive"]) == "locked"  # the same tab, another person's site
    found = page.evaluate(
        """async key => {
        const texts = [];
        for (const store of [sessionStorage, localStorage])
            for (let i = 0; i < store.length; i++) texts.push(store.getItem(store.key(i)));
        const db = await new Promise(r => { const q = indexedDB.open('planbook');
            q.onsuccess = () => r(q.result); });
        const records = await new Promise(r => { const q = db.transaction('keys')
            .objectStore('keys').getAll(); q.onsuccess = () => r(q.result); });
        const exported = [];
        for (const record of records) {
            try { await crypto.subtle.exportKey('raw', record.key); exported.push(record.id); }
            catch (e) { /* non-extractable: as it must be */ }
        }
        return {text: texts.some(t => t && t.includes(key)), records: records.length,
                extractable: records.some(r => r.key.extractable), exported,
                json: JSON.stringify(records).includes(key)};
    }""",
        sue,
    )
    assert found == {
        "text": False,
        "records": 2,
        "extractable": False,
        "exported": [],
        "json": False,
    }, found
    assert OLIVE not in page.content(), "Nell's key opens nothing of Olive's"


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
        remember(page)
        page.click("#planbook-forget")
        assert axe(page, "{include: [['#planbook-device']]}") == []
        size = page.evaluate(
            "[...document.querySelectorAll('#planbook-device input, #planbook-device button')]"
            ".map(e => [e.getBoundingClientRect().width, e.getBoundingClientRect().height])"
        )
        assert len(size) == 4 and all(w >= 44 and h >= 44 for w, h in size), size
    finally:
        context.close()


def test_a_picture_saved_from_a_link_keeps_its_own_name(world, browser):
    context = browser.new_context(accept_downloads=True)
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        sue = "#key=" + key_of(world, "Sue (daughter)")
        assert visit(page, world["http"] + "page-1.html" + sue) == "open"
        link = page.get_by_text("Save my letter")
        fetched = len([url for url in requests if "/data/" in url])
        with page.expect_download() as download:
            link.click()
        assert download.value.suggested_filename == "letter.png"
        saved = Path(download.value.path()).read_bytes()
        assert saved.startswith(b"\x89PNG")
        # a picture comes from the pictures' bundle, already opened with the page
        assert len([url for url in requests if "/data/" in url]) == fetched
    finally:
        context.close()
