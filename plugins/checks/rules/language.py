"""The language of each page: a `lang:` planbook cannot serve is an error on its line.

A page may be in another language than the person's (a bilingual plan); its front matter says
so with `lang: cy`. A tag planbook cannot serve would leave that page spoken and pictured in the
wrong language, so the build refuses it, as it refuses `language:` in person.yml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...i18n.languages import UnknownLanguage, language_of, page_language_tag
from ..context import PlanContext
from . import Hit

LANG_LINE = re.compile(r"^lang\s*:", re.M)


def check(ctx: PlanContext) -> Iterator[Hit]:
    for page in ctx.pages:
        tag = page_language_tag(page.text)
        if tag is None:
            continue
        try:
            language_of(tag)
        except UnknownLanguage as error:
            found = LANG_LINE.search(page.text)
            line = page.text[: found.start()].count("\n") + 1 if found else 1
            yield Hit("page-language", page.file, line, f"lang: {error}")
