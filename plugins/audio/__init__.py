"""Generated audio: every part of a plan can be listened to, offline.

Pure core (no MkDocs import): ``speech_text`` (what is spoken), ``normalise`` (how it is
said), ``sections`` and ``paths`` (which MP3 holds what), ``backends`` (the voices),
``cache`` and ``synthesis`` (sound made once), ``mp3`` (sound to files), ``render``
(a plan's MP3s), ``player`` (markup). ``plugin.py`` is the thin MkDocs adapter.
"""
