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


def test_the_policy_is_the_themes_own_whatever_the_page_holds():
    """Never hashed from a finished page: a script that reached a page is not allowed by it."""
    policy = findable.POLICY
    assert findable.protect_page(PAGE).count(policy) == 1
    assert sha("var a = 1;") not in policy and sha(":root{--x:1}") not in policy
    assert "script-src 'self';" in policy, "no inline script at all: the theme has none"
    assert sha("text-align: left;") in policy and "'unsafe-hashes'" in policy
    assert sha("color: red") not in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "default-src 'none'" in policy and "object-src 'none'" in policy


def test_code_that_is_not_the_themes_is_found():
    from plugins.privacy.inline_code import foreign_code

    assert foreign_code(PAGE) == [
        "an inline <script>",
        "an inline <style>",
        'style="color: red" on <p>',
    ]
    assert foreign_code('<td style="text-align: center;">1</td><script src="a.js"></script>') == []
    assert foreign_code('<script type="application/json">{"a": 1}</script>') == []
    assert foreign_code('<img src=x onerror="alert(1)">') == ["onerror= on <img>"]
    assert foreign_code('<a href=" jav&#x09;ascript:alert(1)">x</a>') == [
        "javascript:alert(1) in href= on <a>"
    ]
    assert foreign_code('<iframe srcdoc="x"></iframe>') != []
    assert foreign_code('<meta http-equiv="refresh" content="0;url=x">') != []
    assert foreign_code('<object data="data:text/html,x"></object>') != []


def test_the_metas_come_first_in_the_head_and_replace_any_others():
    page = findable.protect_page(PAGE)
    head = page[: page.index("<script")]
    assert '<meta name="robots" content="noindex, nofollow' in head
    assert '<meta name="referrer" content="no-referrer">' in head
    assert 'http-equiv="Content-Security-Policy"' in head
    assert 'content="index"' not in page
    assert page.index('<meta charset="utf-8">') < page.index("Content-Security-Policy")
