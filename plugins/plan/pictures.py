"""Whether a file in the plan is a picture the site and booklet can show.

Why here and not only where photos are cleaned: a file called cat.jpg that is really a text
file, a half-copied photo or a format browsers cannot show must stop the build with the file
and line that use it, and ``check`` must say so first, in the same words.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageFile, UnidentifiedImageError

PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")  # what a site publishes
_FORMATS = {"JPEG", "PNG", "WEBP", "GIF", "MPO"}  # MPO: a phone's JPEG with a depth map


def picture_problem(path: Path) -> str | None:
    """Why ``path`` cannot be shown as a picture (in words for staff), or None when it can."""
    if path.suffix.lower() not in PICTURE_SUFFIXES:
        return (
            f"'{path.name}' is not a kind of picture the plan can show; "
            "save it as .jpg or .png in the photos/ folder"
        )
    try:
        stat = path.stat()
    except OSError:
        return f"'{path.name}' cannot be opened"
    return _decode(path, stat.st_size, stat.st_mtime_ns)


@contextmanager
def _whole_pictures_only() -> Iterator[None]:
    """Refuse a half-copied picture even where a library (WeasyPrint does, on import) has told
    Pillow to fill in what is missing; put the setting back afterwards."""
    with _SETTING:
        saved = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = saved


_SETTING = threading.Lock()


@lru_cache(maxsize=4096)
def _decode(path: Path, size: int, mtime: int) -> str | None:
    """Open and decode the picture (cached while the file is unchanged)."""
    with _whole_pictures_only():
        return _decode_now(path)


def _decode_now(path: Path) -> str | None:
    try:
        with Image.open(path) as image:
            if image.format not in _FORMATS:
                return (
                    f"'{path.name}' is a {image.format} file, not a photo the plan can show; "
                    "save it as .jpg or .png"
                )
            image.draft("RGB", (800, 800))  # enough to prove it decodes, without full size
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        reason = (
            "it is not a picture" if isinstance(error, UnidentifiedImageError) else "it is damaged"
        )
        return (
            f"'{path.name}' cannot be shown as a picture ({reason}); "
            "open it on the computer to check it, and save it again as .jpg or .png"
        )
    return None
