"""Lemmas and parts of speech, so a word's sense comes from the sentence and not its spelling.

Why a committed table (data/lexicon.tsv.gz, made by scripts/build_symbols.py from lemminflect's
English lexicon, MIT): lemminflect knows every word's possible parts of speech with their lemmas
and, read backwards, every inflection of a vocabulary word ("sleep" -> slept, "tooth" -> teeth).
Importing and loading lemminflect itself takes 1.5 s, at every `python build.py symbols`; the
table loads in a fraction of that and nothing else is read at run time. A full statistical
tagger was tried and left out (README "Pictures and symbols"): it took 1.7 s to import and still
read "I ring my daughter" as a noun. Care-plan sentences are short and first-person, so a
noun/verb choice from the lexicon plus the words around it is right where a picture depends on it.
"""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from .negation_words import COPULAS, TIME_WORDS
from .words import ARTICLES, DEMONSTRATIVES, FUNCTION_WORDS, HOUR_WORDS

LEXICON = Path(__file__).parent / "data" / "lexicon.tsv.gz"
GIVEN_NAMES = Path(__file__).parent / "data" / "given_names.txt"  # scripts/given_names.py
NOUN, VERB, ADJ, OTHER = "n", "v", "a", "o"
UPOS = {"NOUN": NOUN, "VERB": VERB, "ADJ": ADJ}

# A verb follows these ("I ring", "to walk", "please call", "can't hear", "I'll shower").
BEFORE_VERB = frozenset(
    [
        "i",
        "you",
        "we",
        "they",
        "to",
        "please",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "do",
        "does",
        "did",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "mustn't",
        "never",
        "always",
        "often",
        "usually",
        "sometimes",
        "also",
        "just",
        "still",
        "rarely",
        "i'll",
        "we'll",
        "you'll",
        "they'll",
        "i'd",
        "we'd",
        "let's",
        "let",
        "me",
        "help",
        "and",
        "or",
    ]
)
# A noun follows these ("my ring", "the bank", "a pen", "two sugars", "of tea", "in a pen"), and
# the numbers one to twelve (the clock's HOUR_WORDS: "twelve eggs" as "ten eggs").
BEFORE_NOUN = (
    ARTICLES
    | DEMONSTRATIVES
    | HOUR_WORDS
    | frozenset(
        [
            "its",
            "no",
            "every",
            "each",
            "another",
            "few",
            "many",
            "more",
            "much",
            "of",
            "in",
            "on",
            "at",
            "by",
            "with",
            "without",
            "from",
            "for",
            "into",
            "onto",
            "under",
            "over",
            "near",
            "beside",
            "behind",
            "about",
            "new",
            "old",
            "own",
            "little",
            "big",
            "small",
            "nice",
            "good",
            "hot",
            "cold",
            "warm",
        ]
    )
)
SUBJECTS = frozenset(["i", "you", "we", "they", "he", "she", "it"])
OBJECTS = frozenset(["me", "you", "him", "her", "us", "them"])
# "dress myself", "wash herself": a word before one of these is something done (round 65)
REFLEXIVES = frozenset(["myself", "yourself", "himself", "herself", "ourselves", "themselves"])
# The person's family and friends, one word each: who does things with or for them ("my
# daughter helps with...") and whose things are not theirs ("my brother's hearing aid").
FAMILY = frozenset(
    ["daughter", "son", "wife", "husband", "partner", "neighbour", "friend", "brother", "sister"]
    + ["grandson", "granddaughter", "grandchild", "niece", "nephew", "cousin", "aunt", "auntie"]
    + ["uncle", "mum", "dad", "mother", "father", "daughter-in-law", "son-in-law", "mate", "pal"]
    + ["sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "lodger"]
)
# The people a plan says do things for the person: "my daughter helps with...", "the carer brings"
DOERS = FAMILY | frozenset(
    ["carer", "nurse", "doctor", "vicar", "priest", "imam", "minister", "cleaner", "chiropodist"]
    + ["hairdresser"]
)
# Words between a doer and the doing that say how often or how ("my son always reads...").
ADVERBS = frozenset(
    ["really", "just", "also", "still", "always", "never", "often", "usually", "sometimes"]
    + ["not", "only"]
)
POSSESSIVES = frozenset(["my", "the", "our", "his", "her", "their"])


@cache
def _lexicon() -> tuple[dict[str, frozenset[str]], dict[str, dict[str, str]]]:
    """({part of speech: its words}, {part of speech: {form: lemma}}), read once (~50 ms)."""
    words: dict[str, frozenset[str]] = {}
    lemmas: dict[str, dict[str, str]] = {}
    with gzip.open(LEXICON, "rt", encoding="utf-8") as table:
        for line in table:
            kind, _, cells = line.rstrip("\n").partition("\t")
            if kind.startswith("="):
                lemmas[kind[1:]] = dict(cell.split("=", 1) for cell in cells.split())
            elif not kind.startswith("#"):
                words[kind] = frozenset(cells.split())
    return words, lemmas


@cache
def _forms_of(kind: str) -> dict[str, frozenset[str]]:
    """lemma -> every form the lexicon gives it as KIND: "tooth" -> {tooth, teeth}."""
    out: dict[str, set[str]] = {}
    for form, base in _lexicon()[1].get(kind, {}).items():
        out.setdefault(base, set()).add(form)
    return {base: frozenset(forms) for base, forms in out.items()}


@cache
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech the lexicon knows for WORD (n, v, a), empty when it knows none."""
    return frozenset(kind for kind, words in _lexicon()[0].items() if word in words)


@cache
def lemma(word: str) -> str:
    """The dictionary form of WORD, preferring a noun reading (teeth -> tooth, slept -> sleep)."""
    words, lemmas = _lexicon()
    for kind in (NOUN, VERB, ADJ):
        if word in words.get(kind, ()):
            return lemmas.get(kind, {}).get(word, word)
    return word


def subject_at(words: Sequence[str], j: int) -> bool:
    """WORDS[j] ends a person named as the one doing: "my daughter", "the carer", "my son Dev" or
    a name opening the clause; not in "four carer calls", "read the carer notes", "WhatsApp
    messages" or "listen to Elvis records"."""
    if j >= 1 and words[j - 1] in DOERS and name_like(words[j]):
        return True  # "my son Dev"
    if words[j] in DOERS and j >= 1 and words[j - 1] in POSSESSIVES:
        return j < 2 or VERB not in parts_of_speech(words[j - 2])
    return name_like(words[j]) and (
        j == 0
        or (words[j - 1] not in BEFORE_NOUN | {"to"} and VERB not in parts_of_speech(words[j - 1]))
    )


# People and the parts of a person: a clause whose doer is one of these is about the person.
PEOPLE = DOERS | frozenset(
    ["man", "woman", "lady", "gentleman", "person", "people", "everyone", "someone", "somebody"]
    + ["nobody", "baby", "child", "children", "family", "grandchildren", "husband", "girl", "boy"]
    + ["lad", "lass", "nan", "nana", "gran", "granny", "grandad", "grandpa", "grandma", "postman"]
    + ["milkman", "postie", "warden", "resident", "patient", "twin", "grandmother", "grandfather"]
    + ["hubby", "mam", "fella", "physio", "sitter", "choir", "congregation", "visitor", "lodger"]
    + ["chaplain", "rabbi", "volunteer", "helper", "companion", "befriender", "worker"]
)
BODY = frozenset(
    ["hand", "foot", "finger", "toe", "leg", "arm", "knee", "nose", "ear", "body", "head", "chest"]
    + ["back", "hip", "skin", "face", "lip", "neck", "shoulder", "ankle", "wrist", "bone", "joint"]
    + ["hair", "tooth", "teeth", "nail", "eye", "mouth", "bottom", "tummy", "stomach"]
)
# Where a person is cold or falls: "the house is cold", "the weather turns cold".
SURROUNDINGS = frozenset(
    ["weather", "house", "home", "room", "bedroom", "cottage", "flat", "bungalow", "kitchen"]
    + ["bathroom", "lounge", "hall", "church", "chapel", "ward", "night", "day", "morning", "air"]
    + ["wind", "winter", "garden", "place", "bed", "office", "shop", "bus", "car", "street"]
)
# Of LINKS, those that leave "it" the doer of what follows ("it will fall", "it does not
# fall"); "it gets cold", "it can get cold" are the weather.
IT_LINKS = frozenset(
    ["do", "does", "did", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "couldn't"]
    + ["wouldn't", "not", "never", "will", "would", "might", "may", "can", "could"]
)
# Words between a doer and what happens to it: "my tea goes cold", "the frame has fallen", "so
# it does not fall", "my tea never goes cold".
LINKS = (
    ADVERBS
    | IT_LINKS
    | frozenset(
        ["go", "goes", "went", "gone", "going", "get", "gets", "got", "getting", "turns", "turned"]
        + ["has", "have", "had", "nearly", "almost", "is", "are", "was", "were", "be", "been"]
        + ["keeps", "kept", "stays", "stayed", "then", "once", "all", "soon", "quickly", "stone"]
    )
)


# Before "to" and a doing whose doer comes first: "my tablets start to work", "seem to work".
STARTS = frozenset(
    ["start", "starts", "started", "starting", "begin", "begins", "began", "seem", "seems"]
    + ["seemed", "fail", "fails", "failed", "need", "needs", "needed"]
)


# Before a wash or a fall that is itself the thing: "the evening wash", "a quick wash".
WHEN_OR_HOW = frozenset(
    ["morning", "evening", "bedtime", "lunchtime", "night", "sunday", "daily", "weekly", "quick"]
    + ["good", "proper", "full", "strip", "all-over", "bed", "top", "nasty", "bad", "big"]
)


def thing_doer(words: Sequence[str], j: int, named: Sequence[bool] = ()) -> bool:
    """True when what WORDS[j] says (a fall, going cold, drying) happens to a thing, not to the
    person: "the picture of my husband fell off the wall", "my tea's gone cold", "it dries my
    skin"; not "I fell", "my hands go cold", "my son fell", "My Bill fell" (NAMED marks the
    words written with a capital) or "it gets cold at night". The doer is a thing only after
    "the", "my", "this"...: a bare noun before the word is too often a name or a describing
    word. Where WORDS[j] is itself a thing ("the evening wash"), nothing happens to anything."""
    if j and words[j - 1] in ARTICLES | WHEN_OR_HOW:
        return False  # "the wash", "the evening wash": a thing, nothing happening to another
    k = j - 1
    while k >= 0 and words[k] in LINKS | {"to"}:
        if words[k] == "to" and not (k and words[k - 1] in STARTS):
            break  # "a sponge to wash my back": no doer
        k -= 2 if words[k] == "to" else 1  # "my tablets start to work": past "start to" too
    if k < 0:
        return False
    if words[k] == "it":
        return all(w in IT_LINKS for w in words[k + 1 : j])  # "it fell", "it does not fall";
        # "it gets cold" is the weather
    if words[k] in SUBJECTS | OBJECTS | FUNCTION_WORDS:
        return False  # "I fell", "a sponge to wash my back"
    if words[k] == "door" and k and words[k - 1] == "next":
        return False  # "the lady next door sits with me": a neighbour
    doer = words[k].removesuffix("'s")  # "my tea's gone cold"
    if doer != words[k] and k != j - 1 and words[k + 1] not in LINKS:
        return False  # "my son's dog fell": whose, not who
    h = k  # "the picture of my husband", "the girl from the agency": the picture, the girl
    while h >= 3 and words[h - 1] in ARTICLES and words[h - 2] in ("of", "from"):
        h -= 3
    head = words[h] if h != k else doer  # the thing the phrase is about
    for _ in range(3):  # "my walking frame", "the hot water bottle": back to the first word
        before = words[h - 1] if h else ""
        if not before or before in ARTICLES | {"this"} | FUNCTION_WORDS | LINKS:
            break
        h -= 1
    if h < 1 or words[h - 1] not in ARTICLES | {"this"}:
        return False
    if any(named[h : k + 1]):
        return False  # "My Bill fell", "Our Rose gets cold": a person
    if {head, lemma(head)} & (PEOPLE | BODY | SURROUNDINGS):
        return False
    kinds = parts_of_speech(head)  # next to it, a thing, not a describing word ("a good wash")
    describes = ADJ in kinds and k == j - 1 and doer == words[k]
    thing = NOUN in kinds or (not kinds and head.isalpha())  # "my cocoa", "my horlicks"
    return thing and not describes and bool(parts_of_speech(words[j]) - {NOUN})


# Words between a person and how they are, besides LINKS: "I am always so parched", "I feel
# very parched", "she's that parched" (person_doer)
HOW_MUCH = frozenset(["am", "feel", "feels", "felt", "feeling", "so", "very", "too", "quite"])
HOW_MUCH |= frozenset(["that", "bit", "a", "ever", "proper", "absolutely"])
# The doers that are the person, said or shortened with their verb: "I'm", "she's", "they"
PERSON_DOERS = frozenset(["i", "i'm", "im", "he", "he's", "she", "she's", "we", "we're", "you"])
PERSON_DOERS |= frozenset(["they", "they're"])
# Verbs of being or having: after a said one ("was", "gets"), the word before is its doer, no
# other such verb: in "the garden I had was so parched" the garden was, "I had" is its clause
BEING_OR_HAVING = frozenset(["is", "are", "was", "were", "am", "be", "been", "has", "have", "had"])
BEING_OR_HAVING |= frozenset(["get", "gets", "got", "getting", "go", "goes", "went", "gone"])
BEING_OR_HAVING |= frozenset(["feel", "feels", "felt", "keeps", "kept", "stays", "stayed"])
BEING_OR_HAVING |= frozenset(["turns", "turned"])
# Said ones, that take no other verb of being or having before them ("had been" does)
SAID_BEING = frozenset(["is", "are", "was", "were", "am", "gets", "get", "got", "feels", "felt"])


def person_doer(words: Sequence[str], j: int, named: Sequence[bool] = ()) -> bool:
    """True when what WORDS[j] says is said of a person: the words before it, past the words of
    being and of how often or how much, start with I, she, they, a person or a given name
    written with a capital (NAMED marks those words) ("I'm always so parched", "she is usually
    really parched", "my husband gets so parched", "Jim gets so parched"); not with a thing,
    "it" or "everything" ("the pasture was always so parched", "everything was so parched"),
    nor a person in a clause before the doer ("the garden I had was always so parched")."""
    k = j - 1
    said = False
    while k >= 0 and (words[k] in LINKS or words[k] in HOW_MUCH):
        if said and words[k] in BEING_OR_HAVING:
            return False  # "the farm we had was so parched": the farm was
        said = said or words[k] in SAID_BEING
        k -= 1
    if k < 0:
        return False
    if words[k] in PERSON_DOERS or words[k].removesuffix("'s") in PEOPLE:
        return True
    return (
        k < len(named)
        and named[k]
        and given_name(words[k])
        and words[k].removesuffix("'s") not in NAMES_ALSO_THINGS
    )


def person_first(words: Sequence[str]) -> bool:
    """WORDS start with a person: "me", "the carers", "my son", "the new nurse". What a verb
    does to a person is not what it does to a thing ("grill the carers" asks them questions)."""
    if not words:
        return False
    if words[0] in OBJECTS:
        return True
    k = 1 if words[0] in ARTICLES | POSSESSIVES else 0
    if k and k < len(words) - 1 and ADJ in parts_of_speech(words[k]) and words[k] not in PEOPLE:
        k += 1  # "the new nurse"
    if not 0 < k < len(words):
        return False
    return a_person(words[k])


def a_person(word: str) -> bool:
    """WORD names a person or people: "son", "carers", "staff", "doctor"."""
    return bool({word, lemma(word), word.removesuffix("s")} & (PEOPLE | {"staff"}))


def plural(word: str) -> bool:
    """WORD names more than one thing: "glasses", "drinks", "teeth" (a noun whose lemma differs
    and is not an -ing or -ed form), not "grass", "Tom's" or "dinner"."""
    if word.endswith("s"):
        return not word.endswith(("'s", "ss"))
    return NOUN in parts_of_speech(word) and lemma(word) != word and not participle(word)


# Words that say who someone is, after a name ("Olive, my sister,", "Dawn is my key worker") or
# before it ("my great-granddaughter Poppy"): the people above and the roles of the people who
# come in; "name" for "Bill is my name".
NAMED_AS = PEOPLE | frozenset(
    ["worker", "housemate", "helper", "companion", "befriender", "volunteer", "name"]
)
# Pets a name is given to: "Daisy the cat", "Whisky is my wee dog", "Burek, my dog, ...".
PETS = frozenset(
    ["cat", "dog", "budgie", "canary", "parrot", "kitten", "puppy", "rabbit", "tortoise"]
    + ["hamster", "cockatiel", "pony", "horse", "bird", "goldfish", "guinea", "ferret", "pup"]
    # a dog's breed names a pet as "dog" does: "Biscuit is my Jack Russell", "Meg, my collie,"
    + ["terrier", "russell", "westie", "spaniel", "collie", "labrador", "lab", "poodle", "pug"]
    + ["whippet", "greyhound", "lurcher", "dachshund", "corgi", "retriever", "schnauzer"]
)
# What a person does for or with the person, read after a given name at a clause's start:
# "Daisy brings my shopping", "Joy visits every afternoon", "Dawn has to drive me" (lemmas).
# Not what a plant, a bird, a drink or a season does (grows, sings, warms): "Holly grows by the
# gate" is the holly.
PERSON_DOINGS = frozenset(
    ["visit", "ring", "phone", "call", "text", "bring", "take", "fetch", "drive", "help", "do"]
    + ["come", "pop", "say", "tell", "ask", "know", "read", "write", "cook", "clean", "wash"]
    + ["dress", "shave", "walk", "lay", "put", "give", "keep", "sort", "fix", "look", "live"]
    + ["work", "shop", "pick", "collect", "check", "see", "stay", "talk", "chat", "play", "get"]
    + ["care", "mind", "feed", "knit", "sew", "massage", "file", "paint", "pay", "lend", "send"]
    + ["email", "skype", "facetime", "teach", "buy", "make", "set", "sit", "dry", "brush", "cut"]
    + ["want", "worry", "translate", "interpret", "count"]  # "Dawn wants me to get a cat"
    + ["remember", "forget"]  # "Heather never forgets my birthday"
)


# Given names that are also a season, a feeling, a virtue, a drink, a herb or a gem, words that
# open a sentence as the thing with no article ("Summer comes round fast", "Faith helps me",
# "Brandy helps me sleep", "Rosemary helps my memory"): read as a person only on a stronger sign
# than PERSON_DOINGS (matcher._as_person).
NAMES_ALSO_THINGS = frozenset(
    ["summer", "autumn", "spring", "winter", "faith", "joy", "hope", "grace", "peace", "charity"]
    + ["patience", "mercy", "harmony", "brandy", "sherry", "rosemary", "basil", "saffron"]
    + ["jasmine", "ruby", "amber", "pearl", "coral"]
)
# What only a person does, the stronger sign for NAMES_ALSO_THINGS ("Faith visits", "Joy rings
# me", "Grace drives", "Joy worries too much"): not "helps", "comes", "keeps", "brings ... on";
# "bring", "take" and "fetch" count where they carry someone or something, "cut" and "do" with
# someone's thing after it ("cuts my hair", "Joy does my nails"; not "does me good"), "look"
# as "look after", "help" as helping someone do one of these ("helps me dress")
# (matcher._only_a_person_does).
ONLY_PERSON_DOINGS = frozenset(
    ["visit", "ring", "phone", "call", "text", "email", "skype", "facetime", "drive", "cook"]
    + ["say", "tell", "ask", "write", "read", "shave", "dress", "knit", "sew", "pay", "lend"]
    + ["send", "teach", "buy", "talk", "chat", "live", "work", "shop", "pick", "collect", "pop"]
    + ["wash", "clean", "massage", "paint", "feed", "walk", "bring", "take", "fetch", "cut"]
    + ["look", "help", "do", "worry", "translate", "interpret", "count"]
    + ["know", "remember", "forget"]  # "Joy knows my routine": no feeling or season knows
)


@cache
def given_names() -> frozenset[str]:
    """The given names of scripts/given_names.py's table (Faker's, MIT), lower case."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def given_name(word: str) -> bool:
    """WORD (lower case, an "'s" allowed) is a given name: daisy, dawn, robin, dawn's."""
    return (word[:-2] if word.endswith("'s") else word) in given_names()


def verb_lemma(word: str) -> str:
    """WORD's lemma as a verb ("brings" -> bring, "came" -> come), WORD where it has none."""
    return _lexicon()[1].get(VERB, {}).get(word, word)


def name_like(word: str) -> bool:
    """WORD is no word the lexicon or the small words know: a name ("my son Dev does...")."""
    return not parts_of_speech(word) and word not in FUNCTION_WORDS and word.isalpha()


@cache
def participle(word: str) -> bool:
    """WORD is a verb's -ed or -ing form ("crowded", "talking"), not "bed" or "ring"."""
    base = _lexicon()[1].get(VERB, {}).get(word, word)
    return base != word and word.endswith(("ed", "ing", "en"))


@cache
def past_tense(word: str) -> bool:
    """WORD is a verb's past form ("taught", "drove", "died", "was"), not "read", "teaches" or
    "would"."""
    base = _lexicon()[1].get(VERB, {}).get(word)
    if word in BEFORE_VERB:  # "would", "could", "did": a modal or a helper, no telling
        return False
    if word == "was":
        return True
    return base is not None and base != word and not word.endswith(("ing", "s"))


def inflections(word: str, upos: str) -> frozenset[str]:
    """Every form of WORD as a noun ("NOUN") or a verb ("VERB"), WORD included."""
    return _forms_of(UPOS[upos]).get(word, frozenset()) | {word}


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
    while j >= 0 and words[j] in ADVERBS:
        j -= 1
    before = words[j] if j >= 0 else None
    after = words[i + 1] if i + 1 < len(words) else None
    if after in OBJECTS | REFLEXIVES and VERB in kinds and before not in BEFORE_NOUN:
        return VERB  # "my granddaughter rings me": something done to someone
    if before is None and after in COPULAS and NOUN in kinds and not _doing_form(word):
        return NOUN  # "Ring is too tight now": the thing the sentence is about, no instruction
    if before is None:
        return VERB if VERB in kinds else NOUN  # "Ring Sue", "Walk with me": an instruction
    if word.endswith("s") and VERB in kinds and after in BEFORE_NOUN and subject_at(words, j):
        return VERB  # "my daughter helps with my shopping", "my son Dev does my bills"
    if word.endswith("s") and VERB in kinds and after in BEFORE_NOUN and _named_doer(words, j):
        return VERB  # "Ann watches the telly", "Mum ties my laces": a name the lexicon also knows
    if word.endswith("s") and VERB in kinds and before in ("he", "she"):
        return VERB  # "she checks my feet", "he always checks the doors" (code review 58b item 9)
    if before == "longer" and j and words[j - 1] == "no" and VERB in kinds:
        return VERB  # "I can no longer lift the kettle": a doing lost, not "a longer walk"
    if _doing_to_a_thing(words, i, kinds, before):
        return VERB  # "so open my post", "empty the bag": a state word can't take 'my' or 'the'
    if (
        before in ("so", "then")
        and VERB in kinds
        and after in _DONE_TO
        and not (before == "so" and i > 1 and words[i - 2] in _SO_AS_VERY)
    ):
        return VERB  # "so check the batteries", "then cream my legs": what to do next
    if before in BEFORE_NOUN and NOUN in kinds:
        return NOUN
    if before in BEFORE_VERB and VERB in kinds:
        return VERB
    if word.endswith("s") and before in SUBJECTS and VERB not in kinds:
        return NOUN
    if ADJ in kinds and NOUN not in kinds:
        return ADJ
    return NOUN if NOUN in kinds else VERB


# What an instruction is done to, right after its verb: "so check the batteries", "then wash
# my back", "so walk him round the block" (round 386). "So" or "then" before a word that is
# also a thing opens the next thing to do, and a thing is not followed by 'the' or 'my'.
_DONE_TO = POSSESSIVES | OBJECTS | frozenset(["your"])
# Words after which "so" means "very", not "and so": "it is so warm the plants wilt", "it gets
# so cold the pipes freeze" say how a thing is (code review 57a item 12).
_SO_AS_VERY = frozenset(
    ["is", "are", "was", "were", "am", "be", "been", "being", "get", "gets", "got", "getting"]
    + ["feel", "feels", "felt", "feeling", "seem", "seems", "look", "looks", "become", "ever"]
    + ["not", "i'm", "it's", "go", "goes", "went", "turn", "turns", "grow", "grows", "keep"]
)


# Words after which a state word before 'the' or 'my' still says how a thing is ("keep it open
# the whole night", "the shop is open the day after"), not something done to it.
_STATE_BEFORE = COPULAS | frozenset(
    ["be", "been", "being", "keep", "kept", "leave", "left", "stay"]
)
_STATE_AFTER = frozenset(["whole", "day", "night", "morning", "evening", "week", "rest", "same"])
# what "a" opens after a state word that is an amount or a while, not a thing done to
_AMOUNT_AFTER = frozenset(["lot", "bit", "little", "few", "day", "week", "while", "crack", "touch"])


def _doing_to_a_thing(
    words: Sequence[str], i: int, kinds: frozenset[str], before: str | None
) -> bool:
    """WORDS[i], only a verb or adjective (open, empty, dry), is done to what 'the' or 'my' starts.

    An adjective is not followed by an article or a possessive (save "a lot", "a bit"...), so
    "so open my post" and ", open the window" are instructions even with no 'please' or 'to'.
    """
    if kinds != frozenset([VERB, ADJ]) or words[i] in ("even",):
        return False
    if i + 1 >= len(words) or words[i + 1] not in POSSESSIVES | {"your", "a", "an"}:
        return False
    if before in _STATE_BEFORE or before in BEFORE_NOUN:
        return False
    if i + 2 < len(words) and words[i + 1] in ("a", "an") and words[i + 2] in _AMOUNT_AFTER:
        return False  # "I found the kitchen empty a lot of the time": how it was (code review)
    return not (i + 2 < len(words) and words[i + 2] in _STATE_AFTER)


# Words after which a name or "Mum" opens a clause: "and Dad ties my laces", "if Bill rings
# the doctor" (code review 61d item 13); a time word before it ends a time phrase that opens the
# sentence or clause: "most days Jack waters the plants", "on Sundays Mum rings"
_CLAUSE_OPENERS = (
    frozenset(
        [
            "and",
            "but",
            "so",
            "then",
            "because",
            "when",
            "whenever",
            "while",
            "till",
            "until",
            "if",
            "unless",
            "once",
            "as",
            "after",
            "before",
        ]
    )
    | TIME_WORDS
)


def named_doing(words: Sequence[str], i: int) -> bool:
    """WORDS[i], an -s word that may be a doing, follows a given name or family word opening its
    clause and comes before a thing's first word ("Rose waters the plants", "and Bill rings the
    doctor"): the name's doing (_named_doer). The matcher asks it of a phrase the two words
    make, read before guess() is asked ("rose water": code review 61e item 13)."""
    word = words[i]
    after = words[i + 1] if i + 1 < len(words) else None
    return (
        word.endswith("s")
        and after in BEFORE_NOUN
        and VERB in parts_of_speech(word)
        and _named_doer(words, i - 1)
    )


def _named_doer(words: Sequence[str], j: int) -> bool:
    """WORDS[j], opening its clause, is a given name or a family word said as a name ("Ann",
    "Bill", "Mum", "Grandad"): the doer of the -s word after it. subject_at() knows only names
    the lexicon does not ("Dev"), so "Bill watches the telly" and "Mum ties my laces" read as a
    bill's watches and a mum's ties without this (round 422)."""
    if j < 0 or not (j == 0 or words[j - 1] in _CLAUSE_OPENERS):
        return False
    word = words[j]
    return not word.endswith("'s") and (given_name(word) or word in FAMILY)


def _doing_form(word: str) -> bool:
    """WORD is a doing's -ing form ("swimming", "walking"), not a thing ending so ("ring")."""
    return word.endswith("ing") and len(word) > 5


# words that follow an "'s" saying "is" or "has", never an owner's thing: "Mum's not herself",
# "my hip's been bad", "the telly's always on"
_IS_NEXT = ADVERBS | frozenset(
    ["been", "very", "so", "too", "quite", "a", "an", "getting", "gone", "got", "ever", "bit"]
)


def says_is(words: Sequence[str], k: int) -> bool:
    """WORDS[k], a word with "'s" ("back's", "mum's"), says "is" or "has", not an owner: a
    describing word or a verb's form follows that names no thing ("my back's knackered", "the
    telly's broken", "Mum's not herself"). An owner keeps it: "Mum's chair", "Mum's old chair",
    "Dad's walking stick" (a describing word before a thing)."""
    word = words[k]
    if not word.endswith("'s") or len(word) < 4 or k + 1 >= len(words):
        return False
    following = words[k + 1]
    if following in _IS_NEXT:
        return True
    kinds = parts_of_speech(following)
    if NOUN in kinds:
        return False
    if not kinds:
        if not following.endswith(("ed", "en")):
            return False  # an unknown word may be a thing ("Joey's budgie")
    elif not (ADJ in kinds or participle(following)):
        return False
    after = words[k + 2] if k + 2 < len(words) else None
    return after is None or guess(words, k + 2) != NOUN
