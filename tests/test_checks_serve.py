"""`serve`: the preview rebuilds after a save and the page asks to reload."""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest
from helpers import chromium

from plugins.checks.preview import PREFIX, Preview

DEADLINE = 60  # seconds: a rebuild takes one or two; the test never waits longer than this


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode("utf-8")


def test_preview_rebuilds_on_save(make_plan, tmp_path):
    folder = make_plan(
        "grace-okafor",
        person="name: Grace Okafor\n",
        pages={"01-about-me.md": "# About me\n\nI like tea.\n"},
    )
    preview = Preview(folder, port=0, interval=0.2)
    preview.start()
    try:
        assert preview.url.startswith("http://127.0.0.1:")
        page = get(preview.url + "01-about-me.html")
        assert "I like tea." in page and f"{PREFIX}reload.js" in page
        assert "window.__planbookVersion = 1;" in get(
            preview.url + PREFIX.lstrip("/") + "version.js"
        )
        (folder / "01-about-me.md").write_text(
            "# About me\n\nI like coffee now.\n", encoding="utf-8"
        )
        stop_at = time.monotonic() + DEADLINE
        # the new page can be served a moment before the build returns and the version rises
        while ("I like coffee now." not in page or preview.version < 2) and (
            time.monotonic() < stop_at
        ):
            time.sleep(0.2)
            page = get(preview.url + "01-about-me.html")
        assert "I like coffee now." in page
        assert preview.version >= 2
        assert "location.reload" in get(preview.url + PREFIX.lstrip("/") + "reload.js")
        assert not (tmp_path / "site").exists()  # previews never go into site/
    finally:
        preview.stop()


def test_a_save_during_the_first_build_is_not_lost(make_plan):
    """The watcher compares with the files as the first build read them, not as they were when
    its thread happened to start (late, on a busy machine)."""
    folder = make_plan(
        "grace-okafor",
        person="name: Grace Okafor\n",
        pages={"01-about-me.md": "# About me\n\nI like tea.\n"},
    )
    preview = Preview(folder, port=0, interval=0.2)
    first_build = preview.rebuild

    def save_then_build():
        preview.rebuild = first_build
        result = first_build()
        (folder / "01-about-me.md").write_text("# About me\n\nI like cocoa.\n", encoding="utf-8")
        return result

    preview.rebuild = save_then_build
    preview.start()
    try:
        stop_at = time.monotonic() + DEADLINE
        page = get(preview.url + "01-about-me.html")
        while "I like cocoa." not in page and time.monotonic() < stop_at:
            time.sleep(0.2)
            page = get(preview.url + "01-about-me.html")
        assert "I like cocoa." in page
    finally:
        preview.stop()


def test_preview_shows_a_plan_mistake_instead_of_the_site(make_plan):
    folder = make_plan("grace-okafor", person="name: Grace Okafor\nfavourite: blue\n")
    preview = Preview(folder, port=0)
    preview.start()
    try:
        page = get(preview.url)
        assert (
            "cannot be shown yet" in page and "favourite" in page and f"{PREFIX}reload.js" in page
        )
    finally:
        preview.stop()


@pytest.mark.browser
def test_the_open_page_reloads_itself_after_a_save(make_plan):
    """In a real browser, under the site's own Content-Security-Policy, a save shows up unasked."""
    api = pytest.importorskip("playwright.sync_api")
    folder = make_plan(
        "grace-okafor",
        person="name: Grace Okafor\n",
        pages={"01-about-me.md": "# About me\n\nI like tea.\n"},
    )
    preview = Preview(folder, port=0, interval=0.2)
    preview.start()
    try:
        with chromium() as browser:
            page = browser.new_page()
            with page.expect_response(lambda r: "version.js" in r.url, timeout=DEADLINE * 1000):
                page.goto(preview.url + "01-about-me.html")  # the page has seen version 1
            (folder / "01-about-me.md").write_text(
                "# About me\n\nI like cocoa.\n", encoding="utf-8"
            )
            body = page.locator("body")
            api.expect(body).to_contain_text("I like cocoa.", timeout=DEADLINE * 1000)
    finally:
        preview.stop()


def test_the_preview_answers_only_to_this_computers_names(make_plan):
    """DNS rebinding: a page on another site that points its own name at 127.0.0.1 must not read
    the plan through the preview; only localhost names are answered."""
    from plugins.checks.preview import is_local_host

    assert all(is_local_host(h) for h in ("127.0.0.1:8000", "localhost", "[::1]:8000", "LOCALHOST"))
    assert not any(is_local_host(h) for h in ("evil.example:8000", "", "127.0.0.1.evil.example"))
    folder = make_plan("ivy", person="name: Ivy Test\n")
    preview = Preview(folder, port=0, interval=0.2)
    preview.start()
    try:
        request = urllib.request.Request(
            preview.url + "01-about-me.html", headers={"Host": "rebound.example:8000"}
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 421 and b"I like a cup of tea" not in refused.value.read()
        assert "I like a cup of tea." in get(preview.url + "01-about-me.html")
    finally:
        preview.stop()
