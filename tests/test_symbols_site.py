"""Symbols in a real build: the pages, the files copied, the credits page, photos and mistakes."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from conftest import EXAMPLES, quick_options, write_plan
from PIL import Image

from plugins.builder.runner import run_build

PAGE = """\
# My mornings

I like a cup of tea when I get up. Sue helps me with my walking frame.

- My cat Biscuit sleeps on my bed.
- I take my tablets with breakfast.
"""

KEY_WORDS = """\
name: Margaret Hughes
called: Peggy
needs:
  symbols: key-words
people: [Sue, Biscuit]
pictures:
  Sue: photos/sue.jpg
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Four people built at once: key words with a photo, symbols off, and two with mistakes."""
    tmp = tmp_path_factory.mktemp("symbols")
    plans = tmp / "plans"
    peggy = write_plan(plans, "peggy", KEY_WORDS, {"01-my-mornings.md": PAGE})
    (peggy / "photos").mkdir()
    photo = Image.new("RGB", (1600, 1200), (90, 140, 200))
    exif = photo.getexif()
    exif.get_ifd(0x8825).update({1: "N", 2: (53.0, 24.0, 0.0)})  # where Peggy lives
    photo.save(peggy / "photos" / "sue.jpg", exif=exif)
    write_plan(
        plans,
        "james",
        "name: James Whitfield\nneeds:\n  symbols: off\n",
        {"01-about-me.md": "# About me\n\nI like a cup of tea. [[Rose|-]] visits.\n"},
    )
    write_plan(
        plans,
        "bad-picture",
        "name: Ann Lee\npeople: [Sue]\npictures:\n  Kettel: photos/k.jpg\n",
        {"01-about-me.md": "# About me\n\nI like tea.\n"},
    )
    (plans / "bad-picture" / "photos").mkdir()
    Image.new("RGB", (10, 10)).save(plans / "bad-picture" / "photos" / "k.jpg")
    write_plan(
        plans,
        "bad-symbol",
        "name: Bob Ray\n",
        {
            "01-about-me.md": "# About me\n\n<!-- ask Bob\nabout his\nframe -->\n\n"
            "I use [[my frame|flying-carpet]] indoors.\n"
        },
    )
    out = io.StringIO()
    run_build(plans, quick_options(tmp / "site", tmp), jobs=1, out=out)
    return tmp / "site", out.getvalue()


def symbol_srcs(html: str) -> set[str]:
    return set(re.findall(r'<img[^>]*class="symbol[^"]*"[^>]*src="([^"]+)"', html)) | set(
        re.findall(r'<img[^>]*src="([^"]+)"[^>]*class="symbol[^"]*"', html)
    )


def test_key_word_pages_have_symbols_by_the_contract(built):
    html = (built[0] / "peggy" / "01-my-mornings.html").read_text()
    for img in re.findall(r"<img[^>]*class=\"symbol[^>]*>", html):
        assert 'data-concept="' in img and 'data-term="' in img and 'alt="' in img
    assert 'data-concept="tea"' in html and 'data-role="idea"' in html and 'data-negated="' in html
    assert 'data-term="Biscuit"' not in html and 'class="symbol-row"' in html


def test_only_the_symbols_the_site_uses_are_copied_into_it(built):
    site = built[0] / "peggy"
    used = set()
    for page in site.glob("*.html"):
        used |= {src for src in symbol_srcs(page.read_text()) if src.startswith("assets/symbols/")}
    copied = {str(p.relative_to(site)) for p in (site / "assets" / "symbols").rglob("*.svg")}
    assert used and used <= copied
    assert len(copied) <= len(used) + 3  # at most the home tiles' page symbols besides


def test_sue_gets_her_photo_without_its_location(built):
    site = built[0] / "peggy"
    html = (site / "01-my-mornings.html").read_text()
    assert 'src="photos/sue.jpg"' in html and 'data-term="Sue"' in html
    published = Image.open(site / "photos" / "sue.jpg")
    assert dict(published.getexif()) == {} and max(published.size) <= 800


def test_every_site_with_pictures_credits_them_and_links_the_credits(built):
    site = built[0] / "peggy"
    credits = (site / "symbols-credits.html").read_text()
    assert "OpenMoji" in credits and "CC BY-SA 4.0" in credits and "Health Icons" in credits
    assert "Mulberry Symbols" in credits
    last_page = (site / "01-my-mornings.html").read_text()
    assert not re.search(r'href="symbols-credits.html" rel="next"', last_page), "not a plan page"
    assert 'class="pb-footer__credits" href="symbols-credits.html"' in last_page


def test_symbols_off_means_no_symbols_no_credits_and_no_staff_syntax(built):
    site = built[0] / "james"
    html = (site / "01-about-me.html").read_text()
    assert 'class="symbol' not in html and "[[" not in html and "Rose visits" in html
    assert not (site / "symbols-credits.html").exists()
    assert not (site / "assets" / "symbols").exists()


def test_a_picture_for_someone_not_in_the_plan_names_the_line(built):
    report = built[1]
    assert re.search(
        r"bad-picture/person\.yml:4: pictures: Kettel: is not one of the people", report
    )


def test_an_unknown_symbol_in_a_page_names_the_file_and_line(built):
    report = built[1]
    assert re.search(
        r"bad-symbol/01-about-me\.md:7: \[\[my frame\|flying-carpet\]\]: there is no symbol", report
    )
    assert "Traceback" not in report


def test_no_example_site_pictures_a_name_and_every_symbol_keeps_the_contract(built_examples):
    from plugins.plan.load import load_plan
    from plugins.symbols.pictures import own_names
    from plugins.symbols.vocabulary import load

    concepts = load().concepts
    checked = 0
    for site in sorted(p for p in built_examples.iterdir() if (EXAMPLES / p.name).is_dir()):
        names = {w for n in own_names(load_plan(EXAMPLES / site.name)) for w in n.split()}
        for page in site.glob("*.html"):
            for img in re.findall(r"<img[^>]*>", page.read_text()):
                if not re.search(r'class="symbol[ "]', img):
                    continue
                checked += 1
                term = re.search(r'data-term="([^"]*)"', img).group(1)
                concept = re.search(r'data-concept="([^"]*)"', img).group(1)
                assert 'alt="' in img, img
                assert concept in concepts or concept.startswith("photo:"), img
                assert term not in names or concept.startswith("photo:"), (page, img)  # "Biscuit"
    assert checked > 100
