"""The person's own photos, made safe and light for their site with Pillow.

Why: a phone photo carries EXIF (often the GPS position of the person's home) and may be stored
sideways with a rotation tag. Every photo that reaches a site is turned upright, shrunk and
re-saved with no metadata at all.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

PHOTO_TYPES = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP", ".gif": "PNG"}
MAX_SIZE = 800  # pixels on the longer side: sharp at 3em on any screen and in print


def is_photo(path: str) -> bool:
    return Path(path).suffix.lower() in PHOTO_TYPES


def clean_photo(source: Path, max_size: int = MAX_SIZE) -> bytes:
    """Upright, at most MAX_SIZE pixels, no EXIF/GPS/comments: the bytes to publish.

    Raises ValueError when the file is not a picture Pillow can read.
    """
    kind = PHOTO_TYPES.get(source.suffix.lower(), "JPEG")
    try:
        with Image.open(source) as original:
            image = ImageOps.exif_transpose(original)
            image.thumbnail((max_size, max_size))
            if kind == "JPEG" and image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            elif kind != "JPEG" and image.mode == "P":
                image = image.convert("RGBA")
            image.info = {}  # nothing from the camera travels on
            out = io.BytesIO()
            image.save(out, kind, **({"quality": 85, "optimize": True} if kind == "JPEG" else {}))
            return out.getvalue()
    except (UnidentifiedImageError, OSError) as error:
        raise ValueError(f"is not a photo that can be read ({error})") from error
