"""The page shell published in place of each page of an encrypted site.

It shows, in large print, that the plan is private and how to open it; carries the page's
ciphertext and the key envelope inline (so it opens from disk, where fetch() cannot read local
files); and loads unlock.js, which decrypts and shows the real page. Nothing in it is about the
person: the title and text are the same for everyone.
"""

from __future__ import annotations

import html as html_lib

from plugins.privacy.findable import REFERRER_META, ROBOTS_META, csp_meta

UNLOCK_JS = "assets/javascripts/unlock.js"
UNLOCK_CSS = "assets/stylesheets/unlock.css"

# state -> (heading, paragraphs); unlock.js shows one at a time
MESSAGES: dict[str, tuple[str, list[str]]] = {
    "locked": (
        "This plan is private",
        [
            "To read it, open it from the link you were sent.",
            "If you do not have a link, please ask the person whose plan it is, or their care team.",
        ],
    ),
    "opening": ("Opening the plan", ["Please wait a moment."]),
    "wrong": (
        "This link is wrong or no longer works",
        [
            "The plan cannot be opened with this link.",
            "Please ask for a new link.",
        ],
    ),
    "damaged": (
        "This page cannot be opened safely",
        [
            "It has been changed or damaged since it was made, so it is not shown.",
            "Please try the link again later, or ask the care team.",
        ],
    ),
    "insecure": (
        "This plan cannot be opened here",
        [
            "It can only be opened from a secure web address (one that starts with https) "
            "or from a copy on this device.",
            "Please ask the care team.",
        ],
    ),
    "forgotten": (
        "This device has forgotten the plan",
        [
            "To read it again, open it from the link you were sent.",
        ],
    ),
}

DEVICE_PANEL = """
<aside class="planbook-device" id="planbook-device" aria-labelledby="planbook-device-title">
<h2 id="planbook-device-title">This phone, tablet or computer</h2>
<p class="planbook-device__choice">
<input type="checkbox" id="planbook-remember" class="planbook-device__checkbox">
<label for="planbook-remember">Remember this plan on this device</label>
</p>
<p>Only tick this on your own device. Otherwise the plan is forgotten when you close the browser.</p>
<button type="button" id="planbook-forget" class="planbook-device__forget">Forget this device</button>
</aside>
<script src="assets/javascripts/unlock.js"></script>
"""


def shell(*, name: str, lang: str, policy: str, envelope_json: str, ciphertext_b64: str) -> str:
    """The complete locked page for one neutral page name."""
    blocks = []
    for state, (heading, paragraphs) in MESSAGES.items():
        hidden = "" if state == "locked" else " hidden"
        body = "".join(f"<p>{html_lib.escape(p)}</p>" for p in paragraphs)
        blocks.append(
            f'<div class="planbook-locked__state" data-planbook-state="{state}"{hidden}>'
            f"<h1>{html_lib.escape(heading)}</h1>{body}</div>"
        )
    return f"""<!doctype html>
<html lang="{html_lib.escape(lang)}">
<head>
<meta charset="utf-8">
{ROBOTS_META}
{REFERRER_META}
{csp_meta(policy)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Private plan</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{UNLOCK_CSS}">
</head>
<body class="planbook-locked-page">
<main class="planbook-locked" id="planbook-locked" aria-live="polite">
{chr(10).join(blocks)}
<noscript><p class="planbook-locked__noscript">This plan needs JavaScript to open. Please turn JavaScript on in this browser, or ask the care team for the printed booklet.</p></noscript>
</main>
<script type="application/json" id="planbook-envelope">{envelope_json}</script>
<script type="text/plain" id="planbook-page" data-name="{html_lib.escape(name)}">{ciphertext_b64}</script>
<script src="{UNLOCK_JS}"></script>
</body>
</html>
"""


def add_device_panel(page_html: str) -> str:
    """The decrypted page plus its stylesheet and the remember/forget panel."""
    link = f'<link rel="stylesheet" href="{UNLOCK_CSS}">\n'
    head_end = page_html.lower().rfind("</head>")
    if head_end >= 0:
        page_html = page_html[:head_end] + link + page_html[head_end:]
    body_end = page_html.lower().rfind("</body>")
    if body_end < 0:
        return page_html + DEVICE_PANEL
    return page_html[:body_end] + DEVICE_PANEL + page_html[body_end:]
