"""The managers' audit page passes axe-core (WCAG 2.2 A/AA, AAA contrast) at desktop and 320 px."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import chromium

from plugins.checks.audit import Formats, PersonAudit
from plugins.checks.audit_report import write_reports

ROOT = Path(__file__).resolve().parents[1]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not AXE.is_file(), reason="axe-core not installed (scripts/install-test-tools)"
    ),
]

RUN_AXE = """async () => (await axe.run(document, {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
  rules: {'color-contrast-enhanced': {enabled: true}}
})).violations.map(v => v.id)"""


def test_audit_page_is_accessible(tmp_path):
    today = dt.date(2026, 11, 10)
    people = [
        PersonAudit(
            "rose-kaur",
            "Rose Kaur",
            "Rose",
            dt.date(2026, 9, 1),
            dt.date(2026, 10, 1),
            "overdue",
            1,
            2,
            {"jargon": 2, "broken-link": 1},
            Formats(True, False, False),
            0.8,
            7.2,
            9.9,
            dt.datetime(2026, 11, 1, 10, 0),
            "git",
        ),
        PersonAudit(
            "dennis-okafor",
            "Dennis Okafor",
            "Dennis",
            None,
            None,
            "no date",
            0,
            0,
            {},
            Formats(True, True, True),
            None,
            None,
            None,
            None,
            "",
        ),
    ]
    html_path, _ = write_reports(people, tmp_path / "reports", today)
    with chromium() as browser:
        for width in (1280, 320):
            page = browser.new_page(viewport={"width": width, "height": 800})
            page.goto(html_path.as_uri())
            page.add_script_tag(path=str(AXE))
            assert page.evaluate(RUN_AXE) == [], f"axe violations at {width} px"
            size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
            assert size >= 20
