"""The booklet uses the paper: big Easy Read pictures, short pages sharing a sheet, no heading
alone at the foot of a sheet, What changed before the picture credits, the person's photo on
the cover. Read back from the real PDF with pdfplumber."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from conftest import quick_options
from PIL import Image

from plugins.booklet.document import PAPERS, print_css, sizes_css
from plugins.builder.person import build_person
from plugins.plan.load import load_plan

MM = 72 / 25.4  # PDF points in a millimetre
SHORT = {
    f"0{n}-{name}.md": f"# {title}\n\nI like {thing} every day.\n"
    for n, (name, title, thing) in enumerate(
        [
            ("tea", "My tea", "a cup of tea"),
            ("garden", "My garden", "my garden"),
            ("cat", "My cat", "my cat"),
            ("radio", "My radio", "the radio"),
        ],
        start=1,
    )
}


def booklet(make_plan, tmp_path, size: int, photo: bool = False) -> pdfplumber.PDF:
    person = (
        f"name: Nora Bell\ncalled: Nora\nneeds:\n  large_print: {size}\n  audio: false\n"
        "changes:\n  - date: 2026-10-01\n    what: Ken brings my paper.\n    why: I said so.\n"
    )
    if photo:
        person += "pictures:\n  Nora: photos/nora.png\n"
    folder = make_plan(f"nora-{size}", person, SHORT)
    if photo:
        (folder / "photos").mkdir()
        buffer = io.BytesIO()
        Image.new("RGB", (300, 400), (200, 180, 150)).save(buffer, "PNG")
        (folder / "photos" / "nora.png").write_bytes(buffer.getvalue())
    options = quick_options(tmp_path / "site", tmp_path, pdf=True)
    result = build_person(folder, options)
    assert result.status == "built", result.problems
    return pdfplumber.open(tmp_path / "site" / folder.name / "booklet.pdf")


def test_short_pages_share_a_sheet_and_credits_come_last_after_what_changed(make_plan, tmp_path):
    with booklet(make_plan, tmp_path, 20) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    # cover, contents, then four short pages, What changed and the credits flowing together
    assert len(texts) <= 5, f"{len(texts)} sheets for four short pages"
    body = "\n".join(texts[2:])
    assert body.index("What changed") < body.rindex("About the pictures")
    assert "Health Icons" in texts[-1]  # the licences are the last words of the booklet
    assert "matt paper" not in body  # the printing advice is on the site, not on the paper


@pytest.mark.parametrize(("size", "least"), [(18, 25), (20, 25), (24, 30), (28, 35), (40, 35)])
def test_easy_read_pictures_are_at_least_25mm_and_grow_with_the_print_size(make_plan, size, least):
    """The pictures are vector drawings in the PDF (no image boxes to measure), so the size the
    print stylesheet gives .symbol-main (var(--picture)) is read from the booklet's own CSS."""
    folder = make_plan(f"p{size}", f"name: Nora Bell\nneeds:\n  large_print: {size}\n", SHORT)
    css = sizes_css(load_plan(folder), PAPERS["a4"])
    assert f"--picture: {least}mm;" in css
    assert (
        ".symbol-row > .symbol-main { flex: none; display: block; width: var(--picture)"
        in print_css()
    )


def test_a_heading_never_sits_alone_at_the_foot_of_a_sheet(make_plan, tmp_path):
    with booklet(make_plan, tmp_path, 28) as pdf:
        body_pt = 28
        for number, page in enumerate(pdf.pages[2:], start=3):
            lines = page.extract_text_lines()
            words = [line for line in lines if not line["text"].startswith("Page ")]
            last = words[-1]
            sizes = {round(char["size"]) for char in last["chars"]}
            assert max(sizes) <= body_pt, f"sheet {number} ends with a heading: {last['text']!r}"


def test_the_persons_own_photo_is_on_the_cover(make_plan, tmp_path):
    with booklet(make_plan, tmp_path, 20, photo=True) as pdf:
        cover = pdf.pages[0]
        assert cover.images and max(i["x1"] - i["x0"] for i in cover.images) > 40 * MM
