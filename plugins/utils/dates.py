"""Dates as people say them, the same on the site, in the booklet, the audio and the audit.

Spelled out here rather than with strftime's ``%A``/``%B`` so the words never depend on the
machine's locale: a build on a computer set to French must still say "October".
"""

from __future__ import annotations

import datetime as dt

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_month_year(day: dt.date) -> str:
    """ "6 October 2026": for staff reports and messages, where the weekday is noise."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def long_date(day: dt.date) -> str:
    """ "Tuesday 6 October 2026": the day name helps the person place the date."""
    return f"{WEEKDAYS[day.weekday()]} {day_month_year(day)}"
