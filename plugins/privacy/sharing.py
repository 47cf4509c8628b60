"""Adding and revoking family links, and bringing a published site's envelope up to date.

Why patch the published envelope: a new link should work the moment staff send it, and a revoked
one should stop at once, without waiting for a rebuild. The rebuild still matters after a revoke:
it encrypts everything under a fresh content key, so even someone who kept the old content key
out of their browser can read nothing new.
"""

from __future__ import annotations

from pathlib import Path

from plugins.privacy.keystore import Access, KeyStore
from plugins.privacy.seal import envelope, read_site_file, replace_envelope


def refresh_published(store: KeyStore, site_dir: Path, access: Access) -> bool:
    """Rewrap the published site's content key for the current recipients.

    Returns False when the site is missing, unencrypted, or not the build these keys made
    (then only a rebuild brings it up to date).
    """
    published = read_site_file(site_dir)
    last = store.load_build()
    if published is None or last is None:
        return False
    build_id, content_key = last
    if published.get("build") != build_id or published.get("site") != access.site_id:
        return False
    new = envelope(access.site_id, build_id, content_key, [r.key for r in access.recipients])
    return replace_envelope(site_dir, new)
