"""The staff review sheet: every sentence of a plan, its pictures, why, and how to change them.

Pure core (no MkDocs): each page is rendered with the same Python-Markdown extension the site
uses, and the extension reports each block it pictured (extension.BlockPictures). The sheet is
printed as text or written as one plain HTML file for staff (never published).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown

from ..plan.model import Plan
from . import grammar
from .extension import BlockPictures, SymbolSettings, SymbolsExtension
from .matcher import Match, alt_text, left_out
from .pictures import own_names
from .vocabulary import load
from .words import tokenise

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass
class PageReview:
    file: str
    title: str
    blocks: list[BlockPictures] = field(default_factory=list)
    lines: dict[int, int] = field(default_factory=dict)  # block index -> line in the file
    left: dict[int, list[tuple[Match, str]]] = field(default_factory=dict)  # not pictured, why


def review_plan(plan: Plan) -> list[PageReview]:
    """Every page's blocks and their pictures, as the person's site gets them."""
    out = []
    for page in plan.pages:
        review = PageReview(page.file, page.title)
        settings = SymbolSettings(
            mode="key-words" if plan.person.needs.symbols == "off" else plan.person.needs.symbols,
            names=own_names(plan),
            photos={},
            page_file=plan.folder / page.file,
            uses=plan.person.uses,
            on_block=review.blocks.append,
        )
        md = markdown.Markdown(
            extensions=["plugins.checks.comments", "tables", "attr_list", "md_in_html"]
            + [SymbolsExtension(settings)]
        )
        md.convert(_without_front_matter(page.text))
        for k, block in enumerate(review.blocks):
            review.lines[k] = _line_of(page.text, block.text)
            if block.tag not in HEADINGS:
                review.left[k] = left_out(block.text, settings.names, uses=plan.person.uses)
        out.append(review)
    return out


def _without_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            return "\n" * text.count("\n", 0, end + 4) + text[end + 4 :]
    return text


def _line_of(source: str, text: str) -> int | None:
    """The line where the block's first words are in the page's source (markup between allowed)."""
    words = [t.text for t in tokenise(text)][:4]
    if not words:
        return None
    pattern = re.compile(r"\W+(?:\[\[)?".join(re.escape(w) for w in words))
    for number, line in enumerate(source.splitlines(), start=1):
        if pattern.search(line):
            return number
    return None


def alternatives(match: Match, most: int = 5) -> list[str]:
    """Other pictures for the same words, as staff would type them: the other senses the
    vocabulary has for the words, then for each word alone and its dictionary form."""
    vocabulary = load()
    words = tuple(t.norm for t in tokenise(match.term))
    tries = [words] + [(w,) for w in words] + [(grammar.lemma(w),) for w in words]
    seen = {match.concept.id}
    out = []
    for option in tries:
        for sense in vocabulary.lookup(option):
            if sense.concept.id not in seen and len(out) < most:
                seen.add(sense.concept.id)
                out.append(f"[[{match.term}|{sense.concept.id}]]")
    out.append(f"[[{match.term}|-]]")
    return out


def _describe(match: Match) -> str:
    shown = alt_text(match)
    return f'"{match.term}" -> {match.concept.id} ({shown})'


def as_text(plan: Plan, pages: list[PageReview]) -> str:
    """The review sheet for a terminal: one block a paragraph, indented pictures."""
    out = [f"Pictures in {plan.person.name}'s plan ({plan.slug})", ""]
    for page in pages:
        out.append(f"== {page.file}: {page.title}")
        for k, block in enumerate(page.blocks):
            line = page.lines.get(k)
            where = f"{page.file}:{line}" if line else page.file
            out.append(f"{where}: {' '.join(block.text.split())}")
            if not block.matches:
                out.append("    (no picture)")
            if block.idea is not None:
                idea = block.idea
                out.append(
                    f"    idea picture: {_describe(idea.match)}; {idea.reason}"
                    + ("  [low confidence: please check]" if idea.confidence == "low" else "")
                )
            for m in block.matches:
                role = "inline" if m in block.inline else "not shown in the page"
                if block.idea is not None and m is block.idea.match:
                    role = "idea"
                out.append(f"    {_describe(m)} [{role}]: {m.rule or 'a key word'}")
                out.append(f"        to change: {', '.join(alternatives(m))}")
            for m, why in page.left.get(k, []):
                out.append(f'    "{m.term}" left without a picture: {why}')
                out.append(f"        to picture it: [[{m.term}|{m.concept.id}]]")
        out.append("")
    return "\n".join(out)


def as_html(plan: Plan, pages: list[PageReview]) -> str:
    """The review sheet as one self-contained HTML file (no pictures fetched: names only)."""
    e = html.escape
    rows = []
    for page in pages:
        rows.append(f"<h2>{e(page.file)}: {e(page.title)}</h2>")
        for k, block in enumerate(page.blocks):
            line = page.lines.get(k)
            items = []
            for m in block.matches:
                idea = block.idea is not None and m is block.idea.match
                low = idea and block.idea.confidence == "low"  # type: ignore[union-attr]
                label = "idea picture" if idea else ("inline" if m in block.inline else "not shown")
                items.append(
                    f"<li{' class=low' if low else ''}><b>{e(m.term)}</b> &rarr; "
                    f"<code>{e(m.concept.id)}</code> ({e(alt_text(m))}), {label}"
                    f"{' (low confidence: please check)' if low else ''}<br>"
                    f"<small>{e(m.rule or 'a key word')}</small><br>"
                    f"to change: <code>{e(', '.join(alternatives(m)))}</code></li>"
                )
            for m, why in page.left.get(k, []):
                items.append(
                    f"<li><b>{e(m.term)}</b>: no picture ({e(why)})<br>"
                    f"to picture it: <code>[[{e(m.term)}|{e(m.concept.id)}]]</code></li>"
                )
            where = f"line {line}" if line else ""
            rows.append(
                f"<section><p class=text><span class=where>{e(where)}</span> {e(block.text)}</p>"
                f"<ul>{''.join(items) or '<li>no picture</li>'}</ul></section>"
            )
    return (
        "<!doctype html><html lang=en><meta charset=utf-8>"
        f"<title>Pictures in {e(plan.person.name)}'s plan</title>"
        "<style>body{font:18px/1.5 sans-serif;max-width:60em;margin:1em auto;padding:0 1em}"
        ".where{color:#555}.low{background:#fff3c4}code{font-size:1em}</style>"
        f"<h1>Pictures in {e(plan.person.name)}'s plan</h1>{''.join(rows)}</html>"
    )


def write_html(plan: Plan, pages: list[PageReview], target: Path) -> None:
    target.write_text(as_html(plan, pages), encoding="utf-8")
