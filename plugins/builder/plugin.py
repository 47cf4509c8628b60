"""The core MkDocs plugin ("planbook"): thin hooks around the pure functions in home.py."""

from __future__ import annotations

import logging
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..i18n.catalogue import translator
from ..i18n.languages import language_of
from ..plan.build import CHANGES_PAGE, HOME_PAGE, plan_of
from ..plan.errors import display_path
from ..plan.model import Plan
from .home import changes_markdown, home_markdown
from .sanitise import SanitiseExtension

log = logging.getLogger("mkdocs.plugins.planbook")


# A sitemap lists every page for search engines: a private plan has none.
NEVER_PUBLISHED = {"sitemap.xml", "sitemap.xml.gz"}


def is_published(plan: Plan, file: File) -> bool:
    """Only a plan's pages and photos reach the site: never person.yml, notes or drafts."""
    folder = str(plan.folder)
    if not file.abs_src_path or not file.abs_src_path.startswith(folder + "/"):
        return file.src_uri not in NEVER_PUBLISHED  # the theme's own files
    return file.src_uri in {page.file for page in plan.pages} or file.src_uri in plan.photos


class PlanbookPlugin(BasePlugin):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # No sitemap: a private plan must not list its pages for anyone.
        config.theme.static_templates.discard("sitemap.xml")
        # No script written in a plan reaches a page (sanitise.py); last, to see every element.
        self.sanitiser = SanitiseExtension()
        config.markdown_extensions[:] = [
            ext for ext in config.markdown_extensions if not isinstance(ext, SanitiseExtension)
        ] + [self.sanitiser]
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        plan = plan_of(config)
        for file in list(files):
            if not file.generated_by and not is_published(plan, file):
                files.remove(file)
        files.append(File.generated(config, HOME_PAGE, content=home_markdown(plan)))
        if plan.person.changes:
            files.append(File.generated(config, CHANGES_PAGE, content=changes_markdown(plan)))
        return files

    def on_env(self, env: jinja2.Environment, *, config: MkDocsConfig, files: Files):
        """Every value a template prints is escaped: a plan's words are text, never markup.

        Names, titles and headings from a plan reach the <title>, the header, the pager and the
        footer; with autoescape on they are shown as typed and can never run. The one piece of
        markup, the page's own HTML (already cleaned by the sanitiser), is marked `| safe`.
        """
        env.autoescape = True
        # The words the theme writes itself, in the person's language (plugins/i18n).
        env.add_extension("jinja2.ext.i18n")
        language = language_of(plan_of(config).person.language)
        env.install_gettext_translations(translator(language), newstyle=True)  # type: ignore[attr-defined]
        return env

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        removed = getattr(self, "sanitiser", None) and self.sanitiser.removed
        if removed:
            source = page.file.abs_src_path
            where = display_path(Path(source)) if source else page.file.src_uri
            log.warning(
                "%s: took out HTML that could run a script (%s); nothing written in a plan may run "
                "in the person's browser",
                where,
                ", ".join(dict.fromkeys(removed)),
            )
        return html
