"""An encrypted site, built for real, read back with a recipient's key: nothing of the plan is
readable without it, media included, and nothing of one person reaches another's site."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import quick_options, site_of
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.plugins import BasePlugin
from PIL import Image

from plugins.builder.config import checked_config
from plugins.builder.runner import run_build
from plugins.plan.build import BuildOptions
from plugins.plan.load import load_plan
from plugins.privacy import unseal
from plugins.privacy.crypto import Refused
from plugins.privacy.keystore import KeyStore
from plugins.privacy.plugin import PrivacyPlugin

WORDS = {
    "01-about-me.md": """\
        # Winnie at home

        I keep my button tin on the dresser by the window.
        Please knock twice before you come into the parlour.

        ![Me at the garden party](photos/garden-party.jpg)
        """,
    "02-my-evenings.md": """\
        # Quiet evenings

        After supper I like the wireless on low and a tot of ginger wine.
        """,
}
PERSON = "name: Winifred Quarrington\ncalled: Winnie\n"
AUDIO_WORDS = b"My evening story about the lighthouse keeper and his goat"
BOOKLET_WORDS = b"Winnie keeps the spare key under the blue flowerpot"


def sentences(pages: dict[str, str]) -> list[str]:
    """Every line of the plan with three words or more, without Markdown marks."""
    found = []
    for text in pages.values():
        for line in text.splitlines():
            line = re.sub(r"^[#\s>*-]+|!\[.*?\]\(.*?\)", "", line).strip()
            if len(line.split()) >= 3:
                found.append(line)
    return found


def words_of(html: str) -> str:
    """The text of a page without its tags (symbols may sit inside a sentence)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split()).replace(" .", ".")


def photo_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (24, 16), (200, 120, 40)).save(buffer, "JPEG")
    return buffer.getvalue()


class FakeMedia(BasePlugin):
    """Stands in for the audio and booklet plugins: media written before privacy runs."""

    def on_post_page(self, output, *, page, config):
        player = (
            '<audio controls src="audio/evening.mp3"></audio><a href="booklet.pdf">My booklet</a>'
            '<a href="audio/evening.mp3" download>Download</a>'
        )
        return output.replace("</article>", player + "</article>", 1)

    def on_post_build(self, *, config):
        site = Path(config.site_dir)
        (site / "audio").mkdir(exist_ok=True)
        (site / "audio" / "evening.mp3").write_bytes(b"ID3\x03\x00" + AUDIO_WORDS)
        (site / "booklet.pdf").write_bytes(b"%PDF-1.7\n" + BOOKLET_WORDS)


def build_with_media(folder: Path, options: BuildOptions) -> Path:
    """One person's site straight into OUT/<slug>/, with fake media from another plugin."""
    plan = load_plan(folder)
    site = options.out_dir / plan.slug
    config = checked_config(plan, options, site)
    if "planbook-privacy" not in config.plugins:
        privacy = PrivacyPlugin()
        privacy.load_config({})
        config.plugins["planbook-privacy"] = privacy
    config.plugins["test-fake-media"] = FakeMedia()
    mkdocs_build(config)
    return site


@pytest.fixture(scope="module")
def winnie(tmp_path_factory) -> tuple[Path, BuildOptions]:
    tmp = tmp_path_factory.mktemp("winnie")
    folder = tmp / "plans" / "winnie"
    (folder / "photos").mkdir(parents=True)
    (folder / "person.yml").write_text(PERSON, encoding="utf-8")
    for name, text in WORDS.items():
        (folder / name).write_text(__import__("textwrap").dedent(text), encoding="utf-8")
    (folder / "photos" / "garden-party.jpg").write_bytes(photo_bytes())
    options = quick_options(tmp / "site", tmp, encrypt=True)
    return build_with_media(folder, options), options


def all_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_no_sentence_name_or_file_name_of_the_plan_is_readable(winnie):
    site, _ = winnie
    forbidden = sentences({k: __import__("textwrap").dedent(v) for k, v in WORDS.items()})
    forbidden += [
        AUDIO_WORDS.decode(),
        BOOKLET_WORDS.decode(),
        "Winnie",
        "Winifred",
        "Quarrington",
        "garden-party",
        "about-me",
        "my-evenings",
        "Quiet evenings",
        "evening.mp3",
        "booklet.pdf",
    ]
    for name, data in all_files(site).items():
        text = data.decode("latin-1")
        for phrase in forbidden:
            assert phrase not in text, f"{name} shows '{phrase}'"
            assert phrase not in name


def test_the_published_files_have_neutral_names(winnie):
    site, _ = winnie
    names = set(all_files(site))
    pages = {n for n in names if n.endswith(".html")}
    assert {"index.html", "page-1.html", "page-2.html"} <= pages
    assert all(re.fullmatch(r"index\.html|page-\d+\.html", n) for n in pages)
    assert len(pages) % 4 == 0, "the number of pages shows only to the next multiple of four"
    others = names - pages - {"robots.txt", "data/site.js"}
    theme = {n for n in others if n.startswith("assets/")}
    chunks = others - theme
    assert chunks and all(re.fullmatch(r"data/[0-9a-f]{16}\.js", n) for n in chunks)
    assert not any(n.endswith((".jpg", ".mp3", ".pdf", ".xml", ".xml.gz")) for n in names)


def test_a_recipient_key_opens_every_page_and_media_file(winnie):
    site, options = winnie
    own = KeyStore(options.keys_dir, "winnie").load().own
    opened = unseal.open_site(site, own.key)
    first = opened["page-1.html"].decode()
    assert "I keep my button tin on the dresser by the window." in words_of(first)
    assert "<title>Winnie at home" in first
    media = [data for name, data in opened.items() if name.startswith("data/")]
    assert any(b"\xff\xd8\xff" in data for data in media)  # the photo, in the pictures' bundle
    assert any(AUDIO_WORDS in data for data in media)
    assert any(BOOKLET_WORDS in data for data in media)
    # links between pages follow the neutral names; media are tokens unlock.js swaps for blob: URLs
    assert 'href="page-2.html"' in first and "02-my-evenings.html" not in first
    key = unseal.content_key(site, own.key)
    payload = unseal.open_page(site, "page-1.html", key)
    assert {"image/jpeg", "audio/mpeg", "application/pdf"} <= {
        m["type"] for m in payload["media"].values()
    }
    for token in payload["media"]:
        assert token in payload["html"]
    assert re.search(r'<a href="planbook-media:\w+" download="evening.mp3">', payload["html"])


def test_every_page_keeps_search_engines_and_outside_requests_away(winnie):
    site, options = winnie
    assert (site / "robots.txt").read_text() == "User-agent: *\nDisallow: /\n"
    own = KeyStore(options.keys_dir, "winnie").load().own
    for name, html in unseal.open_site(site, own.key).items():
        if not name.endswith(".html"):
            continue
        for text in (html.decode(), (site / name).read_text()):
            assert '<meta name="robots" content="noindex, nofollow' in text
            assert '<meta name="referrer" content="no-referrer">' in text
            policy = re.search(
                r'http-equiv="Content-Security-Policy" content="([^"]+)"', text
            ).group(1)
            assert "default-src 'none'" in policy and "unsafe-inline" not in policy
            assert "http" not in policy


def test_the_keys_stay_outside_the_output_and_private(winnie):
    site, options = winnie
    keys = options.keys_dir.resolve()
    assert not keys.is_relative_to(options.out_dir.resolve())
    assert (keys / "winnie").stat().st_mode & 0o777 == 0o700
    assert (keys / "winnie" / "access.json").stat().st_mode & 0o777 == 0o600
    from plugins.privacy.crypto import key_to_text

    own = KeyStore(options.keys_dir, "winnie").load().own
    for name, data in all_files(options.out_dir).items():
        assert key_to_text(own.key).encode() not in data, name
        assert own.key not in data, name


def test_keys_inside_the_output_are_refused(tmp_path, make_plan):
    folder = make_plan("amy", pages={"01-me.md": "# Me\n\nI like the sea.\n"})
    options = quick_options(
        tmp_path / "site", tmp_path, encrypt=True, keys_dir=tmp_path / "site" / "keys"
    )
    out = io.StringIO()
    assert run_build(folder.parent, options, jobs=1, out=out) == 1
    assert "keys folder" in out.getvalue() and "inside the output folder" in out.getvalue()
    assert not (tmp_path / "site" / "keys").exists()


def test_no_page_of_one_person_holds_another_persons_words(tmp_path, make_plan):
    people = {
        "ada": "I grow sweet peas against the back fence every summer.",
        "bert": "I polish my brass band trophies on Sunday mornings.",
        "cora": "I phone my sister in Galway after the evening news.",
        "dev": "I play dominoes at the community centre on Wednesdays.",
    }
    for slug, words in people.items():
        make_plan(
            slug,
            person=f"name: {slug.title()} Test\n",
            pages={
                "01-about-me.md": f"# About me\n\n{words}\n",
                "02-more.md": f"# More\n\n{slug} likes tea.\n",
            },
        )
    plans = tmp_path / "plans"
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    assert run_build(plans, options, jobs=2, out=io.StringIO()) == 0
    published = sorted(p.name for p in options.out_dir.iterdir())
    assert published[-1] == "robots.txt" and len(published) == 5, "the sites and robots.txt only"
    assert all(re.fullmatch(r"p-[a-z2-9]{8}", name) for name in published[:-1])
    assert (options.out_dir / "robots.txt").read_text() == "User-agent: *\nDisallow: /\n"
    for slug, words in people.items():
        site = site_of(options.out_dir, options.keys_dir, slug)
        own = KeyStore(options.keys_dir, slug).load().own
        opened = words_of(
            b"".join(unseal.open_site(site, own.key).values()).decode("utf-8", "replace")
        )
        assert words in opened
        for other, their_words in people.items():
            if other != slug:
                assert their_words not in opened, f"{other}'s words in {slug}'s site"
                assert f"{other.title()} Test" not in opened
        # one person's key opens no one else's site
        for other in people:
            if other != slug:
                with pytest.raises(Refused):
                    unseal.content_key(site_of(options.out_dir, options.keys_dir, other), own.key)


def test_an_unencrypted_demo_is_still_not_findable(tmp_path, make_plan):
    folder = make_plan(
        "demo",
        person="name: Demo Person\nprivacy:\n  encrypt: false\n",
        pages={"01-about-me.md": "# About me\n\nI like brass bands.\n"},
    )
    options = quick_options(tmp_path / "site", tmp_path, encrypt=None)  # follows person.yml
    assert run_build(folder.parent, options, jobs=1, out=io.StringIO()) == 0
    site = options.out_dir / "demo"
    page = (site / "01-about-me.html").read_text()
    assert "I like brass bands." in page
    assert '<meta name="robots" content="noindex' in page and "no-referrer" in page
    assert "Content-Security-Policy" in page
    assert (site / "robots.txt").is_file()
    assert not (site / "sitemap.xml").exists() and not (site / "sitemap.xml.gz").exists()
    assert not (tmp_path / "keys").exists()


def test_a_real_example_plan_leaves_no_readable_sentence(tmp_path):
    """Rose's example plan, with everything the other plugins add (no audio or booklet here)."""
    import shutil

    from plugins.builder.config import PROJECT_ROOT

    plans = tmp_path / "plans"
    shutil.copytree(PROJECT_ROOT / "plans" / "rose-kaur", plans / "rose-kaur")
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    log = io.StringIO()
    assert run_build(plans, options, jobs=1, out=log) == 0, log.getvalue()
    plan = load_plan(plans / "rose-kaur")
    forbidden = sentences({p.file: p.text for p in plan.pages})
    forbidden += [c.what for c in plan.person.changes] + [plan.person.name]
    forbidden += [p.title for p in plan.pages if len(p.title) > 6]
    assert len(forbidden) > 30
    site = site_of(options.out_dir, options.keys_dir, "rose-kaur")
    for name, data in all_files(site).items():
        text = data.decode("latin-1")
        # the theme's shared files are the same for everyone (a comment may say "Rose")
        names = [] if name.startswith("assets/") else [plan.person.called]
        found = [phrase for phrase in forbidden + names if phrase in text]
        assert not found, f"{name} shows {found[:3]}"
