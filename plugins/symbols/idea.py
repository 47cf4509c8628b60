"""The one picture in the left column of a paragraph: the idea, not the first word.

Easy Read puts beside each paragraph the picture of what it asks for or is about: its main
instruction or action, the verb and what it acts on ("Please knock and wait" -> a door; "sit
down together and read my plan" -> the plan, not the chair). The score, highest wins:
- the concept's weight (a general word such as "morning" or "choose" weighs least);
- the thing an action is done to ("read my plan", "eat fish"), then an action;
- a sentence that asks or wishes ("Please...", "I like...", "I want...");
- days, times and feelings only lead when nothing else is there.
The choice is a "low" confidence guess when it is a general word or another picture scored
about the same: `check` asks staff to look at those.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import grammar
from .matcher import Match, sentences
from .words import ARTICLES, FUNCTION_WORDS, tokenise

WISHES = frozenset(
    [
        "please",
        "like",
        "love",
        "enjoy",
        "prefer",
        "want",
        "choose",
        "need",
        "i'd",
        "rather",
        "wish",
        "hope",
        "help",
    ]
)
BACKGROUND = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "today",
        "morning-routine",
        "afternoon",
        "evening",
        "night",
        "clock",
        "choose",
        "time",
    ]
)
LINKS = ARTICLES | frozenset(["some", "any", "of", "to", "cup", "glass", "bit", "little", "own"])


@dataclass(frozen=True)
class Idea:
    match: Match
    confidence: str  # "high" or "low"
    reason: str


def _role(text: str, match: Match) -> tuple[float, str]:
    """Extra score from the match's place in its sentence: object, action, request."""
    tokens = tokenise(text)
    words = [t.norm for t in tokens]
    first = next((k for k, t in enumerate(tokens) if t.start >= match.start), None)
    if first is None:
        return 0.0, ""
    start, end = sentences(text)[match.sentence]
    in_sentence = [t.norm for t in tokens if start <= t.start < end]
    score, why = 0.0, []
    k = first - 1
    while k >= 0 and words[k] in LINKS:
        k -= 1
    if k >= 0 and words[k] == "please":
        score += 3
        why.append("what is asked for")
    elif (
        k >= 0
        and grammar.guess(words, k) == grammar.VERB
        and words[k] not in ("is", "am", "are", "was", "have", "has", "had")
    ):
        score += 3
        why.append(f'what "{tokens[k].text}" is done to')
    elif match.pos == grammar.VERB or (
        " " in match.term and grammar.guess(words, first) == grammar.VERB
    ):  # "wash my hands", "say grace": a phrase that is a doing
        score += 2
        why.append("an action")
    lead = _leading_clause(text, start, end)
    if lead and match.start < lead:
        score -= 3
        why.append("in the clause that sets the scene")
    own = {t.norm for t in tokens if match.start <= t.start < match.end}
    if (set(in_sentence) - own) & WISHES:  # "I choose the order": not a wish for choosing
        score += 2
        why.append("in a sentence that asks or wishes")
    elif (
        in_sentence
        and in_sentence[0] not in FUNCTION_WORDS
        and grammar.guess(in_sentence, 0) == grammar.VERB
    ):
        score += 2
        why.append("in an instruction")
    return score, ", ".join(why)


SCENE_SETTERS = frozenset(
    ["before", "after", "when", "whenever", "if", "once", "while", "because", "as", "until"]
)


def _leading_clause(text: str, start: int, end: int) -> int:
    """End of a clause that opens the sentence and sets the scene ("Before I eat, I wash my
    hands": the washing is the point), or 0. The comma must open the main clause (a subject,
    "please" or an instruction after it), not a list ("When I get up I have a shower, then
    a cup of tea")."""
    sentence = text[start:end]
    words = tokenise(sentence)
    comma = sentence.find(",")
    if not words or comma < 0 or words[0].norm not in SCENE_SETTERS:
        return 0
    after = [t.norm for t in words if t.start > comma]
    if not after:
        return 0
    main = after[0] in ("i", "you", "we", "they", "he", "she", "please", "my", "someone")
    if main or grammar.guess(after, 0) == grammar.VERB:
        return start + comma
    return 0


def choose(text: str, matches: list[Match]) -> Idea | None:
    """The idea picture of TEXT (a paragraph or list item) among its MATCHES, or None."""
    if not matches:
        return None
    scored = []
    for m in matches:
        extra, why = _role(text, m)
        score = 2.0 * m.concept.weight + extra - 0.25 * m.sentence
        if m.concept.id in BACKGROUND:
            score -= 3
        if m.concept.symbol == "photo":
            score += 1  # the person's own people lead when a paragraph is about them
        scored.append((score, -m.start, m, why))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best_score, _, best, why = scored[0]
    rivals = [s for s in scored[1:] if s[2].concept.id != best.concept.id]
    close = bool(rivals) and best_score - rivals[0][0] <= 0.5
    # a guess: nothing in the sentence says this is the point (no action, object or request),
    # and it is a general word or another sentence's picture would do as well
    low = not why and (
        best.concept.weight <= 1 or (close and rivals[0][2].sentence != best.sentence)
    )
    reason = f'"{best.term}": ' + (why or "the weightiest picture")
    return Idea(best, "low" if low else "high", reason)
