"""The words planbook itself writes, in the person's language: gettext catalogues read with Babel.

Why gettext: translators know .po files, Babel extracts every message from the Python code and
the theme's templates (`python scripts/i18n.py`), and Jinja's i18n extension reads the same
catalogue as the Python code. The English words in the code are the message ids; a message a
catalogue lacks falls back to English, and a test keeps every catalogue complete.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from .languages import Language

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "planbook"


def po_file(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of one language, read once per process (English needs none)."""
    path = po_file(code)
    if code == "en" or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=code)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def translator(language: Language) -> gettext.NullTranslations:
    """`.gettext(message)` and `.ngettext(one, many, n)` in the person's language."""
    return translations(language.code)
