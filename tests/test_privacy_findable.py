"""Not findable: robots and referrer metas, and a CSP that allows a page's own inline code only."""

from __future__ import annotations

import base64
import hashlib

from plugins.privacy import findable


def sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<meta name="robots" content="index">
<script>var a = 1;</script>
<script id="__config" type="application/json">{"base": "."}</script>
<script src="assets/x.js"></script>
<style>:root{--x:1}</style>
</head><body><p style="color: red">Hi</p></body></html>"""


def test_the_policy_allows_exactly_the_inline_code_of_the_page():
    policy = findable.content_security_policy(PAGE)
    assert f"script-src 'self' {sha('var a = 1;')}" in policy
    assert sha('{"base": "."}') not in policy  # JSON data is not run
    assert (
        sha(":root{--x:1}") in policy
        and "'unsafe-hashes'" in policy
        and sha("color: red") in policy
    )
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "default-src 'none'" in policy and "object-src 'none'" in policy


def test_the_metas_come_first_in_the_head_and_replace_any_others():
    page = findable.protect_page(PAGE)
    head = page[: page.index("<script")]
    assert '<meta name="robots" content="noindex, nofollow' in head
    assert '<meta name="referrer" content="no-referrer">' in head
    assert 'http-equiv="Content-Security-Policy"' in head
    assert 'content="index"' not in page
    assert page.index('<meta charset="utf-8">') < page.index("Content-Security-Policy")
