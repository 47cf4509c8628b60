"""Privacy: a person's site is built only from their folder, cannot be found, and is encrypted.

Pure core (no MkDocs import): ``isolation`` (references that leave the folder), ``findable``
(robots, referrer, Content-Security-Policy), ``crypto`` (AES-256-GCM and the key envelope),
``keystore`` (``keys/<slug>/``), ``seal`` (turns a built site into neutral, encrypted files),
``links`` (share links and QR codes). ``plugin`` is the thin MkDocs adapter.
"""
