"""Words as the matcher sees them: tokens with offsets, function words, word forms.

Kept apart from the vocabulary so the rules a careful Easy Read writer follows (never picture
"the", "and", "I") are in one small place that tests can read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

# "w/c" is one word in a staff note (a wheelchair), but not "w/c 3rd May" (week commencing)
TOKEN = re.compile(r"(?<![^\W_/])[wW]/[cC](?![^\W_/])(?!\s*\d)|[^\W_]+(?:['’&\-][^\W_]+)*")
SENTENCE_BREAK = re.compile(r"[.!?;:\n•–—]|\s-\s")  # a dash or bullet starts a new clause

# Words that carry grammar rather than an idea: never given a picture on their own.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "each",
        "every",
        "either",
        "neither",
        "no",
        "none",
        "all",
        "both",
        "few",
        "many",
        "much",
        "more",
        "most",
        "less",
        "least",
        "other",
        "another",
        "such",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "whatever",
        "whoever",
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "one",
        "ones",
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "you're",
        "you've",
        "you'll",
        "he's",
        "she's",
        "it's",
        "we're",
        "we've",
        "they're",
        "they've",
        "that's",
        "there's",
        "here's",
        "let's",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "shouldn't",
        "couldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "haven't",
        "hasn't",
        "hadn't",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "if",
        "then",
        "than",
        "because",
        "as",
        "while",
        "when",
        "whenever",
        "where",
        "wherever",
        "whether",
        "though",
        "although",
        "unless",
        "until",
        "till",
        "since",
        "before",
        "after",
        "once",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "onto",
        "upon",
        "about",
        "above",
        "below",
        "over",
        "under",
        "up",
        "down",
        "out",
        "off",
        "through",
        "across",
        "along",
        "around",
        "round",
        "between",
        "behind",
        "beside",
        "beyond",
        "underneath",
        "towards",
        "among",
        "against",
        "without",
        "within",
        "near",
        "past",
        "via",
        "per",
        "be",
        "am",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "ought",
        "not",
        "very",
        "too",
        "also",
        "just",
        "only",
        "even",
        "still",
        "really",
        "quite",
        "rather",
        "almost",
        "always",
        "never",
        "often",
        "sometimes",
        "usually",
        "ever",
        "again",
        "already",
        "soon",
        "now",
        "then",
        "here",
        "there",
        "how",
        "why",
        "yes",
        "ok",
        "okay",
        "please",
        "thank",
        "thanks",
        "like",
        "get",
        "gets",
        "got",
        "getting",
        "go",
        "goes",
        "went",
        "going",
        "gone",
        "make",
        "makes",
        "made",
        "making",
        "take",
        "takes",
        "took",
        "taken",
        "want",
        "wants",
        "wanted",
        "need",
        "needs",
        "needed",
        "let",
        "lets",
        "put",
        "puts",
        "say",
        "says",
        "said",
        "seen",
        "know",
        "knows",
        "knew",
        "known",
        "think",
        "thinks",
        "thought",
        "come",
        "comes",
        "came",
        "coming",
        "give",
        "gives",
        "gave",
        "given",
        "keep",
        "keeps",
        "kept",
        "use",
        "uses",
        "used",
        "try",
        "tries",
        "tried",
        "lot",
        "lots",
        "bit",
        "thing",
        "things",
        "way",
        "ways",
    ]
)

# Articles and possessives: the words before a noun, shared by every list below that needs them.
ARTICLES = frozenset(["a", "an", "the", "my", "your", "his", "her", "our", "their"])
# Pointing and quantity words that stand where an article does ("this cup", "some tea").
DEMONSTRATIVES = frozenset(["this", "that", "these", "those", "some", "any"])
DETERMINERS = ARTICLES | frozenset(["this", "that", "some", "any", "new", "own"])
FEEL = frozenset(
    [
        "feel",
        "feels",
        "feeling",
        "felt",
        "be",
        "am",
        "is",
        "was",
        "get",
        "gets",
        "getting",
        "got",
        "keep",
        "stay",
        "too",
        "very",
        "so",
        "quite",
        "bit",
        "i'm",
        "it's",
    ]
)
# The hours of a clock face, in words and in figures ("at six", "by 6"): HOUR in vocabulary.yml
HOUR_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ]
)
HOUR = HOUR_WORDS | frozenset(str(n) for n in range(1, 13))
# Feeding: the words before "feed" that make it a tube's or a baby's feed ("night feeds", "PEG
# feed"), and the words after it that make a person the one fed ("feed me", "feed the family"):
# TUBE_FEED and PERSON_FED in vocabulary.yml, for the pictures of feeding a pet or the birds
TUBE_FEED = DETERMINERS | frozenset(
    [
        "tube",
        "tubes",
        "peg",
        "night",
        "overnight",
        "bolus",
        "pump",
        "enteral",
        "milk",
        "baby",
        "bottle",
        "extra",
    ]
)
PERSON_FED = DETERMINERS | frozenset(
    [
        "me",
        "myself",
        "himself",
        "herself",
        "themselves",
        "yourself",
        "us",
        "you",
        "someone",
        "somebody",
        "others",
        "people",
        "everyone",
        "everybody",
        "poor",
        "hungry",
        "homeless",
        "up",
        "through",
        "via",
        "by",
        "tube",
        "peg",
        "back",
        "patients",
        "residents",
        "family",
        "kids",
        "children",
        "grandchildren",
        "husband",
        "wife",
        "mum",
        "dad",
        "mother",
        "father",
    ]
)
# A year in figures ("went in 1994", "passed in 2012"): YEAR in vocabulary.yml
YEAR = frozenset(str(n) for n in range(1900, 2040))
# The words after "gone" or "go" that say where the going goes ("gone out", "when I go to bed",
# "when I'm gone shopping"): GOES_TO in vocabulary.yml, so a death said gently is not read there
GOES_TO = frozenset(
    [
        "to",
        "into",
        "in",
        "out",
        "off",
        "up",
        "down",
        "on",
        "over",
        "round",
        "around",
        "for",
        "with",
        "from",
        "through",
        "by",
        "onto",
        "across",
        "along",
        "under",
        "past",
        "there",
        "here",
        "back",
        "away",
        "home",
        "abroad",
        "upstairs",
        "downstairs",
        "outside",
        "inside",
        "missing",
        "shopping",
    ]
)
# The usual words of football clubs' names (Rovers, United, the Toon): a match's score or
# result after them is the team's. One list (code review 61a item 13), read by vocabulary.yml's
# score-r319, football's supporter, the stadium's ground, football-fan-r254 and the no_picture
# "at home", and by matcher._after_a_name; not by games' "!~", where "town" and "city" would
# take the games from "games at the club in town". Not "Wednesday": a day's word before
# "results" is when, not which team
TEAM = frozenset(
    ["rovers", "rangers", "united", "city", "town", "athletic", "albion", "wanderers", "celtic"]
    + ["county", "villa", "thistle", "hibs", "hearts", "spurs", "saints", "argyle", "orient"]
    + ["hatters", "toon", "pools", "forest", "palace", "hotspur"]
)
# Words that say a sentence is about football: a result after a name, or a score, is the
# match's (vocabulary.yml's score-r319 and matcher._after_a_name read this one list). Not "cup",
# "fans" or "division", which a ward says too ("the results with a cup of tea", "the fans on":
# code review 61a item 7)
FOOTBALL = frozenset(
    ["match", "matches", "football", "team", "teams", "goal", "goals", "kick-off", "league"]
    + ["saturday", "fixtures", "fixture"]
)
# The words that say one worked at a place, one list for every rule that asks it (a works
# named by what it made: WORKS_JOB; a mill's or a quay's name after "at": matcher.AT_THE_MILL
# and AT_THE_PORT), each adding its own trade's words (code review 61e item 15)
JOB = frozenset(
    ["worked", "working", "job", "jobs", "shift", "shifts", "employed", "apprentice"]
    + ["apprenticed", "apprenticeship", "foreman"]
)
# The guards of a works named by what it made ("the slipper works", "the gas works"), one list
# each for all its senses in vocabulary.yml (factory-works-r391; code review 61c item 12):
# WORKS_OWNED before it makes it a thing of one's own ("my iron works a treat", "the steam iron
# works"); WORKS_JOB in its sentence says the job; WORKS_NEARBY in its sentence says one grew up
# or lived by a works named by its trade ("we lived on the street by the iron works"), not by a
# bare "the boiler works", which says a boiler works in "the boiler works now, we lived in the
# cold" (code review 61e item 7); WORKS_DOING after it says it works as a thing does ("the gas
# works fine", "the felt works brilliantly", "the tube works much better"); not "for" or
# "with", which a job may take ("at the gas works for thirty years"), nor "as" ("at the gas
# works as a fitter").
WORKS_OWNED = frozenset(
    ["my", "your", "his", "her", "our", "their", "steam", "new", "travel", "this", "that"]
)
WORKS_JOB = JOB | frozenset(
    ["years", "fitter", "labourer", "packer", "packed", "closed", "shut", "clicker", "retired"]
    + ["machinist", "machinists"]
)
WORKS_NEARBY = frozenset(["grew", "lived", "street", "chimney", "chimneys", "whistle"])
WORKS_DOING = frozenset(
    ["fine", "well", "ok", "okay", "again", "properly", "better", "best", "wonders", "alright"]
    + ["a", "an", "out", "it", "on", "by", "like", "miracles", "magic", "lovely", "now"]
    + ["brilliantly", "great", "nicely", "wonderfully", "much", "perfectly"]
)
MACROS = {
    "DET": DETERMINERS,
    "FEEL": FEEL,
    "HOUR": HOUR,
    "TUBE_FEED": TUBE_FEED,
    "PERSON_FED": PERSON_FED,
    "YEAR": YEAR,
    "GOES_TO": GOES_TO,
    "TEAM": TEAM,
    "FOOTBALL": FOOTBALL,
    "WORKS_OWNED": WORKS_OWNED,
    "WORKS_JOB": WORKS_JOB,
    "WORKS_NEARBY": WORKS_NEARBY,
    "WORKS_DOING": WORKS_DOING,
}


@dataclass(frozen=True)
class Token:
    text: str  # as written
    norm: str  # lower case, straight apostrophe
    start: int
    end: int


def normalise(word: str) -> str:
    return word.lower().replace("’", "'")


def norms(text: str) -> list[str]:
    """TEXT's words, normalised, without their places: what tokenise gives, for reading the
    vocabulary's 15,000 terms at start-up."""
    return [normalise(w) for w in TOKEN.findall(text)]


@cache
def by_first_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """PHRASES (word tuples) by their first word, longest first: a word looks only at its own
    few, where the lists hold hundreds (negation's phrases, the idioms with no picture)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(sorted(ps, key=len, reverse=True)) for w, ps in out.items()}


def tokenise(text: str) -> list[Token]:
    return [
        Token(m.group(), normalise(m.group()), m.start(), m.end()) for m in TOKEN.finditer(text)
    ]


def without_possessive(norm: str) -> str | None:
    """doctor's -> doctor, carers' -> carers; None when there is no possessive ending."""
    if norm.endswith("'s") and len(norm) > 2:
        return norm[:-2]
    if norm.endswith("s'"):
        return norm[:-1]
    return None


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _doubles(word: str) -> bool:
    """Short consonant-vowel-consonant verbs double the last letter: shop -> shopping."""
    return bool(re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprtv]", word)) and len(word) <= 4


def verb_forms(word: str) -> set[str]:
    """walk -> walks, walking, walked; also the doubled forms of short verbs (chat -> chatting)."""
    forms = {word, plural(word)}
    if word.endswith("ie"):
        forms |= {word[:-2] + "ying", word + "d"}
    elif word.endswith("e") and not word.endswith(("ee", "oe", "ye")):
        forms |= {word[:-1] + "ing", word + "d"}
    elif word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        forms |= {word + "ing", word[:-1] + "ied"}
    else:
        forms |= {word + "ing", word + "ed"}
    if _doubles(word):
        forms |= {word + word[-1] + "ing", word + word[-1] + "ed"}
    return forms


def is_sentence_start(text: str, token: Token, previous: Token | None) -> bool:
    """True for the first word of a sentence, where a capital letter says nothing about names."""
    gap = text[previous.end : token.start] if previous else text[: token.start]
    return previous is None or bool(SENTENCE_BREAK.search(gap)) or '"' in gap or "“" in gap


def is_capitalised(word: str) -> bool:
    """Sue, Rose, Biscuit: a capital first letter followed by small letters (TV and GP are not,
    nor their plurals: CDs, TVs, GPs). A capital letter on its own before a hyphen names a
    shape, no person: a T-shirt, an X-ray, a U-bend."""
    if word[1:2] == "-":
        return False
    stem = word[:-2] if word.endswith("'s") else word[:-1] if word.endswith("s") else word
    return word[:1].isupper() and not word.isupper() and not (len(stem) > 1 and stem.isupper())
