"""Isolation: links and pictures that leave a person's folder are errors naming file and line."""

from __future__ import annotations

import io
import os
from pathlib import Path

from conftest import quick_options

from plugins.builder.runner import run_build
from plugins.plan.load import load_plan
from plugins.privacy.isolation import outside_references


def problems_of(
    make_plan, text: str, person: str = "name: Test Person\n"
) -> list[tuple[str, int | None, str]]:
    folder = make_plan("tess", person=person, pages={"01-me.md": text})
    return [(Path(p.file).name, p.line, p.message) for p in outside_references(load_plan(folder))]


def test_links_and_pictures_inside_the_folder_are_fine(make_plan):
    text = (
        "# Me\n\n![My garden](photos/garden.jpg)\n[My week](02-week.md#sundays)\n"
        "[NHS 111](https://111.nhs.uk) [call me](tel:01234) [jump](#me)\n"
        '[ref]: photos/x.png\n<img src="photos/a.png" alt="a">\n'
    )
    assert problems_of(make_plan, text) == []


def test_each_way_out_is_named_with_its_line(make_plan):
    text = "\n".join(
        [
            "# Me",  # 1
            "![Sue](../sue/photos/sue.jpg)",  # 2: another person's folder
            "[notes](/etc/passwd)",  # 3: absolute
            "![x](C:\\Users\\staff\\x.jpg)",  # 4: a Windows drive
            "![web](https://example.org/cat.jpg)",  # 5: fetched from outside
            "[file](file:///home/staff/plan.md)",  # 6: file: address
            '<img src="photos/../../other/x.png" alt="x">',  # 7: climbs out through photos/
            "[ref]: ../../secret.md",  # 8: reference definition
            "`[not a link](../ok-in-code.md)`",  # 9: code is not a link
            "```",
            "![also code](../fenced.png)",  # 11: inside a fence
            "```",
        ]
    )
    found = problems_of(make_plan, text)
    assert [(name, line) for name, line, _ in found] == [
        ("01-me.md", 2),
        ("01-me.md", 3),
        ("01-me.md", 4),
        ("01-me.md", 5),
        ("01-me.md", 6),
        ("01-me.md", 7),
        ("01-me.md", 8),
    ]
    assert "outside" in found[0][2] and "folder" in found[0][2]
    assert "internet" in found[3][2]


def test_a_symbolic_link_leading_out_is_refused(tmp_path, make_plan):
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "x.jpg").write_bytes(b"not yours")
    folder = make_plan("tess", pages={"01-me.md": "# Me\n\n![x](shared/x.jpg)\n"})
    os.symlink(secret, folder / "shared")
    options = quick_options(tmp_path / "site", tmp_path)
    out = io.StringIO()
    assert run_build(folder.parent, options, jobs=1, out=out) == 1
    assert "shared" in out.getvalue()
    assert not (tmp_path / "site" / "tess").exists()


def test_a_build_with_an_outside_picture_fails_naming_file_and_line(tmp_path, make_plan):
    folder = make_plan("tess", pages={"01-me.md": "# Me\n\nHello.\n\n![Sue](../sue/sue.jpg)\n"})
    options = quick_options(tmp_path / "site", tmp_path)
    out = io.StringIO()
    assert run_build(folder.parent, options, jobs=1, out=out) == 1
    assert "tess/01-me.md:5: " in out.getvalue()
    assert "Traceback" not in out.getvalue()


def test_person_yml_pictures_must_be_inside_the_folder(make_plan):
    person = "name: Test Person\npeople: [Sue]\npictures:\n  Sue: ../sue/photos/sue.jpg\n"
    folder = make_plan("tess", person=person, pages={"01-me.md": "# Me\n\nHello Sue.\n"})
    try:
        plan = load_plan(folder)
    except Exception as error:  # the loader may already refuse a missing picture
        assert "person.yml" in str(error)
        return
    found = outside_references(plan)
    assert found and Path(found[0].file).name == "person.yml" and found[0].line == 4
