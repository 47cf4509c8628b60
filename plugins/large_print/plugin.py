"""The MkDocs adapter for large print: hands the theme its context and the person's sizes."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from ..plan.build import options_of, plan_of
from .context import LARGE_PRINT_CSS, theme_context
from .sizes import large_print_css


class LargePrintPlugin(BasePlugin):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        plan = plan_of(config)
        options = options_of(config)
        config.extra["planbook_theme"] = theme_context(plan, options)
        # No 404.html: MkDocs writes it with links from the server's root, which would fetch
        # from outside the person's folder; the host's own "not found" page is safer.
        config.theme.static_templates.discard("404.html")
        if LARGE_PRINT_CSS not in config.extra_css:
            config.extra_css.insert(0, LARGE_PRINT_CSS)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        css = large_print_css(plan_of(config).person.needs.large_print)
        files.append(File.generated(config, LARGE_PRINT_CSS, content=css))
        return files
