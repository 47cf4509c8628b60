"""One reading of a page's Markdown: what is code, what is a staff note, and where every link,
picture, HTML tag and [[term|symbol]] is, read the way Python-Markdown reads it."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from plugins.checks.comments import strip_comments
from plugins.plan.source import scan

ROOT = Path(__file__).resolve().parents[1]

PAGE = """\
---
lang: cy
---
# My page <!-- a note for staff -->

I like [tea](02-tea.md "Tea") and ![my cat](photos/cat.jpg).
Press [here](javascript:alert(1)) and use [[my frame|walking-frame]] `[code](x.md)`.
<!-- a note
over two lines ```
-->
```python
[not a link](a.md) <!-- kept: this is code -->
```
<img/src="photos/a.png"/onerror=alert(1) alt="A">
<a
  href="../x.md" onclick="y()">x</a>
![a picture][pic]

[pic]: photos/ref.png
[![inner](photos/in.png)](03-x.md)
<https://example.org/x>

Title two
=========
## A heading {: onclick="z()" }
"""


@pytest.fixture(scope="module")
def page():
    return scan(PAGE)


def test_lines_say_what_each_is(page):
    kinds = {line.number: line.kind for line in page.lines}
    assert [kinds[n] for n in (1, 2, 3)] == ["meta", "meta", "meta"]
    assert kinds[4] == "heading" and kinds[6] == "prose"
    assert [kinds[n] for n in (8, 9, 10)] == ["blank", "blank", "blank"]  # the note is gone
    assert [kinds[n] for n in (11, 12, 13)] == ["code", "code", "code"]
    assert kinds[23] == "heading" and kinds[24] == "rule"
    assert page.lines[3].text == "# My page"


def test_staff_notes_are_found_but_never_inside_code(page):
    assert [(c.line, c.end_line, c.after_words) for c in page.comments] == [
        (4, 4, True),
        (8, 10, False),
    ]
    assert "kept" not in "".join(c.text for c in page.comments)


def test_headings_and_title(page):
    assert [(h.line, h.level, h.text) for h in page.headings] == [
        (4, 1, "My page"),
        (23, 1, "Title two"),
        (25, 2, 'A heading {: onclick="z()" }'),
    ]
    assert page.title == "My page"


def test_every_link_and_picture_with_its_line(page):
    assert [(r.line, r.kind, r.target, r.via) for r in page.references] == [
        (6, "link", "02-tea.md", "markdown"),
        (6, "image", "photos/cat.jpg", "markdown"),
        (7, "link", "javascript:alert(1)", "markdown"),  # parentheses inside the address
        (14, "image", "photos/a.png", "html"),
        (15, "link", "../x.md", "html"),  # a tag written over two lines
        (19, "image", "photos/ref.png", "definition"),
        (20, "link", "03-x.md", "markdown"),
        (20, "image", "photos/in.png", "markdown"),
        (21, "link", "https://example.org/x", "autolink"),
    ]
    assert [r.alt for r in page.references if r.kind == "image"] == [
        "my cat",
        "A",
        "a picture",
        "inner",
    ]


def test_tags_and_attribute_lists_however_written(page):
    found = [(t.line, t.name, dict(t.attributes)) for t in page.tags if not t.closing]
    assert (14, "img", {"src": "photos/a.png", "onerror": "alert(1)", "alt": "A"}) in found
    assert (15, "a", {"href": "../x.md", "onclick": "y()"}) in found
    assert (25, "{:}", {"onclick": "z()"}) in found


def test_the_staff_picture_syntax(page):
    assert [(f.line, f.term, f.symbol) for f in page.forced] == [(7, "my frame", "walking-frame")]


def test_a_fence_is_code_only_when_python_markdown_closes_it():
    assert [ln.kind for ln in scan("```\n[a](b.md)\n```\n").lines] == ["code"] * 3
    unclosed = scan("```\n[a](b.md)\n")
    assert unclosed.lines[1].kind == "prose" and unclosed.references[0].target == "b.md"
    longer = scan("````\n[a](b.md)\n```\n````\n")  # only the same fence closes it
    assert [ln.kind for ln in longer.lines] == ["code"] * 4
    indented = scan("   ```\n[a](b.md)\n   ```\n")  # Python-Markdown: fences start the line
    assert indented.references and indented.references[0].target == "b.md"


def test_a_comment_never_closed_hides_the_rest_and_is_said():
    source = scan("# Me\n\n<!-- ask Sue\nI like tea.\n")
    assert [c.closed for c in source.comments] == [False]
    assert not any(ln.kind == "prose" for ln in source.lines)


def test_multimarkdown_settings_at_the_top_are_not_words():
    source = scan("Title: My page\nAuthor: Amina\n\nI like tea.\n")
    assert [ln.kind for ln in source.lines] == ["meta", "meta", "meta", "prose"]


def test_the_published_page_has_no_staff_notes_and_keeps_code():
    lines = PAGE.splitlines()
    out = strip_comments(lines)
    assert len(out) == len(lines)
    assert "a note for staff" not in "\n".join(out) and out[3] == "# My page"
    assert out[11] == lines[11], "a comment inside code is code"


class _Targets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.found.append(value)


def _rendered_targets(text: str) -> list[str]:
    md = markdown.Markdown(
        extensions=["plugins.checks.comments", "fenced_code", "attr_list", "md_in_html", "tables"]
    )
    parser = _Targets()
    parser.feed(md.convert(text))
    return sorted(t.replace("&amp;", "&") for t in parser.found)


@pytest.mark.parametrize(
    "page",
    sorted((ROOT / "plans").glob("*/*.md")) + [None],
    ids=lambda p: p.parent.name + "/" + p.name if p else "tricky",
)
def test_the_links_found_are_the_links_python_markdown_makes(page):
    text = page.read_text(encoding="utf-8") if page else PAGE.split("---\n", 2)[2]
    scanned = sorted(r.target for r in scan(text).references)
    rendered = _rendered_targets(text)
    if page is None:  # stricter on purpose: a browser takes <img/src=...> for a tag
        rendered = sorted([*rendered, "photos/a.png"])
    assert scanned == rendered


def test_one_reading_is_shared():
    assert scan(PAGE) is scan(PAGE)
    assert re.search(r"lru_cache", (ROOT / "plugins/plan/source.py").read_text())
