"""Fuzzing: whatever staff write in pages and person.yml, the build never shows a traceback.

Hypothesis writes pages and person.yml values; each plan is built in-process. A plan either builds
or fails with problems naming its files; "a fault in planbook" (an unexpected exception) is a bug.
Derandomised so CI sees the same examples every run; set PLANBOOK_FUZZ_EXAMPLES=500 for a long hunt.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import yaml
from conftest import quick_options
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugins.builder.person import build_person

EXAMPLES = int(os.environ.get("PLANBOOK_FUZZ_EXAMPLES", "12"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.data_too_large,
    ],
)

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
words = st.text(st.characters(whitelist_categories=("L", "N", "Zs", "P")), min_size=1, max_size=30)
targets = st.one_of(
    st.sampled_from(
        [
            "02-more.md",
            "photos/me.jpg",
            "#top",
            "https://example.org",
            "mailto:sue@example.org",
            "javascript:alert(1)",
            "../other/01-about-me.md",
            "/etc/passwd",
            "file:///etc/passwd",
            "data:text/html,<script>alert(1)</script>",
            "",
            " ",
            "<>",
            "tel:+44 1234",
        ]
    ),
    text,
)
fragments = st.one_of(
    words.map(lambda w: f"# {w}"),
    words.map(lambda w: f"## {w} {{: #x .y }}"),
    words,
    text,
    st.lists(words, min_size=1, max_size=4).map(lambda ws: "\n".join(f"- {w}" for w in ws)),
    st.lists(words, min_size=1, max_size=3).map(
        lambda ws: "\n".join(f"{i}. {w}" for i, w in enumerate(ws, 1))
    ),
    st.tuples(words, targets).map(lambda p: f"[{p[0]}]({p[1]})"),
    st.tuples(words, targets).map(lambda p: f"![{p[0]}]({p[1]})"),
    st.tuples(words, targets).map(lambda p: f'<a href="{p[1]}" onclick="alert(1)">{p[0]}</a>'),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "<div markdown>\n**x**\n</div>",
            "<!-- staff note",
            "-->",
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "```\ncode\n```",
            "> quote",
            "***",
            "<",
            "&",
            "&#0;",
            "&bogus;",
            "{: onclick=x }",
            "<img src=x onerror=alert(1)>",
            "<details><summary>s</summary>d</details>",
            "\t\tindented",
            "\u202eright to left",
            "\ufeff",
            "[^1]\n\n[^1]: note",
            "<svg onload=alert(1)>",
            "#",
            "# ",
            "<style>*{}</style>",
            "[x]: javascript:alert(1)\n\n[y][x]",
            "\\",
            "*" * 50,
        ]
    ),
)
pages = st.lists(fragments, max_size=8).map("\n\n".join)

values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.floats(allow_nan=True),
        text,
        st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(words, inner, max_size=3)),
    max_leaves=6,
)
KEYS = [
    "name",
    "called",
    "language",
    "needs",
    "review",
    "changes",
    "people",
    "pictures",
    "voice",
    "speech_rate",
    "privacy",
    "nav",
    "unknown_key",
]
likely = {
    "name": st.one_of(words, values),
    "needs": st.fixed_dictionaries(
        {},
        optional={
            "large_print": st.one_of(st.integers(0, 60), values),
            "symbols": st.sampled_from(["off", "headings", "key-words", "lots"]),
            "audio": values,
            "contrast": st.sampled_from(["standard", "high", "pink"]),
        },
    ),
    "review": st.fixed_dictionaries({}, optional={"last": values, "next": values, "how": values}),
    "changes": st.lists(
        st.fixed_dictionaries({}, optional={"date": values, "what": values, "why": values}),
        max_size=3,
    ),
    "nav": st.lists(st.sampled_from(["01-about-me.md", "02-more.md", "missing.md"]), max_size=3),
    "pictures": st.dictionaries(
        words, st.sampled_from(["photos/me.jpg", "../x.jpg", "missing.png"]), max_size=2
    ),
}
person_data = st.fixed_dictionaries(
    {"name": likely["name"]},
    optional={key: likely.get(key, values) for key in KEYS if key != "name"},
)
person_text = st.one_of(
    person_data.map(lambda d: yaml.safe_dump(d, allow_unicode=True)),
    text,  # not YAML at all, or YAML of the wrong shape
    st.sampled_from(
        [
            "name: [x",
            "- a list",
            "name: Sue\nname: Sue",
            "name: !!python/object:os.system x",
            "\ufeffname: Sue",
            "name: Sue\n\tneeds: {}",
            "",
            "---\n---",
        ]
    ),
)

FAULT = "This is a fault in planbook"


def write(folder: Path, person: str, first: str, second: str | None) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "me.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    (folder / "person.yml").write_text(person, encoding="utf-8")
    (folder / "01-about-me.md").write_text(first, encoding="utf-8")
    if second is not None:
        (folder / "02-more.md").write_text(second, encoding="utf-8")


def check(result, capsys) -> None:
    shown = capsys.readouterr()
    assert "Traceback" not in shown.out + shown.err
    assert result.status in {"built", "failed", "unchanged"}
    assert not [p for p in result.problems if FAULT in p], result.problems
    if result.status == "failed":
        assert result.problems and all(re.match(r"\S", p) for p in result.problems)


@FUZZ
@given(first=pages, second=st.one_of(st.none(), pages))
def test_any_markdown_builds_or_fails_clearly(tmp_path, capsys, first, second):
    folder = tmp_path / "plans" / "fuzzed"
    write(folder, "name: Fuzzy Person\nneeds:\n  symbols: key-words\n", first, second)
    result = build_person(folder, quick_options(tmp_path / "site", tmp_path))
    check(result, capsys)
    if result.status == "built":  # and nothing the plan tried to run reached a page
        for page in (tmp_path / "site" / "fuzzed").glob("*.html"):
            html = page.read_text()
            assert not re.search(r"<script\b[^>]*>[^<]*alert\(1\)", html)
            assert not re.search(r"\son\w+\s*=\s*[\"']?alert", html, re.IGNORECASE)
            assert not re.search(r"=\s*[\"']?\s*javascript:", html, re.IGNORECASE)


@FUZZ
@given(person=person_text)
def test_any_person_file_builds_or_fails_clearly(tmp_path, capsys, person):
    folder = tmp_path / "plans" / "fuzzed"
    write(folder, person, "# About me\n\nI like tea.\n", "# More\n\nI like Sue.\n")
    result = build_person(folder, quick_options(tmp_path / "site", tmp_path))
    check(result, capsys)
