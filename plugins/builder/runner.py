"""Build everyone: one process per core, one line per person, a summary staff can act on."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import as_completed
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from ..plan.build import BuildOptions
from ..plan.errors import display_path
from ..plan.load import closest_slug, find_plan_folders
from ..privacy.findable import ROBOTS_TXT
from . import fingerprint
from .person import PersonResult, build_person, owned_folders, unchanged
from .places import clear_private_temp, lock_file, staging_dir, state_dir
from .swap import recover
from .warm import warm_up
from .workers import stop_now, worker_pool


def in_shard(slug: str, shard: tuple[int, int] | None) -> bool:
    """A stable share of the people: the same slug always lands in the same shard K of N."""
    if shard is None:
        return True
    k, n = shard
    bucket = int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], "big") % n
    return bucket == k - 1


def select_people(
    plans_dir: Path, only: Sequence[str] = (), shard: tuple[int, int] | None = None
) -> tuple[list[Path], list[str]]:
    """The plan folders to build, and any --only names that match no folder."""
    folders = find_plan_folders(plans_dir)
    by_slug = {f.name: f for f in folders}
    missing = [slug for slug in only if slug not in by_slug]
    chosen = [by_slug[s] for s in only if s in by_slug] if only else folders
    return [f for f in chosen if in_shard(f.name, shard)], missing


def _holder(handle: TextIO) -> str:
    """Who holds the lock, as the holder wrote it: "process 1234, started 14:02"."""
    handle.seek(0)
    text = handle.read().strip()
    return f" ({text})" if text else ""


@contextmanager
def build_lock(
    out_dir: Path, say: Callable[[str], None], state_root: Path | None = None
) -> Iterator[None]:
    """One build at a time per output folder; a second one waits and says so.

    The lock lives in the private state folder, never in the output (which is published). It is
    released by the system when the build ends in any way, even killed; workers share it, so it
    is held until the last of them has stopped (see workers.py). Holding it, the build clears
    what a stopped build left behind: plaintext in the private folder, scraps in staging.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    state = state_dir(out_dir, state_root)
    fd = os.open(lock_file(state), os.O_RDWR | os.O_CREAT, 0o600)
    with open(fd, "r+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say(
                f"Another build is writing to {display_path(out_dir)}{_holder(handle)}; "
                "waiting for it to finish..."
            )
            fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()}, started {time.strftime('%H:%M:%S')}\n")
        handle.flush()
        staging = staging_dir(out_dir)
        try:
            recover(out_dir, staging)  # only safe while we hold the lock
            clear_private_temp(state)
            publish_robots(out_dir, staging)
            yield
        finally:
            recover(out_dir, staging)  # scraps of workers stopped by Ctrl-C
            clear_private_temp(state)
            _remove_if_empty(staging)
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_if_empty(folder: Path) -> None:
    with suppress(OSError):
        folder.rmdir()


def publish_robots(out_dir: Path, staging: Path) -> None:
    """Crawlers read robots.txt only at the root of a host: OUT/ is what gets published."""
    root = out_dir / "robots.txt"
    if not root.exists():
        temp = staging / "robots.txt"
        temp.write_text(ROBOTS_TXT, encoding="utf-8")
        os.chmod(temp, 0o644)
        temp.replace(root)


def remove_orphans(out_dir: Path, plans_dir: Path, options: BuildOptions) -> list[str]:
    """Sites in the output that no plan owns any more (a plan deleted or renamed): removed.

    Every plan in the plans folder counts, built this time or not (`--only`, `--shard`), and
    so does a plan with a mistake: its last good site stays.
    """
    owned: set[str] = set()
    for folder in find_plan_folders(plans_dir):
        owned |= owned_folders(folder, options)
    removed = []
    for site in sorted(out_dir.iterdir()):
        orphan = site.is_dir() and not site.is_symlink() and site.name not in owned
        if orphan and (site / "index.html").is_file():
            shutil.rmtree(site, ignore_errors=True)
            removed.append(display_path(site))
    return removed


def last_good_site(plan_folder: Path, options: BuildOptions) -> Path | None:
    """The site a failed person still has in the output, if any."""
    out_dir = options.out_dir
    for name in sorted(owned_folders(plan_folder, options)):
        if (out_dir / name / "index.html").is_file():
            return out_dir / name
    return None


def _crashed(folder: Path, error: BaseException) -> PersonResult:
    """A worker process died (out of memory, killed): that person failed, the others go on."""
    return PersonResult(
        slug=folder.name,
        status="failed",
        problems=[
            f"{display_path(folder)}: the process building this plan stopped unexpectedly "
            f"({type(error).__name__}); build again, and tell the developers if it happens again"
        ],
    )


def build_people(
    folders: Sequence[Path], options: BuildOptions, jobs: int
) -> Iterator[PersonResult]:
    """Results as each person finishes; in-process for one job (easier to debug).

    planbook's own fingerprint is worked out once here, not once in every worker; people whose
    inputs are unchanged are found here too, so no worker starts when nothing changed.
    """
    tool = fingerprint.tool_fingerprint()
    pending = []
    for folder in folders:
        result = unchanged(folder, options, tool)
        if result is None:
            pending.append(folder)
        else:
            yield result
    if jobs <= 1 or len(pending) <= 1:
        for folder in pending:
            yield build_person(folder, options, tool)
        return
    warm_up()  # imports and templates once, inherited by every forked worker
    pool = worker_pool(min(jobs, len(pending)))
    try:
        futures = {pool.submit(build_person, folder, options, tool): folder for folder in pending}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as error:  # BrokenProcessPool: a worker was killed
                yield _crashed(futures[future], error)
    except BaseException:  # Ctrl-C, or the caller stopped early: stop the workers now
        stop_now(pool)
        raise
    pool.shutdown(wait=True)


def audio_note(result: PersonResult) -> str:
    """(audio: 1 sentence spoken, 122 reused): what the audio cost, for a built person."""
    if result.audio is None:
        return ""
    spoken, reused = result.audio
    return f" (audio: {spoken} sentence{'' if spoken == 1 else 's'} spoken, {reused} reused)"


def describe(result: PersonResult) -> list[str]:
    if result.status == "failed":
        lines = [f"  FAILED     {result.slug}"]
        lines += [f"             {problem}" for problem in result.problems]
        if result.site and result.site.is_dir():
            lines.append("             (the last good site is still in place)")
    else:
        if result.status == "unchanged":
            lines = [f"  unchanged  {result.slug}  (nothing changed since the last build)"]
        else:
            lines = [f"  built      {result.slug}  {result.seconds:.1f} s{audio_note(result)}"]
        if result.site:
            lines.append(f"             in {display_path(result.site)}{os.sep}")
        lines += [f"             {note}" for note in result.notes]
    lines += [f"             warning: {w}" for w in result.warnings]
    return lines


def run_build(
    plans_dir: Path,
    options: BuildOptions,
    only: Sequence[str] = (),
    jobs: int | None = None,
    shard: tuple[int, int] | None = None,
    out: TextIO = sys.stdout,
) -> int:
    """The `build` command: exit 0 when everyone built, 1 when anyone failed."""

    reader_gone = False

    def say(line: str) -> None:
        # Output piped into `head` that has closed: keep building everyone, just stop printing.
        nonlocal reader_gone
        if reader_gone:
            return
        try:
            print(line, file=out, flush=True)
        except BrokenPipeError:
            reader_gone = True
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())

    if not plans_dir.is_dir():
        say(f"{display_path(plans_dir)}: no such folder of plans")
        return 1
    folders, missing = select_people(plans_dir, only, shard)
    for slug in missing:
        near = closest_slug(slug, [f.name for f in find_plan_folders(plans_dir)])
        hint = f"; did you mean --only {near}?" if near else ""
        say(f"{display_path(plans_dir / slug)}: no plan folder with that name{hint}")
    if not folders:
        say(f"No plans to build in {display_path(plans_dir)}.")
        return 1 if missing else 0
    jobs = jobs or os.cpu_count() or 1
    started = time.monotonic()
    say(
        f"Building {len(folders)} plan{'s' if len(folders) != 1 else ''} from "
        f"{display_path(plans_dir)} into {display_path(options.out_dir)}"
    )
    results: list[PersonResult] = []
    with build_lock(options.out_dir.absolute(), say, options.state_dir):
        for result in build_people(folders, options, jobs):
            results.append(result)
            if result.status == "failed":
                result.site = last_good_site(plans_dir / result.slug, options)
            for line in describe(result):
                say(line)
        for removed in remove_orphans(options.out_dir.absolute(), plans_dir, options):
            say(f"  removed    {removed}  (no plan owns this site now)")
    counts = {s: sum(r.status == s for r in results) for s in ("built", "unchanged", "failed")}
    summary = f"{counts['built']} built, {counts['unchanged']} unchanged, {counts['failed']} failed"
    say(f"{summary} in {time.monotonic() - started:.1f} s.")
    if counts["failed"]:
        say("Fix the problems above and build again; everyone else's site is up to date.")
    return 1 if counts["failed"] or missing else 0
