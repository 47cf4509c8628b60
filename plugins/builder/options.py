"""Options of one build run, shared by every plugin through ``config.extra``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_cache_dir() -> Path:
    """The user's cache folder (never inside a plan folder, so it is never published)."""
    override = os.environ.get("PLANBOOK_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir("planbook"))


@dataclass(frozen=True)
class BuildOptions:
    out_dir: Path = Path("site")
    audio: bool = True  # False with --no-audio: no MP3s, no players
    pdf: bool = True  # False with --no-pdf: no booklet
    tts: str | None = None  # --tts piper|gtts|espeak overrides each person's voice backend
    strict: bool = False  # warnings fail the person
    debug: bool = False  # show tracebacks and MkDocs logs
    cache_dir: Path = field(default_factory=default_cache_dir)
    keys_dir: Path = Path("keys")  # family-link keys: outside plans/ and site/
    base_url: str | None = None  # where the sites are published, for share links and QR codes
    encrypt: bool | None = None  # None follows person.yml; False only for local preview and tests
