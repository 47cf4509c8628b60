"""The booklet read back from the PDF: large print, tagged, embedded fonts, plan order.

These tests are what let us move to a new WeasyPrint major: they check the printed
result, not our HTML. One small plan is built once through the real builder.
"""

from __future__ import annotations

import collections
import datetime as dt
import io
import shutil
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from conftest import quick_options, write_plan
from PIL import Image

from plugins.booklet.booklet import BookletOptions, SourcePage, make_booklet
from plugins.booklet.errors import BookletError
from plugins.builder.runner import run_build
from plugins.plan.load import load_plan
from plugins.plan.model import Needs, Person, Plan, Review

BODY_PT = 22
PERSON = """\
name: Margaret Hughes
called: Peggy
language: en-GB
needs:
  large_print: 22
review:
  last: 2026-10-06
  next: 2026-11-03
  how: "Amina and I sit down together every four weeks."
changes:
  - date: 2026-10-06
    what: "I now choose when I get up."
    why: "I told Amina my mornings felt rushed."
pictures:
  Peggy: photos/peggy.jpg
"""
PAGES = {
    "01-about-me.md": """\
        # About me

        FIRSTWORDS My name is Margaret, but please call me Peggy.

        ![Biscuit asleep on my bed](photos/biscuit.png)

        ## My cat

        Biscuit is ginger. H<sub>2</sub>O and <small>small words</small> stay large.
        """,
    "02-my-week.md": "# My week\n\nSECONDWORDS I like the same days each week.\n\n"
    "| Day | Who comes |\n| --- | --- |\n"
    + "".join(f"| Day {i} | Amina comes at nine and helps me wash |\n" for i in range(30)),
    "03-checking.md": """\
        # Checking my plan

        THIRDWORDS We read it out loud together.
        """,
}
PAGE_TITLES = ["About me", "My week", "Checking my plan", "About the pictures", "What changed"]


@pytest.fixture(scope="module")
def booklet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("pdf")
    folder = write_plan(tmp / "plans", "peggy", PERSON, PAGES)
    (folder / "photos").mkdir()
    Image.new("RGB", (300, 400), (180, 140, 120)).save(folder / "photos" / "peggy.jpg")
    Image.new("RGB", (200, 120), (220, 160, 60)).save(folder / "photos" / "biscuit.png")
    out = tmp / "site"
    log = io.StringIO()
    code = run_build(tmp / "plans", quick_options(out, tmp, pdf=True), jobs=1, out=log)
    assert code == 0, log.getvalue()
    assert "booklet:" not in log.getvalue(), f"the booklet gave warnings:\n{log.getvalue()}"
    return out / "peggy" / "booklet.pdf"


@pytest.fixture(scope="module")
def chars(booklet: Path) -> list[list[dict]]:
    with pdfplumber.open(booklet) as pdf:
        return [page.chars for page in pdf.pages]


@pytest.fixture(scope="module")
def page_texts(booklet: Path) -> list[str]:
    with pdfplumber.open(booklet) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_no_glyph_anywhere_is_under_16_points(chars: list[list[dict]]) -> None:
    small = [
        (n + 1, c["text"], round(c["size"], 1))
        for n, page in enumerate(chars)
        for c in page
        if c["text"].strip() and c["size"] < 16
    ]
    assert not small, f"text under 16 pt (page, glyph, size): {small[:10]}"


def test_body_text_is_at_the_persons_size(chars: list[list[dict]]) -> None:
    sizes = collections.Counter(round(c["size"]) for page in chars for c in page)
    assert sizes.most_common(1)[0][0] == BODY_PT
    assert min(sizes) >= BODY_PT  # headings are larger, nothing is smaller


def test_every_page_says_page_n_of_total_except_the_cover(page_texts: list[str]) -> None:
    total = len(page_texts)
    assert "Page 1 of" not in page_texts[0]
    for number, text in enumerate(page_texts[1:], start=2):
        assert f"Page {number} of {total}" in text


def test_cover_has_the_name_they_like_and_when_it_is_checked(
    booklet: Path, page_texts: list[str]
) -> None:
    cover = page_texts[0]
    assert cover.startswith("Peggy's plan")
    assert "My plan, in my words" in cover
    assert "Tuesday 6 October 2026" in " ".join(cover.split())
    assert "Tuesday 3 November 2026" in " ".join(cover.split())
    with pdfplumber.open(booklet) as pdf:
        assert pdf.pages[0].images, "the cover shows the photo Peggy chose"


def test_text_is_in_plan_order_and_the_contents_give_each_parts_page(
    page_texts: list[str],
) -> None:
    """Short parts share a sheet (the booklet uses the paper); the contents still point to the
    page where each part begins."""
    whole = " ".join(" ".join(page_texts).split())
    words = ["FIRSTWORDS", "SECONDWORDS", "THIRDWORDS", "I now choose when I get up"]
    positions = [whole.index(w) for w in words]
    assert positions == sorted(positions)
    firsts = [text.splitlines()[0] for text in page_texts]
    assert firsts[1] == "What is in my plan"
    starts = [
        next(i for i, text in enumerate(page_texts) if i > 1 and title in text.splitlines())
        for title in PAGE_TITLES
    ]
    assert starts == sorted(starts)
    contents = page_texts[1]
    for title, start in zip(PAGE_TITLES, starts, strict=True):
        assert f"page {start + 1}" in contents.split(title, 1)[1].splitlines()[0]


def test_a_long_table_splits_between_rows_and_repeats_its_header(page_texts: list[str]) -> None:
    table_pages = [t for t in page_texts if "Amina comes at nine" in t]
    assert len(table_pages) >= 2
    assert all("Day Who comes" in t for t in table_pages)
    assert "Day 29" in "\n".join(table_pages)


def test_the_pdf_is_tagged_with_language_and_title(booklet: Path) -> None:
    with pikepdf.open(booklet) as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert bool(root.MarkInfo.Marked) is True
        assert str(root.Lang) == "en-GB"
        assert str(pdf.docinfo.Title) == "Peggy's plan"
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        with pdf.open_metadata() as meta:
            assert meta.get("dc:title") == "Peggy's plan"
            assert meta.get("pdfuaid:part") == "1"


def test_every_link_says_where_it_goes(booklet: Path) -> None:
    with pikepdf.open(booklet) as pdf:
        contents_page = pdf.pages[1].obj
        words = {str(a.Contents) for a in contents_page.Annots if a.Subtype == "/Link"}
        assert words == set(PAGE_TITLES)
        assert contents_page.Tabs == "/S"


def test_every_font_is_embedded(booklet: Path) -> None:
    with pikepdf.open(booklet) as pdf:
        seen = set()
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0] if descendants else font).FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                seen.add(str(font.BaseFont).split("+")[-1])
    assert seen and all(name.startswith("Planbook-Sans") for name in seen), seen


def _struct_elements(node):
    """Every structure element under node, depth first (reading order)."""
    kids = node.get("/K")
    if kids is None:
        return
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") != "/MCR" and "/S" in kid:
            yield kid
            yield from _struct_elements(kid)


def test_every_figure_has_alt_text_and_every_other_picture_is_an_artifact(booklet: Path) -> None:
    with pikepdf.open(booklet) as pdf:
        figures = [e for e in _struct_elements(pdf.Root.StructTreeRoot) if e.S == "/Figure"]
        assert figures
        assert all(str(f.get("/Alt", "")).strip() for f in figures)
        alts = {str(f.Alt) for f in figures}
        assert {"A photo of Peggy", "Biscuit asleep on my bed"} <= alts
        for number, page in enumerate(pdf.pages, start=1):
            stack: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op in ("BDC", "BMC"):
                    stack.append(str(operands[0]))
                elif op == "EMC":
                    stack.pop()
                elif op == "Do":
                    xobject = page.Resources.XObject[operands[0]]
                    if xobject.Subtype == "/Image":
                        assert stack and stack[-1] in ("/Figure", "/Artifact"), number
                    else:
                        assert "/Artifact" in stack or "/Figure" in stack, number


def test_all_text_is_tagged_or_a_pagination_artifact(booklet: Path) -> None:
    """PDF/UA: a screen reader reads the plan, never "Page 3 of 9" mid-sentence."""
    with pikepdf.open(booklet) as pdf:
        tree = pdf.Root.StructTreeRoot
        reachable = {e.objgen for e in _struct_elements(tree)}
        nums = tree.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        footers = 0
        for number, page in enumerate(pdf.pages, start=1):
            elements = parents[int(page.obj.StructParents)]
            stack: list[str] = []
            for operands, operator in pikepdf.parse_content_stream(page):
                op = str(operator)
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    props = operands[1]
                    if "/MCID" in props:
                        element = elements[int(props.MCID)]
                        assert element.objgen in reachable, (number, str(operands[0]))
                        stack.append("tagged")
                    else:
                        stack.append(str(operands[0]))
                        footers += str(operands[0]) == "/Artifact"
                elif op in ("BDC", "BMC"):
                    stack.append(str(operands[0]))
                elif op == "EMC":
                    stack.pop()
                elif op in ("Tj", "TJ", "'", '"'):
                    assert stack and stack[-1] in ("tagged", "/Artifact"), number
        assert footers >= len(pdf.pages) - 1  # every page but the cover has its footer


def test_fold_and_staple_booklet_is_imposed_two_a5_pages_to_a_sheet(tmp_path: Path) -> None:
    folder = write_plan(tmp_path / "plans", "rose", "name: Rose Kaur\nneeds:\n  large_print: 18\n")
    plan = load_plan(folder)
    sources = [
        SourcePage(f"0{n}-part.html", f"Part {n}", f"<h1>Part {n}</h1><p>Words {n}.</p>")
        for n in range(1, 5)
    ]
    result = make_booklet(plan, sources, tmp_path, BookletOptions(paper="a5"))
    reading, fold = (tmp_path / "booklet.pdf"), (tmp_path / "booklet-fold.pdf")
    assert result.files == [reading, fold]
    with pikepdf.open(reading) as pdf:
        count = len(pdf.pages)
        width, height = (float(v) for v in pdf.pages[0].MediaBox[2:])
        assert (round(width), round(height)) == (420, 595)  # A5 portrait
        assert "/StructTreeRoot" in pdf.Root
    with pikepdf.open(fold) as pdf:
        assert len(pdf.pages) == -(-count // 4) * 2
        width, height = (float(v) for v in pdf.pages[0].MediaBox[2:])
        assert (round(width), round(height)) == (842, 595)  # A4 landscape
    with pdfplumber.open(fold) as pdf:
        outer = pdf.pages[0]
        left = outer.crop((0, 0, 421, 595)).extract_text() or ""
        right = outer.crop((421, 0, 841, 595)).extract_text() or ""
        assert "Rose's plan" in right  # the cover is the right half of the outer sheet
        assert "Part" not in left or f"of {count}" in left


def test_a_missing_cover_photo_fails_the_person_with_the_file_named(tmp_path: Path) -> None:
    write_plan(tmp_path / "plans", "sue", "name: Sue Hughes\npictures:\n  Sue: photos/sue.jpg\n")
    log = io.StringIO()
    code = run_build(
        tmp_path / "plans", quick_options(tmp_path / "site", tmp_path, pdf=True), jobs=1, out=log
    )
    assert code == 1
    text = log.getvalue()
    assert "person.yml" in text and "photos/sue.jpg" in text and "Traceback" not in text


def test_the_core_refuses_a_missing_photo_before_rendering(tmp_path: Path) -> None:
    plan = Plan("sue", tmp_path, Person(name="Sue", called="Sue", pictures={"Sue": "me.jpg"}), ())
    with pytest.raises(BookletError, match="me.jpg"):
        make_booklet(plan, [SourcePage("a.html", "A", "<p>x</p>")], tmp_path)


def test_easy_read_rows_and_qr_codes_stay_large_and_described(tmp_path: Path) -> None:
    """Markup as the symbols and audio plugins write it: picture rows, Listen players."""
    Image.new("RGB", (64, 64), (250, 200, 0)).save(tmp_path / "tea.png")
    plan = Plan("rose", tmp_path, Person(name="Rose Kaur", called="Rose"), ())
    row = (
        '<p class="symbol-row"><img class="symbol symbol-main" src="tea.png" alt="a cup of tea"'
        ' data-concept="tea" data-term="tea"><span class="symbol-text">I like tea with'
        ' <img class="symbol symbol-inline" src="tea.png" alt="" data-concept="milk"'
        ' data-term="milk"> milk.</span></p>'
    )
    player = (
        '<div class="pb-audio"><button>Listen</button><audio src="audio/a/{}.mp3"></audio></div>'
    )
    html = (
        '<h1 id="about">About me</h1>'
        + player.format("about")
        + row
        + '<h2 id="tea">Tea</h2>'
        + player.format("tea")
        + row * 12
    )
    make_booklet(
        plan,
        [SourcePage("01-about.html", "About me", html)],
        tmp_path,
        BookletOptions(base_url="https://plans.example.org"),
    )
    booklet = tmp_path / "booklet.pdf"
    with pdfplumber.open(booklet) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
        sizes = [c["size"] for page in pdf.pages for c in page.chars if c["text"].strip()]
    assert min(sizes) >= 18 and "Listen" not in text.replace("listen", "")
    assert text.count("Scan to") == 2
    with pikepdf.open(booklet) as pdf:
        alts = [
            str(e.get("/Alt", ""))
            for e in _struct_elements(pdf.Root.StructTreeRoot)
            if e.S == "/Figure"
        ]
    assert all(alts)
    assert "QR code: scan it to listen to Tea" in alts
    assert alts.count("a cup of tea") == 13
    with pikepdf.open(booklet) as pdf, pdf.open_outline() as outline:
        # PDF bookmarks: each part of the plan, its sections beneath it.
        assert [item.title for item in outline.root] == ["What is in my plan", "About me"]
        assert [item.title for item in outline.root[1].children] == ["Tea"]


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="needs espeak-ng for quick offline audio")
def test_a_published_site_with_audio_gets_a_qr_code_per_section(tmp_path: Path) -> None:
    """Through the real builder: the audio plugin's players become QR codes to the MP3s."""
    write_plan(
        tmp_path / "plans",
        "sam",
        "name: Sam Smith\nprivacy:\n  encrypt: false\n",
        {"01-about-me.md": "# About me\n\nI like tea.\n\n## Mornings\n\nI get up late.\n"},
    )
    options = quick_options(
        tmp_path / "site",
        tmp_path,
        pdf=True,
        audio=True,
        tts="espeak",
        encrypt=None,
        base_url="https://plans.example.org",
    )
    log = io.StringIO()
    assert run_build(tmp_path / "plans", options, jobs=1, out=log) == 0, log.getvalue()
    with pikepdf.open(tmp_path / "site" / "sam" / "booklet.pdf") as pdf:
        alts = [
            str(e.get("/Alt", ""))
            for e in _struct_elements(pdf.Root.StructTreeRoot)
            if e.S == "/Figure"
        ]
    assert "QR code: scan it to listen to Mornings" in alts
    assert "QR code: scan it to listen to About me" in alts


def test_the_cover_stays_on_one_page_at_a_very_large_print_size(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    Image.new("RGB", (600, 800), (180, 140, 120)).save(tmp_path / "photos" / "me.jpg")
    person = Person(
        name="Margaret Hughes",
        called="Peggy",
        needs=Needs(large_print=28),
        review=Review(dt.date(2026, 11, 3), dt.date(2026, 12, 1)),
        pictures={"Peggy": "photos/me.jpg"},
    )
    plan = Plan("peggy", tmp_path, person, ())
    make_booklet(plan, [SourcePage("01-a.html", "About me", "<h1>About me</h1>")], tmp_path)
    with pdfplumber.open(tmp_path / "booklet.pdf") as pdf:
        cover, contents = (pdf.pages[0].extract_text() or ""), (pdf.pages[1].extract_text() or "")
        assert pdf.pages[0].images
    assert "Tuesday 1 December 2026" in " ".join(cover.split())
    assert contents.startswith("What is in my plan")


def test_no_pdf_makes_no_booklet(tmp_path: Path) -> None:
    write_plan(tmp_path / "plans", "sue", "name: Sue Hughes\n")
    options = quick_options(tmp_path / "site", tmp_path, pdf=False)
    assert run_build(tmp_path / "plans", options, jobs=1, out=io.StringIO()) == 0
    assert (tmp_path / "site" / "sue" / "index.html").is_file()
    assert not (tmp_path / "site" / "sue" / "booklet.pdf").exists()
