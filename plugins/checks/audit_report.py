"""Write the audit as an accessible HTML page and a CSV for spreadsheets.

The HTML follows planbook's own bar for the people it serves: large text
(20 px and up), black on white (21:1), overdue in dark red #8B0000 (10:1 on
white, above WCAG AAA's 7:1) and always with the word "Overdue" so colour is
never the only sign; a real table with a caption and header cells; no scripts,
no web fonts, nothing fetched from elsewhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Sequence
from pathlib import Path

from ..utils.dates import day_month_year
from ..utils.files import atomic_write
from .audit import Formats, PersonAudit

CSV_COLUMNS = [
    "slug",
    "name",
    "called",
    "last_review",
    "next_review",
    "review_status",
    "errors",
    "warnings",
    "warnings_by_rule",
    "site",
    "site_folder",
    "booklet",
    "audio",
    "first_person_percent",
    "reading_age_plan",
    "reading_age_hardest_page",
    "last_changed",
    "last_changed_from",
    "not_measured_languages",
]

CSS = """
body { font: 1.25rem/1.6 Verdana, "Atkinson Hyperlegible", Arial, sans-serif;
       color: #000; background: #fff; margin: 1.5rem; max-width: 90rem; text-align: left; }
h1 { font-size: 2.25rem; line-height: 1.25; }
h2 { font-size: 1.75rem; margin-top: 2.5rem; }
.table { overflow-x: auto; }
.table:focus { outline: 4px solid #000; outline-offset: 4px; }
table { border-collapse: collapse; min-width: 60rem; }
caption { text-align: left; font-weight: bold; font-size: 1.5rem; padding-bottom: .75rem; }
th, td { border: 2px solid #000; padding: .6rem .8rem; text-align: left; vertical-align: top; }
thead th { background: #fff; }
ul { margin: 0; padding-left: 1.2rem; }
.overdue { color: #8b0000; font-weight: bold; }
.slug { display: block; font-size: 1.25rem; }
dt { font-weight: bold; margin-top: 1rem; }
dd { margin-left: 0; }
"""


def long_date(value: dt.date | dt.datetime | None) -> str:
    return day_month_year(value) if value else ""


def _percent(value: float | None) -> str:
    return f"{round(value * 100)}%" if value is not None else ""


def _not_measured(p: PersonAudit) -> str:
    """Why a figure is missing or partial: the measures read English pages only."""
    if not p.not_measured:
        return ""
    return f" (pages in {html.escape(p.not_measured)} not measured: the measure reads English)"


def _age(value: float | None) -> str:
    return f"{value:.0f}" if value is not None else ""


def _format_word(made: bool | None, wanted: bool = True) -> str:
    if not wanted:
        return "not wanted"
    if made is None:
        return "locked, not known"
    return "yes" if made else "no"


def _formats_html(f: Formats) -> str:
    rows = [
        ("Website", _format_word(f.site)),
        ("Booklet", _format_word(f.booklet)),
        ("Audio", _format_word(f.audio, f.audio_wanted)),
    ]
    if f.folder:
        rows.append(("Published in", f"{html.escape(f.folder)}/"))
    return "<ul>" + "".join(f"<li>{name}: {word}</li>" for name, word in rows) + "</ul>"


def _review_html(p: PersonAudit) -> str:
    if p.review_status == "no date":
        return '<span class="overdue">No date set</span>'
    when = html.escape(long_date(p.next_review))
    if p.review_status == "overdue":
        return f'<span class="overdue">Overdue: was due {when}</span>'
    if p.review_status == "due today":
        return f"<strong>Due today</strong>: {when}"
    if p.review_status == "due soon":
        return f"Due soon: {when}"
    return when


def _checks_html(p: PersonAudit) -> str:
    head = f"{p.errors} error{'s' * (p.errors != 1)}, {p.warnings} warning{'s' * (p.warnings != 1)}"
    if not p.by_rule:
        return head
    items = "".join(f"<li>{html.escape(rule)}: {count}</li>" for rule, count in p.by_rule.items())
    return f"{head}<ul>{items}</ul>"


def render_html(people: Sequence[PersonAudit], today: dt.date) -> str:
    overdue = sum(p.review_status == "overdue" for p in people)
    no_date = sum(p.review_status == "no date" for p in people)
    with_errors = sum(p.errors > 0 for p in people)
    rows = []
    for p in people:
        rows.append(
            "<tr>"
            f'<th scope="row">{html.escape(p.name)}'
            f'<span class="slug">({html.escape(p.slug)})</span></th>'
            f"<td>{html.escape(long_date(p.last_review)) or 'None recorded'}</td>"
            f"<td>{_review_html(p)}</td>"
            f"<td>{_checks_html(p)}</td>"
            f"<td>{_formats_html(p.formats)}</td>"
            f"<td>{_percent(p.first_person)}{_not_measured(p)}</td>"
            f"<td>{_age(p.reading_age)}{_not_measured(p)}"
            + (
                f" (hardest page {_age(p.hardest_page_age)})"
                if p.hardest_page_age is not None
                else ""
            )
            + "</td>"
            f"<td>{html.escape(long_date(p.last_changed))}</td>"
            "</tr>"
        )
    title = f"Care plan audit, {long_date(today)}"
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>{title}</title>
<style>{CSS}</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{len(people)} {"person" if len(people) == 1 else "people"}.
{overdue} review{"s" * (overdue != 1)} overdue. {no_date} without a review date.
{with_errors} plan{"s" * (with_errors != 1)} with errors that stop the site being built.</p>
<div class="table" role="region" aria-labelledby="plans-caption" tabindex="0">
<table>
<caption id="plans-caption">Each person's plan</caption>
<thead><tr>
<th scope="col">Person</th><th scope="col">Last review</th><th scope="col">Next review</th>
<th scope="col">Checks</th><th scope="col">Formats made</th><th scope="col">In their own words</th>
<th scope="col">Reading age</th><th scope="col">Plan last changed</th>
</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</div>
<h2>What the columns mean</h2>
<dl>
<dt>Next review</dt><dd>The date in person.yml when the person and staff check the plan together.
"Due today" means today; "Due soon" means within two weeks.</dd>
<dt>Checks</dt><dd>What <code>python build.py check</code> found. Errors stop the site
being built; warnings are staff voice, care jargon, long sentences, reading age and reviews.
Run the check to see each one.</dd>
<dt>Formats made</dt><dd>What is in the published folder now: the website, the large-print
booklet and the audio.</dd>
<dt>In their own words</dt><dd>The share of sentences with I, me, my or we in them: the
person speaking.</dd>
<dt>Reading age</dt><dd>Flesch-Kincaid grade plus five, as a UK reading age for the whole
plan, and for the hardest page. Easy Read aims for 11 or under.</dd>
<dt>Plan last changed</dt><dd>The last saved change to the person's folder (from git when
it is used).</dd>
</dl>
</main>
</body>
</html>
"""


def csv_rows(people: Sequence[PersonAudit]) -> list[dict[str, str]]:
    out = []
    for p in people:
        out.append(
            {
                "slug": p.slug,
                "name": p.name,
                "called": p.called,
                "last_review": p.last_review.isoformat() if p.last_review else "",
                "next_review": p.next_review.isoformat() if p.next_review else "",
                "review_status": p.review_status,
                "errors": str(p.errors),
                "warnings": str(p.warnings),
                "warnings_by_rule": "; ".join(f"{r}={n}" for r, n in p.by_rule.items()),
                "site": _format_word(p.formats.site),
                "site_folder": p.formats.folder,
                "booklet": _format_word(p.formats.booklet),
                "audio": _format_word(p.formats.audio, p.formats.audio_wanted),
                "first_person_percent": str(round(p.first_person * 100))
                if p.first_person is not None
                else "",
                "reading_age_plan": _age(p.reading_age),
                "reading_age_hardest_page": _age(p.hardest_page_age),
                "last_changed": p.last_changed.isoformat(timespec="seconds")
                if p.last_changed
                else "",
                "last_changed_from": p.last_changed_from,
                "not_measured_languages": p.not_measured,
            }
        )
    return out


def write_reports(
    people: Sequence[PersonAudit], out_dir: Path, today: dt.date
) -> tuple[Path, Path]:
    html_path, csv_path = out_dir / "audit.html", out_dir / "audit.csv"
    atomic_write(html_path, render_html(people, today))  # a manager may have it open
    table = io.StringIO(newline="")
    writer = csv.DictWriter(table, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(csv_rows(people))
    atomic_write(csv_path, table.getvalue())
    return html_path, csv_path
