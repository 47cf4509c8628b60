"""Audio benchmark: planbook's CPU cost per second of speech against Piper's own, in one run;
then the cold and one-sentence-edit build times of the example people.

    python benchmarks/audio.py [--person peggy-hughes] [--plans plans] [--sentences 40]
                               [--people all|SLUG,...]

1. The sentences of one person's plan, as planbook gives them to the voice, are spoken twice in
   this process: by Piper itself (PiperVoice.synthesize, its defaults, one ONNX thread), and by
   planbook's whole path for the same sentences (durations, per-phoneme pace, synthesis,
   loudness, 24 kHz, and every MP3 of a page joined and encoded once), also on one thread.
   Printed: CPU seconds per second of speech for each, and their ratio (target <= 1.3).
2. Each example person is built with an empty cache (cold), then one sentence of one page is
   edited and they are built again: wall-clock seconds and the build's sentence counts.
The machine may be shared: CPU seconds and the ratio measured in one run are the figures to quote.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plugins.audio.cache import AudioCache  # noqa: E402
from plugins.audio.render import PageSpeech, render_plan  # noqa: E402
from plugins.audio.sections import split_sections  # noqa: E402
from plugins.audio.speech_text import blocks_from_html  # noqa: E402
from plugins.audio.voices import model_paths, open_piper  # noqa: E402
from plugins.builder.person import build_person  # noqa: E402
from plugins.plan.build import BuildOptions  # noqa: E402
from plugins.plan.load import load_plan  # noqa: E402


def plan_pages(folder: Path, limit: int) -> tuple[object, list[PageSpeech]]:
    import markdown

    plan = load_plan(folder)
    pages, count = [], 0
    for page in plan.pages:
        html = markdown.markdown(page.text, extensions=["tables", "attr_list", "md_in_html", "toc"])
        sections = tuple(split_sections(blocks_from_html(html), plan.person.say))
        count += sum(len(s.utterances) for s in sections)
        pages.append(PageSpeech(page.file, page.title, sections))
        if count >= limit:
            break
    return plan, pages


def raw_piper(texts: list[str]) -> tuple[float, float]:
    """(CPU seconds, seconds of speech) of Piper's own synthesis of the texts, one thread."""
    import onnxruntime
    from piper import PiperVoice

    model, config = model_paths(None)
    voice = PiperVoice.load(model, config)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    voice.session = onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )
    list(voice.synthesize("Warm up."))
    cpu, speech = time.process_time(), 0.0
    for text in texts:
        for chunk in voice.synthesize(text):
            speech += len(chunk.audio_int16_array) / chunk.sample_rate
    return time.process_time() - cpu, speech


def planbook_path(plan, pages: list[PageSpeech], work: Path) -> tuple[float, float, int]:
    """(CPU seconds, seconds of speech, MP3s) of planbook's whole audio path, one thread."""
    voice = open_piper(*model_paths(None), plan.person.speech_rate, work / "voices", parallel=1)
    voice.parallel = 1
    voice.speak("Warm up.")
    cpu = time.process_time()
    audio = render_plan(plan.slug, plan.person, pages, voice, AudioCache(work / "cache"))
    return (
        time.process_time() - cpu,
        audio.report.speech_seconds,
        sum(p.endswith(".mp3") for p in audio.files),
    )


def cost(args, work: Path) -> None:
    plan, pages = plan_pages(args.plans / args.person, args.sentences)
    texts = list(dict.fromkeys(u.text for p in pages for s in p.sections for u in s.utterances))
    os.environ["OMP_NUM_THREADS"] = "1"
    piper_cpu, piper_speech = raw_piper(texts)
    ours_cpu, ours_speech, files = planbook_path(plan, pages, work)
    piper_rate, ours_rate = piper_cpu / piper_speech, ours_cpu / ours_speech
    print(f"{len(texts)} sentences of {args.person}, one ONNX thread each")
    print(
        f"  Piper itself:   {piper_cpu:6.2f} CPU s for {piper_speech:6.1f} s of speech"
        f"  -> {piper_rate:.3f} CPU s per second of speech"
    )
    print(
        f"  planbook:       {ours_cpu:6.2f} CPU s for {ours_speech:6.1f} s of speech"
        f"  -> {ours_rate:.3f} CPU s per second of speech ({files} MP3s encoded)"
    )
    print(f"  ratio planbook / Piper: {ours_rate / piper_rate:.2f} (target <= 1.3)")


def edit_one_sentence(folder: Path) -> str:
    for page in sorted(folder.glob("*.md")):
        text = page.read_text("utf-8")
        match = re.search(r"^(?!#)([A-Z][^\n.]{10,}\.)", text, re.M)
        if match:
            page.write_text(text.replace(match[1], match[1][:-1] + " every day.", 1), "utf-8")
            return f"{page.name}: {match[1][:40]}..."
    raise SystemExit(f"no sentence to edit in {folder}")


def builds(args, work: Path) -> None:
    people = sorted(p.name for p in args.plans.iterdir() if (p / "person.yml").is_file())
    if args.people != "all":
        people = [p for p in people if p in args.people.split(",")]
    print("Builds (audio on, booklet off, not encrypted), wall-clock seconds:")
    cache = work / "build-cache"
    for slug in people:
        folder = work / "plans" / slug
        shutil.copytree(args.plans / slug, folder)
        options = BuildOptions(
            out_dir=work / "site", pdf=False, encrypt=False, cache_dir=cache, keys_dir=work / "keys"
        )
        started = time.perf_counter()
        cold = build_person(folder, options)
        cold_s = time.perf_counter() - started
        what = edit_one_sentence(folder)
        started = time.perf_counter()
        again = build_person(folder, options)
        edit_s = time.perf_counter() - started
        print(
            f"  {slug:16} cold {cold_s:6.1f} s {cold.audio}   one sentence edited "
            f"{edit_s:5.1f} s {again.audio}  ({what})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--person", default="peggy-hughes")
    parser.add_argument("--plans", type=Path, default=ROOT / "plans")
    parser.add_argument("--sentences", type=int, default=40)
    parser.add_argument("--people", default="all")
    parser.add_argument("--no-builds", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="planbook-audio-bench-"))
    try:
        cost(args, work)
        if not args.no_builds:
            builds(args, work)
        print(f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
