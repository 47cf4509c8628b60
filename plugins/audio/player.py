"""The player markup: a real <audio> element (it works without JavaScript) inside a wrapper that
audio.js turns into a big "Listen" / "Pause" button with a slower / normal switch.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from .paths import relative_url


def player(
    src: str,
    label: str,
    title: str,
    seconds: float,
    captions: str | None = None,
    lang: str = "en-GB",
    timings: str = "",
    _: Callable[[str], str] = str,
) -> str:
    """One player: ``label`` is what the button says, ``title`` the part it reads (screen readers).

    The buttons start hidden and audio.js shows them (and hides the browser's own controls), so
    without JavaScript the <audio> element's own controls still play the part. ``captions`` is
    the WebVTT file of the part: the read-along highlight and captions for deaf family members.
    """
    captions_label = escape(_("Captions"))
    track = (
        f'<track kind="captions" srclang="{escape(lang)}" label="{captions_label}" '
        f'src="{escape(captions)}">'
        if captions
        else ""
    )
    minutes = max(1, round(seconds / 60)) if seconds >= 45 else 0
    length = (
        _("%(minutes)s min") % {"minutes": minutes}
        if minutes
        else _("%(seconds)s sec") % {"seconds": max(1, round(seconds))}
    )
    slower = escape(_("Slower"))
    words = {  # what audio.js says as the part plays, in the person's language
        "pause": _("Pause"),
        "playing": _("Playing"),
        "paused": _("Paused"),
        "error": _("Sorry, this part could not be played."),
    }
    said = "".join(f' data-pb-{key}="{escape(value)}"' for key, value in words.items())
    name = f"{escape(label)}: {escape(title)}" if title else escape(label)
    cues = f' data-pb-cues="{escape(timings)}"' if timings else ""
    hidden = f'<span class="pb-audio__hidden"> ({escape(title)})</span>' if title else ""
    return (
        f'<div class="pb-audio" data-pb-audio data-pb-label="{escape(label)}"{cues}{said}>'
        '<button type="button" class="pb-audio__listen" hidden>'
        '<span class="pb-audio__icon" aria-hidden="true"></span>'
        f'<span class="pb-audio__label">{escape(label)}</span>{hidden}</button>'
        '<button type="button" class="pb-audio__speed" aria-pressed="false" hidden>'
        f"{slower}</button>"
        f'<span class="pb-audio__length">{escape(length)}</span>'
        f'<audio class="pb-audio__audio" controls preload="none" src="{escape(src)}" '
        f'aria-label="{name}">{track}</audio>'
        '<span class="pb-audio__status" role="status"></span>'
        "</div>"
    )


def download_link(src: str, seconds: float, called: str, _: Callable[[str], str] = str) -> str:
    """The whole plan as one file, to keep on a phone."""
    minutes = max(1, round(seconds / 60))
    words = _("Download the whole plan to listen to (%(minutes)s min, MP3)") % {"minutes": minutes}
    return (
        '<p class="pb-audio-download">'
        f'<a href="{escape(src)}" download="{escape(src.rsplit("/", 1)[-1])}">'
        f"{escape(words)}</a>"
        "</p>"
    )


def add_after_heading(html: str, anchor: str, markup: str) -> str:
    """Put markup right after the heading with this id, or at the start of the block (a <div>)
    with this id (the home page's opening words); unchanged when there is no such element."""
    pattern = re.compile(rf'(<h([1-6])\b[^>]*\bid="{re.escape(anchor)}"[^>]*>.*?</h\2>)', re.DOTALL)
    if pattern.search(html):
        return pattern.sub(lambda m: m[1] + markup, html, count=1)
    block = re.compile(rf'(<div\b[^>]*\bid="{re.escape(anchor)}"[^>]*>)')
    return block.sub(lambda m: m[1] + markup, html, count=1)


def add_players(
    html: str,
    page_url: str,
    players: list[tuple[str | None, str, str, str, float, str | None, str]],
    whole_plan: tuple[str, float] | None,
    called: str,
    lang: str = "en-GB",
    _: Callable[[str], str] = str,
) -> str:
    """``players``: (heading id or None for the page top, label, title, MP3 path, seconds,
    captions path or None, cue timings)."""
    for anchor, label, title, path, seconds, captions, timings in players:
        vtt = relative_url(captions, page_url) if captions else None
        markup = player(relative_url(path, page_url), label, title, seconds, vtt, lang, timings, _)
        if anchor and re.search(rf'\bid="{re.escape(anchor)}"', html):
            html = add_after_heading(html, anchor, markup)
        else:
            html = markup + html
    if whole_plan:
        html += download_link(relative_url(whole_plan[0], page_url), whole_plan[1], called, _)
    return html
