"""Why a booklet could not be made, in words staff can act on."""

from __future__ import annotations

from pathlib import Path


class BookletError(Exception):
    """The booklet cannot be made as the plan stands (e.g. a missing cover photo).

    ``file`` is the file to fix; the adapter reports "file: message", never a traceback.
    """

    def __init__(self, message: str, file: Path | None = None) -> None:
        super().__init__(f"{file}: {message}" if file else message)
        self.message = message
        self.file = file
