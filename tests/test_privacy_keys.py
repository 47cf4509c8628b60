"""AES-256-GCM blobs, the key envelope, and the keys folder."""

from __future__ import annotations

import stat

import pytest

from plugins.privacy import crypto
from plugins.privacy.keystore import KeysProblem, KeyStore, misplaced


def test_a_sealed_blob_opens_only_with_its_key_and_place():
    key = crypto.new_key()
    blob = crypto.seal(key, b"I like my tea strong.", "planbook:b1:page-1.html")
    assert crypto.open_sealed(key, blob, "planbook:b1:page-1.html") == b"I like my tea strong."
    with pytest.raises(crypto.Refused):
        crypto.open_sealed(crypto.new_key(), blob, "planbook:b1:page-1.html")
    with pytest.raises(crypto.Refused):  # moved to another page or another build
        crypto.open_sealed(key, blob, "planbook:b1:page-2.html")
    changed = bytearray(blob)
    changed[20] ^= 1
    with pytest.raises(crypto.Refused):
        crypto.open_sealed(key, bytes(changed), "planbook:b1:page-1.html")
    assert crypto.seal(key, b"same", "a") != crypto.seal(key, b"same", "a")  # fresh nonce


def test_each_recipient_unwraps_the_same_content_key():
    content, sue, ken = crypto.new_key(), crypto.new_key(), crypto.new_key()
    wrapped = [crypto.wrap(k, content, "site1") for k in (sue, ken)]
    assert crypto.unwrap(sue, wrapped, "site1") == content
    assert crypto.unwrap(ken, wrapped, "site1") == content
    with pytest.raises(crypto.Refused):
        crypto.unwrap(crypto.new_key(), wrapped, "site1")
    with pytest.raises(crypto.Refused):  # an envelope from another person's site
        crypto.unwrap(sue, wrapped, "site2")


def test_keys_travel_in_links_as_43_url_safe_letters():
    key = crypto.new_key()
    text = crypto.key_to_text(key)
    assert len(text) == 43 and all(c.isalnum() or c in "-_" for c in text)
    assert crypto.key_from_text(text) == key


def test_the_keys_folder_is_owner_only_and_tracks_who_has_access(tmp_path):
    store = KeyStore(tmp_path / "keys", "peggy")
    access = store.ensure_own("Peggy")
    assert access.own.name == "Peggy (own link)"
    assert store.ensure_own("Peggy").own.key == access.own.key  # made once
    _, sue = store.add("Sue  (daughter)")
    assert sue.name == "Sue (daughter)"
    with pytest.raises(KeysProblem, match="already has a link"):
        store.add("sue (daughter)")
    store.revoke("SUE (daughter)")
    after = store.load()
    assert after.find("Sue (daughter)") is None
    assert [r.name for r in after.revoked] == ["Sue (daughter)"]
    with pytest.raises(KeysProblem, match="no link named"):
        store.revoke("Sue (daughter)")
    for path in (tmp_path / "keys", store.folder):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700
    assert stat.S_IMODE((store.folder / "access.json").stat().st_mode) == 0o600


def test_loosened_permissions_are_tightened(tmp_path):
    store = KeyStore(tmp_path / "keys", "peggy")
    store.ensure_own("Peggy")
    (store.folder / "access.json").chmod(0o644)
    store.load()
    assert stat.S_IMODE((store.folder / "access.json").stat().st_mode) == 0o600


def test_a_damaged_keys_file_is_a_clear_message(tmp_path):
    store = KeyStore(tmp_path / "keys", "peggy")
    store.ensure_own("Peggy")
    (store.folder / "access.json").write_text("{not json")
    with pytest.raises(KeysProblem, match="damaged"):
        store.load()


def test_keys_may_not_live_in_the_output_or_the_plans(tmp_path):
    places = {"the output folder": tmp_path / "site", "the plans folder": tmp_path / "plans"}
    assert misplaced(tmp_path / "keys", places) is None
    assert "output" in misplaced(tmp_path / "site" / "keys", places)
    assert "plans" in misplaced(tmp_path / "plans" / "keys", places)
    assert misplaced(tmp_path, places)  # the output inside the keys folder
