"""A WeasyPrint URL fetcher that reads only the person's own files.

Nothing may be fetched from the network while a booklet is made, and no file from
another person's folder may reach it: only ``file:`` URLs under the allowed folders
(site, plan, fonts) and inline ``data:`` URLs are served.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher

log = logging.getLogger("mkdocs.plugins.planbook")


class LocalOnlyFetcher(URLFetcher):
    """Serves files inside ``roots`` and ``data:`` URLs; refuses everything else."""

    def __init__(self, roots: Iterable[Path]) -> None:
        super().__init__(allowed_protocols={"file", "data"})
        self.roots = tuple(Path(r).resolve() for r in roots)
        self.refused: list[str] = []

    def allows(self, url: str) -> bool:
        """True for data: URLs and files inside one of the roots."""
        scheme = url.split(":", 1)[0].lower()
        if scheme == "data":
            return True
        if scheme != "file":
            return False
        path = Path(url2pathname(url.split("?")[0].split("#")[0].removeprefix("file:"))).resolve()
        return any(path.is_relative_to(root) for root in self.roots)

    def fetch(self, url, headers=None):  # noqa: D102 - WeasyPrint's signature
        if not self.allows(url):
            self.refused.append(url)
            raise ValueError(f"booklet: not fetched (outside the person's folder): {url}")
        return super().fetch(url, headers)
