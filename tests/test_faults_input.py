"""Bad input never loses work: a clear message naming the file, no traceback, exit 1, the other
people built, and the person's last good site kept.

One run builds everybody well, then each person's plan is broken in a different way and everybody
is built again in one run (two jobs), as staff would.
"""

from __future__ import annotations

import logging
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from conftest import write_plan
from helpers import build

from plugins.builder.plugin import PlanbookPlugin
from plugins.builder.sanitise import SanitiseExtension
from plugins.checks import check_plan

GOOD_PAGES = {
    "01-about-me.md": "# About me\n\nI like a cup of tea.\n",
    "02-my-mornings.md": "# My mornings\n\nPlease knock and wait.\n",
}
MARK = "31337"  # in every script a plan tries to smuggle in


def _no_person_file(folder: Path) -> None:
    (folder / "person.yml").unlink()


def _no_pages(folder: Path) -> None:
    for page in folder.glob("*.md"):
        page.unlink()


def _not_utf8(folder: Path) -> None:
    (folder / "02-my-mornings.md").write_bytes(b"# My mornings\n\nI like caf\xe9 au lait.\n")


def _person_not_utf8(folder: Path) -> None:
    (folder / "person.yml").write_bytes(b"name: Ren\xe9e Martin\n")


def _link_out(folder: Path) -> None:
    (folder / "02-my-mornings.md").write_text(
        "# My mornings\n\nSee [Peggy's plan](../peggy/01-about-me.md).\n"
    )


def _picture_out(folder: Path) -> None:
    (folder / "02-my-mornings.md").write_text(
        "# My mornings\n\n![Her photo](../peggy/photos/peggy.jpg)\n"
    )


def _symlink_out(folder: Path) -> None:
    outside = folder.parent.parent / "elsewhere.md"
    outside.write_text("# Someone else\n\nNot this person's words.\n")
    (folder / "03-linked.md").symlink_to(outside)


def _huge_page(folder: Path) -> None:
    line = "I like a cup of tea in the morning and a walk in the garden after lunch.\n"
    (folder / "02-my-mornings.md").write_text("# My mornings\n\n" + line * 60_000)


def _script_link(folder: Path) -> None:
    (folder / "02-my-mornings.md").write_text(
        f'# My mornings\n\n<a href="javascript:alert({MARK})">Press here</a>\n\n'
        f"[Or here](javascript:alert({MARK}))\n"
    )


# slug -> (how the plan is broken, what the message must say)
BROKEN = {
    "bad-yaml": (
        lambda f: (f / "person.yml").write_text("name: [Dennis Okafor\n"),
        r"bad-yaml/person.yml:1: the list opened with \[ on this line is never closed",
    ),
    "wrong-types": (
        lambda f: (f / "person.yml").write_text("name: Rose Kaur\nneeds:\n  large_print: huge\n"),
        r'wrong-types/person.yml:3: needs.large_print: .*"huge"',
    ),
    "no-person-file": (_no_person_file, r"no-person-file/person.yml: missing"),
    "no-pages": (_no_pages, r"no-pages: has no pages"),
    "not-utf8": (_not_utf8, r"not-utf8/02-my-mornings.md:3: is not UTF-8"),
    "person-not-utf8": (_person_not_utf8, r"person-not-utf8/person.yml:1: is not UTF-8"),
    "link-out": (_link_out, r"link-out/02-my-mornings.md:3: .*\.\./peggy/01-about-me\.md"),
    "picture-out": (
        _picture_out,
        r"picture-out/02-my-mornings.md:3: .*\.\./peggy/photos/peggy\.jpg",
    ),
    "symlink-out": (_symlink_out, r"symlink-out/03-linked.md: is a link to a file outside"),
    "huge-page": (_huge_page, r"huge-page/02-my-mornings.md: is \d\.\d MB"),
}


@pytest.fixture(scope="module")
def broken_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("faults")
    plans, out = tmp / "plans", tmp / "site"
    for slug in ["peggy", "script-link", *BROKEN]:
        write_plan(plans, slug, f"name: {slug.replace('-', ' ').title()}\n", GOOD_PAGES)
    code, first = build(plans, out, jobs=2)
    assert code == 0, first
    before = {slug: (out / slug / "index.html").read_text() for slug in BROKEN}
    for slug, (breaks, _) in BROKEN.items():
        breaks(plans / slug)
    _script_link(plans / "script-link")
    cwd = os.getcwd()
    os.chdir(tmp)  # messages name files as staff typed them, relative to where they are
    try:
        code, output = build(Path("plans"), Path("site"), jobs=2, tmp=tmp)
    finally:
        os.chdir(cwd)
    return {"code": code, "output": output, "out": out, "before": before}


def test_a_broken_plan_fails_the_run_but_not_the_others(broken_run):
    output = broken_run["output"]
    assert broken_run["code"] == 1
    assert "Traceback" not in output
    assert re.search(r"unchanged\s+peggy", output), output
    assert (
        f"0 built, 1 unchanged, {len(BROKEN) + 1} failed" in output
        or f"1 built, 1 unchanged, {len(BROKEN)} failed" in output
    ), output


@pytest.mark.parametrize("slug", sorted(BROKEN))
def test_each_mistake_is_named_with_its_file_and_the_last_good_site_kept(broken_run, slug):
    output, out = broken_run["output"], broken_run["out"]
    assert re.search(rf"FAILED\s+{slug}\n", output), output
    section = re.split(r"\n  \S", output.split(f"FAILED     {slug}\n", 1)[1])[0]
    assert re.search(BROKEN[slug][1], section), section
    assert "the last good site is still in place" in section
    assert (out / slug / "index.html").read_text() == broken_run["before"][slug]
    assert not list(out.glob(".building-*")) and not list(out.glob(".old-*"))


class _Scripts(HTMLParser):
    """Everything in a page that a browser would run."""

    def __init__(self) -> None:
        super().__init__()
        self.runnable: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on") or re.match(r"\s*(java|vb)script:", value, re.I):
                self.runnable.append(f"{name}={value}")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.runnable.append(data)


def runnable_code(site: Path) -> list[str]:
    found = []
    for page in site.rglob("*.html"):
        parser = _Scripts()
        parser.feed(page.read_text())
        found += parser.runnable
    return found


def test_a_javascript_link_never_reaches_a_page(broken_run):
    """Refused by the isolation check (naming the page), or taken out by the sanitiser."""
    output, site = broken_run["output"], broken_run["out"] / "script-link"
    assert not [code for code in runnable_code(site) if MARK in code]
    if re.search(r"FAILED\s+script-link", output):
        assert "script-link/02-my-mornings.md:3: " in output


SCRIPTS = f"""\
# About me

I like a cup of tea.

<script>alert({MARK})</script>

<div onclick="alert({MARK})">Tap to hear me</div>

Some words <img src="photos/none.png" onerror="alert({MARK})"> and
<span onmouseover="alert({MARK})">more</span>.

<details ontoggle="alert({MARK})" open><summary>More</summary>Hidden words</details>

<iframe srcdoc="<script>alert({MARK})</script>"></iframe>

<svg><script>alert({MARK})</script></svg>

## A heading {{: onclick="alert({MARK})" }}
"""


SCRIPT_LINES = {  # line of SCRIPTS -> what the message names
    5: "<script>",
    7: "onclick=",
    9: "onerror=",
    10: "onmouseover=",
    12: "ontoggle=",
    14: "<iframe>",
    16: "<svg>",
    18: "onclick=",
}


def test_raw_html_that_could_run_is_refused_on_its_line_by_build_and_check(tmp_path):
    plans = tmp_path / "plans"
    folder = write_plan(plans, "peggy", "name: Margaret Hughes\n", GOOD_PAGES)
    out = tmp_path / "site"
    assert build(plans, out)[0] == 0
    before = (out / "peggy" / "01-about-me.html").read_text()
    (folder / "01-about-me.md").write_text(SCRIPTS)
    code, output = build(plans, out)
    assert code == 1 and "Traceback" not in output
    for line, what in SCRIPT_LINES.items():
        assert re.search(rf"peggy/01-about-me\.md:{line}: .*{re.escape(what)}", output), output
    assert "peggy/01-about-me.md:9: there is no picture 'photos/none.png'" in output
    assert (out / "peggy" / "01-about-me.html").read_text() == before
    found = {(f.line, f.rule) for f in check_plan(folder) if f.severity == "error"}
    assert {(line, "unsafe-html") for line in SCRIPT_LINES} <= found


def test_the_sanitiser_still_takes_out_whatever_could_run(tmp_path):
    """Behind the plan's rules, the build's Markdown never lets a script through."""
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", SanitiseExtension()])
    page = md.convert(SCRIPTS)
    assert "Tap to hear me" in page and "Hidden words" in page and "A heading" in page
    assert not re.search(r"<script|<iframe|<svg|\son[a-z]+=", page), page


def test_with_strict_a_warning_fails_the_person_and_keeps_the_last_site(tmp_path, monkeypatch):
    plans = tmp_path / "plans"
    write_plan(plans, "peggy", "name: Margaret Hughes\n", GOOD_PAGES)
    out = tmp_path / "site"
    assert build(plans, out, strict=True)[0] == 0
    before = (out / "peggy" / "01-about-me.html").read_text()

    def warns(self, html, **kwargs):
        logging.getLogger("mkdocs.plugins.planbook").warning("a page said something")
        return html

    monkeypatch.setattr(PlanbookPlugin, "on_page_content", warns)
    (plans / "peggy" / "01-about-me.md").write_text("# About me\n\nI like a pot of tea.\n")
    code, output = build(plans, out, strict=True)
    assert code == 1 and "warning: a page said something" in output, output
    assert "stopped because of the warnings below (--strict)" in output
    assert (out / "peggy" / "01-about-me.html").read_text() == before
