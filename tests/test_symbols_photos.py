"""The person's own photos: upright, smaller, and with nothing from the camera (no GPS)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from plugins.symbols.photos import clean_photo

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def phone_photo(path: Path, size=(3000, 2000), orientation=6) -> Path:
    """A JPEG as a phone saves it: big, on its side with a rotation tag, and a GPS position."""
    image = Image.new("RGB", size, (200, 120, 40))
    exif = image.getexif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 0.0)})
    image.save(path, "JPEG", exif=exif)
    return path


def test_the_published_photo_has_no_exif_and_no_location(tmp_path):
    original = phone_photo(tmp_path / "sue.jpg")
    assert Image.open(original).getexif().get_ifd(GPS_IFD)
    cleaned = Image.open(io.BytesIO(clean_photo(original)))
    assert dict(cleaned.getexif()) == {}
    assert "exif" not in cleaned.info


def test_the_rotation_tag_is_applied_and_the_photo_shrunk(tmp_path):
    cleaned = Image.open(io.BytesIO(clean_photo(phone_photo(tmp_path / "a.jpg"), max_size=800)))
    assert cleaned.size == (533, 800)  # stood upright (was 3000 wide, 2000 high), then made smaller


def test_a_png_stays_a_png(tmp_path):
    Image.new("RGBA", (100, 50)).save(tmp_path / "kettle.png")
    assert clean_photo(tmp_path / "kettle.png")[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_file_that_is_not_a_photo_says_so(tmp_path):
    (tmp_path / "notes.jpg").write_text("not a picture")
    with pytest.raises(ValueError, match="is not a photo"):
        clean_photo(tmp_path / "notes.jpg")
