"""Material's own scripts and stylesheets, which planbook's theme never loads. Pure.

Why drop them: theme/main.html replaces Material's layout and loads none of its bundle, search
index (lunr) or stylesheets; copied into every person's site they would only add 2.5 MB of files
that nothing opens.
"""

from __future__ import annotations

from pathlib import Path

import material

MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
UNUSED_PREFIXES = (
    "assets/javascripts/bundle.",
    "assets/javascripts/lunr/",
    "assets/javascripts/workers/",
    "assets/stylesheets/main.",
    "assets/stylesheets/palette.",
    "assets/images/favicon.png",
)


def is_unused_material_asset(src_uri: str, abs_src_path: str | None) -> bool:
    """True for a file that comes from Material's package and that the theme never loads."""
    if not abs_src_path or not Path(abs_src_path).is_relative_to(MATERIAL_TEMPLATES):
        return False
    return src_uri.startswith(UNUSED_PREFIXES)
