"""Plans in the person's own language: Welsh, Polish, Punjabi and Urdu.

Built for real (one build of three people, module-wide): the page's lang and dir, every word
planbook writes in the person's language and none left in English, dates by CLDR, Urdu laid out
right to left with English isolated, the booklet in the person's script and direction, speech
in the language, pictures from the language's word list. The catalogues are checked complete.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from conftest import ROOT, quick_options, write_plan

from plugins.builder.runner import run_build
from plugins.i18n.catalogue import translator
from plugins.i18n.dates import long_date
from plugins.i18n.languages import LANGUAGES, UnknownLanguage, language_of, page_language_tag
from plugins.symbols import languages as words

PEOPLE = {
    "gwen": (
        "name: Gwenllian Morgan\ncalled: Gwen\nlanguage: cy-GB\nreview:\n  last: 2026-10-06\n"
        "  next: 2030-01-08\nchanges:\n  - date: 2026-10-06\n    what: Mae Elin yn dod bob dydd.\n"
        "    why: Roeddwn i'n unig.\n",
        {
            "01-amdanaf-i.md": "# Amdanaf i\n\nRydw i'n hoffi paned o de yn y bore.\n\n"
            "Dydw i ddim yn bwyta pysgod.\n",
            "02-english.md": "---\nlang: en\n---\n# In English\n\nI like the radio.\n",
        },
    ),
    "jan": (
        "name: Jan Kowalski\nlanguage: pl\nreview:\n  next: 2030-01-08\n",
        {"01-o-mnie.md": "# O mnie\n\nLubię herbatę z mlekiem, ale bez cukru.\n"},
    ),
    "nasreen": (
        "name: نسرین اختر\ncalled: نسرین\nlanguage: ur\nreview:\n  next: 2030-01-08\n"
        "people: [Sue]\n",
        {
            "01-mere-bare-mein.md": "# میرے بارے میں\n\nمیں چائے پیتی ہوں، لیکن چینی نہیں۔\n\n"
            "I like my nurse, Sue.\n",
        },
    ),
}


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("languages")
    for slug, (person, pages) in PEOPLE.items():
        write_plan(tmp / "plans", slug, person, pages)
    options = quick_options(tmp / "site", tmp, pdf=True, audio=True)
    log = io.StringIO()
    assert run_build(tmp / "plans", options, jobs=1, out=log) == 0, log.getvalue()
    return tmp / "site"


def visible(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r'\s(?:aria-label|alt|title|data-pb-[a-z]+)="([^"]*)"', r" >\1< ", html)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def english_interface_words() -> list[str]:
    """planbook's own words in English, long enough to tell (not "on", "off" or "Pages")."""
    from babel.messages.pofile import read_po

    pot = ROOT / "plugins" / "i18n" / "locale" / "planbook.pot"
    with pot.open("rb") as handle:
        catalog = read_po(handle)
    out = []
    for message in catalog:
        if message.id and len(message.id) > 12:
            text = re.split(r"%\(\w+\)s", str(message.id))
            out += [piece.strip(" .:,()") for piece in text if len(piece.strip(" .:,()")) > 12]
    return out


def test_every_catalogue_is_complete_and_in_step_with_the_code():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("tag", "code"),
    [("cy", "cy"), ("cy-GB", "cy"), ("pl", "pl"), ("pa", "pa"), ("pa-Guru", "pa"), ("ur", "ur"),
     ("en-GB", "en")],
)  # fmt: skip
def test_language_tags_are_bcp47(tag, code):
    assert language_of(tag).code == code


@pytest.mark.parametrize("tag", ["fr", "pa-Arab", "not a tag", "ur-Latn"])
def test_a_language_planbook_cannot_serve_says_which_it_can(tag):
    with pytest.raises(UnknownLanguage, match="cy \\(Welsh\\)"):
        language_of(tag)


def test_a_language_planbook_cannot_serve_is_an_error_on_its_line(tmp_path):
    write_plan(tmp_path / "plans", "lou", "name: Lou Test\nlanguage: fr\n")
    log = io.StringIO()
    assert run_build(tmp_path / "plans", quick_options(tmp_path / "site", tmp_path), out=log) == 1
    assert "lou/person.yml:2: language: planbook cannot serve French (fr)" in log.getvalue()


def test_dates_follow_each_languages_conventions():
    day = dt.date(2026, 10, 6)
    assert long_date(day, LANGUAGES["en"]) == "Tuesday 6 October 2026"
    assert long_date(day, LANGUAGES["cy"]) == "Dydd Mawrth, 6 Hydref 2026"
    assert long_date(day, LANGUAGES["pl"]) == "wtorek, 6 października 2026"
    assert "اکتوبر" in long_date(day, LANGUAGES["ur"])
    assert "ਅਕਤੂਬਰ" in long_date(day, LANGUAGES["pa"])


def test_a_welsh_site_is_in_welsh_with_an_english_page_marked_as_english(sites):
    home = (sites / "gwen" / "index.html").read_text()
    assert re.search(r'<html lang="cy-GB" dir="ltr"', home)
    text = visible(home)
    assert "Cynllun Gwen" in text and "Beth sydd yn fy nghynllun" in text
    assert "Dydd Mawrth, 6 Hydref 2026" in text, "the review date in Welsh"
    english = (sites / "gwen" / "02-english.html").read_text()
    assert re.search(r'<html lang="cy-GB"', english), "planbook's own words stay Welsh"
    assert re.search(r'<article [^>]*lang="en"', english), "the page's words are English"
    for page in ("index.html", "01-amdanaf-i.html", "what-changed.html"):
        shown = visible((sites / "gwen" / page).read_text())
        left = [w for w in english_interface_words() if w in shown]
        assert not left, f"{page} still says {left}"


def test_an_urdu_site_is_right_to_left_with_english_isolated(sites):
    page = (sites / "nasreen" / "01-mere-bare-mein.html").read_text()
    assert re.search(r'<html lang="ur" dir="rtl" data-script="Arab"', page)
    assert re.search(r'<bdi dir="ltr">(<span[^>]*>)?I like my nurse, Sue\.(</span>)?</bdi>', page)
    shown = visible(page)
    assert not [w for w in english_interface_words() if w in shown]
    assert "یہ صفحہ 1 ہے، کل 1 میں سے۔" in shown


def test_pictures_come_from_the_persons_language_and_a_negated_thing_is_crossed(sites):
    welsh = (sites / "gwen" / "01-amdanaf-i.html").read_text()
    assert 'data-concept="tea"' in welsh
    fish = re.search(r'<img[^>]*data-concept="fish"[^>]*>', welsh).group(0)
    assert 'data-negated="true"' in fish and 'alt="dim pysgod"' in fish
    urdu = (sites / "nasreen" / "01-mere-bare-mein.html").read_text()
    sugar = re.search(r'<img[^>]*data-concept="sugar"[^>]*>', urdu).group(0)
    assert 'data-negated="true"' in sugar
    assert re.search(r'data-concept="tea"[^>]*data-negated="false"', urdu)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("cy", "Mae fy nghath yn cysgu ar y gwely.", {"cat", "sleep", "bed"}),
        ("cy", "Rydw i'n mynd i'r de yn yr haf.", {"summer"}),  # "de" here is south, not tea
        # eating and drinking give way to the thing eaten or drunk, as in English
        ("pl", "Nie jem ryby.", {"not fish"}),
        ("pl", "Rano piję kawkę z mleczkiem.", {"morning-routine", "coffee", "milk"}),
        ("pl", "Lubię jeść.", {"eat"}),
        # Punjabi and Urdu: a list before the "not", "not ... without" (the thing is needed),
        # examples after a thing ruled out, "not ... otherwise" and "never take off"
        ("pa", "ਮੈਂ ਮੀਟ, ਮੱਛੀ ਤੇ ਆਂਡਾ ਕਦੇ ਨਹੀਂ ਖਾਂਦੀ।", {"not meat", "not fish", "not egg"}),
        ("ur", "میں چھڑی کے بغیر نہیں چلتا۔", {"walking-stick", "walk"}),
        (
            "ur",
            "ڈاکٹر نے کہا ہے نمک والی چیزیں مت کھاؤ، جیسے اچار اور پاپڑ۔",
            {"doctor", "not salt", "not pickle-2-r30", "not poppadoms"},
        ),
        ("pa", "ਮੈਂ ਕੜਾ ਕਦੇ ਨਹੀਂ ਉਤਾਰਦੀ।", {"bracelet"}),
        ("cy", "Mae mam-gu yn dod bob nos Wener.", {"grandparents", "night", "friday"}),
        ("pa", "ਮੈਂ ਚਾਹ ਪੀਂਦੀ ਹਾਂ ਪਰ ਖੰਡ ਨਹੀਂ।", {"tea", "not sugar"}),
        ("ur", "میں گوشت نہیں کھاتی۔", {"not meat"}),
    ],
)
def test_each_languages_word_list(code, text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected


@pytest.mark.parametrize(
    ("code", "text", "english", "concept"),
    [  # a dish the English list names by what is on the plate is that in every language
        ("pa", "ਅੱਜ ਖਿਚੜੀ ਹੈ।", "khichdi", "rice"),
        ("ur", "آج کھچڑی ہے۔", "khichdi", "rice"),
        ("pa", "ਅੱਜ ਕੜ੍ਹੀ ਹੈ।", "kadhi", "curry"),
        ("ur", "آج کڑھی ہے۔", "kadhi", "curry"),
        ("pa", "ਸ਼ਾਮ ਨੂੰ ਇਫ਼ਤਾਰ ਹੈ।", "iftar", "meal-iftar-r305"),  # the meal at sunset
        ("ur", "شام کو افطار ہے۔", "iftar", "meal-iftar-r305"),
    ],
)
def test_a_dish_has_the_same_picture_as_in_english(code, text, english, concept):
    from plugins.symbols.matcher import find_all

    assert [m.concept.id for m in find_all(f"I like {english}.", [])] == [concept]
    assert concept in {m.concept.id for m in words.find_all(text, code)}


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [  # concepts the hand lists lack, named by CLDR's emoji names in the language
        ("pl", "Ciepłe skarpetki i szalik.", {"socks", "scarf"}),
        ("pl", "Szczoteczka do zębów leży w łazience.", {"toothbrush"}),
        ("cy", "Dw i angen fy menyg a fy sbectol haul.", {"gloves", "sunglasses"}),
        ("ur", "میری جرابیں اور دستانے", {"socks", "gloves"}),
        ("pa", "ਮੇਰਾ ਮੋਬਾਇਲ ਫ਼ੋਨ ਅਤੇ ਛੱਤਰੀ", {"mobile-phone", "umbrella"}),
    ],
)
def test_cldr_names_picture_what_the_hand_lists_lack(code, text, expected):
    assert {m.concept.id for m in words.find_all(text, code)} >= expected


def test_a_cldr_name_never_overrides_the_hand_list_or_says_not_itself():
    import yaml

    for code in words.CODES:
        folder = ROOT / "plugins" / "symbols" / "data" / "words"
        hand = yaml.safe_load((folder / f"{code}.yml").read_text(encoding="utf-8"))
        cldr = yaml.safe_load((folder / "cldr" / f"{code}.yml").read_text(encoding="utf-8"))
        assert not set(hand["concepts"]) & set(cldr), code
        negation = {str(w) for w in hand["negation"]}
        assert not [n for names in cldr.values() for n in names if negation & set(n.split())]
    # "bus" is also "just" in Urdu: refused by name
    assert not words.find_all("بس ٹھیک ہے", "ur")


def test_an_urdu_cloth_mill_is_the_mill_and_not_clothes():
    """Nasreen's "About me" tile showed a shirt: "کپڑے کی مل" (a cloth mill) read as clothes."""
    found = words.find_all("میں نے بیس سال ایک کپڑے کی مل میں کام کیا۔", "ur")
    assert [m.concept.id for m in found] == ["factory-worker"]
    assert [m.concept.id for m in words.find_all("میرے کپڑے صاف ہیں۔", "ur")] == ["clothes"]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("pa", "ਮੈਨੂੰ ਠੰਢ ਲੱਗਦੀ ਹੈ, ਲਾਈਟ ਬੰਦ ਨਾ ਕਰੋ।", {"cold", "light"}),
        ("ur", "مجھے سردی لگتی ہے، ہیٹر بند نہ کریں۔", {"cold", "heater"}),
        ("ur", "ڈاکٹر نے کہا ہے نمک مت کھاؤ۔", {"doctor", "not salt"}),
        ("pa", "ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਹੈ ਲੂਣ ਨਾ ਖਾਓ।", {"doctor", "not salt"}),
        ("ur", "میری بلی بستر پر سوتی ہے۔", {"cat", "sleep", "bed"}),
        ("ur", "میں سوتی کپڑے پہنتی ہوں۔", {"fabric", "clothes"}),
        ("ur", "میری بیٹی نے سونے کی چوڑیاں دیں۔", {"daughter", "bracelet"}),  # gold, not sleep
        ("ur", "مجھے رات کو سونے میں مشکل ہوتی ہے۔", {"night", "sleep"}),
        ("ur", "ہر ہفتے نرس آتی ہے۔", {"nurse", "week"}),
        ("ur", "میں ہفتے کو لائبریری جاتی ہوں۔", {"library", "saturday"}),
        ("ur", "مجھے کافی پینا پسند ہے۔", {"coffee"}),
        ("ur", "یہ کافی ہے۔", set()),
        ("ur", "میں فجر کی نماز پڑھتی ہوں۔", {"pray"}),
        ("pa", "ਮੈਂ ਸਬਜੀ ਤੇ ਦੁਧ ਲੈਂਦੀ ਹਾਂ।", {"milk", "vegetables"}),
        ("pa", "ਮੈਂ ਤੀਹ ਸਾਲ ਇੱਥੇ ਰਹੀ।", set()),
        ("pa", "ਮੇਰੇ ਕੇਸ ਲੰਬੇ ਹਨ।", {"hair"}),
        ("pa", "ਅਦਾਲਤ ਵਿੱਚ ਕੇਸ ਚੱਲ ਰਿਹਾ ਹੈ।", set()),
        ("pa", "ਮੇਰੀ ਨਜ਼ਰ ਕਮਜ਼ੋਰ ਹੈ।", {"eyesight"}),
        ("pa", "ਮੇਰੀ ਭੈਣ ਕੈਨੇਡਾ ਵਿੱਚ ਹੈ।", {"family"}),
        ("ur", "میری بہن کراچی میں ہے۔", {"family"}),
        ("ur", "مجھے کم دکھتا ہے۔", set()),  # دکھتا is "is seen" as well as "hurts"
        ("ur", "میں پوری رات جاگتی ہوں۔", {"night", "get-up"}),  # پوری is "whole", not puri
        ("ur", "اس نے اپنی بیٹی کا ذکر کیا۔", {"daughter"}),  # ذکر is "mention" here
        ("ur", "میں تسبیح پر ذکر کرتی ہوں۔", {"pray"}),
        ("ur", "بحری جہاز میں سفر کیا۔", {"travel"}),  # a ship is not the plane
        ("ur", "میں خود کھڑی نہیں ہو سکتی۔", {"not standing"}),
        ("ur", "گاڑی کھڑی ہے۔", {"car"}),  # a parked car
        ("ur", "میں اردو بولتی ہوں۔", {"languages"}),  # speaking a language is not talking
        ("ur", "وہ آہستہ بولتی ہے۔", {"talk"}),
        ("pa", "ਮੈਂ ਪੰਜਾਬੀ ਬੋਲਦੀ ਹਾਂ।", {"languages"}),
        ("pa", "ਮੇਰੀ ਮਾਸੀ ਮਿਲਣ ਆਈ।", {"aunt", "visitors"}),
        ("ur", "میری خالہ ملنے آئیں۔", {"aunt", "visitors"}),
        ("pa", "ਮੈਂ ਜ਼ਿਆਦਾ ਦੇਰ ਖੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।", {"not standing"}),
    ],
)
def test_punjabi_and_urdu_words_are_told_apart_by_their_neighbours(code, text, expected):
    """A thing one is told not to switch off ("ਲਾਈਟ ਬੰਦ ਨਾ ਕਰੋ") is wanted, and the one who said
    "don't" ("ਡਾਕਟਰ ਨੇ ਕਿਹਾ") is not ruled out; a word with two senses takes the one its
    neighbours give it (سوتی sleeps/cotton, سونے sleeping/gold, ہفتے week/Saturday, کافی
    coffee/enough, ਕੇਸ hair/case); the drink named is the picture, not the drinking; Punjabi
    written without the nukta or addak is read too, unless that spelling is another word
    (ਸਾਲ "year" is not ਸ਼ਾਲ); a sister is family."""
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected


def test_pictures_in_welsh_and_polish_read_lemmas_without_loading_a_dictionary():
    """simplemma's Polish dictionary takes seconds to load: the build reads a small table."""
    code = (
        "import sys; from plugins.symbols.languages import find_all;"
        "found = [m.concept.id for m in find_all('Siedzę w ogrodzie z kotem.', 'pl')];"
        "print(found, 'simplemma' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert run.stdout.strip() == "['garden', 'cat'] False", run.stderr


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [  # a "not" rules out the verb and what it is done to, not where, when or whose
        ("pl", "Proszę nie zamykać drzwi do mojego pokoju.", ["not door", "room"]),
        ("pl", "Nie noszę butów w pokoju.", ["not shoes", "room"]),
        ("pl", "Nie chcę iść do szpitala.", ["not hospital"]),  # the first thing, after 'do'
        (
            "pl",
            "Nie piję kawy ani herbaty rano.",
            ["not coffee", "not tea", "morning-routine"],  # the drinking gives way to them
        ),
        ("cy", "Peidiwch â rhoi siwgr yn fy nhe i.", ["not sugar", "tea"]),
        ("cy", "Dw i ddim yn gallu gyrru rŵan ar ôl y strôc.", ["not driving", "stroke"]),
        ("pl", "Nie mogę chodzić bez balkonika po domu.", ["walk", "walking-frame", "home"]),
        ("cy", "Peidiwch â mynd allan heb gôt.", ["outings", "jumper"]),  # not ... without
        ("pl", "Nie słodzę herbaty.", ["not sugar", "tea"]),  # the sugar is the thing
        ("pl", "Bez okularów nie mogę czytać.", ["glasses", "not reading"]),  # without ... not
        ("pl", "Jem nie tylko mięso, ale też ryby.", ["eat", "meat", "fish"]),  # not only
        ("cy", "Smo fi'n bwyta cig.", ["not meat"]),  # southern Welsh
        ("cy", "Ni allaf fynd allan yn y nos.", ["not outings", "night"]),  # "ni" starting it
        ("cy", "Mae'r plant yn dod i weld ni ar ddydd Sul.", ["children", "sunday"]),  # "we"
        ("ur", "میں گوشت نہیں کھاتی۔", ["not meat"]),  # Urdu and Punjabi keep the whole clause
    ],
)
def test_a_negative_reaches_the_thing_done_not_where_or_when(code, text, expected):
    assert [("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)] == (
        expected
    )


def test_names_never_get_a_picture_in_any_language():
    assert words.find_all("Mae Rose yn dod.", "cy", ("Rose",)) == []
    assert not [m for m in words.find_all("Grace i kot.", "pl") if m.term == "Grace"]


def test_each_language_speaks_in_its_own_words(sites):
    from plugins.audio.normalise import for_speech

    assert "tair punt, hanner cant ceiniog" in for_speech("Mae'n costio £3.50.", language="cy")
    assert "dwadzieścia dwa funty" in for_speech("Kosztuje £22.", language="pl")
    for slug, page in (
        ("gwen", "01-amdanaf-i"),
        ("jan", "01-o-mnie"),
        ("nasreen", "01-mere-bare-mein"),
    ):
        mp3 = sites / slug / "audio" / f"{page}.mp3"
        vtt = (sites / slug / "audio" / f"{page}.vtt").read_text(encoding="utf-8")
        assert mp3.stat().st_size > 10_000, f"{slug} has a spoken page"
        assert vtt.startswith("WEBVTT")
    urdu = (sites / "nasreen" / "audio" / "01-mere-bare-mein.vtt").read_text(encoding="utf-8")
    assert "میں چائے پیتی ہوں، لیکن چینی نہیں۔" in urdu, "sentences end at the Urdu full stop"


def test_the_booklet_is_in_the_persons_script_and_direction(sites):
    import pdfplumber

    with pikepdf.open(sites / "nasreen" / "booklet.pdf") as pdf:
        assert str(pdf.Root.Lang) == "ur"
        fonts = {
            str(font.get("/BaseFont", ""))
            for page in pdf.pages
            for font in (page.Resources.get("/Font") or {}).values()
        }
    assert any("Nastaliq" in name for name in fonts), fonts
    with pdfplumber.open(sites / "nasreen" / "booklet.pdf") as pdf:
        cover = pdf.pages[0]
        first = min(w["top"] for w in cover.extract_words())
        title = [w for w in cover.extract_words() if w["top"] < first + 30]
        assert min(w["x0"] for w in title) > cover.width / 3, "the title is set from the right"
        assert max(w["x1"] for w in title) > cover.width * 0.8
    with pikepdf.open(sites / "gwen" / "booklet.pdf") as pdf:
        assert str(pdf.Root.Lang) == "cy-GB"
    with pdfplumber.open(sites / "gwen" / "booklet.pdf") as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "Fy nghynllun, yn fy ngeiriau i" in text and "Tudalen 2 o" in text


def test_english_only_checks_skip_other_languages_and_say_so(tmp_path):
    from plugins.checks.context import load_context
    from plugins.checks.runner import check_context, skipped_languages

    folder = write_plan(
        tmp_path / "plans",
        "gwen",
        "name: Gwen Test\nlanguage: cy\n",
        {
            "01-amdanaf-i.md": "# Amdanaf i\n\nMae'r service user yn hoffi te.\n",
            "02-english.md": "---\nlang: en\n---\n# English\n\nThe service user requires help.\n",
        },
    )
    context = load_context(folder)
    voice = [f for f in check_context(context) if f.rule == "staff-voice"]
    assert [f.file.rsplit("/", 1)[-1] for f in voice] == ["02-english.md"]
    assert skipped_languages(context) == ["Welsh"]


def test_a_page_may_set_its_own_language():
    assert page_language_tag("---\nlang: cy\n---\n# Hi\n") == "cy"
    assert page_language_tag("# Hi\n\nlang: cy\n") is None


def test_a_phrase_keeps_its_own_language():
    import markdown

    from plugins.i18n.spans import LanguageSpanExtension

    html = markdown.markdown(
        "Please say [Sat Sri Akal]{lang=pa} and [my week](x.html).",
        extensions=[LanguageSpanExtension()],
    )
    assert '<span dir="ltr" lang="pa">Sat Sri Akal</span>' in html
    assert '<a href="x.html">my week</a>' in html


def test_the_locked_page_is_the_same_for_every_language(tmp_path):
    """A language or a script seen before the key would tell a stranger about the person."""
    for slug, (person, pages) in PEOPLE.items():
        write_plan(tmp_path / "plans", slug, person, pages)
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    assert run_build(tmp_path / "plans", options, jobs=1, out=io.StringIO()) == 0
    shells = {
        re.sub(r'id="planbook-page">[^<]*<', "", (site / "index.html").read_text())
        for site in (tmp_path / "site").iterdir()
        if site.is_dir()
    }
    assert len(shells) == 1 and '<html lang="en">' in shells.pop()


def test_translations_keep_their_placeholders():
    for code in ("cy", "pl", "pa", "ur"):
        tr = translator(LANGUAGES[code])
        assert "%(name)s" not in tr.gettext("This plan belongs to %(name)s.") % {"name": "X"}
        assert "X" in tr.gettext("%(name)s's plan") % {"name": "X"}


def test_new_starts_a_plan_in_the_persons_language(tmp_path):
    from plugins.checks.newplan import create_plan
    from plugins.checks.runner import check_plan

    folder = create_plan(tmp_path / "plans", "Gwenllian Morgan", language="cy")
    assert "language: cy" in (folder / "person.yml").read_text()
    first = (folder / "01-what-matters-to-me.md").read_text()
    assert first.startswith("# Beth sy'n bwysig i fi")
    assert "Byddwn ni'n ysgrifennu'r rhan hon gyda'n gilydd." in first
    assert "Staff: start here" in first, "notes for staff stay in English (never published)"
    assert [f for f in check_plan(folder) if f.severity == "error"] == []
    assert [f.rule for f in check_plan(folder)] == []


# Labelled before these word lists existed. First measured with the first lists (recall 0.556,
# 0.508, 0.396, 0.404; strict precision 0.886, 0.863, 0.875, 0.913). On 2026-12-02 each list grew
# to about 430-590 words from new tuning sets of each language; the helpers who grew them saw these
# tests pass or fail (never a sentence) while pruning words with two senses, so the sets are a
# little less blind. Recall rose 20-34 points; strict precision moved -0.5 to -5.4 points.
# A second round (second tuning sets, negation reach in Welsh and Polish, lists and "without"
# in Punjabi and Urdu) moved them again, measured in aggregate only: recall 0.758 -> 0.782,
# 0.713 -> 0.779, 0.745 -> 0.868, 0.750 -> 0.856; strict precision 0.867 -> 0.816, 0.848 ->
# 0.822, 0.870 -> 0.869, 0.859 -> 0.848 (these labellers leave more words plain than the tuning
# sets' do); ruled-out things shown bare 0 -> 0, 2 -> 3, 0 -> 1, 0 -> 1 (the aim is 0: each is a
# newly pictured word in a clause the negation rules do not yet reach).
BLIND = {
    "cy": (0.76, 0.80, 0),  # recall 0.782, strict precision 0.816, negated shown bare 0
    "pl": (0.75, 0.80, 3),  # 0.779, 0.822, 3
    "pa": (0.84, 0.84, 1),  # 0.868, 0.869, 1
    "ur": (0.83, 0.82, 1),  # 0.856, 0.848, 1
}


@pytest.mark.parametrize("code", sorted(BLIND))
def test_each_languages_blind_set_stays_above_its_floor(code):
    """English's figures (0.90 recall, 0.95 precision) are the aim here, not yet the bar."""
    import yaml
    from test_symbols_blind import _scorer

    from plugins.symbols.grammar import lemma
    from plugins.symbols.vocabulary import load
    from plugins.symbols.words import tokenise

    module = _scorer()
    items = yaml.safe_load(
        (ROOT / "tests" / "data" / f"symbols_blind_{code}.yml").read_text("utf-8")
    )
    assert len(items) >= 40
    labels = module.Labels(load(), tokenise, lemma)
    function = words.word_list(code).function
    fig = module.score(
        items, lambda text, people: words.find_all(text, code, tuple(people)), labels, function
    )
    recall, precision, bare = BLIND[code]
    assert fig.found / fig.keys >= recall
    assert fig.fitting_keys / fig.pictures >= precision
    assert fig.negated_bare <= bare


# round lang5: Welsh and Polish everyday words, "than", fronted and carried negatives
@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # words the lists lacked, with their mutations and inflections
        ("cy", "Gawn ni banad a sgwrs yn y tŷ gwydr?", {"tea", "talk", "garden"}),
        ("cy", "Mae fy chwaer yn dod adra efo'r ieir.", {"sister", "home", "chicken-animal"}),
        ("cy", "Dw i'n defnyddio ffon gerdded ar y stryd.", {"walking-stick", "road"}),
        ("cy", "Rwy'n cael pigiad ffliw heddi.", {"injection", "today"}),
        ("pl", "Babcia lubi herbatkę z miodkiem i kompocik.", {"grandparents", "tea", "honey"}),
        ("pl", "Córuś kupiła mi rajstopy i kawę zbożową.", {"daughter", "tights", "coffee"}),
        ("pl", "Wczoraj była burza, a dziś pada.", {"storm", "today", "rain"}),
        # not a picture: "wy'n" (I am) is not an egg; "dwy waith" (twice) is not work;
        # "dod lawr" (come down) is not the floor
        ("cy", "Wy'n mynd i'r capel ddwy waith yr wythnos.", {"church", "week"}),
        ("cy", "Mae'r gath yn dod lawr y grisiau.", {"cat", "stairs"}),
    ],
)
def test_lang5_everyday_words(code, text, expected):
    found = {m.concept.id for m in words.find_all(text, code)}
    assert expected <= found, found
    if "lawr" in text or "Wy'n" in text:
        assert found == expected, found


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # Welsh "na" after a comparative is "than": nothing ruled out; "yn hytrach na" still is
        ("cy", "Mae'n well gen i de na llaeth.", {"tea", "milk"}),
        ("cy", "Gwell gen i gawod yn hytrach na bath.", {"shower", "not bath"}),
        # "'m" says not before "yn"; elsewhere it is "my"
        ("cy", "Dw i'm yn bwyta pysgod.", {"not fish"}),
        ("cy", "Mae'r nyrs yn dod i'm gweld i ddydd Llun.", {"nurse", "monday"}),
        # a negative's reach ends at "ers", "gyda", and after a seeing word
        ("cy", "Does dim awydd cawl arna i ers y ffliw.", {"not soup", "ill"}),
        ("cy", "Dw i'n methu gweld y cloc.", {"not eyes", "clock"}),
        # Polish: a thing put before "nie" + my own verb is ruled out, not a time or a subject
        ("pl", "Ryby nie jem, tylko kurczaka.", {"not fish", "not eat", "chicken"}),
        ("pl", "Do szpitala nie pojadę.", {"not hospital"}),
        ("pl", "Wieczorem nie piję kawy.", {"evening", "not coffee"}),
        ("pl", "Syn nie dzwoni w niedzielę.", {"son", "not phone", "sunday"}),
        # "Nie chcę, żeby ...": the "not" carries into the clause it opens, past its subject
        ("pl", "Nie chcę, żeby ktoś mył mi włosy.", {"not wash", "not hair"}),
        ("pl", "Nie chcę, żeby córka płaciła rachunki.", {"daughter", "money", "bills"}),
        # "nie słyszę" rules out the hearing, not the one who speaks
        ("pl", "W kościele nie słyszę księdza.", {"church", "not ears", "vicar"}),
    ],
)
def test_lang5_negation(code, text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected, found


# Coordinator, session 24, from a review of the Welsh and Polish round.
@pytest.mark.parametrize(
    "text, language, term, negated",
    [
        ("Dw i ddim yn clywed heb fy nheclyn clywed.", "cy", "nheclyn clywed", False),
        ("Nie zasypiam bez kropli do oczu.", "pl", "kropli do oczu", False),
        ("Nie piję kawy tylko kawę bezkofeinową.", "pl", "kawę", False),
        ("Nie chcę kąpieli w wannie.", "pl", "wannie", True),
    ],
)
def test_a_thing_needed_or_named_after_only_is_not_crossed_out(text, language, term, negated):
    found = {m.term: m.negated for m in words.find_all(text, language)}
    assert found[term] is negated


def test_welsh_words_that_only_look_mutated_get_no_picture():
    for text in ("Dw i'n hoffi pob math o fwyd.", "Dw i ar fin mynd i'r gwely."):
        assert {m.term for m in words.find_all(text, "cy")} & {"math", "fin"} == set()


# round 62: Punjabi and Urdu: the negative after the things rules out the thing done, not
# who does it, where or when, nor a thing before "don't remember" or "not by myself"
@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # a place or time before another thing stays; alone before the "not" it is ruled out
        ("pa", "ਰਸੋਈ ਵਿੱਚ ਕੋਈ ਸਿਗਰਟ ਨਾ ਪੀਵੇ।", {"kitchen", "not smoking"}),
        ("ur", "پانی میں چینی نہ ڈالیں۔", {"water", "not sugar"}),
        ("pa", "ਮੈਨੂੰ ਟੱਬ ਵਿੱਚ ਨਾ ਬਿਠਾਓ।", {"not bath"}),
        ("ur", "میں رات کو چائے نہیں پیتی۔", {"night", "not tea"}),
        ("pa", "ਮੈਂ ਐਤਵਾਰ ਨੂੰ ਮੀਟ ਨਹੀਂ ਖਾਂਦਾ।", {"sunday", "not meat"}),
        # the doer ("ਨੇ", "نے") is not what is ruled out
        ("pa", "ਨਰਸ ਨੇ ਟੀਕਾ ਨਹੀਂ ਲਾਇਆ।", {"nurse", "not injection"}),
        ("ur", "نرس نے انسولین نہیں لگائی۔", {"nurse", "not injection"}),
        # "don't remember", "not by myself": the "not" is the remembering's, the helper's
        ("pa", "ਮੈਨੂੰ ਦਵਾਈ ਲੈਣੀ ਯਾਦ ਨਹੀਂ ਰਹਿੰਦੀ।", {"medicine", "memory"}),
        ("ur", "مجھے دوائی لینا یاد نہیں رہتا۔", {"medicine", "memory"}),
        ("pa", "ਮੈਂ ਆਪਣੇ ਵਾਲ ਆਪ ਨਹੀਂ ਧੋ ਸਕਦੀ।", {"hair", "wash"}),
        ("ur", "میں اپنے بال خود نہیں دھو سکتی۔", {"hair"}),
        # "not too much", "not so loud": the thing is limited, not ruled out
        ("ur", "دن میں دو لیٹر سے زیادہ چائے نہ پئیں۔", {"tea"}),
        ("pa", "ਮੈਨੂੰ ਜ਼ਿਆਦਾ ਲੂਣ ਨਾ ਪਾਓ।", {"salt"}),
        ("pa", "ਰੇਡੀਓ ਉੱਚੀ ਨਾ ਲਾਓ।", {"radio"}),
        ("ur", "ریڈیو تیز نہ کریں۔", {"radio"}),
        # "gave up" rules out; "never give up" keeps
        ("pa", "ਮੈਂ ਸ਼ਰਾਬ ਛੱਡ ਦਿੱਤੀ ਹੈ।", {"not alcohol"}),
        ("ur", "میں نے سگریٹ چھوڑ دی ہے۔", {"not smoking"}),
        ("pa", "ਮੈਂ ਦੀਵੇ ਜਗਾਉਣੇ ਕਦੇ ਨਹੀਂ ਛੱਡਣੇ।", {"candle"}),
    ],
)
def test_round62_punjabi_urdu_negation(code, text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected, found


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # round 62: inflected and everyday Punjabi and Urdu words the lists lacked
        ("pa", "ਪੁੱਤਰ ਬਿੱਲਾਂ ਤੇ ਪੈਸਿਆਂ ਦਾ ਕੰਮ ਵੇਖਦਾ ਹੈ।", {"son", "bills", "money"}),
        ("pa", "ਮੈਂ ਵੀਹ ਸਾਲ ਕੰਮ ਕੀਤਾ।", {"work"}),
        ("pa", "ਮੇਰੀਆਂ ਕਮੀਜ਼ਾਂ ਤੇ ਚਮਚੇ।", {"clothes", "spoon"}),
        ("pa", "ਜੁੰਮੇ ਨੂੰ ਵੁਜ਼ੂ ਕਰਕੇ ਮਸੀਤ ਜਾਂਦਾ ਹਾਂ।", {"friday", "wash", "mosque"}),
        ("pa", "ਮੈਨੂੰ ਗੀਤ ਸੁਣਨੇ ਤੇ ਗੱਲਾਂ ਕਰਨੀਆਂ ਚੰਗੀਆਂ ਲੱਗਦੀਆਂ।", {"music", "listen", "talk"}),
        ("pa", "ਸਹਿਰੀ ਵੇਲੇ ਖਜੂਰ ਖਾਂਦਾ ਹਾਂ, ਹੱਜ ਦੀ ਤਮੰਨਾ ਹੈ।", {"fasting", "dates-fruit", "hajj"}),
        ("pa", "ਮੇਰੇ ਮੋਢੇ ਵਿੱਚ ਦਰਦ ਹੈ, ਖਾਣਾ ਨਿਗਲਣ ਵਿੱਚ ਔਖ।", {"shoulder", "pain", "meal", "throat"}),
        ("pa", "ਮੈਂ ਸਪੀਚ ਥੈਰੇਪਿਸਟ ਕੋਲ ਜਾਂਦਾ ਹਾਂ।", {"speech-therapist"}),
        ("pa", "ਮੈਨੂੰ ਨੀਂਦ ਦੀ ਗੋਲੀ ਚਾਹੀਦੀ ਹੈ।", {"tablets"}),
        ("pa", "ਮੈਂ ਬਿਲਕੁਲ ਤੁਰ ਨਹੀਂ ਸਕਦੀ।", {"not walk"}),
        ("ur", "مجھے نیند کی گولی چاہیے۔", {"tablets"}),
        ("ur", "میں صبح اٹھتی ہوں اور جلدی سو جاتی ہوں۔", {"morning-routine", "get-up", "sleep"}),
        ("ur", "میرے پاؤں سوجے رہتے ہیں۔", {"feet", "swelling"}),
        ("ur", "ہمسائی دوائی لاتی ہے۔", {"neighbours", "medicine"}),
        ("ur", "میں کندھے کے درد کا مریض ہوں۔", {"shoulder", "pain", "patient"}),
        ("ur", "نگلنا مشکل ہے۔", {"throat"}),
        ("ur", "میں پشتو بولتا ہوں۔", {"languages"}),
        ("ur", "اندھیرے میں ڈر لگتا ہے، میں گھبرا جاتی ہوں۔", {"night", "scared", "worried"}),
        ("ur", "دو ہفتے بعد میری اپائنٹمنٹ ہے، بس پر جاؤں گی۔", {"week", "appointment", "bus"}),
        ("ur", "مجھے الارم والا لاکٹ پہنائیں۔", {"pendant-alarm"}),
        ("pa", "ਅਸੀਂ ਸ਼ਾਮ ਨੂੰ ਬੈਠਦੇ ਹਾਂ।", {"evening", "sit-down"}),
        # "Hindi songs" are songs, not a language; "never laid a hand on" is no hand
        ("pa", "ਮੈਨੂੰ ਹਿੰਦੀ ਗਾਣੇ ਪਸੰਦ ਹਨ।", {"music"}),
        ("pa", "ਮੈਂ ਸ਼ਰਾਬ ਨੂੰ ਕਦੇ ਹੱਥ ਨਹੀਂ ਲਾਇਆ।", {"not alcohol"}),
    ],
)
def test_round62_punjabi_urdu_words(code, text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected, found


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # round 63: English loanwords in everyday Welsh, mutated and dialect forms the list lacked
        ("cy", "Fi'n cymryd fy tablets gyda brecwast.", {"tablets", "breakfast"}),
        ("cy", "Sa i'n lico'r shower, ma'r physio'n dod heddi.", {"not shower", "physio", "today"}),
        ("cy", "Mae'r commode yn y lolfa.", {"commode", "lounge"}),
        ("cy", "Mae fy nwylo yn boenus.", {"hands", "pain"}),
        ("cy", "Cawl cennin i ginio.", {"soup", "vegetables", "meal"}),
        ("cy", "Dw i'n cerdded ar y prom ar ddiwrnod braf.", {"walk", "seaside", "sunny"}),
        # Polish: the case forms and everyday words the list lacked
        ("pl", "Lekarz mówi, że nie wolno mi jeść soli.", {"doctor", "not salt"}),
        ("pl", "Lubię śledzia i herbatkę z cytrynką.", {"fish", "tea", "lemon"}),
        ("pl", "Żona dzwoni do GP.", {"wife", "phone", "doctor"}),
        ("pl", "Mam jaskrę, logopeda jest w środę.", {"eyes", "speech-therapist", "wednesday"}),
        ("pl", "Lubię ciasteczko i kubek z pokrywką.", {"biscuit", "mug", "lid"}),
        ("pl", "Codziennie gimnastykuję się w świetlicy.", {"exercise", "club"}),
        ("pl", "Światełko w nocy musi się palić.", {"light", "night"}),
    ],
)
def test_round63_welsh_polish_words(code, text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected, found


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # round 63: "not gave up" says the habit goes on
        ("pl", "Nie rzuciłem palenia, ale palę mniej.", ["smoking", "smoking"]),
        ("pl", "Rzuciłem palenie.", ["not smoking"]),
        ("pl", "Rzuciłem piłkę psu i poszedł za nią.", ["dog"]),  # threw, no giving up
        ("pl", "Przestałam pić kawę.", ["not coffee"]),
        # a thing put first is the setting where the verb has its own thing right after it
        ("pl", "Do kawy nie dodaję cukru, tylko mleko.", ["coffee", "not sugar", "milk"]),
        ("pl", "Do kościoła nie jeżdżę.", ["not church"]),
        ("pl", "Do kościoła nie chodzę, ale różaniec odmawiam.", ["not church", "pray"]),
        ("pl", "Do fryzjera chodzę raz w miesiącu.", ["hairdresser", "month"]),
        ("pl", "Codziennie chodzę z laską.", ["walk", "walking-stick"]),
        # remembering, like seeing and hearing, ends the reach after itself: the names stay
        ("cy", "Dw i ddim yn cofio enwau pobl.", ["not memory", "people"]),
        ("pl", "Nie pamiętam imion wnuków.", ["not memory", "grandchildren"]),
        # Welsh h before a vowel after 'm, ei (her), ein, eu: "a'm hwyrion" is wyrion
        ("cy", "Dw i'n gweddïo dros fy mhlant a'm hwyrion.", ["pray", "children", "grandchildren"]),
        ("cy", "Mae hi'n mynd i'w hysbyty hi.", ["hospital"]),
        ("cy", "Mae hen ffrind yn dod yn yr haf.", ["friends", "summer"]),
    ],
)
def test_round63_welsh_polish_negation(code, text, expected):
    assert [("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)] == (
        expected
    )


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # round 63: a word a "!>" condition names counts past one little word before it:
        # "gwisgo fy sbectol" (wearing my glasses) is no dressing, as "gwisgo sbectol" is none
        ("cy", "Dw i'n gwisgo fy sbectol i ddarllen.", ["glasses", "reading"]),
        ("cy", "Dw i'n gwisgo menig yn y gaeaf.", ["gloves", "winter"]),
        ("cy", "Dw i'n gwisgo yn y bore.", ["dressing", "morning-routine"]),
        # a Welsh genitive ("drws y gegin": the kitchen's door) ends the reach after the thing
        ("cy", "Peidiwch â chau drws y gegin.", ["not door", "kitchen"]),
        ("cy", "Sa i'n gallu cau botyme'n crys fi.", ["not button", "clothes"]),
        # a plain object that has no picture ("dim byd", "pethau", "nic") is the thing reached
        ("cy", "Peidiwch â symud pethau yn y gegin.", ["kitchen"]),
        ("cy", "Peidiwch â symud dim byd yn y gegin.", ["kitchen"]),
        ("pl", "Proszę nie przestawiać rzeczy w mieszkaniu.", ["home"]),
        ("pl", "Nie ruszajcie niczego w kuchni.", ["kitchen"]),
        # Polish z, ze (from, with) ends the reach as w and na do: "z domu" is where from
        ("pl", "Nie wychodzę sam z domu.", ["not outings", "home"]),
    ],
)
def test_round63_welsh_polish_reach(code, text, expected):
    assert [("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)] == (
        expected
    )


@pytest.mark.parametrize("code", ["cy", "pl", "pa", "ur"])
def test_every_hand_written_word_list_names_a_concept_the_vocabulary_has(code):
    """A list keyed by a concept the vocabulary dropped or renamed is skipped without a word, so
    its words silently lose their picture: the lists must follow the vocabulary."""
    import yaml

    from plugins.symbols.vocabulary import load

    path = ROOT / "plugins" / "symbols" / "data" / "words" / f"{code}.yml"
    hand = yaml.safe_load(path.read_text(encoding="utf-8")).get("concepts") or {}
    assert sorted(set(hand) - set(load().concepts)) == []


@pytest.mark.parametrize(
    ("code", "text", "word"),
    [
        ("pl", "Lubię hodować pomidory w ogródku.", "hodować"),
        ("pa", "ਮੈਂ ਸਬਜ਼ੀਆਂ ਉਗਾਉਂਦੀ ਹਾਂ।", "ਉਗਾਉਂਦੀ"),
    ],
)
def test_growing_things_is_gardening_in_polish_and_punjabi(code, text, word):
    found = {m.term: m.concept.id for m in words.find_all(text, code)}
    assert found.get(word) == "gardening"


# Review 27b: an h goes only before a word that starts with a vowel, so "hardd" (lovely) is no
# garden though "a'm hwyrion" stays the grandchildren; and a habit given up may be named by its
# doing ("Rzuciłem picie piwa": gave up drinking beer) while a thing thrown stays wanted.
@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("cy", "Mae'r blodau'n hardd yn yr haf.", ["flowers", "summer"]),
        ("cy", "Dw i'n gweddïo dros fy mhlant a'm hwyrion.", ["pray", "children", "grandchildren"]),
        ("cy", "Dw i'n eistedd yn yr ardd.", ["sit-down", "garden"]),
        ("pl", "Rzuciłem picie piwa dawno temu.", ["not beer"]),
        ("pl", "Przestałem pić piwo.", ["not beer"]),
        ("pl", "Rzuciłem kurtkę na krzesło.", ["chair"]),
    ],
)
def test_review27b_welsh_h_and_polish_habit_given_up(code, text, expected):
    assert [("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)] == (
        expected
    )


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # "forbidden" rules the thing out as "not" does; the doctor who forbids it stays
        ("pa", "ਮੈਨੂੰ ਲੂਣ ਮਨ੍ਹਾ ਹੈ।", {"not salt"}),
        ("pa", "ਡਾਕਟਰ ਨੇ ਚੀਨੀ ਮਨਾ ਕੀਤੀ ਹੈ।", {"doctor", "not sugar"}),
        ("ur", "مجھے نمک منع ہے۔", {"not salt"}),
        ("ur", "ڈاکٹر نے چینی منع کی ہے۔", {"doctor", "not sugar"}),
        ("ur", "کمرے میں سگریٹ نوشی ممنوع ہے۔", {"room", "not smoking"}),
        # ਮਨਾ is also "celebrate": only "forbidden" where a "be" or "do" follows
        ("pa", "ਅਸੀਂ ਦੀਵਾਲੀ ਮਨਾ ਕੇ ਮਿਠਾਈ ਖਾਧੀ।", {"diwali", "sweets"}),
    ],
)
def test_forbidden_rules_a_thing_out_in_punjabi_and_urdu(code, text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, code)}
    assert found == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "już" after a "not" is "any more": part of the negative, the thing after is still out
        ("Nie jem już mięska.", {"not meat"}),
        ("Nie piję już kawy wieczorem.", {"not coffee", "evening"}),
        ("Już nie jeżdżę samochodem.", {"not car"}),
    ],
)
def test_polish_no_longer_still_rules_the_thing_out(text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, "pl")}
    assert found == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "od", "przez" comes why or since when: not what the "not" rules out
        ("Ręka nie działa od udaru.", {"hands", "stroke"}),
        ("Nie śpię przez ból.", {"not sleep", "pain"}),
        # "no strength in my legs": the strength is what is missing, the legs stay
        ("Nie mam siły w nogach.", {"legs"}),
        # a place word before the first thing still leads to it
        ("Nie chcę iść do szpitala.", {"not hospital"}),
    ],
)
def test_polish_a_reason_or_a_place_after_not_is_not_ruled_out(text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, "pl")}
    assert found == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone or an alarm rings ("canu"): no singing; a person still sings
        ("Mae'r ffôn yn canu.", {"phone"}),
        ("Dw i'n canu yn y côr.", {"singing", "choir-2"}),
        # a cuppa of hot chocolate is no tea
        ("Rydw i'n hoffi paned o siocled poeth.", {"hot-chocolate"}),
        ("Paned o de, plîs.", {"tea"}),
        # "never miss / never forget" keeps the thing
        ("Dydw i byth yn colli'r capel.", {"church"}),
        ("Dydw i byth yn anghofio fy nhabledi.", {"memory", "tablets"}),
        ("Dydw i ddim yn yfed te.", {"not tea"}),
        # convention: "well gen i X na Y" prefers X and refuses nothing; "yn hytrach na" refuses
        ("Mae'n well gen i de na choffi.", {"tea", "coffee"}),
    ],
)
def test_welsh_rings_cuppas_and_never_missing(text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, "cy")}
    assert found == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Bez X nie V": X is needed and V is not refused; a sense after it is still out
        ("Bez telefonu nie wychodzę.", {"phone", "outings"}),
        ("Bez kapci nie chodzę.", {"slippers", "walk"}),  # round 75: kapci is pictured
        ("Bez aparatu nic nie słyszę.", {"hearing-aid", "not ears"}),
    ],
)
def test_polish_without_x_i_do_not_refuses_nothing_but_a_sense(text, expected):
    found = {("not " if m.negated else "") + m.concept.id for m in words.find_all(text, "pl")}
    assert found == expected, found
