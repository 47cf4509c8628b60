"""The booklet's typeface: Atkinson Hyperlegible, embedded from our own files.

Made for low-vision readers (distinct l/I/1, open shapes), OFL-licensed, and
self-hosted in theme/assets/fonts, so the booklet never asks a font service.
WeasyPrint embeds the .woff files (it does not read .woff2 everywhere).
"""

from __future__ import annotations

from pathlib import Path

from .errors import BookletError

FAMILY = "Planbook Sans"
FAMILY_EXT = "Planbook Sans Ext"  # the latin-ext subset: Welsh ŵ, Polish ł, ...
_FILES = {
    (FAMILY, 400): "atkinson-hyperlegible-latin-400-normal.woff",
    (FAMILY, 700): "atkinson-hyperlegible-latin-700-normal.woff",
    (FAMILY_EXT, 400): "atkinson-hyperlegible-latin-ext-400-normal.woff",
    (FAMILY_EXT, 700): "atkinson-hyperlegible-latin-ext-700-normal.woff",
}
REPO_FONTS = Path(__file__).resolve().parents[2] / "theme" / "assets" / "fonts"
# Scripts Atkinson does not have: Gurmukhi for Punjabi, Nastaliq for Urdu (plugins/i18n).
SCRIPT_FONTS_DIR = Path(__file__).resolve().parents[1] / "i18n" / "fonts"
SCRIPT_FONTS = {
    ("Noto Sans Gurmukhi", 400): "noto-sans-gurmukhi-gurmukhi-400-normal.woff",
    ("Noto Sans Gurmukhi", 700): "noto-sans-gurmukhi-gurmukhi-700-normal.woff",
    ("Noto Nastaliq Urdu", 400): "noto-nastaliq-urdu-arabic-400-normal.woff",
    ("Noto Nastaliq Urdu", 700): "noto-nastaliq-urdu-arabic-700-normal.woff",
}


def find_fonts_dir(site_dir: Path | None = None) -> Path:
    """The folder with the .woff files: the project's theme, else the built site's copy."""
    candidates = [REPO_FONTS]
    if site_dir is not None:
        candidates.append(Path(site_dir) / "assets" / "fonts")
    for folder in candidates:
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder.resolve()
    wanted = ", ".join(sorted(_FILES.values()))
    raise BookletError(f"the booklet's font files are missing ({wanted})", REPO_FONTS)


def font_face_css(folder: Path) -> str:
    """@font-face rules pointing at the files, as file: URLs WeasyPrint may read."""
    rules = []
    files = [(key, folder / name) for key, name in _FILES.items()]
    files += [(key, SCRIPT_FONTS_DIR / name) for key, name in SCRIPT_FONTS.items()]
    for (family, weight), path in files:
        rules.append(
            f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
            f"font-style: normal; src: url('{path.as_uri()}') format('woff'); }}"
        )
    return "\n".join(rules)


FONT_STACK = f"'{FAMILY}', '{FAMILY_EXT}', 'DejaVu Sans', sans-serif"
