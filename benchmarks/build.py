#!/usr/bin/env python3
"""How fast planbook builds many people, next to plain mkdocs-material building the same pages.

    python benchmarks/build.py                # 40 generated people
    python benchmarks/build.py --people 160 --jobs 2

Why: the issue sets the bar as plain mkdocs-material building the same pages in one process (one
`mkdocs build` per person through the Python API). Both run in this one process run, so machine
noise (other builds on a shared machine) hits both alike; rerun when the ratio looks noisy.
Audio, booklet and encryption are off: this measures the site build itself.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugins.builder.runner import run_build  # noqa: E402
from plugins.plan.build import BuildOptions  # noqa: E402

WORDS = [
    "I like my tea strong with one sugar",
    "Please knock and wait for me to answer the door",
    "My daughter Sue visits on Sundays and we look at photos together",
    "I choose my own clothes in the morning",
    "When my hip hurts I would like help with the stairs",
    "I enjoy the radio and the garden",
    "Please talk to me slowly and face me so I can read your lips",
]
PERSON = """\
name: Person Number{number}
called: Pat
review:
  last: 2026-10-06
  next: 2026-11-03
changes:
  - date: 2026-10-06
    what: "I choose when I get up."
    why: "I said so."
"""
PAGE_TITLES = (
    "About me",
    "What matters to me",
    "A good day",
    "My mornings",
    "Eating and drinking",
    "Getting about",
    "Keeping well",
    "Checking my plan",
)


def page_markdown(rng: random.Random, title: str) -> str:
    """A page the size of a real plan page: a heading, paragraphs, a list and a small table."""
    out = [f"# {title}\n"]
    for section in range(3):
        out.append(f"## Part {section + 1}\n")
        out.append(". ".join(rng.sample(WORDS, 4)) + ".\n")
        out += [f"- {rng.choice(WORDS)}" for _ in range(4)]
        out.append("")
    out.append("| When | What I like |\n| --- | --- |")
    out += [f"| {day} | {rng.choice(WORDS)} |" for day in ("Monday", "Wednesday", "Friday")]
    return "\n".join(out) + "\n"


def make_people(plans: Path, people: int, pages: int = 8) -> None:
    rng = random.Random(1)
    for number in range(people):
        folder = plans / f"person-{number:04d}"
        folder.mkdir(parents=True)
        (folder / "person.yml").write_text(PERSON.format(number=number), encoding="utf-8")
        for index in range(pages):
            title = PAGE_TITLES[index % len(PAGE_TITLES)]
            page = folder / f"{index + 1:02d}-page.md"
            page.write_text(page_markdown(rng, title), encoding="utf-8")


def plain_material(plans: Path, out: Path) -> float:
    """One plain `mkdocs build` per person, in this process: the bar the issue sets."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    started = time.perf_counter()
    for folder in sorted(plans.iterdir()):
        docs = out / "docs" / folder.name
        docs.mkdir(parents=True)
        for page in folder.glob("*.md"):
            (docs / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
        (docs / "index.md").write_text("# Home\n\nThis is my plan.\n", encoding="utf-8")
        config = load_config(
            config_file=io.StringIO("site_name: plain\n"),
            docs_dir=str(docs),
            site_dir=str(out / "site" / folder.name),
            theme={"name": "material"},  # pip install -e ".[bench]"
            use_directory_urls=False,
            markdown_extensions=["tables", "attr_list", "md_in_html", "toc"],
        )
        build(config)
    return time.perf_counter() - started


def ours(plans: Path, out: Path, jobs: int) -> tuple[float, str]:
    options = BuildOptions(
        out_dir=out,
        audio=False,
        pdf=False,
        encrypt=False,
        cache_dir=out.parent / "cache",
        keys_dir=out.parent / "keys",
    )
    report = io.StringIO()
    started = time.perf_counter()
    code = run_build(plans, options, jobs=jobs, out=report)
    seconds = time.perf_counter() - started
    if code != 0:
        sys.exit(f"planbook failed to build the generated people:\n{report.getvalue()}")
    return seconds, report.getvalue().strip().splitlines()[-1]


def peak_memory_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of the largest worker it waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", action="store_true", help="keep the generated plans and sites")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="planbook-bench-"))
    plans = tmp / "plans"
    make_people(plans, args.people, args.pages)
    print(f"{args.people} people x {args.pages} pages, {args.jobs} jobs, in {tmp}", flush=True)

    def show(label: str, value: str, note: str = "") -> None:
        print(f"{label + ':':<28}{value:>9}  {note}".rstrip(), flush=True)

    def each(seconds: float) -> str:
        return f"{seconds / args.people * 1000:.0f} ms a person"

    cold, summary = ours(plans, tmp / "ours", args.jobs)
    show("planbook cold build", f"{cold:.2f} s", f"({each(cold)}; {summary})")
    plain = plain_material(plans, tmp / "plain")
    show("plain mkdocs-material", f"{plain:.2f} s", f"({each(plain)}, one process)")
    again, summary = ours(plans, tmp / "ours", args.jobs)
    if not summary.startswith("0 built"):  # someone saved planbook's own code meanwhile
        print(f"  (planbook's code changed during the run, so all were rebuilt: {summary}; again)")
        again, summary = ours(plans, tmp / "ours", args.jobs)
    show("planbook unchanged rebuild", f"{again:.2f} s", f"({summary})")
    own, worker = peak_memory_mb()
    show("ratio planbook / plain", f"{cold / plain:.2f}", "(goal 1.0 or less)")
    show("ratio unchanged / cold", f"{again / cold:.3f}", "(goal under 0.1)")
    show("peak memory", f"{own:.0f} MB", f"this process; {worker:.0f} MB the largest worker")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
