"""How a change reads, in the person's voice: one rule for the site, the booklet and the audio.

"You said: I said the group activities were not for me" breaks the person's voice twice. The
labels are in the first person ("What I said", "What changed"), and a sentence that already says
it was the person speaking ("I told Amina...", "I said...") stands alone, with no label at all.
"""

from __future__ import annotations

import re

from .model import Change

WHAT_I_SAID = "What I said"
WHAT_CHANGED = "What changed"
# "I said...", "I told Amina...", "I'd like...", "My mornings felt rushed": already the person's voice.
FIRST_PERSON = re.compile(r"^\s*[\"'“‘]?(I|I'\w+|I’\w+|My|We)\b")


def speaks_for_itself(sentence: str) -> bool:
    """True when the sentence is already in the person's voice, so a label would only repeat it."""
    return bool(FIRST_PERSON.match(sentence))


def change_parts(change: Change, english: bool = True) -> list[tuple[str | None, str]]:
    """(label or None, sentence) in reading order: why the change came, then what changed.

    The labels are English message ids (translated where they are shown). Whether a sentence
    already speaks for itself is judged for English only; in other languages it is labelled.
    """
    parts: list[tuple[str | None, str]] = []
    if change.why:
        alone = english and speaks_for_itself(change.why)
        parts.append((None if alone else WHAT_I_SAID, change.why))
    parts.append((WHAT_CHANGED, change.what))
    return parts
