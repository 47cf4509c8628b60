"""Where each MP3 lives in a person's site: pure, so the booklet can link a QR code to it."""

from __future__ import annotations

import posixpath

AUDIO_DIR = "audio"


def page_stem(page_file: str) -> str:
    """'01-about-me.md' -> '01-about-me' (a page in a sub-folder keeps it as a prefix)."""
    stem = page_file[: -len(".md")] if page_file.endswith(".md") else page_file
    return stem.replace("/", "--")


def section_mp3(page_file: str, section_id: str) -> str:
    """One section's MP3, relative to the person's site folder: audio/01-about-me/my-week.mp3."""
    return f"{AUDIO_DIR}/{page_stem(page_file)}/{section_id}.mp3"


def page_mp3(page_file: str) -> str:
    """The MP3 of a whole page: audio/01-about-me.mp3."""
    return f"{AUDIO_DIR}/{page_stem(page_file)}.mp3"


def plan_mp3(slug: str) -> str:
    """The whole plan in one file, named for the person so it is easy to find on a phone."""
    return f"{AUDIO_DIR}/{slug}-plan.mp3"


def captions_for(mp3: str) -> str:
    """The WebVTT captions of an MP3, beside it: audio/01-about-me.vtt."""
    return mp3[: -len(".mp3")] + ".vtt" if mp3.endswith(".mp3") else mp3 + ".vtt"


def relative_url(target: str, page_url: str) -> str:
    """A link from a page (its site-relative URL, e.g. '01-about-me.html') to a site file."""
    base = posixpath.dirname(page_url)
    return posixpath.relpath(target, base) if base else target


def heading_mp3(page_file: str, heading_id: str | None, page_title: bool = False) -> str:
    """The MP3 a heading's Listen button plays, from what a booklet sees in the HTML.

    The page's title (its h1, or the words before the first heading) plays the whole page;
    any other heading plays its own section, named by the heading's id.
    """
    from .sections import safe_id

    if page_title or not heading_id:
        return page_mp3(page_file)
    return section_mp3(page_file, safe_id(heading_id))
