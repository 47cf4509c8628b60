"""Sizes that tell nothing: every sealed file is padded up to a size bucket before encryption.

Why: AES-GCM hides the words but not the length. Each picture sealed on its own had an exact
length that matched the public symbol file, so "continence pads" or "inhaler" could be read off
a published folder without the key. Now every picture of a site travels in one sealed bundle,
and every sealed file (pages, the bundle, photos, sound, the booklet, the site's own styles) is
padded to the next power of two, with a floor per kind of file. A power of two at most doubles a
file, so a family's phone never downloads more than twice the real size; the floors make small
files of one kind all the same size.

Framing (what unlock.js reads): ``length (4 bytes, big-endian) || data || zero bytes``.
"""

from __future__ import annotations

import struct

KIB = 1024
# The smallest bucket of each kind of sealed file.
FLOOR = {
    "page": 8 * KIB,  # a plan page's HTML is 8-30 KiB
    "pictures": 128 * KIB,  # every symbol and photo of a site, in one bundle
    "booklet": 256 * KIB,  # the PDF, fetched only when someone prints: pictures show in its size
    "manifest": 2 * KIB,  # the list of a build's pages and files, in data/site.js
    "file": 4 * KIB,  # anything else: a sound, captions, the person's text-size CSS
}
HEADER = struct.Struct(">I")


FINE_ABOVE = 64 * KIB  # sounds: above this, eight steps to each doubling (at most +12.5%)
FINE = {"file"}


def bucket(size: int, kind: str = "file") -> int:
    """The padded size for ``size`` bytes of content: a power of two, at least the floor.

    Pictures, pages and the booklet take whole powers of two (what their size could tell is
    which pictures or words they hold). Large sounds take eighths of a power of two: a sound's
    length says only roughly how long the speech is, and it is most of what a phone downloads.
    """
    needed = size + HEADER.size
    padded = FLOOR[kind]
    while padded < needed:
        padded *= 2
    if kind in FINE and padded > FINE_ABOVE:
        step = padded // 16  # padded is the power of two above: steps of an eighth of the one below
        padded = -(-needed // step) * step
    return padded


def pad(data: bytes, kind: str = "file") -> bytes:
    """``data`` framed with its length and padded with zeros to its bucket."""
    framed = HEADER.pack(len(data)) + data
    return framed + bytes(bucket(len(data), kind) - len(framed))


def unpad(padded: bytes) -> bytes:
    """The content of a padded blob (raises ValueError when the framing is wrong)."""
    if len(padded) < HEADER.size:
        raise ValueError("too short to be padded")
    (length,) = HEADER.unpack_from(padded)
    if HEADER.size + length > len(padded):
        raise ValueError("the length does not fit the blob")
    return padded[HEADER.size : HEADER.size + length]
