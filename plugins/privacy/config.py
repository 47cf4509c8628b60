"""Static options of the privacy plugin (the per-person choice lives in person.yml)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class PrivacyConfig(base.Config):
    # Off only to debug the theme; a build that publishes plans leaves it on.
    enabled = c.Type(bool, default=True)
    # The language of the locked page every encrypted site shows before its key is given: the
    # host's, the same for every site (the person's own would tell a stranger about them).
    language = c.Type(str, default="en")
