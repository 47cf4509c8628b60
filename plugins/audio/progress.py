"""A progress bar in seconds of speech, shown only where it can be drawn cleanly.

People are built in parallel worker processes that share one terminal; only a build in the
main process (one person, or --jobs 1) draws the bar, so lines never get tangled.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .synthesis import Progress


def can_draw() -> bool:
    return sys.stderr.isatty() and multiprocessing.current_process().name == "MainProcess"


@contextmanager
def speech_progress(title: str, enabled: bool = True) -> Iterator[Progress | None]:
    if not (enabled and can_draw()):
        yield None
        return
    from rich.progress import BarColumn, TextColumn
    from rich.progress import Progress as Bar

    bar = Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:.0f} of about {task.total:.0f} seconds of speech"),
        transient=True,
    )
    task = bar.add_task(title, total=1)

    def update(done: float, expected: float) -> None:
        bar.update(task, completed=done, total=expected)

    with bar:
        yield update
