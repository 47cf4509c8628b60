"""AES-256-GCM for the site's files and the key envelope, in the format unlock.js reads.

Why this shape: GCM is authenticated, so a changed byte is refused rather than shown; every
blob is ``nonce (12 bytes) || ciphertext || tag (16 bytes)``, which WebCrypto's AES-GCM decrypt
takes directly. Each file is bound to its place in the build by its additional data, so files
cannot be swapped between pages or between builds without being refused.
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12
ENVELOPE_AAD = "planbook-envelope-v1:"


class Refused(Exception):
    """A blob did not decrypt: wrong key, or changed since it was written."""


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return AESGCM.generate_key(bit_length=256)


def seal(key: bytes, plaintext: bytes, aad: str) -> bytes:
    """Encrypt with a fresh nonce; the result carries its own nonce."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad.encode("utf-8"))


def open_sealed(key: bytes, blob: bytes, aad: str) -> bytes:
    """Decrypt a blob made by :func:`seal`, or raise :class:`Refused`."""
    if len(key) != KEY_BYTES or len(blob) < NONCE_BYTES + 16:
        raise Refused("not a planbook blob")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad.encode("utf-8"))
    except InvalidTag as error:
        raise Refused("wrong key or changed data") from error


def wrap(recipient_key: bytes, content_key: bytes, site_id: str) -> bytes:
    """The content key, encrypted once for one recipient (one entry of the envelope)."""
    return seal(recipient_key, content_key, ENVELOPE_AAD + site_id)


def unwrap(recipient_key: bytes, wrapped: list[bytes], site_id: str) -> bytes:
    """The content key from whichever envelope entry this recipient's key opens."""
    for entry in wrapped:
        try:
            return open_sealed(recipient_key, entry, ENVELOPE_AAD + site_id)
        except Refused:
            continue
    raise Refused("this key opens no entry of the envelope")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_to_text(key: bytes) -> str:
    """A key as it appears in a link's fragment: URL-safe base64 without padding (43 letters)."""
    return base64.urlsafe_b64encode(key).decode("ascii").rstrip("=")


def key_from_text(text: str) -> bytes:
    key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if len(key) != KEY_BYTES:
        raise ValueError("a planbook key is 32 bytes")
    return key
