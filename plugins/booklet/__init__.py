"""The large-print booklet: the same page HTML as the site, printed by WeasyPrint.

Pure core (no MkDocs import): ``clean`` (page HTML -> print HTML), ``document``
(cover, contents, pages, what changed), ``render`` (WeasyPrint, PDF/UA-1) with
``fetcher`` (only the person's own files), ``finish`` (footers as artifacts, link
words), ``impose`` (A5 fold-and-staple), ``qr``; ``booklet.make_booklet`` ties them.
``plugin.py`` + ``config.py`` are the thin MkDocs adapter.
"""
