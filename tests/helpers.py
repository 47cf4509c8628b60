"""Helpers the tests share: one way to build, to run a command, and to make a real picture."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import quick_options
from PIL import Image

from plugins.builder.runner import run_build
from plugins.cli import main


def build(
    plans: Path,
    out: Path,
    *only: str,
    jobs: int = 1,
    tmp: Path | None = None,
    **options,
) -> tuple[int, str]:
    """Build ``plans`` into ``out`` as staff would (HTML only unless ``options`` say otherwise).

    Returns the exit code and every line staff would see.
    """
    buffer = io.StringIO()
    settings = quick_options(out, tmp or out.parent, **options)
    code = run_build(plans, settings, only=only, jobs=jobs, out=buffer)
    return code, buffer.getvalue()


@contextlib.contextmanager
def inside(folder: Path) -> Iterator[None]:
    """Run in ``folder``, as staff do, so messages name files relative to it."""
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(cwd)


def run_command(*argv: str, cwd: Path | None = None) -> tuple[int, str, str]:
    """``python build.py ARGV``, in-process: (exit code, standard output, standard error)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(inside(cwd))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        try:
            code = main(list(argv))
        except SystemExit as stop:  # argparse: --help, or a mistake in the options
            code = stop.code if isinstance(stop.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def picture(path: Path, kind: str = "JPEG", size: tuple[int, int] = (40, 30)) -> Path:
    """A small real picture at ``path`` (folders made as needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (200, 120, 40)).save(path, kind)
    return path


CHROMIUM = Path("/usr/bin/chromium")  # Debian's, from scripts/install-test-tools
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextlib.contextmanager
def chromium() -> Iterator:
    """One headless Debian Chromium driven by Playwright, closed after. Skipped only where it is
    missing, and under CI conftest refuses to start without it, so no browser test skips there."""
    api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.is_file():
        pytest.skip("needs Debian chromium at /usr/bin/chromium (scripts/install-test-tools)")
    with api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def crossed(text: str) -> dict[str, bool]:
    """Words of TEXT as written -> whether their picture is crossed, for every picture it gets."""
    from plugins.symbols.matcher import find_all

    return {m.term: m.negated for m in find_all(text)}


def concepts(text: str) -> dict[str, str]:
    """Each pictured phrase of TEXT (lower case) -> the concept whose picture it gets."""
    from plugins.symbols.matcher import find_all

    return {m.term.lower(): m.concept.id for m in find_all(text, ())}
