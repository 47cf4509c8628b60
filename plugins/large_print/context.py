"""What the theme's templates need to know about the person and the build. Pure."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from ..i18n.languages import language_of, language_or
from ..plan.build import CREDITS_PAGE, CREDITS_TITLE, BuildOptions, has_credits
from ..plan.model import Plan
from .sizes import body_px

BOOKLET = "booklet.pdf"  # written into the site by the booklet plugin when --no-pdf is not given
LARGE_PRINT_CSS = "assets/stylesheets/large-print.css"


@dataclass(frozen=True)
class ThemeContext:
    """Read by theme/main.html and its partials as ``config.extra.planbook_theme``."""

    lang: str  # <html lang>: the person's full language code (en-GB)
    dir: str  # <html dir>: "rtl" for Urdu, else "ltr"
    script: str  # the script the page is written in ("Latn", "Guru", "Arab"): picks the font
    contrast: str  # the person's own scheme: "standard" or "high"; the switch can change it
    site_key: str  # keeps one person's text-size and contrast choices apart from another's
    body_px: int  # the person's body text size on screen, before A+ / A-
    name: str  # "This plan belongs to Margaret Hughes."
    booklet: str | None  # "booklet.pdf" when the booklet is built, so "Print my plan" never 404s
    pages: tuple[str, ...]  # the person's own pages in reading order, for "This is page 3 of 10"
    credits: str | None  # "About the pictures" (a footer link), when the site has pictures
    credits_title: str = CREDITS_TITLE

    def page_language(self, page: Any) -> tuple[str, str, str]:
        """(lang, dir, script) of a page: its own `lang:` (a bilingual plan), else the person's."""
        meta = getattr(page, "meta", None) or {}
        tag = meta.get("lang") if isinstance(meta.get("lang"), str) else None
        if not tag:
            return self.lang, self.dir, self.script
        language = language_or(tag, language_of(self.lang))
        return tag, language.direction, language.script


def theme_context(plan: Plan, options: BuildOptions) -> ThemeContext:
    person = plan.person
    language = language_of(person.language)
    return ThemeContext(
        lang=person.language,
        dir=language.direction,
        script=language.script,
        contrast=person.needs.contrast,
        site_key=site_key(plan.slug),
        body_px=body_px(person.needs.large_print),
        name=person.name,
        booklet=BOOKLET if options.pdf else None,
        pages=reading_order(plan),
        credits=CREDITS_PAGE[: -len(".md")] + ".html" if has_credits(plan) else None,
    )


def site_key(slug: str) -> str:
    """The name a person's display choices are remembered under in the browser: not the slug,
    which may name them, so a shared device's storage does not list whose plans were read."""
    return hashlib.sha256(f"planbook-site:{slug}".encode()).hexdigest()[:12]


def reading_order(plan: Plan) -> tuple[str, ...]:
    """The person's own pages: "page N of M" counts these, never home, What changed or credits."""
    return tuple(page.file for page in plan.pages)
