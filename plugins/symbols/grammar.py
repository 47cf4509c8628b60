"""Lemmas and parts of speech, so a word's sense comes from the sentence and not its spelling.

Why lemminflect: it ships its English lexicon inside the PyPI package (nothing is downloaded at
run time), gives every word's possible parts of speech with their lemmas, and makes every
inflection of a vocabulary word ("sleep" -> slept, "tooth" -> teeth). A full statistical tagger
was tried and left out (README "Pictures and symbols"): it took 1.7 s to import and still read
"I ring my daughter" as a noun. Care-plan sentences are short and first-person, so a noun/verb
choice from the lexicon plus the word before it is right where a picture depends on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import lemminflect

NOUN, VERB, ADJ, OTHER = "n", "v", "a", "o"

# A verb follows these ("I ring", "to walk", "please call", "can't hear", "I'll shower").
BEFORE_VERB = frozenset(
    """i you we they to please will would can could should must may might shall don't doesn't
    didn't can't cannot won't wouldn't couldn't shouldn't mustn't never always often usually
    sometimes also just still rarely i'll we'll you'll they'll i'd we'd let's let me help
    and or""".split()
)
# A noun follows these ("my ring", "the bank", "a pen", "two sugars", "of tea", "in a pen").
BEFORE_NOUN = frozenset(
    """a an the my your his her our their its this that these those some any no every each
    another one two three four five six seven eight nine ten few many more much of in on at
    by with without from for into onto under over near beside behind about new old own
    little big small nice good hot cold warm""".split()
)
SUBJECTS = frozenset("i you we they he she it".split())
OBJECTS = frozenset("me you him her us them".split())


@cache
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech the lexicon knows for WORD (n, v, a), empty when it knows none."""
    found = lemminflect.getAllLemmas(word)
    out = set()
    for upos in found:
        if upos in ("NOUN", "PROPN"):
            out.add(NOUN)
        elif upos in ("VERB", "AUX"):
            out.add(VERB)
        elif upos == "ADJ":
            out.add(ADJ)
    return frozenset(out)


@cache
def lemma(word: str) -> str:
    """The dictionary form of WORD, preferring a noun reading (teeth -> tooth, slept -> sleep)."""
    found = lemminflect.getAllLemmas(word)
    for upos in ("NOUN", "VERB", "ADJ"):
        if upos in found:
            return found[upos][0].lower()
    return word


@cache
def inflections(word: str, upos: str) -> frozenset[str]:
    """Every form of WORD as a noun ("NOUN") or a verb ("VERB"), WORD included."""
    forms = {word}
    for values in lemminflect.getAllInflections(word, upos=upos).values():
        forms.update(v.lower() for v in values)
    if len(forms) == 1:  # out of the lexicon: the regular endings
        forms.update(lemminflect.getAllInflectionsOOV(word, upos=upos).get("NNS" if upos == "NOUN" else "VBD", ()))
    return frozenset(forms)


def guess(words: Sequence[str], i: int) -> str:
    """Noun, verb or adjective for WORDS[i] in its sentence, from the lexicon and what comes before.

    Only the ambiguous words (ring, pen, bank, help, fish, walk...) need this; the rule is the one a
    reader uses: after "I", "to" or "please" it is something done, after "my", "a" or "the" a thing.
    """
    word = words[i]
    kinds = parts_of_speech(word)
    if len(kinds) <= 1:
        return next(iter(kinds), OTHER)
    j = i - 1
    while j >= 0 and words[j] in ("really", "just", "also", "still", "always", "never", "often", "usually", "sometimes", "not", "only"):
        j -= 1
    before = words[j] if j >= 0 else None
    after = words[i + 1] if i + 1 < len(words) else None
    if after in OBJECTS and VERB in kinds and before not in BEFORE_NOUN:
        return VERB  # "my granddaughter rings me": something done to someone
    if before is None:
        return VERB if VERB in kinds else NOUN  # "Ring Sue", "Walk with me": an instruction
    if before in BEFORE_NOUN and NOUN in kinds:
        return NOUN
    if before in BEFORE_VERB and VERB in kinds:
        return VERB
    if word.endswith("s") and before in SUBJECTS and VERB not in kinds:
        return NOUN
    if ADJ in kinds and NOUN not in kinds:
        return ADJ
    return NOUN if NOUN in kinds else VERB
