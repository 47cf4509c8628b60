"""The attribution page every site (and so every booklet) with pictures carries.

The Mulberry Symbols and OpenMoji are CC BY-SA 4.0: they ask for credit on every use (and a
picture made from one, such as a crossed-out "not" picture, is shared under the same licence).
Health Icons is MIT.
"""

from __future__ import annotations

from ..plan.build import CREDITS_PAGE, CREDITS_TITLE

__all__ = ["CREDITS_PAGE", "CREDITS_TITLE", "credits_markdown"]


def credits_markdown(photos: bool = False) -> str:
    own = "The photos are my own, kept only in my plan.\n\n" if photos else ""
    return f"""# {CREDITS_TITLE}

The pictures in my plan help me find and remember what each part is about.

{own}## Where the pictures come from

**Mulberry Symbols**: symbols made for adults by Steve Lee and contributors (mulberrysymbols.org),
copyright 2018-2026 Steve Lee. Licence: CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0).

**OpenMoji**: all emojis designed by OpenMoji, the open-source emoji and icon project.
Licence: CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0). Website: openmoji.org.
The pictures are used as they are, only made larger; a picture with a red line across it
("not") is the same picture with that line added.

**Health Icons**: health and care pictures from the Health Icons project (healthicons.org),
free to use under the MIT licence, copyright 2021 Resolve to Save Lives.
"""
