"""Static options of the booklet plugin (mkdocs.yml ``plugins: - planbook-booklet: ...``)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BookletConfig(Config):
    enabled = c.Type(bool, default=True)
    # a4: one A4 page per sheet (reads best). a5: A5 pages (booklet.pdf) plus the same
    # pages imposed two to an A4 sheet for fold-and-staple printing (booklet-fold.pdf).
    paper = c.Choice(("a4", "a5"), default="a4")
