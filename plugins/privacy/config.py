"""Static options of the privacy plugin (the per-person choice lives in person.yml)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class PrivacyConfig(base.Config):
    # Off only to debug the theme; a build that publishes plans leaves it on.
    enabled = c.Type(bool, default=True)
