"""The plan checker (co-production and plain English), the `new` template, preview and audit.

Pure core: nothing here imports MkDocs except the preview, which drives the builder.
"""

from .findings import Finding, format_json, format_text, has_errors
from .runner import check_plan, check_plans

__all__ = ["Finding", "check_plan", "check_plans", "format_json", "format_text", "has_errors"]
