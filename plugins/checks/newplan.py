"""Start a new person's plan from the co-produced template (template/).

The template follows co-production practice: it starts from what matters to the
person and a good day, frames support by what they do themselves, describes risk
in their words, and says how the plan is checked and changed together. Prompts
for staff are HTML comments (never published); each page holds one honest line
("We will write this part together.") so the new plan builds and reads well as it is.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import unicodedata
from pathlib import Path

from ..plan.load import SLUG
from .findings import display_path

TEMPLATE = Path(__file__).parent / "template"
FIRST_REVIEW_AFTER = dt.timedelta(weeks=4)


class NewPlanError(Exception):
    """Why a plan could not be started, worded for staff."""


def slugify(name: str) -> str:
    """ "Margaret O'Neill-Hughes" -> "margaret-oneill-hughes": a folder name that is also a web address."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"['’]", "", ascii_name.lower())
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def _yaml_string(value: str) -> str:
    """A YAML-safe scalar: JSON strings are valid YAML, so quotes and colons are safe."""
    return json.dumps(value, ensure_ascii=False)


def create_plan(
    plans_dir: Path,
    full_name: str,
    called: str | None = None,
    slug: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write plans_dir/<slug>/ from the template and return it; never overwrites a plan."""
    full_name = " ".join(full_name.split())
    if not full_name:
        raise NewPlanError(
            'give the person\'s full name, e.g. python build.py new "Margaret Hughes"'
        )
    called = (called or full_name.split()[0]).strip()
    slug = slug or slugify(full_name)
    if not SLUG.match(slug):
        raise NewPlanError(
            f'"{slug}" cannot be a folder name: use lower-case letters, numbers and dashes, e.g. --slug peggy-hughes'
        )
    folder = plans_dir / slug
    if folder.exists():
        raise NewPlanError(
            f"{display_path(folder)} already exists; choose another name with --slug, e.g. --slug {slug}-2"
        )
    today = today or dt.date.today()
    values = {
        "{{name_yaml}}": _yaml_string(full_name),
        "{{called_yaml}}": _yaml_string(called),
        "{{called}}": called,
        "{{today}}": today.isoformat(),
        "{{next_review}}": (today + FIRST_REVIEW_AFTER).isoformat(),
    }
    plans_dir.mkdir(parents=True, exist_ok=True)
    temp = plans_dir / f".new-{slug}"
    shutil.rmtree(temp, ignore_errors=True)
    temp.mkdir()
    for source in sorted(TEMPLATE.iterdir()):
        if source.suffix not in {".md", ".yml"}:
            continue
        text = source.read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace(key, value)
        (temp / source.name).write_text(text, encoding="utf-8")
    temp.rename(folder)  # all or nothing: a half-written plan never appears
    return folder
