"""The attribution page every site (and so every booklet) with pictures carries.

OpenMoji is CC BY-SA 4.0: it asks for the wording below on every use. Health Icons is MIT.
"""

from __future__ import annotations

from ..plan.build import CREDITS_PAGE, CREDITS_TITLE

__all__ = ["CREDITS_PAGE", "CREDITS_TITLE", "credits_markdown"]


def credits_markdown(photos: bool = False) -> str:
    own = "The photos are my own, kept only in my plan.\n\n" if photos else ""
    return f"""# {CREDITS_TITLE}

The pictures in my plan help me find and remember what each part is about.

{own}## Where the pictures come from

**OpenMoji**: all emojis designed by OpenMoji, the open-source emoji and icon project.
Licence: CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0). Website: openmoji.org.
The pictures are used as they are, only made larger.

**Health Icons**: health and care pictures from the Health Icons project (healthicons.org),
free to use under the MIT licence, copyright 2021 Resolve to Save Lives.
"""
