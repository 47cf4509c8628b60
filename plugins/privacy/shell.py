"""The page shell published in place of each page of an encrypted site, and the device panel.

The shell shows, in large print, that the plan is private and how to open it; carries the page's
ciphertext inline (so it opens from disk, where fetch() cannot read local files); and loads
``data/site.js`` (the envelope and manifest) and unlock.js in its <head>, so the key leaves the
address bar before anything else runs. Nothing in it is about the person: every site's shells
are the same but for the ciphertext, in the host's language (``lang``), never the person's.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable

from plugins.privacy.findable import POLICY, REFERRER_META, ROBOTS_META, csp_meta

UNLOCK_JS = "assets/javascripts/unlock.js"
UNLOCK_CSS = "assets/stylesheets/unlock.css"
SITE_JS = "data/site.js"

# state -> (heading, paragraphs); unlock.js shows one at a time
MESSAGES: dict[str, tuple[str, list[str]]] = {
    "locked": (
        "This plan is private",
        [
            "To read it, open it from the link you were sent.",
            "If you do not have a link, please ask the person whose plan it is, "
            "or their care team.",
            "On a shared tablet or computer, open the link in a private window.",
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
            "It has been changed or damaged since it was made, or it is left over from an "
            "older copy of the plan, so it is not shown.",
            "Please open the plan from its link again, or ask the care team.",
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
NOSCRIPT = (
    "This plan needs JavaScript to open. Please turn JavaScript on in this browser, "
    "or ask the care team for the printed booklet."
)


def shell(*, lang: str, ciphertext_b64: str) -> str:
    """The complete locked page; only the ciphertext differs from one page or site to another."""
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
{csp_meta(POLICY)}
<script src="{UNLOCK_JS}"></script>
<script src="{SITE_JS}"></script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Private plan</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{UNLOCK_CSS}">
</head>
<body class="planbook-locked-page">
<main class="planbook-locked" id="planbook-locked" aria-live="polite">
{chr(10).join(blocks)}
<noscript><p class="planbook-locked__noscript">{html_lib.escape(NOSCRIPT)}</p></noscript>
</main>
<script type="text/plain" id="planbook-page">{ciphertext_b64}</script>
</body>
</html>
"""


def device_panel(plan_title: str, _: Callable[[str], str] = lambda text: text) -> str:
    """Remember this plan on this device; forget it, with a question asked in the page itself.

    "Forget" is small and shown only where the plan was remembered: one slip of a shaky hand must
    not lock a person out of their plan when they have no link to hand. ``_`` gives the words in
    the person's language (the panel is part of their opened page, never of the locked one).
    """

    e = html_lib.escape
    question = e(_("Forget %(plan)s on this device?") % {"plan": plan_title})
    this_device = e(_("This device"))
    remember = e(_("Remember this plan on this device"))
    note = e(
        _(
            "Tick this only on your own device. "
            "Otherwise this window forgets the plan when it is closed."
        )
    )
    forget = e(_("Forget this device"))
    again = e(_("To read it again you will need the link."))
    yes, no = e(_("Yes, forget it")), e(_("No, keep it"))
    return f"""
<aside class="planbook-device" id="planbook-device" aria-label="{this_device}">
<div class="planbook-device__inner">
<p class="planbook-device__choice">
<input type="checkbox" id="planbook-remember" class="planbook-device__checkbox">
<label for="planbook-remember">{remember}</label>
</p>
<p class="planbook-device__note">{note}</p>
<p class="planbook-device__forget-row" id="planbook-forget-row" hidden>
<button type="button" id="planbook-forget" class="planbook-device__forget"
 aria-expanded="false" aria-controls="planbook-forget-confirm">{forget}</button>
</p>
<div class="planbook-device__confirm" id="planbook-forget-confirm" hidden>
<p id="planbook-forget-question"><strong>{question}</strong>
{again}</p>
<p class="planbook-device__answers">
<button type="button" id="planbook-forget-yes" class="planbook-device__yes">{yes}</button>
<button type="button" id="planbook-forget-no" class="planbook-device__no">{no}</button>
</p>
</div>
</div>
</aside>
<script src="{UNLOCK_JS}"></script>
"""


def add_device_panel(page_html: str, panel: str) -> str:
    """The decrypted page plus its stylesheet and the remember/forget panel."""
    link = f'<link rel="stylesheet" href="{UNLOCK_CSS}">\n'
    head_end = page_html.lower().rfind("</head>")
    if head_end >= 0:
        page_html = page_html[:head_end] + link + page_html[head_end:]
    body_end = page_html.lower().rfind("</body>")
    if body_end < 0:
        return page_html + panel
    return page_html[:body_end] + panel + page_html[body_end:]
