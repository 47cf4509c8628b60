"""Dates as people say them: kept here for the capabilities that import them from the plan core.

The words live in ``plugins.utils.dates``; this module only passes them on.
"""

from __future__ import annotations

from ..utils.dates import MONTHS, WEEKDAYS, day_month_year, long_date

__all__ = ["MONTHS", "WEEKDAYS", "day_month_year", "long_date"]
