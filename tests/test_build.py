"""Building sites: one MkDocs build per person, atomic replacement, staff-readable output."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from conftest import EXAMPLES, ROOT, site_of, write_plan
from helpers import build

from plugins.builder.runner import in_shard
from plugins.i18n.words import plan_title
from plugins.plan.load import find_plan_folders, load_plan

PEGGY = """\
name: Margaret Hughes
called: Peggy
review:
  last: 2026-10-06
  next: 2026-12-01
  how: "Amina and I sit down together every four weeks."
changes:
  - date: 2026-10-06
    what: "I now choose when I get up."
    why: "I told Amina my mornings felt rushed."
"""


BLOCK_TAGS = (
    r"</?(?:p|div|li|ul|ol|h\d|br|td|th|tr|table|nav|header|footer|main|section|article|title)"
    r"\b[^>]*>"
)


def visible_text(html: str) -> str:
    """Text as read: block elements separate words, inline ones (symbols, bold) do not."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", re.sub(BLOCK_TAGS, " ", html)))


def test_every_example_person_gets_a_site_with_all_their_pages(built_examples):
    for folder in find_plan_folders(EXAMPLES):
        plan = load_plan(folder)
        site = built_examples / plan.slug
        assert (site / "index.html").is_file()
        for page in plan.pages:
            html = (site / page.html_name).read_text()
            first_sentence = next(
                line
                for line in page.text.splitlines()
                if line and not line.startswith(("#", "-", "|", "<"))
            )
            assert first_sentence.split()[0] in visible_text(html)
            title = f"<title>{page.title} - {plan_title(plan.person)}</title>"
            assert title.replace("'", "&#39;") in html or title in html


def test_the_home_page_greets_the_person_and_lists_pages_in_order(tmp_path):
    pages = {
        "02-my-mornings.md": "# My mornings\n\nPlease knock and wait.\n",
        "01-about-me.md": "# About me\n\nI like a cup of tea.\n",
    }
    write_plan(tmp_path / "plans", "peggy", PEGGY, pages)
    code, _ = build(tmp_path / "plans", tmp_path / "site")
    assert code == 0
    home = (tmp_path / "site" / "peggy" / "index.html").read_text()
    text = visible_text(home)
    assert "Peggy&#39;s plan" in home or "Peggy's plan" in home
    assert text.index("About me") < text.index("My mornings")
    assert "Tuesday 6 October 2026" in text and "Tuesday 1 December 2026" in text
    assert "I told Amina my mornings felt rushed." in text and "You said" not in text
    changed = visible_text((tmp_path / "site" / "peggy" / "what-changed.html").read_text())
    assert "What changed: I now choose when I get up." in changed


def test_only_pages_and_photos_are_published_never_person_yml_notes_or_staff_comments(tmp_path):
    folder = write_plan(
        tmp_path / "plans",
        "peggy",
        PEGGY,
        {
            "01-about-me.md": "# About me\n\nI like tea.\n\n<!-- staff: ask about her sister -->\n",
            "_draft.md": "# Draft\n\nNot agreed yet.\n",
        },
    )
    (folder / "notes.txt").write_text("private staff notes")
    code, _ = build(tmp_path / "plans", tmp_path / "site")
    assert code == 0
    site = tmp_path / "site" / "peggy"
    published = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert (
        not {"person.yml", "notes.txt", "_draft.html", "sitemap.xml", "sitemap.xml.gz"} & published
    )
    assert "ask about her sister" not in (site / "01-about-me.html").read_text()


def test_one_persons_mistake_does_not_stop_the_others(tmp_path):
    plans = tmp_path / "plans"
    write_plan(plans, "peggy", PEGGY)
    write_plan(plans, "dennis", "name: Dennis Okafor\nneeds:\n  large_print: huge\n")
    code, output = build(plans, tmp_path / "site")
    assert code == 1
    assert (tmp_path / "site" / "peggy" / "index.html").is_file()
    assert not (tmp_path / "site" / "dennis").exists()
    assert re.search(r"FAILED\s+dennis", output)
    assert (
        "plans/dennis/person.yml:3: needs.large_print: expected a number of points such as 20, "
        'got "huge"' in output
    )
    assert "1 built, 0 unchanged, 1 failed" in output
    assert "Traceback" not in output


def test_the_last_good_site_stays_when_a_rebuild_fails(tmp_path):
    plans = tmp_path / "plans"
    folder = write_plan(plans, "peggy", PEGGY)
    assert build(plans, tmp_path / "site")[0] == 0
    index = tmp_path / "site" / "peggy" / "index.html"
    before = index.read_text()
    (folder / "person.yml").write_text("name: [broken\n")
    code, output = build(plans, tmp_path / "site")
    assert code == 1 and "the last good site is still in place" in output
    assert index.read_text() == before
    assert not list((tmp_path / "site").glob(".building-*")), "no half-built folder is left behind"


def test_a_rebuild_replaces_the_site_and_drops_pages_that_were_removed(tmp_path):
    plans = tmp_path / "plans"
    folder = write_plan(
        plans,
        "peggy",
        PEGGY,
        {"01-a.md": "# A\n\nI like tea.\n", "02-b.md": "# B\n\nI like cake.\n"},
    )
    build(plans, tmp_path / "site")
    (folder / "02-b.md").unlink()
    assert build(plans, tmp_path / "site")[0] == 0
    assert not (tmp_path / "site" / "peggy" / "02-b.html").exists()


def test_an_unchanged_person_is_not_built_again(tmp_path):
    plans = tmp_path / "plans"
    folder = write_plan(plans, "peggy", PEGGY)
    build(plans, tmp_path / "site")
    code, output = build(plans, tmp_path / "site")
    assert code == 0 and re.search(r"unchanged\s+peggy", output)
    (folder / "01-about-me.md").write_text("# About me\n\nI like coffee now.\n")
    code, output = build(plans, tmp_path / "site")
    assert re.search(r"built\s+peggy", output)
    assert "I like coffee now." in (tmp_path / "site" / "peggy" / "01-about-me.html").read_text()


def test_only_builds_the_named_people_and_names_unknown_ones(tmp_path):
    plans = tmp_path / "plans"
    write_plan(plans, "peggy", PEGGY)
    write_plan(plans, "dennis", "name: Dennis Okafor\n")
    code, output = build(plans, tmp_path / "site", "dennis", "nobody")
    assert code == 1 and "plans/nobody: no plan folder with that name" in output
    assert (tmp_path / "site" / "dennis").is_dir() and not (tmp_path / "site" / "peggy").exists()


def test_shards_split_people_stably_and_completely():
    slugs = [f"person-{i}" for i in range(200)]
    shards = [{s for s in slugs if in_shard(s, (k, 4))} for k in range(1, 5)]
    assert set().union(*shards) == set(slugs)
    assert sum(len(s) for s in shards) == len(slugs)
    assert all(len(s) > 20 for s in shards)


def test_build_py_is_the_command_staff_run(tmp_path):
    plans = tmp_path / "plans"
    write_plan(plans, "peggy", PEGGY)
    env = {**os.environ, "PLANBOOK_CACHE": str(tmp_path / "cache")}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "build.py"),
            "--plans",
            str(plans),
            "--out",
            str(tmp_path / "site"),
            "--no-audio",
            "--no-pdf",
            "--keys",
            str(tmp_path / "keys"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 built" in result.stdout and "share link peggy" in result.stdout
    assert "#key=" not in result.stdout + result.stderr, "a build never prints a key"
    assert result.stderr == "" or "Traceback" not in result.stderr
    assert (site_of(tmp_path / "site", tmp_path / "keys", "peggy") / "index.html").is_file()


def test_output_piped_into_head_still_builds_everyone_without_a_traceback(tmp_path):
    plans = tmp_path / "plans"
    for slug in ("peggy", "dennis", "rose"):
        write_plan(plans, slug, PEGGY)
    env = {**os.environ, "PLANBOOK_CACHE": str(tmp_path / "cache")}
    command = (
        f"{sys.executable} {ROOT / 'build.py'} --plans plans --out site --no-audio --no-pdf "
        f"--jobs 1 --keys keys | head -1"
    )
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert result.stdout.startswith("Building 3 plans")
    assert "Traceback" not in result.stderr and result.returncode == 0, result.stderr
    assert all(
        (site_of(tmp_path / "site", tmp_path / "keys", slug) / "index.html").is_file()
        for slug in ("peggy", "dennis", "rose")
    )
