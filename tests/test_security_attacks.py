"""Attacks on the default (encrypted) site, as someone with a plan to edit or a copy of the
published folder would try them: plan text never runs as code, sizes tell nothing, nothing but
the sites is ever in the output folder, and a build never prints a key."""

from __future__ import annotations

import collections
import contextlib
import io
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import helpers
import pytest
from conftest import ROOT, quick_options, site_of, write_plan

from plugins.builder.places import state_dir
from plugins.builder.runner import run_build
from plugins.privacy.findable import POLICY
from plugins.privacy.inline_code import foreign_code
from plugins.privacy.keystore import KeyStore
from plugins.symbols.vocabulary import cache_key, cache_path

SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = '<img src=x onerror="window.__pwned=1">'
SVG = '"><svg onload="window.__pwned=1">'
PERSON_PAYLOADS = f"""\
name: 'Peg {SCRIPT} Hughes'
called: '{IMAGE}'
review:
  last: 2026-10-06
  next: 2027-01-05
  how: '{SVG} and {{{{ config.extra }}}}'
changes:
  - date: 2026-10-06
    what: 'Less {SCRIPT} sugar'
    why: 'I said {IMAGE}'
people: ['{SCRIPT}', Sue, '{SVG}']
pictures:
  '{SVG}': photos/sue.png
"""


def png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def build(plans: Path, options, jobs: int = 1) -> tuple[int, str]:
    log = io.StringIO()
    code = run_build(plans, options, jobs=jobs, out=log)
    return code, log.getvalue()


# ---------- 1. Plan text never runs as code ----------


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payloads")
    folder = write_plan(
        tmp / "plans",
        "peg",
        PERSON_PAYLOADS,
        {
            "01-about-me.md": "# About me\n\nSue brings the paper on Sundays.\n",
            "02-my-day.md": "# My day\n\nI have porridge at eight.\n",
        },
    )
    (folder / "photos").mkdir()
    (folder / "photos" / "sue.png").write_bytes(png())
    options = quick_options(tmp / "site", tmp, encrypt=True)
    code, log = build(tmp / "plans", options)
    assert code == 0, log
    store = KeyStore(options.keys_dir, "peg")
    return site_of(options.out_dir, options.keys_dir, "peg"), store.load().own.key


def test_script_in_person_yml_is_shown_as_text_everywhere(payload_site):
    from plugins.privacy import unseal

    site, key = payload_site
    for name, html in unseal.open_site(site, key).items():
        if not name.endswith(".html"):
            continue
        text = html.decode()
        assert foreign_code(text) == [], name
        assert f'content="{POLICY}"' in text, "the one policy of the theme, on every page"
    home = unseal.open_site(site, key)["index.html"].decode()
    assert "Peg &lt;script&gt;window.__pwned=1&lt;/script&gt; Hughes" in home
    assert '&lt;img src=x onerror="window.__pwned=1"&gt;' in home
    assert "{{ config.extra }}" in home, "plan text is never read as a template"


@pytest.fixture(scope="module")
def chromium():
    with helpers.chromium() as browser:
        yield browser


def open_every_page(browser, site: Path, key: bytes) -> tuple[list[str], list[str]]:
    """Open the home page from the link, then every page; (pages opened, warnings seen)."""
    from plugins.privacy.crypto import key_to_text

    context = browser.new_context()
    page = context.new_page()
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text))
    page.on("pageerror", lambda e: seen.append(str(e)))
    page.on("dialog", lambda d: (seen.append("dialog: " + d.message), d.dismiss()))
    opened = []
    names = sorted(p.name for p in site.glob("*.html"))
    page.goto((site / "index.html").as_uri() + "#key=" + key_to_text(key))
    for name in ["index.html", *names]:
        if name != "index.html" or opened:
            page.goto((site / name).as_uri())
        page.wait_for_function(
            "() => ['open', 'damaged', 'locked', 'wrong'].includes("
            "document.documentElement.dataset.planbook)"
        )
        state = page.evaluate("document.documentElement.dataset.planbook")
        assert page.evaluate("typeof window.__pwned") == "undefined", f"a payload ran on {name}"
        if state == "open":
            opened.append(name)
    context.close()
    return opened, seen


@pytest.mark.browser
def test_script_in_person_yml_never_runs_after_unlock(payload_site, chromium):
    site, key = payload_site
    opened, seen = open_every_page(chromium, site, key)
    assert "index.html" in opened and len(opened) >= 3
    assert not [s for s in seen if "pwned" in s or "Content Security Policy" in s], seen


MARKDOWN_PAYLOADS = {  # (page text, the line the payload is on)
    "title": (f"# {IMAGE} About me\n\nI like tea.\n", 1),
    "heading": (f"# About me\n\nI like tea.\n\n## {SCRIPT} Mornings\n\nI get up late.\n", 5),
    "javascript link": ("# Links\n\nI like tea.\n\n[my week](javascript:window.__pwned=1)\n", 5),
    "data link": (
        '# Links\n\nI like tea.\n\n<a href="data:text/html,<script>parent.__pwned=1</script>">x'
        "</a>\n",
        5,
    ),
    "handler": ('# Tap\n\nI like tea.\n\n<p onclick="window.__pwned=1">Tap</p>\n', 5),
    "inline script": (f"# Tea\n\nI like tea.\n\n{SCRIPT}\n", 5),
}


@pytest.mark.browser
@pytest.mark.parametrize("what", MARKDOWN_PAYLOADS)
def test_script_in_a_page_is_refused_with_file_and_line_or_never_runs(tmp_path, chromium, what):
    plans = tmp_path / "plans"
    text, line = MARKDOWN_PAYLOADS[what]
    write_plan(plans, "mo", "name: Mo Test\n", {"01-about-me.md": text})
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    code, log = build(plans, options)
    if code != 0:  # refused: the page is named, with the payload's line
        assert f"01-about-me.md:{line}:" in log, log
        assert not list((tmp_path / "site").glob("p-*")), "nothing is published"
        return
    site = site_of(options.out_dir, options.keys_dir, "mo")
    opened, seen = open_every_page(chromium, site, KeyStore(options.keys_dir, "mo").load().own.key)
    assert len(opened) >= 3
    assert not [s for s in seen if "pwned" in s or "Content Security Policy" in s], seen


def test_a_page_carrying_code_that_is_not_the_themes_is_a_build_error(tmp_path, monkeypatch):
    """The last line of defence: if markup ever slipped past escaping and cleaning, the finished
    page is checked and the person's last good site stays."""
    from plugins.builder import person as person_module
    from plugins.builder import sanitise
    from plugins.plan.load import load_plan

    plans = tmp_path / "plans"
    write_plan(plans, "ada", "name: Ada Test\n", {"01-me.md": f"# Me\n\nHi.\n\n{SCRIPT}\n"})
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    monkeypatch.setattr(sanitise, "clean_tree", lambda root: [])  # as if the sanitiser failed
    monkeypatch.setattr(sanitise, "clean_html", lambda fragment: fragment)
    # ...and as if the plan's own rules (which refuse a <script> first) had missed it
    monkeypatch.setattr(person_module, "buildable_plan", load_plan)
    code, log = build(plans, options)
    assert code == 1 and "01-me.md" in log and "an inline <script>" in log, log
    assert not list(options.out_dir.glob("p-*"))


# ---------- 2. Sizes tell nothing ----------


def sizes(out: Path) -> collections.Counter:
    return collections.Counter(p.stat().st_size for p in out.rglob("*") if p.is_file())


@pytest.mark.slow
def test_two_plans_that_differ_in_one_picture_publish_the_same_sizes(tmp_path):
    """Built without audio (booklet included): "tablets" and "inhaler" bring different
    pictures; a stranger with both published folders cannot tell which is which."""
    out = {}
    for word in ("tablets", "inhaler"):
        plans = tmp_path / word / "plans"
        write_plan(
            plans,
            "nan",
            "name: Nan Test\n",
            {"01-my-health.md": f"# My health\n\nI take my {word} with breakfast.\n"},
        )
        options = quick_options(tmp_path / word / "site", tmp_path / word, encrypt=True, pdf=True)
        code, log = build(plans, options)
        assert code == 0, log
        out[word] = site_of(options.out_dir, options.keys_dir, "nan")
    from plugins.privacy import unseal

    pictures = []
    for site in out.values():
        key = KeyStore(site.parent.parent / "keys", "nan").load().own.key
        html = unseal.open_site(site, key)["page-1.html"].decode()
        pictures.append(re.findall(r'data-concept="([^"]+)"', html))
    assert pictures[0] != pictures[1], "the two words must bring different pictures"
    assert sizes(out["tablets"]) == sizes(out["inhaler"])


def test_the_large_print_size_does_not_show_in_any_file_size(tmp_path):
    out = []
    for points in (18, 28):
        plans = tmp_path / str(points) / "plans"
        write_plan(plans, "lp", f"name: Lp Test\nneeds:\n  large_print: {points}\n")
        options = quick_options(
            tmp_path / str(points) / "site", tmp_path / str(points), encrypt=True
        )
        assert build(plans, options)[0] == 0
        out.append(sizes(site_of(options.out_dir, options.keys_dir, "lp")))
    assert out[0] == out[1]


def test_padding_never_more_than_doubles_and_buckets_are_shared():
    from plugins.privacy import padding

    for size in (0, 1, 3000, 40_000, 200_000, 1_500_000):
        for kind in padding.FLOOR:
            padded = padding.bucket(size, kind)
            assert padded >= size + 4
            assert padded <= max(padding.FLOOR[kind], 2 * (size + 4))
            assert padding.unpad(padding.pad(b"x" * size, kind)) == b"x" * size
    assert padding.bucket(100, "page") == padding.bucket(8000, "page")
    assert padding.bucket(20_000, "pictures") == padding.bucket(120_000, "pictures")


# ---------- 3. Nothing but the sites in the output; no plaintext anywhere near it ----------

SENTENCE = "I keep my late husband's medals in the blue biscuit tin."


def slow_plans(plans: Path, count: int = 60) -> None:
    pages = {f"{i:03d}-page.md": f"# Page {i}\n\n{SENTENCE}\n" for i in range(count)}
    for slug in ("kit-a", "kit-b"):
        write_plan(plans, slug, "name: Kit Test\n", pages)


def readable_anywhere(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if (
            path.is_file()
            and not _shipped_vocabulary(path)
            and b"late husband" in path.read_bytes()
        ):
            found.append(str(path))
    return found


def _shipped_vocabulary(path: Path) -> bool:
    """The parsed vocabulary's cache (plugins/symbols/vocabulary.py) holds the shipped vocabulary,
    whose terms include "late husband"; its name carries a key made from the shipped files alone,
    so it is the same file whatever plan is built, and holds no plan's text (nor does the file it
    is first written to, when a build is killed while writing it)."""
    if path.parent.name != "symbols":
        return False
    kept = path.name == cache_path(cache_key()).name
    return kept or re.fullmatch(r"\.vocabulary-\w+\.tmp", path.name) is not None


def test_the_output_holds_only_the_sites_at_every_moment_of_a_build(tmp_path):
    plans, out = tmp_path / "plans", tmp_path / "site"
    slow_plans(plans)
    command = [
        sys.executable, str(ROOT / "build.py"), "--plans", "plans", "--out", "site",
        "--no-audio", "--no-pdf", "--jobs", "2", "--keys", "keys",
    ]  # fmt: skip
    env = {**os.environ, "PLANBOOK_CACHE": str(tmp_path / "cache")}
    build_run = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    looks = 0
    while build_run.poll() is None:
        if out.is_dir():
            names = [p.name for p in out.iterdir()]
            assert all(re.fullmatch(r"p-[a-z2-9]{8}|robots\.txt", n) for n in names), names
            assert not readable_anywhere(out)
            looks += 1
        time.sleep(0.02)
    output = build_run.stdout.read()
    assert build_run.returncode == 0 and looks > 3, output
    assert "#key=" not in output, "a build never prints a key"
    assert {p.name for p in tmp_path.iterdir()} <= {"cache", "keys", "plans", "site"}


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["building", "sealed", "staged"])
def test_a_build_killed_at_any_moment_leaves_no_plaintext_under_or_beside_the_output(
    tmp_path, moment
):
    plans, out = tmp_path / "plans", tmp_path / "site"
    slow_plans(plans)
    state = state_dir(out)
    env = {**os.environ, "PLANBOOK_CACHE": str(tmp_path / "cache")}
    command = [
        sys.executable, str(ROOT / "build.py"), "--plans", "plans", "--out", "site",
        "--no-audio", "--no-pdf", "--jobs", "2", "--keys", "keys",
    ]  # fmt: skip
    where, pattern = {
        "building": (state, "tmp/*/site/*.html"),
        "sealed": (state, "tmp/*/site/data/site.js"),
        "staged": (tmp_path, ".site.planbook-staging/*/index.html"),
    }[moment]

    def reached() -> bool:
        try:
            return any(where.glob(pattern))
        except FileNotFoundError:  # the build removed a folder while the glob walked it
            return False

    run = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    while not reached() and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    beside = [p for p in tmp_path.iterdir() if p.name not in ("plans", "keys")]
    for place in beside:
        assert not readable_anywhere(place), f"plaintext left in {place}"
    if out.is_dir():
        assert all(re.fullmatch(r"p-[a-z2-9]{8}|robots\.txt", p.name) for p in out.iterdir())
    leftovers = list(state.glob("tmp/*"))
    assert all(os.stat(state).st_mode & 0o077 == 0 for _ in leftovers), "owner-only"
    code, log = build(plans, quick_options(out, tmp_path, encrypt=True), jobs=2)
    assert code == 0, log
    assert not list(state.glob("tmp/*")), "the next build removes what a killed one left"


def test_an_encrypted_person_built_twice_is_unchanged_and_a_deleted_output_is_rebuilt(tmp_path):
    plans = tmp_path / "plans"
    write_plan(plans, "una", "name: Una Test\n")
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    assert "1 built" in build(plans, options)[1]
    assert "1 unchanged" in build(plans, options)[1]
    import shutil

    shutil.rmtree(options.out_dir)
    assert "1 built" in build(plans, options)[1], "a deleted output folder means a rebuild"
    site = site_of(options.out_dir, options.keys_dir, "una")
    (site / "page-1.html").unlink()
    (site / "index.html").write_text("replaced")
    assert "1 built" in build(plans, options)[1], "a replaced site is rebuilt"


# ---------- 7. Names in addresses ----------


def test_an_encrypted_site_moves_to_a_neutral_folder_and_staff_are_told(tmp_path):
    plans = tmp_path / "plans"
    write_plan(plans, "eve", "name: Eve Test\n")
    folder = write_plan(plans, "dora-lane", "name: Dora Lane\nprivacy:\n  encrypt: false\n")
    options = quick_options(tmp_path / "site", tmp_path, encrypt=None)
    assert build(plans, options)[0] == 0
    assert (options.out_dir / "dora-lane" / "index.html").is_file()
    (folder / "person.yml").write_text("name: Dora Lane\n")  # encrypted, the default
    code, log = build(plans, options)
    site = site_of(options.out_dir, options.keys_dir, "dora-lane")
    assert code == 0 and re.fullmatch(r"p-[a-z2-9]{8}", site.name)
    assert not (options.out_dir / "dora-lane").exists(), "the old, named folder is removed"
    assert "address has changed" in log and "share" in log and "#key=" not in log
    assert "dora" not in site.name and "lane" not in site.name
    import shutil

    shutil.rmtree(folder)  # the plan is gone: nobody owns its site any more
    code, log = build(plans, options)
    assert not site.exists() and "removed" in log


# ---------- 6. The audio cache is the plan, spoken ----------


def test_the_audio_cache_is_owner_only_and_can_be_pruned(tmp_path):
    import numpy as np

    from plugins.audio.cache import AudioCache
    from plugins.audio.loudness import Prepared
    from plugins.cli import main

    cache = AudioCache(tmp_path / "cache")
    cache.put_sentence("ab" * 32, Prepared(np.zeros(100, dtype=np.int16), 0, 100))
    cache.put_mp3("cd" * 32, b"ID3 sound")
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
    files = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    assert len(files) == 2 and all(p.stat().st_mode & 0o077 == 0 for p in files)
    old = time.time() - 40 * 24 * 3600
    os.utime(files[0], (old, old))
    with io.StringIO() as said:
        from contextlib import redirect_stdout

        with redirect_stdout(said):
            assert (
                main(["cache", "prune", "--older-than", "30", "--cache", str(tmp_path / "cache")])
                == 0
            )
        assert "Removed 1 file" in said.getvalue()
    assert not files[0].exists() and files[1].exists()
