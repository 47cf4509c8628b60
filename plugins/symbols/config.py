"""Static options of the planbook-symbols MkDocs plugin (mkdocs.yml)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .matcher import PER_SENTENCE
from .photos import MAX_SIZE


class SymbolsConfig(Config):
    per_sentence = c.Type(int, default=PER_SENTENCE)  # pictures in a sentence (one more if long)
    photo_size = c.Type(int, default=MAX_SIZE)  # longer side of published photos, in pixels
