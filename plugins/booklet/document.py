"""The whole booklet as one print HTML document: cover, contents, pages, what changed.

Kept apart from WeasyPrint so it can be read and tested as plain HTML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape as _escape
from importlib import resources
from pathlib import Path

from plugins.i18n.words import Words, plan_title
from plugins.plan.changes import change_parts
from plugins.plan.model import Plan

from .clean import PrintPage
from .errors import BookletError
from .fonts import FONT_STACK, font_face_css

MIN_BODY_PT = 18
CONTENTS_ID = "contents"
COVER_FITS = 3  # 0: as designed; 1: smaller photo and title; 2: and no full name


def escape(text: str, quote: bool = False) -> str:
    """HTML-escape text; quotes only inside attributes, so "Peggy's" stays readable."""
    return _escape(
        text, quote=quote
    )  # UKAAF large print starts at 16; our users asked for 18 or more


@dataclass(frozen=True)
class Paper:
    """A page size and its margins (mm): A4 reads best; A5 folds into a stapled booklet."""

    name: str
    size: str
    margins: tuple[int, int, int, int]  # top, outer, bottom, inner
    qr_mm: int
    picture_mm: int
    photo_mm: int


PAPERS = {
    "a4": Paper("a4", "A4", (20, 22, 28, 25), qr_mm=28, picture_mm=22, photo_mm=80),
    "a5": Paper("a5", "A5", (14, 13, 24, 16), qr_mm=22, picture_mm=18, photo_mm=45),
}


def body_size(plan: Plan) -> int:
    """The person's large-print size in points, never below 18."""
    return max(MIN_BODY_PT, int(plan.person.needs.large_print))


def css_string(text: str) -> str:
    """Text safe inside a double-quoted CSS string in a <style> element."""
    return text.replace("\\", "\\5C ").replace('"', "\\22 ").replace("<", "\\3C ")


def page_of(words: Words) -> str:
    """ "Page 3 of 12" in the person's language, as a CSS content value for the page footer."""
    text = words._("Page %(page)s of %(pages)s")
    out, rest = [], text
    for name in ("page", "pages"):
        before, _, rest = rest.partition(f"%({name})s")
        out += [f'"{css_string(before)}"', f"counter({name})"]
    return "content: " + " ".join([*out, f'"{css_string(rest)}"'])
PICTURE_MM = (25, 35)  # an Easy Read picture: 25 mm at 20 pt, growing with the print size


def picture_mm(plan: Plan) -> int:
    """The Easy Read picture beside each idea: at least 25 mm at 20 pt, up to 35 mm at 28 pt."""
    low, high = PICTURE_MM
    return round(min(high, max(low, low * body_size(plan) / 20)))


def sizes_css(plan: Plan, paper: Paper) -> str:
    """The custom properties and @page rules that depend on the person and the paper."""
    body = body_size(plan)
    top, outer, bottom, inner = paper.margins
    words = Words.of(plan.person)
    title = css_string(plan_title(plan.person))
    page_of_css = page_of(words)
    footer = f"font: 700 {body}pt/1.2 {font_stack(words)}; color: #000;"
    if paper.name == "a5":  # page numbers on the outer corner of each side of the fold
        margin_rules = [
            f"@page :right {{ margin: {top}mm {outer}mm {bottom}mm {inner}mm;",
            f"  @bottom-right {{ {page_of_css}; {footer} }} }}",
            f"@page :left {{ margin: {top}mm {inner}mm {bottom}mm {outer}mm;",
            f"  @bottom-left {{ {page_of_css}; {footer} }} }}",
        ]
    else:
        margin_rules = [
            f"@page {{ margin: {top}mm {outer}mm {bottom}mm {inner}mm;",
            f'  @bottom-left {{ content: "{title}"; {footer} font-weight: 400; }}',
            f"  @bottom-right {{ {page_of_css}; {footer} }} }}",
        ]
    custom = {
        "font": font_stack(words),
        "body": f"{body}pt",
        "h1": f"{round(body * 1.5)}pt",
        "h2": f"{round(body * 1.3)}pt",
        "h3": f"{round(body * 1.15)}pt",
        "cover": f"{round(body * 2.2)}pt",
        "qr": f"{paper.qr_mm}mm",
        "picture": f"{picture_mm(plan)}mm",
        "photo": f"{paper.photo_mm}mm",
    }
    return "\n".join(
        [
            f"@page {{ size: {paper.size}; }}",
            *margin_rules,
            "@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }",
            ":root { " + " ".join(f"--{k}: {v};" for k, v in custom.items()) + " }",
        ]
    )


def print_css() -> str:
    """The static print stylesheet shipped with the package."""
    return resources.files("plugins.booklet").joinpath("print.css").read_text(encoding="utf-8")


def cover_photo(plan: Plan) -> Path | None:
    """The photo the person chose of themselves (``pictures`` keyed by their name), if any."""
    person = plan.person
    names = [person.called, person.name, person.name.split()[0]]
    for name in names:
        for key, path in person.pictures.items():
            if key.strip().lower() == name.strip().lower():
                photo = (plan.folder / path).resolve()
                if not photo.is_file():
                    raise BookletError(
                        f"pictures: {key}: the photo {path} is not in the plan folder "
                        "(check the file name, or remove the line)",
                        plan.person_file,
                    )
                if not photo.is_relative_to(plan.folder.resolve()):
                    raise BookletError(
                        f"pictures: {key}: {path} must be inside the plan folder",
                        plan.person_file,
                    )
                return photo
    return None


def font_stack(words: Words) -> str:
    """The booklet's fonts: the person's script first (Gurmukhi, Nastaliq), then Atkinson."""
    own = words.language.font
    return f'"{own}", {FONT_STACK}' if own else FONT_STACK


def cover_html(plan: Plan, today: dt.date | None = None) -> str:
    """Their name, their photo, "My plan, in my words", and when it is checked together."""
    today = today or dt.date.today()
    person = plan.person
    words = Words.of(person)
    _ = words._

    def sentence(text: str, day: dt.date) -> str:
        return escape(_(text)) % {"date": f"<strong>{escape(words.date(day))}</strong>"}

    parts = [
        '<section class="cover" id="cover">',
        f"<h1>{escape(plan_title(person))}</h1>",
        f'<p class="subtitle">{escape(_("My plan, in my words"))}</p>',
    ]
    photo = cover_photo(plan)
    if photo is not None:
        alt = escape(_("A photo of %(name)s") % {"name": person.called}, quote=True)
        parts.append(f'<img class="cover-photo" src="{photo.as_uri()}" alt="{alt}">')
    review = person.review
    if review.last:
        text = sentence("We last checked my plan together on %(date)s.", review.last)
        parts.append(f'<p class="review">{text}</p>')
    if review.next:
        due = (
            "We will check it again on %(date)s."
            if review.next >= today
            else "We were due to check it again on %(date)s."
        )
        parts.append(f'<p class="review">{sentence(due, review.next)}</p>')
    if person.name != person.called:
        whose = _("This plan belongs to %(name)s.") % {"name": person.name}
        parts.append(f'<p class="whose">{escape(whose)}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def contents_html(pages: list[PrintPage], words: Words) -> str:
    """A short contents page: each part of the plan and the page it starts on."""
    items = [f'<li><a href="#{page.key}">{escape(page.title)}</a></li>' for page in pages]
    title = escape(words._("What is in my plan"))
    return (
        f'<section class="front contents" id="{CONTENTS_ID}">\n<h1>{title}</h1>\n<ol>\n'
        + "\n".join(items)
        + "\n</ol>\n</section>"
    )


CHANGES_KEY = "what-changed"


def changes_page(plan: Plan) -> PrintPage:
    """A "What changed" page made from person.yml, for hosts that do not make one."""
    words = Words.of(plan.person)
    return PrintPage(key=CHANGES_KEY, title=words._("What changed"), html=changes_html(plan))


def changes_html(plan: Plan) -> str:
    """What I said, and what changed: every change, newest first, as on the site."""
    words = Words.of(plan.person)
    _ = words._
    english = words.language.code == "en"
    changes = sorted(plan.person.changes, key=lambda c: c.date, reverse=True)
    blocks = []
    for change in changes:
        block = [f'<div class="change"><h2>{escape(words.date(change.date))}</h2>']
        for label, sentence in change_parts(change, english):
            said = f'<span class="label">{escape(_(label))}:</span> ' if label else ""
            block.append(f"<p>{said}{escape(sentence)}</p>")
        block.append("</div>")
        blocks.append("\n".join(block))
    intro = _("What I asked for, and what changed because of it. The newest is first.")
    return (
        f"<h1>{escape(_('What changed'))}</h1>\n<p>{escape(intro)}</p>\n" + "\n".join(blocks)
    )


def page_html(page: PrintPage) -> str:
    return f'<section class="plan-page" id="{page.key}">\n{page.html}\n</section>'


def booklet_html(
    plan: Plan,
    pages: list[PrintPage],
    paper: Paper,
    fonts_dir: Path,
    changes: PrintPage | None = None,
    cover_fit: int = 0,
    credits: PrintPage | None = None,
) -> str:
    """The booklet as one HTML document, in plan order, ready for WeasyPrint.

    ``changes`` is the site's own "What changed" page; without it, and when the
    plan lists changes, one is made from person.yml. It always comes last.
    """
    if not pages:
        raise BookletError("the plan has no pages to print", plan.folder)
    person = plan.person
    if changes is None and person.changes:
        changes = changes_page(plan)
    parts = [*pages, *(p for p in (changes, credits) if p is not None)]
    words = Words.of(person)
    title = plan_title(person)
    body = [cover_html(plan), contents_html(parts, words), *map(page_html, parts)]
    lang = escape(person.language, quote=True)
    subtitle = escape(words._("My plan, in my words"), quote=True)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}" dir="{words.language.direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        f'<meta name="description" content="{subtitle}">\n'
        f"<style>\n{font_face_css(fonts_dir)}\n{sizes_css(plan, paper)}\n{print_css()}\n</style>\n"
        f'</head>\n<body class="paper-{paper.name} cover-fit-{cover_fit}">\n'
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
