"""The attribution page every site (and so every booklet) with pictures carries.

The Mulberry Symbols and OpenMoji are CC BY-SA 4.0: they ask for credit on every use (and a
picture made from one, such as a crossed-out "not" picture, is shared under the same licence).
Health Icons is MIT.
"""

from __future__ import annotations

from collections.abc import Callable

from ..plan.build import CREDITS_PAGE, CREDITS_TITLE

__all__ = ["CREDITS_PAGE", "CREDITS_TITLE", "credits_markdown"]


def credits_markdown(photos: bool = False, _: Callable[[str], str] = str) -> str:
    """The page, in the person's language (``_``); the sets' and authors' names stay as they are."""
    title = _("About the pictures")
    intro = _("The pictures in my plan help me find and remember what each part is about.")
    own = _("The photos are my own, kept only in my plan.") + "\n\n" if photos else ""
    where = _("Where the pictures come from")
    licence = _("Licence: %(licence)s.")
    mulberry = _("Symbols made for adults by Steve Lee and contributors, copyright 2018-2026.")
    openmoji = _("All emojis designed by OpenMoji, the open-source emoji and icon project.")
    as_they_are = _(
        "The pictures are used as they are, only made larger; a picture with a red line across "
        'it ("not") is the same picture with that line added.'
    )
    health = _("Health and care pictures, copyright 2021 Resolve to Save Lives.")
    cc = licence % {"licence": "CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0)"}
    mit = licence % {"licence": "MIT"}
    return f"""# {title}

{intro}

{own}## {where}

**Mulberry Symbols** (mulberrysymbols.org): {mulberry} {cc}

**OpenMoji** (openmoji.org): {openmoji} {cc} {as_they_are}

**Health Icons** (healthicons.org): {health} {mit}
"""
