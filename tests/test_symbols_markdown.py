"""The Markdown extension on its own: the <img> contract, modes, Easy Read rows, staff syntax."""

from __future__ import annotations

import xml.etree.ElementTree as etree
from pathlib import Path

import markdown
import pytest

from plugins.plan.errors import PlanError
from plugins.symbols.extension import SymbolSettings, SymbolsExtension


def render(text: str, **settings) -> tuple[etree.Element, SymbolSettings]:
    ext = SymbolsExtension(SymbolSettings(**settings))
    html = markdown.markdown(text, extensions=[ext, "tables"])
    return etree.fromstring(f"<div>{html}</div>"), ext.settings


def symbols(root: etree.Element) -> list[etree.Element]:
    return [img for img in root.iter("img") if "symbol" in img.get("class", "").split()]


def test_every_symbol_is_an_img_with_class_concept_term_and_alt():
    root, _ = render("I like a cup of tea when I get up.")
    imgs = symbols(root)
    assert {img.get("data-concept") for img in imgs} == {"tea", "get-up"}
    for img in imgs:
        assert img.get("src").startswith("assets/symbols/") and img.get("src").endswith(".svg")
        assert img.get("alt") == ""  # the word beside it says the same
        assert img.get("data-term") in {"cup of tea", "get up"}


def test_alt_says_what_the_picture_shows_when_the_words_do_not():
    root, _ = render("I lean on [[my trusty friend|walking-frame]] indoors.")
    [img] = [i for i in symbols(root) if i.get("data-concept") == "walking-frame"]
    assert img.get("alt") == "walking frame"
    assert img.get("data-term") == "my trusty friend"


def test_key_words_mode_puts_the_main_picture_in_a_left_column():
    root, _ = render("- I take my tablets with breakfast.\n- I like my slippers on.\n")
    items = root.findall(".//li")
    assert all("symbol-row" in li.get("class") for li in items)
    assert all("symbol-main" in li[0].get("class") for li in items)
    assert all(li[1].get("class") == "symbol-text" for li in items)
    assert "symbol-list" in root.find(".//ul").get("class")
    assert "tablets" in "".join(items[0][1].itertext())


def test_headings_mode_gives_one_picture_per_heading_and_none_in_the_text():
    root, _ = render("## My morning tea and toast\n\nI like a cup of tea.\n", mode="headings")
    imgs = symbols(root)
    assert len(imgs) == 1 and imgs[0].get("class") == "symbol symbol-heading"
    assert root.find(".//p").get("class") is None


def test_off_mode_adds_no_picture_but_still_hides_the_staff_syntax():
    root, _ = render("I like [[Rose|-]] and [[my frame|walking-frame]].", mode="off")
    assert symbols(root) == []
    assert "".join(root.itertext()) == "I like Rose and my frame."


def test_the_persons_people_never_get_a_generic_picture():
    root, _ = render(
        "Biscuit the cat sleeps on my bed. Sue brings biscuits.", names=("Biscuit", "Sue")
    )
    terms = {img.get("data-term") for img in symbols(root)}
    assert "Biscuit" not in terms and "Sue" not in terms
    assert {"cat", "biscuits"} <= terms


def test_a_photo_of_one_of_their_people_replaces_nothing_but_their_name():
    root, _ = render("Sue comes on Fridays.", names=("Sue",), photos={"Sue": "photos/sue.jpg"})
    [photo] = [i for i in symbols(root) if "symbol-photo" in i.get("class")]
    assert photo.get("src") == "photos/sue.jpg" and photo.get("data-term") == "Sue"


def test_a_photo_of_their_own_thing_replaces_the_generic_symbol():
    root, settings = render("I make tea with my kettle.", photos={"kettle": "photos/kettle.jpg"})
    [img] = [i for i in symbols(root) if i.get("data-concept") == "kettle"]
    assert "symbol-photo" in img.get("class") and img.get("src") == "photos/kettle.jpg"
    assert "kettle" not in settings.used  # no SVG needed for it


def test_staff_can_suppress_a_picture():
    root, _ = render("I wear a [[ring|-]] for luck.")
    assert not any(i.get("data-term") == "ring" for i in symbols(root))
    assert "".join(root.itertext()) == "I wear a ring for luck."


def test_an_unknown_symbol_name_is_a_plan_error_with_file_and_line():
    with pytest.raises(PlanError) as error:
        render("# Me\n\nI like [[my brolly|umbrela]].\n", page_file=Path("plans/peggy/01-me.md"))
    assert str(error.value).startswith("plans/peggy/01-me.md:3: ")
    assert "umbrela" in str(error.value) and "python build.py symbols" in str(error.value)


def test_code_is_left_alone():
    root, _ = render("Type `cup of tea` here.\n\n    tea and biscuits\n")
    assert symbols(root) == []


def test_a_list_of_links_gets_its_picture_inside_the_link():
    root, _ = render("- [My mornings](03-my-mornings.md)\n- [Food and drink](04-food.md)\n")
    for link in root.iter("a"):
        assert link[0].tag == "img" and "symbol-link" in link[0].get("class")
    assert root.find(".//li").get("class") is None


def test_pages_in_a_sub_folder_point_back_to_the_site_root():
    root, _ = render("I like tea.", root="../")
    assert symbols(root)[0].get("src").startswith("../assets/symbols/")


def test_the_page_records_which_symbols_it_used():
    root, settings = render("Tea and toast for breakfast.")
    shown = {img.get("data-concept") for img in symbols(root)}
    assert len(shown) == 2 and shown == settings.used


def test_the_main_picture_is_the_paragraphs_own_idea_even_under_a_heading_with_it():
    """Not another word's picture: "a wash at the sink, not a shower" must not show a shower."""
    root, _ = render("## My wash\n\nI like a wash at the sink, not a shower.\n")
    assert root.find(".//p")[0].get("data-concept") == "wash"


def test_headings_mode_also_pictures_the_contents_links_which_name_whole_pages():
    root, _ = render("- [My mornings](03-my-mornings.md)\n\nI like tea.\n", mode="headings")
    [img] = symbols(root)
    assert "symbol-link" in img.get("class") and img.get("data-concept") == "morning-routine"
