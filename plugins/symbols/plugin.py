"""planbook-symbols: the thin MkDocs adapter around the symbols extension (extension.py).

It reads the person's choices from the Plan the builder put in config.extra, cleans their photos,
adds the attribution page, and copies into the site only the symbols its pages use.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ..i18n.languages import ENGLISH, language_of, language_or, page_language_tag
from ..i18n.words import Words
from ..plan.build import CHANGES_PAGE, maybe_plan_of
from ..plan.errors import PlanError, Problem
from ..plan.model import Plan
from . import grammar, languages, pictures
from .config import SymbolsConfig
from .credits import CREDITS_PAGE, credits_markdown
from .extension import SymbolSettings, SymbolsExtension
from .matcher import find_all, main_match, page_symbol
from .notmark import not_svg
from .photos import clean_photo, is_photo
from .vocabulary import Concept, load

TILE_FALLBACK = "plan"  # a clipboard: a page of my plan, when nothing in a page names a picture
CHANGES_PICTURE = "talk"  # "What I said, and what changed"


def tile_pictures(plan: Plan, names: tuple[str, ...]) -> dict[str, Concept]:
    """Each contents tile's picture when its title names none: its page's first main picture.

    Every tile then has a picture (or, with symbols off, none has): a row where some tiles have
    one and some do not reads as if the bare ones were different or less important.
    """
    concepts = load().concepts
    tiles: dict[str, Concept] = {}
    own = language_of(plan.person.language)
    for page in plan.pages:
        best = None
        code = language_or(page_language_tag(page.text), own).code
        for block in page.text.split("\n\n"):
            text = block.strip("# \n")
            found = (
                find_all(text, names, heading=True)
                if code == "en"
                else languages.find_all(text, code, names, heading=True)
            )
            best = main_match([m for m in found if not m.negated])  # never a bare "not" thing
            if best:
                break
        concept = best.concept if best else concepts.get(TILE_FALLBACK)
        if concept is not None:
            tiles[page.file] = concept
    if CHANGES_PICTURE in concepts:
        tiles[CHANGES_PAGE] = concepts[CHANGES_PICTURE]
    return tiles


class SymbolsPlugin(BasePlugin[SymbolsConfig]):
    # The builder calls this once before forking workers, so they share one loaded vocabulary
    # and lexicon.
    @staticmethod
    def warm_up() -> None:
        load()
        grammar.lemma("warm")

    def __init__(self) -> None:
        self.plan: Plan | None = None
        self.settings = SymbolSettings(mode="off")

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        plan = maybe_plan_of(config)
        if plan is None:
            return config  # not a planbook build: nothing to do
        self.plan = plan
        self.settings = SymbolSettings(
            mode=plan.person.needs.symbols,
            names=pictures.own_names(plan),
            photos=pictures.resolve(plan),
            per_sentence=self.config.per_sentence,
            gettext=Words.of(plan.person)._,
            uses=plan.person.uses,
            tiles=tile_pictures(plan, pictures.own_names(plan)),
        )
        self.files: Files | None = None
        # Always added, even with symbols off: it removes the staff [[...|...]] syntax.
        config.markdown_extensions.append(SymbolsExtension(self.settings))
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if self.plan is None:
            return files
        for file in list(files):
            if file.src_uri in self.plan.photos and is_photo(file.src_uri):
                files.remove(file)
                files.append(
                    File.generated(config, file.src_uri, content=self._photo(file.src_uri))
                )
        if self.settings.mode != "off":
            has_photos = bool(self.settings.photos)
            files.append(
                File.generated(
                    config,
                    CREDITS_PAGE,
                    content=credits_markdown(has_photos, Words.of(self.plan.person)._),
                )
            )
        self.files = files
        self.settings.on_use = lambda concept, negated: self._add_symbol(concept, negated, config)
        return files

    def _add_symbol(self, concept: Concept, negated: bool, config: MkDocsConfig) -> None:
        """A symbol a page uses becomes a site file: MkDocs copies it and checks links to it."""
        if self.files is None:
            return
        if negated:  # the picture under the red "not" stroke, made from the shipped SVG
            if self.files.get_file_from_path(concept.not_site_path) is None:
                content = not_svg(concept.source)
                self.files.append(File.generated(config, concept.not_site_path, content=content))
            return
        if self.files.get_file_from_path(concept.site_path) is None:
            self.files.append(
                File.generated(config, concept.site_path, abs_src_path=str(concept.source))
            )

    def _photo(self, src_uri: str) -> bytes:
        assert self.plan is not None
        try:
            return clean_photo(self.plan.folder / src_uri, self.config.photo_size)
        except ValueError as error:
            raise PlanError(Problem(self.plan.folder / src_uri, None, str(error))) from error

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if self.plan is not None:
            self.settings.page_file = self.plan.folder / page.file.src_uri
            self.settings.root = "../" * page.file.dest_uri.count("/")
            credits = page.file.src_uri == CREDITS_PAGE
            self.settings.mode = "off" if credits else self.plan.person.needs.symbols
            own = language_of(self.plan.person.language)
            tag = (page.meta or {}).get("lang") if isinstance(page.meta, dict) else None
            self.settings.language = language_or(tag if isinstance(tag, str) else None, own).code
        return markdown

    @event_priority(50)  # before the booklet renders the pages and privacy seals them
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.plan is None or self.plan.person.needs.symbols == "off":
            return
        # the home page tiles may show each page's symbol (chosen in the page's language)
        used = {concept.id for concept in self.settings.tiles.values()}
        for page in self.plan.pages:
            if language_or(page_language_tag(page.text), ENGLISH).code == "en":
                concept = page_symbol(page.title, self.settings.names)
                if concept:
                    used.add(concept.id)
        concepts = load().concepts
        for cid in sorted(used):
            concept = concepts[cid]
            target = Path(config.site_dir) / concept.site_path
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(concept.source, target)
