"""The facts a manager needs about each plan, for commissioners and inspectors (CQC).

Per person: reviews (last, next, overdue), the check summary, which formats were
produced (site, booklet, audio, read from the output folder), how much of the plan
is in the person's own voice, its reading age, and when it last changed. It holds
no plan text beyond names: counts and dates only, so the report can be shared
with people who may not read the plans themselves.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..builder.fingerprint import read_state
from ..builder.places import state_dir
from .context import load_context
from .markdown_text import sentences
from .readability import first_person_share, measure
from .rules.readability import MIN_WORDS_TO_SCORE
from .runner import check_context, english_pages, skipped_languages

DUE_SOON = dt.timedelta(days=14)


@dataclass(frozen=True)
class Formats:
    """What was published; None when an encrypted site hides it and the build left no record."""

    site: bool
    booklet: bool | None
    audio: bool | None
    audio_wanted: bool = True
    folder: str = ""  # where the site is published: an encrypted site's neutral id, or the slug


@dataclass(frozen=True)
class PersonAudit:
    slug: str
    name: str
    called: str
    last_review: dt.date | None
    next_review: dt.date | None
    review_status: str  # "overdue" | "due today" | "due soon" | "booked" | "no date"
    errors: int
    warnings: int
    by_rule: dict[str, int] = field(default_factory=dict)
    formats: Formats = Formats(False, False, False)
    first_person: float | None = None  # share of sentences, 0..1
    reading_age: float | None = None  # the whole plan
    hardest_page_age: float | None = None
    last_changed: dt.datetime | None = None
    last_changed_from: str = ""  # "git" | "files"
    not_measured: str = ""  # "Welsh": pages the English-only measures did not read


def review_status(next_review: dt.date | None, today: dt.date) -> str:
    if next_review is None:
        return "no date"
    if next_review < today:
        return "overdue"
    if next_review == today:
        return "due today"
    if next_review - today <= DUE_SOON:
        return "due soon"
    return "booked"


def _recorded(site_dir: Path, slug: str) -> tuple[str, dict | None]:
    """The builder's note of where the site went and what it made, if any.

    An encrypted site is published under a neutral id and renames the booklet and sounds to
    random chunks, so names cannot tell; the note, kept in the build's private state, can.
    """
    state = read_state(state_dir(site_dir), slug)
    folder = state.get("folder") if isinstance(state.get("folder"), str) else ""
    formats = state.get("formats")
    return folder or slug, formats if isinstance(formats, dict) else None


def _is_sealed(out: Path) -> bool:
    try:
        from ..privacy.seal import read_envelope
    except ImportError:
        return False
    try:
        return read_envelope(out) is not None
    except Exception:  # an unreadable envelope still means a locked site
        return True


def formats_in(site_dir: Path, slug: str, audio_wanted: bool = True) -> Formats:
    """What was actually published for the person, read from their output folder."""
    folder, recorded = _recorded(site_dir, slug)
    out = site_dir / folder
    site = (out / "index.html").is_file()
    if recorded is not None:
        return Formats(
            site,
            bool(recorded.get("booklet")),
            bool(recorded.get("audio")),
            audio_wanted,
            folder,
        )
    if site and _is_sealed(out):
        return Formats(site, None, None, audio_wanted, folder)
    return Formats(
        site=site,
        booklet=(out / "booklet.pdf").is_file(),
        audio=out.is_dir() and next(out.rglob("*.mp3"), None) is not None,
        audio_wanted=audio_wanted,
        folder=folder,
    )


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *args],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def last_changed(folder: Path) -> tuple[dt.datetime | None, str]:
    """The last commit touching the folder; file times when git does not know or edits are
    not committed."""
    committed = _git(folder, "log", "-1", "--format=%cI", "--", ".")
    dirty = _git(folder, "status", "--porcelain", "--", ".")
    if committed and dirty == "":
        return dt.datetime.fromisoformat(committed), "git"
    times = [p.stat().st_mtime for p in folder.rglob("*") if p.is_file()]
    if not times:
        return None, ""
    return dt.datetime.fromtimestamp(max(times)).astimezone(), "files"


def audit_person(folder: Path, site_dir: Path, today: dt.date) -> PersonAudit:
    ctx = load_context(folder, today)
    findings = check_context(ctx)
    person = ctx.person
    review = person.review if ctx.plan else None
    texts = [p.text for p in english_pages(ctx).pages]  # the measures are written for English
    whole = measure([s for t in texts for s in sentences(t)])
    pages = [measure(sentences(t)) for t in texts]
    scored = [p.reading_age for p in pages if p.words >= MIN_WORDS_TO_SCORE]
    changed, source = last_changed(folder)
    return PersonAudit(
        slug=folder.name,
        name=person.name if person else folder.name,
        called=person.called if person else "",
        last_review=review.last if review else None,
        next_review=review.next if review else None,
        review_status=review_status(review.next if review else None, today),
        errors=sum(f.severity == "error" for f in findings),
        warnings=sum(f.severity == "warning" for f in findings),
        by_rule=dict(sorted(Counter(f.rule for f in findings).items())),
        formats=formats_in(site_dir, folder.name, person.needs.audio if person else True),
        first_person=first_person_share(texts),
        reading_age=whole.reading_age if whole.words else None,
        hardest_page_age=max(scored) if scored else None,
        last_changed=changed,
        last_changed_from=source,
        not_measured=", ".join(skipped_languages(ctx)),
    )


def audit_plans(
    folders: list[Path], site_dir: Path, today: dt.date | None = None
) -> list[PersonAudit]:
    today = today or dt.date.today()
    return [audit_person(f, site_dir, today) for f in folders]
