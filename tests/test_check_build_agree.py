"""`check` and `build` read a plan the same way: every faulty plan is refused by both, naming the
same file and line, and the build refuses exactly the errors `check` reports.

Each plan below is good but for one mistake, written on a known line. Staff run both commands
from the folder above `plans/`, so both must name `plans/<slug>/<file>:<line>`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import write_plan
from helpers import picture, run_command

PERSON = "name: Test Person\ncalled: Tess\nreview:\n  next: 2099-01-01\n  how: We read it.\n"
PAGE = "# About me\n\nI like a cup of tea.\n"


def _not_a_picture(folder: Path) -> None:
    (folder / "photos").mkdir()
    (folder / "photos" / "cat.jpg").write_text("this is not a picture")


def _half_a_picture(folder: Path) -> None:
    whole = picture(folder / "photos" / "cat.jpg", size=(400, 300)).read_bytes()
    (folder / "photos" / "cat.jpg").write_bytes(whole[: len(whole) // 2])


def _unused_broken_photo(folder: Path) -> None:
    (folder / "photos").mkdir()
    (folder / "photos" / "dog.png").write_bytes(b"\x89PNG not really")


# slug -> (person.yml, pages, anything else to do to the folder, [(file, line), ...])
FAULTY = {
    "missing-picture": (
        PERSON,
        {"01-about-me.md": PAGE + "\n![my cat](photos/cat.jpg)\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "dead-link": (
        PERSON,
        {"01-about-me.md": PAGE + "\nSee [my week](04-my-wek.md).\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "not-a-picture": (
        PERSON,
        {"01-about-me.md": PAGE + "\n\n![my cat](photos/cat.jpg)\n"},
        _not_a_picture,
        [("01-about-me.md", 6)],
    ),
    "half-a-picture": (
        PERSON,
        {"01-about-me.md": PAGE + "\n![my cat](photos/cat.jpg)\n"},
        _half_a_picture,
        [("01-about-me.md", 5)],
    ),
    "unused-broken-photo": (
        PERSON,
        {"01-about-me.md": PAGE},
        _unused_broken_photo,
        [("photos/dog.png", None)],
    ),
    "picture-outside-photos": (
        PERSON,
        {"01-about-me.md": PAGE + "\n![my cat](cat.jpg)\n"},
        lambda f: picture(f / "cat.jpg"),
        [("01-about-me.md", 5)],
    ),
    "script": (
        PERSON,
        {"01-about-me.md": PAGE + "\n<script>alert(1)</script>\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "script-in-title": (
        PERSON,
        {"01-about-me.md": "# About <script>alert(1)</script> me\n\nI like tea.\n"},
        None,
        [("01-about-me.md", 1)],
    ),
    "handler-in-heading": (
        PERSON,
        {"01-about-me.md": PAGE + '\n## My <b onmouseover="x()">tea</b>\n'},
        None,
        [("01-about-me.md", 5)],
    ),
    "handler": (
        PERSON,
        {"01-about-me.md": PAGE + '\nI like <span onclick="x()">tea</span>.\n'},
        None,
        [("01-about-me.md", 5)],
    ),
    "javascript-link": (
        PERSON,
        {"01-about-me.md": PAGE + "\n[Press here](javascript:alert(1))\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "data-link": (
        PERSON,
        {"01-about-me.md": PAGE + "\n[Press here](data:text/html,<b>hi</b>)\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "data-picture": (
        PERSON,
        {"01-about-me.md": PAGE + "\n![dot](data:image/png;base64,iVBORw0KGgo=)\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "empty-page": (
        PERSON,
        {"01-about-me.md": PAGE, "02-my-week.md": ""},
        None,
        [("02-my-week.md", 1)],
    ),
    "only-notes": (
        PERSON,
        {"01-about-me.md": PAGE, "02-my-week.md": "<!-- Staff: ask about Sundays -->\n"},
        None,
        [("02-my-week.md", 1)],
    ),
    "template-text": (
        PERSON,
        {"01-about-me.md": "# About me\n\nPlease call me {{called}}.\n"},
        None,
        [("01-about-me.md", 3)],
    ),
    "template-in-person": (
        PERSON.replace("called: Tess", 'called: "{{called}}"'),
        {"01-about-me.md": PAGE},
        None,
        [("person.yml", 2)],
    ),
    "duplicate-key": (
        PERSON + "called: Theresa\n",
        {"01-about-me.md": PAGE},
        None,
        [("person.yml", 6)],
    ),
    "missing-colon": (
        "name: Test Person\ncalled: Tess\nlanguage: en-GB\nneeds\n  audio: true\n",
        {"01-about-me.md": PAGE},
        None,
        [("person.yml", 4)],
    ),
    "unclosed-quote": (
        'name: Test Person\nreview:\n  how: "We read it\n  next: 2099-01-01\n',
        {"01-about-me.md": PAGE},
        None,
        [("person.yml", 3)],
    ),
    "tab": (
        "name: Test Person\nneeds:\n\taudio: true\n",
        {"01-about-me.md": PAGE},
        None,
        [("person.yml", 3)],
    ),
    "unknown-symbol": (
        PERSON,
        {"01-about-me.md": PAGE + "\nI use [[my frame|no-such-picture]].\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "link-outside": (
        PERSON,
        {"01-about-me.md": PAGE + "\nSee [Peggy](../peggy/01-about-me.md).\n"},
        None,
        [("01-about-me.md", 5)],
    ),
    "picture-without-words": (
        PERSON,
        {"01-about-me.md": PAGE + "\n![](photos/cat.jpg)\n"},
        lambda f: picture(f / "photos" / "cat.jpg"),
        [("01-about-me.md", 5)],
    ),
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every faulty plan, checked once and built once, from the folder above plans/."""
    tmp = tmp_path_factory.mktemp("agree")
    plans = tmp / "plans"
    for slug, (person, pages, more, _) in FAULTY.items():
        folder = write_plan(plans, slug, person, pages)
        if more:
            more(folder)
    write_plan(plans, "all-good", PERSON, {"01-about-me.md": PAGE})
    check = run_command("check", "--format", "json", cwd=tmp)
    build = run_command("--no-audio", "--no-pdf", "--jobs", "2", cwd=tmp)
    return {"check": check, "build": build}


def _build_lines(output: str, slug: str) -> set[tuple[str, int | None]]:
    """(file, line) of every problem the build printed under FAILED <slug>."""
    section = output.split(f"FAILED     {slug}\n", 1)[1]
    section = re.split(r"\n  \S", section)[0]
    found = set()
    for m in re.finditer(rf"plans/{slug}/([^\s:]+)(?::(\d+))?: ", section):
        found.add((m.group(1), int(m.group(2)) if m.group(2) else None))
    return found


def _check_lines(findings: list[dict], slug: str) -> set[tuple[str, int | None]]:
    prefix = f"plans/{slug}/"
    return {
        (f["file"].removeprefix(prefix), f["line"])
        for f in findings
        if f["severity"] == "error" and f["file"].startswith(prefix)
    }


@pytest.mark.parametrize("slug", sorted(FAULTY))
def test_check_and_build_name_the_same_file_and_line(runs, slug):
    findings = json.loads(runs["check"][1])
    code, output, _ = runs["build"]
    expected = set(FAULTY[slug][3])
    assert _check_lines(findings, slug) == expected, [f for f in findings if slug in f["file"]]
    assert re.search(rf"FAILED\s+{slug}\n", output), output
    assert _build_lines(output, slug) == expected, output


def test_both_fail_and_the_good_plan_is_built(runs):
    check_code, _, _ = runs["check"]
    build_code, output, _ = runs["build"]
    assert check_code == 1 and build_code == 1
    assert re.search(r"built\s+all-good", output), output
    assert f"1 built, 0 unchanged, {len(FAULTY)} failed" in output
    assert "Traceback" not in output and "fault in planbook" not in output


def test_the_build_says_the_same_words_as_check(runs):
    """Not only the same place: the same message, so staff read one explanation."""
    findings = json.loads(runs["check"][1])
    output = runs["build"][1]
    for f in findings:
        if f["severity"] == "error":
            where = f"{f['file']}:{f['line']}" if f["line"] else f["file"]
            assert f"{where}: {f['message']}" in output, f


def test_check_text_is_file_line_severity_rule_message(tmp_path):
    write_plan(tmp_path / "plans", "dead-link", *FAULTY["dead-link"][:2])
    code, out, _ = run_command("check", cwd=tmp_path)
    assert code == 1
    assert re.search(
        r"^plans/dead-link/01-about-me\.md:5: error broken-link: there is no page or file "
        r"'04-my-wek\.md'",
        out,
        re.M,
    ), out
