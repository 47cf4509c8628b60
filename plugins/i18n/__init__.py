"""The person's own language: which languages planbook serves, the words it writes itself in
each (message catalogues read with Babel), and dates in each language's own conventions (CLDR).

Pure: nothing here knows MkDocs. The theme gets a gettext for the person's language through the
builder's on_env hook; the home page, the booklet, the audio and the symbols ask for one here.
"""
