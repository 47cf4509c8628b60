"""Small helpers every capability needs, written once: files, logs, paths and dates.

Each lives in its own module so a capability imports only what it uses, and none of them
imports MkDocs, so the pure cores stay pure.
"""

from .dates import MONTHS, WEEKDAYS, day_month_year, long_date
from .files import atomic_write
from .logs import capture_logs
from .paths import display_path

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "atomic_write",
    "capture_logs",
    "day_month_year",
    "display_path",
    "long_date",
]
