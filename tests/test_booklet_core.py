"""The booklet's pure core, without WeasyPrint: fast checks of what goes onto paper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from plugins.booklet.booklet import BookletOptions, SourcePage, print_pages
from plugins.booklet.clean import clean_page
from plugins.booklet.document import (
    PAPERS,
    body_size,
    booklet_html,
    cover_html,
    cover_photo,
    sizes_css,
)
from plugins.booklet.errors import BookletError
from plugins.booklet.fetcher import LocalOnlyFetcher
from plugins.booklet.fonts import find_fonts_dir
from plugins.booklet.impose import saddle_order
from plugins.plan.dates import long_date
from plugins.plan.model import Change, Needs, Page, Person, Plan, Review

KEYS = {"01-about-me.html": "p-01-about-me", "02-my-day.html": "p-02-my-day"}


def plan_in(folder: Path, **person) -> Plan:
    settings = dict(name="Margaret Hughes", called="Peggy")
    settings.update(person)
    return Plan(
        slug="peggy",
        folder=folder,
        person=Person(**settings),
        pages=(Page("01-about-me.md", "About me", ""), Page("02-my-day.md", "My day", "")),
    )


def clean(fragment: str, tmp_path: Path, listen=None, dest="01-about-me.html"):
    return clean_page(fragment, dest, "About me", tmp_path, KEYS, listen)


def test_the_listen_player_and_other_screen_things_are_not_printed(tmp_path: Path) -> None:
    page = clean(
        '<h1 id="about-me">About me</h1>'
        '<div class="planbook-listen"><button>Listen</button><audio src="a.mp3"></audio></div>'
        "<p>I like tea.</p><script>alert(1)</script><form><input></form>"
        '<p data-booklet="skip">Only on the screen</p>',
        tmp_path,
    )
    assert "Listen" not in page.html and "<audio" not in page.html
    assert "<script" not in page.html and "<input" not in page.html
    assert "Only on the screen" not in page.html
    assert "I like tea." in page.html


def test_each_section_knows_its_audio_and_gets_a_qr_code(tmp_path: Path) -> None:
    fragment = (
        '<h1 id="t">About me</h1><audio src="audio/page.mp3"></audio><p>Hello.</p>'
        '<h2 id="tea">Tea</h2><div class="player"><audio><source src="audio/tea.mp3"></audio></div>'
        "<p>Two sugars.</p>"
        '<h2 id="quiet">Quiet</h2><p>No audio here.</p>'
    )
    page = clean(fragment, tmp_path, listen=lambda path: f"https://plans.example/peggy/{path}")
    assert [(s.title, s.audio) for s in page.sections] == [
        ("About me", "audio/page.mp3"),
        ("Tea", "audio/tea.mp3"),
        ("Quiet", None),
    ]
    assert page.html.count('class="qr-code"') == 2
    assert 'alt="QR code: scan it to listen to Tea"' in page.html
    assert "Scan to listen" in page.html
    # Without a site address there is nothing to point a QR code at.
    assert "qr-code" not in clean(fragment, tmp_path).html


def test_ids_are_unique_across_pages_and_links_between_pages_become_page_references(
    tmp_path: Path,
) -> None:
    page = clean(
        '<h1 id="a">About me</h1><p>See <a href="02-my-day.html#mornings">my mornings</a>, '
        '<a href="#a">the top</a> and <a href="https://example.org/x">a website</a>.</p>',
        tmp_path,
    )
    assert 'id="p-01-about-me--a"' in page.html
    assert '<a href="#p-02-my-day--mornings" class="xref">my mornings</a>' in page.html
    assert '<a href="#p-01-about-me--a" class="xref">the top</a>' in page.html
    assert "example.org" not in page.html and "a website." in page.html


def test_pictures_are_read_from_the_site_and_never_from_elsewhere(tmp_path: Path) -> None:
    Image.new("RGB", (40, 20), "white").save(tmp_path / "cat.png")
    page = clean(
        '<p><img src="cat.png" alt="Biscuit"> <img src="https://example.org/x.png" alt="x">'
        '<img src="cat.png" alt=""> <img class="symbol" src="cat.png" alt="" data-concept="cat"'
        ' data-term="cat"></p>',
        tmp_path,
    )
    assert f'src="{(tmp_path / "cat.png").as_uri()}" alt="Biscuit"' in page.html
    assert "example.org" not in page.html
    # Pictures without words are decoration: drawn as backgrounds, which are artifacts.
    assert page.html.count('class="decor') == 2
    assert "width: 40px; height: 20px" in page.html
    assert 'class="decor symbol" style=' in page.html and 'data-concept="cat"' in page.html


def test_a_page_without_a_heading_gets_its_title(tmp_path: Path) -> None:
    assert "Tea &lt;3 <p>" in clean("Tea &lt;3 <p>x</p>", tmp_path).html
    page = clean("<p>Just words.</p>", tmp_path)
    assert page.html.startswith('<h1 id="p-01-about-me--title">About me</h1>')
    assert page.sections[0].title == "About me"


def test_the_document_has_cover_contents_pages_and_changes_last(tmp_path: Path) -> None:
    plan = plan_in(
        tmp_path,
        language="en-GB",
        review=Review(dt.date(2026, 10, 6), dt.date(2030, 11, 5), "We read it together."),
        changes=(
            Change(dt.date(2026, 6, 1), "Sue comes on Thursdays.", "I missed the market."),
            Change(dt.date(2026, 10, 6), "I choose when I get up."),
        ),
    )
    sources = [
        SourcePage("01-about-me.html", "About me", "<h1>About me</h1><p>ONE</p>"),
        SourcePage("02-my-day.html", "My day", "<h1>My day</h1><p>TWO</p>"),
    ]
    pages = print_pages(plan, sources, tmp_path, BookletOptions())
    html = booklet_html(plan, pages, PAPERS["a4"], find_fonts_dir())
    assert '<html lang="en-GB" dir="ltr">' in html and "<title>Peggy's plan</title>" in html
    assert "My plan, in my words" in html
    assert "We last checked my plan together on <strong>Tuesday 6 October 2026</strong>." in html
    assert "We will check it again on <strong>Tuesday 5 November 2030</strong>." in html
    order = ["<h1>Peggy's plan", "<h1>What is in my plan", "ONE", "TWO", "<h1>What changed"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert html.index("I choose when I get up") < html.index("Sue comes on Thursdays")
    assert "<p>I missed the market.</p>" in html, "a sentence in the first person stands alone"


def test_an_overdue_check_is_not_promised_for_the_past(tmp_path: Path) -> None:
    plan = plan_in(tmp_path, review=Review(next=dt.date(2026, 11, 3)))
    assert "We will check it again on" in cover_html(plan, dt.date(2026, 11, 3))
    assert "We were due to check it again on" in cover_html(plan, dt.date(2026, 11, 4))


def test_sizes_follow_the_person_and_never_drop_below_18_points(tmp_path: Path) -> None:
    assert body_size(plan_in(tmp_path, needs=Needs(large_print=22))) == 22
    assert body_size(plan_in(tmp_path, needs=Needs(large_print=12))) == 18
    css = sizes_css(plan_in(tmp_path, needs=Needs(large_print=22)), PAPERS["a4"])
    assert "--body: 22pt;" in css and "size: A4;" in css
    assert 'content: "Page " counter(page) " of " counter(pages)' in css


def test_a_missing_cover_photo_names_the_file(tmp_path: Path) -> None:
    plan = plan_in(tmp_path, pictures={"Peggy": "photos/peggy.jpg"})
    with pytest.raises(BookletError) as error:
        cover_photo(plan)
    assert error.value.file == plan.person_file
    assert "photos/peggy.jpg" in error.value.message
    (tmp_path / "photos").mkdir()
    Image.new("RGB", (10, 10)).save(tmp_path / "photos" / "peggy.jpg")
    assert cover_photo(plan) == (tmp_path / "photos" / "peggy.jpg").resolve()
    assert cover_photo(plan_in(tmp_path, pictures={"Sue": "photos/sue.jpg"})) is None


def test_the_fetcher_reads_only_the_persons_own_files(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "peggy", tmp_path / "rose"
    fetcher = LocalOnlyFetcher([mine])
    assert fetcher.allows((mine / "photos" / "me.jpg").as_uri())
    assert fetcher.allows("data:image/png;base64,AAAA")
    assert not fetcher.allows((theirs / "photos" / "me.jpg").as_uri())
    assert not fetcher.allows((mine / ".." / "rose" / "x.jpg").as_uri())
    assert not fetcher.allows("https://example.org/font.woff")


def test_saddle_stitch_order_puts_first_and_last_pages_on_the_outer_sheet() -> None:
    assert saddle_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]
    assert saddle_order(6) == [(None, 0), (1, None), (5, 2), (3, 4)]
    assert saddle_order(1) == [(None, 0), (None, None)]


def test_dates_are_written_out_in_full() -> None:
    assert long_date(dt.date(2026, 11, 3)) == "Tuesday 3 November 2026"
