"""The large-print booklet: the same page HTML as the site, printed by WeasyPrint.

Pure core (no MkDocs import): ``clean`` (page HTML -> print HTML), ``document``
(cover, contents, pages, what changed), ``render`` (WeasyPrint, PDF/UA-1),
``impose`` (A5 fold-and-staple). ``plugin.py`` is the thin MkDocs adapter.
"""
