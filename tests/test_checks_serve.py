"""`serve`: the preview rebuilds after a save and the page asks to reload."""

from __future__ import annotations

import time
import urllib.request

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
        while "I like coffee now." not in page and time.monotonic() < stop_at:
            time.sleep(0.2)
            page = get(preview.url + "01-about-me.html")
        assert "I like coffee now." in page
        assert preview.version >= 2
        assert "location.reload" in get(preview.url + PREFIX.lstrip("/") + "reload.js")
        assert not (tmp_path / "site").exists()  # previews never go into site/
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
