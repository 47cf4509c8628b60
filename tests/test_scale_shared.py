"""Shared work done once: theme work kept per worker, planbook's fingerprint worked out per run."""

from __future__ import annotations

import filecmp
from pathlib import Path

from conftest import quick_options, write_plan

from plugins.builder import person as person_module
from plugins.builder.person import build_person
from plugins.builder.shared import MemoryBytecodeCache, shared_env

PAGES = {"01-about-me.md": "# About me\n\nI like a cup of tea.\n\n- Sue visits on Sunday\n"}


def files_of(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}


def test_sharing_theme_work_changes_nothing_in_the_site(tmp_path, monkeypatch):
    plans = tmp_path / "plans"
    folder = write_plan(plans, "peggy", "name: Peggy Hughes\n", PAGES)
    shared = quick_options(tmp_path / "shared", tmp_path)
    assert build_person(folder, shared).status == "built"
    assert build_person(folder, quick_options(tmp_path / "again", tmp_path)).status == "built"
    monkeypatch.setattr(person_module, "share_theme_work", lambda config: config)
    assert build_person(folder, quick_options(tmp_path / "plain", tmp_path)).status == "built"
    for other in ("again", "plain"):
        a, b = tmp_path / "shared" / "peggy", tmp_path / other / "peggy"
        assert files_of(a) == files_of(b)
        match, mismatch, errors = filecmp.cmpfiles(a, b, sorted(files_of(a)), shallow=False)
        assert not mismatch and not errors


def test_each_site_has_its_own_copy_of_the_theme_assets(tmp_path):
    plans = tmp_path / "plans"
    out = tmp_path / "site"
    for slug in ("peggy", "dennis"):
        build_person(
            write_plan(plans, slug, "name: Test Person\n", PAGES), quick_options(out, tmp_path)
        )
    for slug in ("peggy", "dennis"):
        assets = [p for p in (out / slug / "assets").rglob("*") if p.is_file()]
        assert assets and all(not p.is_symlink() and p.stat().st_nlink == 1 for p in assets)


def test_an_edited_template_is_compiled_again(tmp_path):
    import jinja2

    cache = MemoryBytecodeCache()
    (tmp_path / "main.html").write_text("one")
    first = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), bytecode_cache=cache)
    assert first.get_template("main.html").render() == "one"
    (tmp_path / "main.html").write_text("two")
    second = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), bytecode_cache=cache)
    assert second.get_template("main.html").render() == "two"


def test_shared_env_keeps_mkdocs_filters(tmp_path):
    from mkdocs.theme import Theme

    env = shared_env(Theme(name="mkdocs"))
    assert "url" in env.filters and isinstance(env.bytecode_cache, MemoryBytecodeCache)


def test_a_new_planbook_version_rebuilds_everyone(tmp_path):
    folder = write_plan(tmp_path / "plans", "peggy", "name: Peggy Hughes\n", PAGES)
    options = quick_options(tmp_path / "site", tmp_path)
    assert build_person(folder, options, tool="one").status == "built"
    assert build_person(folder, options, tool="one").status == "unchanged"
    assert build_person(folder, options, tool="two").status == "built"
