"""Large print for older eyes: the person's text size and contrast, as the site theme needs them.

``sizes`` is the pure core (points on paper -> CSS on screen); ``context`` gathers what the
templates in ``theme/`` read; ``plugin`` is the thin MkDocs adapter.
"""
