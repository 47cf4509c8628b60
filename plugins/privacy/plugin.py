"""The MkDocs adapter of privacy: thin hooks around isolation, findable, seal and keystore.

Runs last in on_post_build (priority -100): the booklet, audio and symbols plugins write their
files first, and everything they wrote is then encrypted with the pages.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from plugins.i18n.catalogue import translator
from plugins.i18n.languages import language_of
from plugins.i18n.words import plan_title
from plugins.plan.build import BuildOptions, maybe_plan_of, options_of
from plugins.plan.errors import PlanError, Problem
from plugins.plan.model import Plan
from plugins.privacy import crypto, findable, seal, shell
from plugins.privacy.config import PrivacyConfig
from plugins.privacy.inline_code import foreign_code
from plugins.privacy.isolation import check_isolation
from plugins.privacy.keystore import KeyStore
from plugins.privacy.links import encrypts

log = logging.getLogger("mkdocs.plugins.planbook")


class PrivacyPlugin(BasePlugin[PrivacyConfig]):
    plan: Plan | None = None
    options: BuildOptions = BuildOptions()
    plain: set[str]

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.plain = set()
        self.plan = maybe_plan_of(config)
        self.options = options_of(config)
        if self.plan is None or not self.config.enabled:
            return config
        check_isolation(self.plan)
        return config

    @event_priority(-100)
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Remember which published files are the theme's shared library (they stay plain)."""
        theme_dirs = [Path(d).resolve() for d in config.theme.dirs]
        for file in files:
            if file.generated_by or not file.abs_src_path or file.dest_uri.endswith(".html"):
                continue
            source = Path(file.abs_src_path).resolve()
            if any(source.is_relative_to(d) for d in theme_dirs):
                self.plain.add(file.dest_uri)
        return files

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """A page carrying code that is not the theme's own is never published."""
        if self.plan is None or not self.config.enabled:
            return output
        found = foreign_code(output)
        if found:
            source = page.file.abs_src_path
            where = Path(source) if source else self.plan.folder / page.file.src_uri
            raise PlanError(
                Problem(
                    where,
                    None,
                    f"this page would carry code that could run in the person's browser "
                    f"({', '.join(found)}); take it out of the page (nothing written in a plan "
                    "may run as code)",
                )
            )
        return output

    @event_priority(-100)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.plan is None or not self.config.enabled:
            return
        site_dir = Path(config.site_dir)
        if encrypts(self.plan, self.options):
            self._seal(site_dir)
        else:
            _protect_plain_site(site_dir, self.plain)
        (site_dir / "robots.txt").write_text(findable.ROBOTS_TXT, encoding="utf-8")

    def _seal(self, site_dir: Path) -> None:
        plan = self.plan
        store = KeyStore(self.options.keys_dir, plan.slug)
        access = store.ensure_own(plan.person.called)
        content_key = crypto.new_key()  # fresh every build: a revoked key opens nothing new
        build_id = secrets.token_hex(8)
        seal.seal_site(
            site_dir,
            plain=self.plain,
            content_key=content_key,
            site_id=access.site_id,
            recipient_keys=[r.key for r in access.recipients],
            build_id=build_id,
            page_order=[page.html_name for page in plan.pages],
            lang=self.config.language,
            device_panel=shell.device_panel(
                plan_title(plan.person), translator(language_of(plan.person.language)).gettext
            ),
        )
        store.save_build(build_id, content_key, self.options.out_dir.absolute() / access.folder)


def _protect_plain_site(site_dir: Path, plain: set[str]) -> None:
    """An unencrypted site (a public demo) is still not findable: robots, referrer, CSP."""
    for sitemap in findable.SITEMAPS:
        (site_dir / sitemap).unlink(missing_ok=True)
    for page in site_dir.rglob("*.html"):
        if page.relative_to(site_dir).as_posix() in plain:
            continue
        text = page.read_text(encoding="utf-8")
        page.write_text(findable.protect_page(text), encoding="utf-8")
