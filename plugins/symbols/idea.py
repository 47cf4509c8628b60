"""The one picture in the left column of a paragraph: the idea, not the first word.

Easy Read puts beside each paragraph the picture of what it asks for or is about: its main
instruction or action, the verb and what it acts on ("Please knock and wait" -> a door; "sit
down together and read my plan" -> the plan, not the chair). The score, highest wins:
- the concept's weight (a general word such as "morning" or "choose" weighs least);
- the thing an action is done to ("read my plan", "eat fish", "takes me to the library", "a
  chapter of the Bible"), then an action; a person phoned or visited does not outrank the call;
- a clause that asks or wishes ("Please...", "I like...", "I want...");
- where or with what a doing is done, which outranks the doing ("I walk with a frame");
- not a frame ("help me", "remind me"), a scene set before the main clause ("When I feel sad I
  like..."), or a reason or condition after it ("...so I can find the toilet", "...if I fall");
- what the paragraph says more than once ("Mandeep helps with my wash... I like a wash...");
- "I don't like" wishes for nothing ("I don't like baths. I'd rather have a wash": the wash);
- days, times and feelings only lead when nothing else is there.
Measured on labelled paragraphs by benchmarks/ideas_eval.py (a blind set in aggregate only).
The choice is a "low" confidence guess when it is a general word or another picture scored
about the same: `check` asks staff to look at those.
"""

from __future__ import annotations

import re
from collections import Counter
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


# Verbs that say what something is or how one is, not what is done to it: "I get lonely" is
# a feeling, not a thing done to loneliness.
STATES = frozenset(
    ["get", "gets", "got", "getting", "feel", "feels", "felt", "feeling", "become", "becomes"]
    + ["seem", "seems", "am", "is", "are", "was", "were", "be", "been", "have", "has", "had"]
)
# Verbs that frame a request rather than carry it: "Please help me dial the number" is about the
# phone, "Please remind me" about what I am reminded of.
# Words before the place or the tool of a doing: "sit by the window", "eat with a spoon".
PLACES = frozenset(["with", "in", "on", "by", "at", "into", "onto", "under", "beside", "from"])
FRAMES = frozenset(["help", "remind", "let", "ask", "tell"])
# Words after the main clause that open a reason, purpose or condition: detail, not the point.
TRAILING = frozenset(["because", "if", "when", "whenever", "unless", "until", "while", "in case"])
PRONOUNS = frozenset(["i", "you", "we", "he", "she", "they"])
SUBJECTS = PRONOUNS | {"please"}  # what opens a main clause
NOTS = frozenset(["not", "don't", "never", "didn't", "won't", "doesn't", "no", "can't"])
MODALS = frozenset(["can", "could", "can't", "don't", "won't", "will", "do", "may", "might"])
# People: a person a pictured action is done to does not outrank it ("I phone my brother", "ring
# the doctor": the call is the point), but where the doing has no picture they carry the idea
# ("I see my family"). The person's own photo is another rule.
PEOPLE = frozenset(
    ["wife", "husband", "son", "daughter", "children", "grandchildren", "niece", "friends"]
    + ["family", "father", "mother", "partner", "people", "neighbours", "baby", "visitors"]
    + ["wife-dialect", "husband-dialect", "father-dialect", "doctor", "nurse", "carer", "vicar"]
)


def _before(words: list[str], first: int, opens: set[int]) -> int | None:
    """The index of the first word before WORDS[first] that is not a link ("my", "a chapter of",
    "me") or one word naming its kind ("the hall light"), or None where a stop or comma comes
    first ("Do not shout. My hearing"). OPENS holds the words that open a clause."""
    k = first - 1
    modifier = False
    while k >= 0 and k + 1 not in opens:
        if words[k] in LINKS or words[k] in grammar.OBJECTS:
            k -= 1
        elif k >= 1 and words[k] == "of" and words[k - 1] not in FUNCTION_WORDS:
            k -= 2  # "a chapter of", "a pot of"
        elif (
            not modifier
            and k >= 1
            and words[k - 1] in LINKS
            and grammar.guess(words, k) in (grammar.NOUN, grammar.ADJ)
        ):
            modifier, k = True, k - 1  # "the hall light": one word naming its kind
        else:
            break
    return None if k < 0 or k + 1 in opens else k


def _is_verb(words: list[str], k: int, opens: set[int]) -> bool:
    """WORDS[k] is a doing here; a word that can be one is one where it opens a clause."""
    if words[k] in STATES or words[k] == "please":
        return False
    opening = k in opens and grammar.VERB in grammar.parts_of_speech(words[k])
    return opening or grammar.guess(words, k) == grammar.VERB


def _object_of(words: list[str], first: int, opens: set[int]) -> int | None:
    """The index of the verb that the thing at WORDS[first] is done to, or None: "read my plan",
    "takes me to the library", "a chapter of the Bible", "At night, leave the hall light on"."""
    k = _before(words, first, opens)
    return k if k is not None and _is_verb(words, k, opens) else None


def _place_of(words: list[str], first: int, opens: set[int]) -> int | None:
    """The index of the verb done in, on or with the thing at WORDS[first], or None: "I walk with
    a frame", "I sleep in the recliner chair", "we talk on the phone"."""
    k = _before(words, first, opens)
    if k is None or k < 1 or words[k] not in PLACES or k in opens:
        return None
    k -= 1
    while k > 0 and words[k] in grammar.OBJECTS | {"it"} and k not in opens:
        k -= 1  # "write it on the calendar", "put them in the drawer"
    return k if _is_verb(words, k, opens) else None


def _clauses(words: list[str]) -> list[int]:
    """The index where each clause of a sentence's WORDS starts after a trailing reason, purpose
    or condition: "leave the light on | so I can find the toilet"."""
    starts = []
    for k in range(1, len(words)):
        two = f"{words[k]} {words[k + 1]}" if k + 1 < len(words) else ""
        purpose = (
            words[k] == "so"
            and k + 2 < len(words)
            and (words[k + 1] == "that" or (words[k + 1] in PRONOUNS and words[k + 2] in MODALS))
        )  # "so I can find the toilet", not "so please don't rush me"
        timed = words[k] in ("before", "after") and k + 1 < len(words) and words[k + 1] in PRONOUNS
        if words[k] in TRAILING or two in TRAILING or purpose or timed:
            starts.append(k)
    return starts


def _role(text: str, match: Match, pictured: frozenset[int] = frozenset()) -> tuple[float, str]:
    """Extra score from the match's place in its sentence: object, action, request. PICTURED
    holds the offsets of the words that have a picture of their own."""
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
    opens = {
        j
        for j, t in enumerate(tokens)
        if j == 0 or re.search(r"[,;:.!?]", text[tokens[j - 1].end : t.start])
    }
    verb = None if match.pos == grammar.VERB else _object_of(words, first, opens)
    frame = (
        match.pos == grammar.VERB
        and grammar.lemma(words[first]) in FRAMES
        and first + 1 < len(words)
        and words[first + 1] in grammar.OBJECTS
    )
    if frame:  # "help me", "remind me": the frame of a request
        score -= 3
        why.append("the frame of the request")
    elif any(
        tokens[j].start in pictured and _place_of(words, j, opens) == first
        for j in range(first + 1, min(first + 8, len(words)))
    ):  # "I walk with a frame", "we talk on the phone": the thing says more than the doing
        why.append("a doing whose place or tool has a picture")
    elif k >= 0 and words[k] == "please":
        score += 3
        why.append("what is asked for")
    elif verb is not None and not (match.concept.id in PEOPLE and tokens[verb].start in pictured):
        asked = verb > 0 and words[verb - 1] == "please"  # "Please clean his cage": the cage
        # what is liked or wanted already counts as wished for, once ("I like my brooch on")
        score += 4 if asked else 1 if words[verb] in WISHES else 3
        why.append(f'what "{tokens[verb].text}" is done to')
    elif (
        place := None if match.pos == grammar.VERB else _place_of(words, first, opens)
    ) is not None:
        score += 2  # as much as a doing, which gives way to it (above)
        why.append(f'where or with what "{tokens[place].text}" is done')
    elif match.pos == grammar.VERB or (
        " " in match.term and grammar.guess(words, first) == grammar.VERB
    ):  # "wash my hands", "say grace": a phrase that is a doing
        score += 2
        why.append("an action")
    lead = _leading_clause(text, start, end)
    if lead and match.start < lead:
        score -= 3
        why.append("in the clause that sets the scene")
    offset = next(k for k, t in enumerate(tokens) if t.start >= start)
    trailing = [offset + c for c in _clauses(in_sentence)]
    if any(c <= first for c in trailing) and match.start >= lead:
        score -= 2
        why.append("in a reason or condition after the request")
    own = {t.norm for t in tokens if match.start <= t.start < match.end}
    clause = _clause_words(text, start, end, match.start)
    wishes = {
        w for k, w in enumerate(clause) if w in WISHES and (k == 0 or clause[k - 1] not in NOTS)
    }
    if wishes - own:  # "I choose the order": not a wish for choosing; "I don't like": none
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


def _clause_words(text: str, start: int, end: int, at: int) -> list[str]:
    """The words of the part of the sentence START:END, between commas or semicolons, that holds
    offset AT: "My chest is bad now, so please don't rush me" asks nothing of the chest."""
    cuts = [start] + [start + m.end() for m in re.finditer(r"[,;]", text[start:end])] + [end]
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= at < b:
            return [t.norm for t in tokenise(text[a:b])]
    return []


SCENE_SETTERS = frozenset(
    ["before", "after", "when", "whenever", "if", "once", "while", "because", "as", "until"]
)


def _leading_clause(text: str, start: int, end: int) -> int:
    """End of a clause that opens the sentence and sets the scene ("Before I eat, I wash my
    hands": the washing is the point), or 0. It ends at a comma, or without one where a new
    subject starts the main clause ("When I feel sad I like to look at photos"); a comma that
    only goes on with a list ("When I get up I have a shower, then a cup of tea") ends
    nothing."""
    sentence = text[start:end]
    words = tokenise(sentence)
    if not words or words[0].norm not in SCENE_SETTERS:
        return 0
    comma = sentence.find(",")
    for k in range(2, len(words)):
        if comma >= 0 and words[k].start > comma:
            break
        if words[k].norm in SUBJECTS and words[k - 1].norm not in ("and", "or", "that"):
            return start + words[k].start
    after = [t.norm for t in words if t.start > comma] if comma >= 0 else []
    if after and after[0] not in ("then", "and", "or", "but", "so"):
        return start + comma
    return 0


def choose(text: str, matches: list[Match]) -> Idea | None:
    """The idea picture of TEXT (a paragraph or list item) among its MATCHES, or None."""
    if not matches:
        return None
    scored = []
    pictured = frozenset(
        t.start for m in matches for t in tokenise(text) if m.start <= t.start < m.end
    )
    # the sentences in order, not counting the empty ones a line break leaves between them
    spans = [k for k, (a, b) in enumerate(sentences(text)) if text[a:b].strip()]
    order = {k: n for n, k in enumerate(spans)}
    mentions = Counter(m.concept.id for m in matches)
    for m in matches:
        extra, why = _role(text, m, pictured)
        score = 2.0 * m.concept.weight + extra - 0.25 * order.get(m.sentence, m.sentence)
        if mentions[m.concept.id] > 1:  # what the paragraph keeps coming back to ("my wash")
            score += min(2, mentions[m.concept.id] - 1)
            why = ", ".join(filter(None, [why, "said more than once"]))
        if m.concept.id in BACKGROUND:
            score -= 3
        if m.concept.symbol == "photo":
            score += 1  # the person's own people lead when a paragraph is about them
        scored.append((score, -m.start, m, why))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best_score, _, best, why = scored[0]
    rivals = [s for s in scored[1:] if s[2].concept.id != best.concept.id]
    close = bool(rivals) and best_score - rivals[0][0] <= 0.5
    # a guess: nothing asks for it, wishes it or does it, and it is a general word or another
    # sentence's picture scored about the same ("I lived in my flat. I worked at the mill")
    asked = any(word in why for word in ("asked", "wishes", "instruction", "done to"))
    low = (not why and best.concept.weight <= 1) or (
        not asked and close and rivals[0][2].sentence != best.sentence
    )
    reason = f'"{best.term}": ' + (why or "the weightiest picture")
    return Idea(best, "low" if low else "high", reason)
