"""The MkDocs adapter: collect each page's HTML as the site shows it, print it after the build.

Thin on purpose: everything else is in the pure core (booklet.py and friends).
Runs in on_post_build at the default priority, before privacy (priority -100)
encrypts the site, so the booklet is made from the plain pages.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from plugins.plan.build import CHANGES_PAGE, CREDITS_PAGE, maybe_plan_of, options_of
from plugins.plan.errors import PlanError, Problem
from plugins.privacy.links import encrypts

from .booklet import BookletOptions, SourcePage, make_booklet
from .config import BookletConfig
from .errors import BookletError

log = logging.getLogger("mkdocs.plugins.planbook")


class BookletPlugin(BasePlugin[BookletConfig]):
    def __init__(self) -> None:
        self.pages: dict[str, SourcePage] = {}

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.pages = {}

    # Late, so the page is collected as the site shows it: symbols in (Markdown), and the
    # Listen players in (the audio plugin adds them in on_page_context, once it has the MP3s).
    @event_priority(-50)
    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav: Navigation):
        title = page.title or page.file.name
        self.pages[page.file.src_uri] = SourcePage(
            page.file.dest_uri, str(title), page.content or ""
        )
        return context

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        plan = maybe_plan_of(config)
        build = options_of(config)
        if not self.config.enabled or not build.pdf or plan is None:
            return
        sources = [self.pages[p.file] for p in plan.pages if p.file in self.pages]
        # A QR code opens an MP3 by its address: an encrypted site has no such address.
        base_url = None if encrypts(plan, build) else build.base_url
        options = BookletOptions(paper=self.config.paper, base_url=base_url)
        try:
            result = make_booklet(
                plan,
                sources,
                config.site_dir,
                options,
                changes=self.pages.get(CHANGES_PAGE),
                # the symbols' licence asks for credit in every copy: last, after What changed
                credits=self.pages.get(CREDITS_PAGE),
            )
        except BookletError as error:
            file = error.file or plan.person_file
            raise PlanError(Problem(file, None, f"booklet: {error.message}")) from None
        for warning in result.warnings:
            log.warning("booklet: %s", warning)
