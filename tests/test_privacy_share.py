"""`python build.py share ...`: the link is the last line; add, list, revoke and link work."""

from __future__ import annotations

import io
import re
from contextlib import redirect_stderr, redirect_stdout

from conftest import quick_options, site_of

from plugins.builder.runner import run_build
from plugins.cli import main
from plugins.privacy import unseal
from plugins.privacy.crypto import Refused, key_from_text

LINK = re.compile(r"^(https?|file)://\S+#key=([A-Za-z0-9_-]{43})$")


def share(tmp_path, *args: str) -> tuple[int, list[str], str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(
            [
                "share",
                *args,
                "--plans",
                str(tmp_path / "plans"),
                "--keys",
                str(tmp_path / "keys"),
                "--out",
                str(tmp_path / "site"),
            ]
        )
    return code, out.getvalue().splitlines(), err.getvalue()


def test_share_add_list_revoke_on_a_built_site(tmp_path, make_plan):
    make_plan("peggy", person="name: Margaret Hughes\ncalled: Peggy\n")
    options = quick_options(tmp_path / "site", tmp_path, encrypt=True)
    assert run_build(tmp_path / "plans", options, jobs=1, out=io.StringIO()) == 0
    site = site_of(tmp_path / "site", tmp_path / "keys", "peggy")
    assert re.fullmatch(r"p-[a-z2-9]{8}", site.name), "an encrypted site's folder is a neutral id"

    code, lines, _ = share(
        tmp_path,
        "add",
        "peggy",
        "--name",
        "Sue (daughter)",
        "--base-url",
        "https://plans.example.org",
    )
    assert code == 0
    link = LINK.match(lines[-1])
    assert link and lines[-1].startswith(f"https://plans.example.org/{site.name}/#key=")
    assert any("works now" in line for line in lines)
    sue = key_from_text(link.group(2))
    unseal.content_key(site, sue)  # the new link opens the published site without a rebuild

    code, lines, _ = share(tmp_path, "list", "peggy")
    assert code == 0 and any("Sue (daughter)" in line for line in lines)
    assert any("Peggy (own link)" in line for line in lines)
    assert any(site.name in line for line in lines), "share list tells staff which folder is whose"
    assert not any("#key=" in line for line in lines)

    code, lines, _ = share(tmp_path, "revoke", "peggy", "--name", "Sue (daughter)")
    assert code == 0 and any("python build.py --only peggy" in line for line in lines)
    try:
        unseal.content_key(site, sue)
        raise AssertionError("a revoked link still opens the site")
    except Refused:
        pass
    code, lines, _ = share(tmp_path, "list", "peggy")
    assert any("revoked" in line for line in lines)

    code, lines, _ = share(tmp_path, "link", "peggy")
    assert code == 0 and LINK.match(lines[-1]) and lines[-1].startswith("file://")
    code, lines, err = share(tmp_path, "link", "peggy", "--qr")
    assert code == 1 and "--base-url" in err, "a QR code of a file:// link works on no phone"
    code, lines, _ = share(tmp_path, "link", "peggy", "--qr", "--base-url", "https://p.example")
    assert code == 0 and lines[-1].startswith(f"https://p.example/{site.name}/#key=")
    qr = tmp_path / "keys" / "peggy" / "peggy-own-link-qr.png"
    assert qr.read_bytes().startswith(b"\x89PNG") and qr.stat().st_mode & 0o077 == 0


def test_share_refuses_what_build_refuses(tmp_path, make_plan):
    make_plan("peggy")
    code, _, err = share(tmp_path, "add", "../peggy", "--name", "Sue")
    assert code == 1 and "folder name" in err and "Traceback" not in err
    out, err_stream = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err_stream):
        code = main(
            ["share", "add", "peggy", "--name", "Sue", "--plans", str(tmp_path / "plans"),
             "--out", str(tmp_path / "site"), "--keys", str(tmp_path / "site" / "keys")]
        )  # fmt: skip
    assert code == 1 and "keys folder" in err_stream.getvalue()
    assert not (tmp_path / "site" / "keys").exists(), "no key is ever written inside the output"


def test_share_mistakes_are_one_clear_line(tmp_path, make_plan):
    make_plan("peggy")
    code, _, err = share(tmp_path, "add", "nobody", "--name", "Sue")
    assert code == 1 and "no plan folder" in err and "Traceback" not in err
    code, _, err = share(tmp_path, "add", "peggy")
    assert code == 1 and "--name" in err
    code, _, err = share(tmp_path, "revoke", "peggy", "--name", "Ken")
    assert code == 1 and "no link named 'Ken'" in err
    code, lines, _ = share(tmp_path, "add", "peggy", "--name", "Ken")
    assert code == 0 and LINK.match(lines[-1]) and any("Build the site" in line for line in lines)
