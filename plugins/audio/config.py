"""Static options of the audio plugin (mkdocs.yml); the person's choices come from person.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class AudioConfig(Config):
    enabled = c.Type(bool, default=True)
    threads = c.Type(int, default=0)  # synthesis threads per person; 0 = one per core
    progress = c.Type(bool, default=True)  # a progress bar in seconds of speech, on a terminal
