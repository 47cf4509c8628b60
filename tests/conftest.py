"""Shared fixtures: plans written from text, and the example plans built once per session."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from plugins.builder.runner import run_build
from plugins.plan.build import BuildOptions

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "plans"
BROWSER_TOOLS = {
    "Chromium (/usr/bin/chromium)": Path("/usr/bin/chromium"),
    "axe-core (node_modules/axe-core)": ROOT / "node_modules" / "axe-core" / "axe.min.js",
    "WebKitWebDriver (webkit2gtk-driver)": Path("/usr/bin/WebKitWebDriver"),
    "Xvfb (xvfb)": Path("/usr/bin/Xvfb"),
}


def pytest_configure(config: pytest.Config) -> None:
    """Builds keep their private state (what each site was built from, the lock) in a folder of
    the test run, not in the user's own state folder; build.py run by a test inherits it."""
    import tempfile

    os.environ["PLANBOOK_STATE"] = tempfile.mkdtemp(prefix="planbook-test-state-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("PLANBOOK_STATE", ""), ignore_errors=True)


def pytest_sessionstart(session: pytest.Session) -> None:
    """On CI the browser and accessibility tests must run, never quietly skip."""
    if os.environ.get("CI"):
        missing = [name for name, path in BROWSER_TOOLS.items() if not path.exists()]
        if missing:
            raise pytest.UsageError(
                f"CI is set but {', '.join(missing)} is missing: run scripts/install-test-tools"
            )


def write_plan(
    plans_dir: Path,
    slug: str,
    person: str = "name: Test Person\n",
    pages: dict[str, str] | None = None,
) -> Path:
    """A plan folder from text: person.yml and pages (file name -> Markdown)."""
    folder = plans_dir / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "person.yml").write_text(textwrap.dedent(person), encoding="utf-8")
    pages = (
        pages if pages is not None else {"01-about-me.md": "# About me\n\nI like a cup of tea.\n"}
    )
    for name, text in pages.items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def site_of(out_dir: Path, keys_dir: Path, slug: str) -> Path:
    """Where a person's site is published: an encrypted site under the neutral id kept with its
    keys, an unencrypted one under its slug."""
    from plugins.privacy.keystore import KeyStore

    store = KeyStore(keys_dir, slug)
    if store.exists() and (out_dir / store.load().folder).is_dir():
        return out_dir / store.load().folder
    return out_dir / slug


@pytest.fixture
def make_plan(tmp_path: Path) -> Callable[..., Path]:
    """make_plan("peggy", person="name: ...", pages={...}) -> tmp_path/plans/peggy."""
    plans_dir = tmp_path / "plans"

    def make(
        slug: str = "test-person",
        person: str = "name: Test Person\n",
        pages: dict[str, str] | None = None,
    ) -> Path:
        return write_plan(plans_dir, slug, person, pages)

    return make


def quick_options(out_dir: Path, tmp: Path, **changes) -> BuildOptions:
    """Options for tests that only need HTML: no audio, no booklet, not encrypted."""
    settings = dict(
        out_dir=out_dir,
        audio=False,
        pdf=False,
        encrypt=False,
        cache_dir=tmp / "cache",
        keys_dir=tmp / "keys",
    )
    settings.update(changes)
    return BuildOptions(**settings)


@pytest.fixture(scope="session")
def built_examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plans built once (HTML only, unencrypted); returns the output folder."""
    tmp = tmp_path_factory.mktemp("examples")
    plans = tmp / "plans"
    shutil.copytree(EXAMPLES, plans)
    out = tmp / "site"
    code = run_build(plans, quick_options(out, tmp), jobs=2)
    assert code == 0, "the example plans must build"
    return out
