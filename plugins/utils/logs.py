"""Keeping a library's log messages to show staff later, instead of letting them print."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class Captured(logging.Handler):
    """The records a logger produced, each message once, in the order they came."""

    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []
        self._seen: set[str] = set()

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().strip()
        if message and message not in self._seen:
            self._seen.add(message)
            self.records.append(record)

    @property
    def messages(self) -> list[str]:
        return [record.getMessage().strip() for record in self.records]


@contextmanager
def capture_logs(
    name: str, level: int = logging.WARNING, show: bool = False, show_level: int | None = None
) -> Iterator[Captured]:
    """Collect what logger ``name`` (and its children) says at ``level`` and above.

    Why: MkDocs and WeasyPrint print their own messages, with temporary paths and words for
    programmers; planbook keeps them and says them in plain words under the person instead.
    ``show`` lets them through as well (``--debug``), at ``show_level`` when given.
    """
    logger = logging.getLogger(name)
    captured = Captured(level)
    saved = (logger.propagate, logger.level)
    logger.addHandler(captured)
    logger.propagate = show
    logger.setLevel(show_level if show and show_level is not None else level)
    try:
        yield captured
    finally:
        logger.removeHandler(captured)
        logger.propagate, _ = saved
        logger.setLevel(saved[1])
