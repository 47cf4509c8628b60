"""Pictorial symbols: the right picture beside the ideas that matter, never on names.

Pure core: vocabulary.py (concepts and word forms), matcher.py (key words of a text),
extension.py (Python-Markdown), photos.py (Pillow), pictures.py (person.yml pictures:),
credits.py (the attribution page). Thin MkDocs adapter: plugin.py + config.py.
"""

from .matcher import Match, key_words, page_symbol
from .vocabulary import Concept

__all__ = ["Concept", "Match", "key_words", "page_symbol"]
