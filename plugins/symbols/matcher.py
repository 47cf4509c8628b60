"""Find the key words of a text, as a careful Easy Read writer would.

Rules, in order: idioms that name no thing ("keep an eye on") get no picture, unless a phrase of
the vocabulary takes in the whole idiom ("a piece of cake with my tea"); the longest phrase
wins ("walking frame" before "walking"); a sense only counts where the sentence fits it (the
words next to it, its part of speech, other words of the sentence: "sheep in a pen" is a fold,
"sign with my pen" a pen); the person's own people and any other capitalised word in
mid-sentence are names and get no generic picture; function words never match; a thing the
sentence rules out is marked negated ("I do not eat fish"). The person's own kit (`uses:`) gives
their short words for it ("my chair") its picture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from ..utils.dates import WEEKDAYS
from . import grammar, salience
from .kit import KIT
from .negation import moved_as_a_warning
from .negation import negated as negated_tokens
from .negation_words import (
    COPULAS,
    MAIN_DOERS,
    MODALS,
    OBJECT_PRONOUNS,
    TIME_OR_PLACE,
    TIME_WORDS,
    VERB_NEGATORS,
)
from .vocabulary import CONCEPT, STAFF_AWAY, UNSEEN, Concept, Sense, Vocabulary, load, parse_term
from .words import (
    ARTICLES,
    DETERMINERS,
    FOOTBALL,
    FUNCTION_WORDS,
    HOUR_WORDS,
    JOB,
    TEAM,
    Token,
    by_first_word,
    is_capitalised,
    is_sentence_start,
    normalise,
    tokenise,
    without_possessive,
)

PER_SENTENCE = 1  # inline pictures in a sentence: one, so a line of text is never broken up
# The last word of a place's name says what the place is: "St Peter's Church", "King's College
# Hospital", "Bethel Chapel" (a capitalised word after a name, with no name word after it).
PLACE_HEADS = frozenset(
    [
        "church",
        "chapel",
        "cathedral",
        "abbey",
        "minster",
        "mosque",
        "gurdwara",
        "synagogue",
        "mandir",
        "hospital",
        "infirmary",
        "hospice",
        "pier",
        "school",
        "college",
        "library",
        "museum",
        "cemetery",
        "crematorium",
        "park",
        "market",  # "Kirkgate Market", as "the market" (round 254)
        # "Windsor Castle", "Cartmel Priory", "Penrhyn Quarry", "the Surrey Docks" (round 264;
        # not "Gardens", a street's name as often as a park's)
        "castle",
        "priory",
        "quarry",
        "docks",
        "stadium",  # "Stoke Mandeville Stadium" (round 264)
        "monastery",
        "temple",
        "lake",  # "Needham Lake", as "the lake" (round 291)
        "bay",  # "Walpole Bay", the seaside where the sentence says so (round 291)
        # "the Olympic Café", "Rio Cafe": the café, as "the café" (round 319)
        "cafe",
        "café",
        "dockyard",  # "Devonport Dockyard", as "the dockyard" (round 319)
        "reservoir",  # "Derwent Reservoir", as "the reservoir" (round 319)
        "colliery",  # "Littleton Colliery", the pit one worked at, as "the colliery" (round 391)
        # "a weaver at Queen Street Mill", "down Brook Mills": the mill one worked at, as "the
        # mill"; a railway named as a whole, "the East Lancashire Railway" (round 421)
        "mill",
        "mills",
        "railway",
        # "the Fish Quay", "Parkeston Quay", "Byker Bridge": the quay or the bridge, as "the quay"
        # (round 401; the bridge only where its own senses find a river or a crossing)
        "quay",
        "bridge",
        # "scatter my ashes off Peel Hill", "a walk up the Lyle Hill": the hill climbed or walked,
        # not a district of that name ("a factory in Cheetham Hill": round r420, _up_the_hill)
        "hill",
    ]
)
# Place words that end a name only where one worked there ("at Littleton Colliery", "at Queen
# Street Mill"); a village or a person may carry them ("born in Easington Colliery", "John Mills").
WORKED_AT_HEADS = frozenset(["colliery", "mill", "mills"])
# the people a thing is given to, two words before it, for "<<RECIPIENT" ("get him his tea");
# "you" is left out: "I'll get you your tea" is rare, "you get your tea" common
RECEIVERS = frozenset(["me", "him", "her", "us", "them"])
# Words after which a capitalised day or month is a name: "my dog Sunday", "called June".
PET_NAMED = grammar.PETS | frozenset(["called", "named"])
# Words that make a "Park" a sports ground, a venue named as a whole (LABELLING.md, stop 32):
# "the football at Windsor Park", "rugby at the Arms Park"; a league or a fixture is a team's
# ground too, as the terraces or a season ticket are (SPORTS_GROUND_FORMS; round 296). Not
# cricket, played in a town's park ("cricket in Moor Park on a Saturday": round 411).
SPORTS_GROUND = frozenset(
    ["football", "rugby", "match", "ground", "stadium", "team", "supporter", "fan"]
    + ["league", "fixture", "kick-off"]
)
# Said only of a ground as written: "the terraces", "nine seasons", "my season ticket"; not their
# lemmas, which are everyday words ("a terrace near Victoria Park", "the summer season").
SPORTS_GROUND_FORMS = frozenset(["terraces", "seasons", "season-ticket"])
SENTENCE_END = re.compile(r"[.!?۔؟।](?=\s|$)|\n")  # Urdu and Punjabi stops too


@dataclass(frozen=True)
class Match:
    term: str  # the words of the text, as written
    concept: Concept
    start: int  # character offsets into the text
    end: int
    negated: bool = False  # the sentence rules this thing out ("I do not eat fish")
    pos: str = grammar.OTHER  # n, v, a: the head word's part of speech here
    sentence: int = 0  # which sentence of the text
    rule: str = field(default="", compare=False)  # why, for the staff review sheet

    def as_dict(self) -> dict[str, object]:
        return {
            "term": self.term,
            "concept": self.concept.id,
            "start": self.start,
            "end": self.end,
            "symbol": self.concept.file,
            "negated": self.negated,
        }


def name_words(names: Iterable[str]) -> frozenset[str]:
    """Every word of every name ("Aunt Mary" -> aunt, mary), normalised."""
    return frozenset(t.norm for name in names for t in tokenise(name))


def lowercase_names(names: Iterable[str]) -> frozenset[str]:
    """Names the plan writes all in small letters ("the sangat"): the words of such a name are
    the name wherever they are written so, as a capitalised name is only where it has its capital
    (round 234)."""
    return frozenset(
        t.norm
        for name in names
        if name.islower()
        for t in tokenise(name)
        if t.norm not in FUNCTION_WORDS
    )


@cache
def kit_senses(uses: tuple[str, ...]) -> dict[tuple[str, ...], list[Sense]]:
    """The person's short words for their own kit ("my chair" -> wheelchair), first used first."""
    concepts = load().concepts
    out: dict[tuple[str, ...], list[Sense]] = {}
    for value in uses:
        kit = KIT.get(value)
        if kit is None or kit.concept not in concepts:
            continue
        for term in kit.words:
            words, conditions = parse_term(term)
            out.setdefault(words, []).append(
                Sense(concepts[kit.concept], words, True, **conditions)
            )
    return out


@dataclass
class Sentence:
    """What the matcher knows about one sentence: its words, their lemmas, its negations."""

    words: list[str]
    lemmas: frozenset[str]
    # what a first reading gave its words: (start, end, concept id), for "~@sugar" conditions
    readings: tuple[tuple[int, int, str], ...] | None = None
    # the lemmas of the sentences before it in the same note, nearest first (at most
    # BEFORE_WINDOW, never past a blank line), then the note's opening label ("Cat:")
    before: tuple[frozenset[str], ...] = ()

    def heard(self, senses: Iterable[Sense]) -> frozenset[str]:
        """The words a word's sense guards (~ and !~) read: its own sentence's, where a word
        that decides between SENSES is said there; else also the deciding words (no function
        word) of the nearest sentence before it that says one ("My father played the bagpipes.
        I keep his pipes polished"), or of the note's label ("Bagpipes: from Grandad. ... His
        pipes need polishing"). Its own sentence always wins: "My father played the bagpipes.
        He smoked his pipes in the shed" is settled by the smoking."""
        deciding = frozenset(
            word
            for sense in senses
            for word in (sense.within or frozenset()) | sense.not_within
            if not word.startswith(CONCEPT)
        )
        if not deciding or deciding & self.lemmas:
            return self.lemmas
        deciding -= FUNCTION_WORDS  # "in", "up": they decide only in the word's own sentence
        for earlier in self.before:
            if deciding & earlier:
                return self.lemmas | (deciding & earlier)
        return self.lemmas

    def concepts_besides(self, start: int, end: int) -> frozenset[str] | None:
        """ "@" and the concept ids a first reading gave the words outside START..END."""
        if self.readings is None:
            return None
        return frozenset(CONCEPT + c for a, b, c in self.readings if b <= start or end <= a)


def _candidates(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    options = [words]
    stripped = without_possessive(words[-1])
    if stripped:
        options.append(words[:-1] + (stripped,))
    return options


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for end in SENTENCE_END.finditer(text):
        spans.append((start, end.end()))
        start = end.end()
    spans.append((start, len(text)))
    return spans


def _sentence_of(tokens: list[Token], spans: list[tuple[int, int]]) -> list[int]:
    """The sentence (index into SPANS, which `sentences` makes end to end over the whole text)
    each token starts in. One walk over both, as tokens and spans run in the same order: a long
    plan pasted as one text costs time in step with its length, not its square."""
    out, k, last = [], 0, len(spans) - 1
    for t in tokens:
        while k < last and spans[k][1] <= t.start:
            k += 1
        out.append(k)
    return out


def find_all(
    text: str,
    names: Iterable[str] = (),
    *,
    heading: bool = False,
    vocabulary: Vocabulary | None = None,
    uses: Iterable[str] = (),
    every: bool = False,
) -> list[Match]:
    """The key words of TEXT a careful writer pictures (all the vocabulary knows with EVERY)."""
    vocabulary = vocabulary or load()
    tokens = tokenise(text)
    names_ = name_words(names)
    spans = sentences(text)
    sentence_of = _sentence_of(tokens, spans)
    blocked = {
        i
        for i, t in enumerate(tokens)
        if (t.norm in names_ or without_possessive(t.norm) in names_) and not t.text.islower()
    }  # "Dawn" and "Dawn's" are the person, not the morning
    small = lowercase_names(names)
    blocked |= {i for i, t in enumerate(tokens) if t.norm in small}  # "the sangat"
    blocked |= _unlisted_names(text, tokens, sentence_of)
    blocked |= _called_by(text, tokens)
    idioms = {**_similes(text, tokens, vocabulary), **_idioms(tokens, vocabulary)}
    ruled_out = negated_tokens(text, tokens)
    context = _sentences(tokens, sentence_of, len(spans))
    _read_before(text, tokens, spans, context)
    kit = kit_senses(tuple(uses))
    args = (text, tokens, blocked, heading, vocabulary, kit, context, sentence_of, idioms)
    args += (ruled_out,)
    found = _read(*args)
    if any(
        t.norm in vocabulary.asks_concepts or without_possessive(t.norm) in vocabulary.asks_concepts
        for t in tokens
    ):
        # a sense names the concept of another word ("tea ... !~@sugar"): read again, knowing
        # what the first reading gave each word of the sentence
        readings: dict[int, list[tuple[int, int, str]]] = {}
        for m in found:  # once over the matches, not once a sentence
            readings.setdefault(m.sentence, []).append((m.start, m.end, m.concept.id))
        for k, (_, sentence) in enumerate(context):
            sentence.readings = tuple(readings.get(k, ()))
        found = _read(*args)
    found = _moved_as_a_warning(text, tokens, found, vocabulary, sentence_of, ruled_out)
    found = _flags_listed(text, tokens, found, vocabulary, sentence_of, ruled_out)
    found = _label_defined(text, tokens, found, vocabulary)
    found = _same_picture_ruled_out(text, found)
    found = _same_kind_said_next(text, found)
    found = _stand_in_beside_the_thing(found)
    found = [  # "I've no feeling down my right side": the side is never what is refused
        Match(m.term, m.concept, m.start, m.end, False, m.pos, m.sentence, m.rule)
        if m.negated and m.concept.never_crossed
        else m
        for m in found
    ]
    return found if every or heading else select(found, tokens, context)


def _moved_as_a_warning(
    text: str,
    tokens: list[Token],
    found: list[Match],
    vocabulary: Vocabulary,
    sentence_of: list[int],
    ruled_out: set[int],
) -> list[Match]:
    """FOUND with the moving picture, crossed, on the movings negation.moved_as_a_warning
    refuses ("if you move my glasses I'm lost", "if you shift my specs I canna find them"): that
    rule alone pictures a moving after "if you" (the vocabulary's move-things pictures none), so
    "if you move my chair, tell me", where no harm refuses it, gets no picture."""
    concept = vocabulary.concepts.get("move-things")
    warned = moved_as_a_warning(text, tokens) & ruled_out if concept else set()
    if not warned:
        return found
    taken = {(m.start, m.end) for m in found}
    out = list(found)
    for k in warned:
        t = tokens[k]
        if any(start <= t.start < end for start, end in taken):
            continue
        rule = "a moving said as a warning (negation.moved_as_a_warning)"
        out.append(Match(t.text, concept, t.start, t.end, True, grammar.VERB, sentence_of[k], rule))
    return sorted(out, key=lambda m: m.start)


def _flags_listed(
    text: str,
    tokens: list[Token],
    found: list[Match],
    vocabulary: Vocabulary,
    sentence_of: list[int],
    ruled_out: set[int],
) -> list[Match]:
    """FOUND, where peoples or countries are listed before "flags", with each one's own flag:
    "Polish and Italian flags", "the Welsh, Irish and Scottish flags" (the vocabulary gives a
    country's flag to "flag" only right after the country, so the first ones were otherwise
    shown as the language or as polishing, and the list made "flags" look like a doing). The
    word right before the flag is the flag's own and loses any picture of its own ("Italian" is
    no language there)."""
    out = found
    for k, t in enumerate(tokens):
        if k < 1 or t.norm not in ("flag", "flags"):
            continue
        if text[tokens[k - 1].end : t.start].strip():
            continue  # "I am Irish and Scottish, flag it up": no flag past a stop or a comma
        after = tokens[k + 1].norm if k + 1 < len(tokens) else None
        own = _flag_of(vocabulary, tokens, k - 1, after)
        if own is None:
            continue  # no flag, or the flag's own "!>" word: "Flag it up if I seem lost"
        listed: list[tuple[int, Concept]] = [(k, own)]
        j = k - 1
        while j >= 1:  # a list may open the text: "Welsh, Irish flags hung in the hall"
            comma = text[tokens[j - 1].end : tokens[j].start].strip() == ","
            before = j - 1 if comma else j - 2
            if before < 0 or not comma and tokens[j - 1].norm not in ("and", "or"):
                break
            if not comma and (
                text[tokens[before].end : tokens[j - 1].start].strip()
                or text[tokens[j - 1].end : tokens[j].start].strip()
            ):
                break  # "I speak Polish. And Welsh flags": the list is one clause
            concept = _flag_of(vocabulary, tokens, before, after)
            if concept is None or concept is listed[-1][1]:
                break  # the same flag twice is a noun of its own: "in the Navy and British flags"
            listed.append((before, concept))
            j = before
        if len(listed) < 2:
            continue
        flag = next((m for m in out if m.start == t.start and m.concept is own), None)
        negated = flag.negated if flag else k in ruled_out or k - 1 in ruled_out
        gone = {tokens[j].start for j, _ in listed} | {tokens[k - 1].start}
        out = [m for m in out if not any(m.start <= g < m.end for g in gone)]
        for j, concept in listed:
            w = tokens[j]
            why = "a flag" if j == k else f"listed before {t.text}"
            pos = grammar.NOUN if j == k else grammar.ADJ
            out.append(Match(w.text, concept, w.start, w.end, negated, pos, sentence_of[j], why))
    return out if out is found else sorted(out, key=lambda m: m.start)


def _flag_of(
    vocabulary: Vocabulary, tokens: list[Token], j: int, after: str | None
) -> Concept | None:
    """The concept of the flag the vocabulary gives "flag" as if it came right after TOKENS[j]
    ("polish": the Polish flag, "navy": the navy's), with AFTER the word after the real flag:
    the sense's own conditions hold, so "Northern Irish" is no Irish flag ("!<<northern"; code
    review 59a item 1). None where the word names no flag of its own ("the")."""
    word = tokens[j].norm
    if word in FUNCTION_WORDS:
        return None
    before2 = tokens[j - 1].norm if j else None
    for sense in vocabulary.lookup(("flag",)):
        if sense.prev is not None and word in sense.prev and sense.fits(word, after, before2):
            return sense.concept
    return None


def _read(
    text: str,
    tokens: list[Token],
    blocked: set[int],
    heading: bool,
    vocabulary: Vocabulary,
    kit: dict[tuple[str, ...], list[Sense]],
    context: list[tuple[list[int], Sentence]],
    sentence_of: list[int],
    idioms: dict[int, tuple[int, int]],
    ruled_out: set[int],
) -> list[Match]:
    """Every match of the text, left to right, the longest phrase first at each word."""
    found: list[Match] = []
    i = 0
    while i < len(tokens):
        match = _match_at(
            text, tokens, i, blocked, heading, vocabulary, kit, context, sentence_of, idioms
        )
        again = None if match else _said_before(tokens, i, found, blocked, idioms)
        if again is not None:
            t = tokens[i]
            rule = f"the {again.alt or again.id} said before"
            match = (
                Match(t.text, again, t.start, t.end, False, grammar.NOUN, sentence_of[i], rule),
                1,
            )
        if match is None:
            i += 1
            continue
        m, n = match
        if _a_name(tokens, i, n, m.concept):
            i += n  # "the Co-op", "Coronation Street": a name, no picture (tests/data/LABELLING.md)
            continue
        if (
            any(k in ruled_out for k in range(i, i + n))
            and not m.concept.says_no
            and not _says_no_itself(tokens, i, n, sentence_of)
            and not _when_said_in_words(tokens, i, n)
        ):
            m = Match(m.term, m.concept, m.start, m.end, True, m.pos, m.sentence, m.rule)
        if m.concept.says_no and _no_said_no(tokens, i, n, sentence_of):
            i += n  # "I'm not off my food": a "no appetite" picture would say the opposite
            continue
        found.append(m)
        i += n
    return found


def _a_name(tokens: list[Token], i: int, n: int, concept: Concept) -> bool:
    """TOKENS[i:i+n] are one of CONCEPT's names (vocabulary.yml `names:`: a shop or chain, a
    paper or magazine, a programme, channel or station, a venue, club, team or race) written
    with a capital: "the Co-op", "Coronation Street", "the Jewish Chronicle" are names, and a
    name gets no picture, even where the plan's people: does not list it (the reader knows it
    by its name; tests/data/LABELLING.md). Its words get none either ("Jewish" is no synagogue
    here). In small letters ("watching coronation street") the picture stays, and so do the
    generic words: "the shop", "the paper", "the telly", "the races", "the club"."""
    words = [t.norm for t in tokens[i : i + n]]
    said = {" ".join(words), " ".join(words[:-1] + [without_possessive(words[-1]) or words[-1]])}
    if not said & concept.names:
        return False
    content = [t for t in tokens[i : i + n] if t.norm not in FUNCTION_WORDS]
    return bool(content) and all(t.text[:1].isupper() for t in content)  # "BBC", "S4C" too


def _no_said_no(tokens: list[Token], i: int, n: int, sentence_of: list[int]) -> bool:
    """A phrase whose own words say no ("off my food"), with a no right before it, one or two
    words back ("I'm not off my food", "never off his food"): shown by a picture that says no
    itself (no appetite), it would say the opposite, so it gets none."""
    if not any(t.norm in NO_WORDS for t in tokens[i : i + n]):
        return False
    return any(
        tokens[j].norm in NO_WORDS and sentence_of[j] == sentence_of[i]
        for j in range(max(0, i - 2), i)
    )


# "The card" after "my bank card", "the frame" after "my walking frame": a thing named by "the",
# "my" or the like that is the last word of a thing said before in the text is that thing again,
# when the word has no picture of its own there (round 65); a word with its own picture keeps it
# ("the cut on my leg" after "my hair cut", review 27b). One word made of two ("earrings",
# "barefoot") and a word with its own describing word ("the small print" after "big print") are
# other things, and so is the last word of a name ("the year" after "Lunar New Year").
BACK = (ARTICLES - {"a", "an"}) | frozenset(["this", "that", "these"])


def _said_before(
    tokens: list[Token], i: int, found: list[Match], blocked: set[int], idioms: dict
) -> Concept | None:
    word = tokens[i].norm
    if i in blocked or i in idioms or len(word) < 3 or word in FUNCTION_WORDS | grammar.FAMILY:
        return None
    if i == 0 or not (tokens[i - 1].norm in BACK or without_possessive(tokens[i - 1].norm)):
        return None
    same = {word, grammar.lemma(word)}
    for m in reversed(found):
        if m.start >= tokens[i].start or m.concept.weight < 2:
            continue
        if _last_word(m.term) & same:
            return m.concept
    return None


@lru_cache(maxsize=8192)
def _last_word(term: str) -> frozenset[str]:
    """The last word of a term of two words or more, and its lemma, that a later "the <word>"
    may stand for; none for a one-word term or a name ("Lunar New Year", "Christmas Day": "the
    year" is any year). Cached, within bounds for a long-running preview: a long text asks it
    of every earlier picture (round 125)."""
    words = [t.norm for t in tokenise(term)]
    if len(words) < 2 or term.split()[-1][:1].isupper():
        return frozenset()
    return frozenset({words[-1], grammar.lemma(words[-1])})


# "in the choir", "at the sink", "on the hob": the place of a doing, right after it.
PLACE_OF_DOING = re.compile(r"^\s+(in|on|at|into)\s+((the|a|an)\s+)?$", re.I)
# the word before a doing that is ruled out ("no longer swim", "a wash", "no cooking")
DOING_BEFORE = re.compile(r"\b(a|no|longer|never|not|n't|don't|won't|can't|cannot|to)\s+$", re.I)


# what a note's label is said to be, right after its colon or dash: "Tea: the evening meal"
_DEFINED_AS = re.compile(r"\s*(?::|[–—]|\s-\s)\s*(?:the|a|an|my|our)\s", re.IGNORECASE)


def _label_defined(
    text: str, tokens: list[Token], found: list[Match], vocabulary: Vocabulary
) -> list[Match]:
    """A one-word label that opens a note and is said to be a thing ("Tea: the evening meal",
    "Mass - the Sunday service") takes its sense that is that thing's picture, where it has
    one: the label's tea is the meal, not a cup of tea. The thing is the first picture after
    the colon, before any break, and it ends its clause: "Mass: the church is cold" says what
    the church is like, not what Mass is."""
    if len(found) < 2 or (found[0].start, found[0].end) != (tokens[0].start, tokens[0].end):
        return found
    defined = _DEFINED_AS.match(text, tokens[0].end)
    if not defined:
        return found
    thing = found[1]
    if thing.negated or _BREAK.search(text, defined.end(), thing.start):
        return found
    after = _BREAK.search(text, thing.end)
    words = [t.norm for t in tokens]
    nxt = next((j for j, t in enumerate(tokens) if t.start >= thing.end), None)
    if (
        nxt is not None
        and not (after and tokens[nxt].start > after.start())
        and grammar.guess(words, nxt) == grammar.VERB
    ):
        return found  # more is said of the thing: "Mass: the church is cold"
    label = found[0]
    if thing.concept.id == label.concept.id:
        return found
    if not any(s.concept.id == thing.concept.id for s in vocabulary.lookup((tokens[0].norm,))):
        return found
    why = f"said to be {thing.term}"
    return [replace(label, concept=thing.concept, rule=why)] + found[1:]


def _same_picture_ruled_out(text: str, found: list[Match]) -> list[Match]:
    """The place of a ruled-out doing, right after it, that would show the same picture is
    ruled out with it: "I no longer sing in the choir" shows no bare singing after the not
    singing, "no cooking on the hob" no bare cooking. A thing is not a doing ("I don't like
    subtitles on the television" keeps the television), nor is one's own body ("I can't
    hear in my left ear")."""
    out = list(found)
    for k in range(1, len(out)):
        m, n = out[k], out[k - 1]
        if m.negated or not n.negated or m.concept.says_no or n.sentence != m.sentence:
            continue
        if n.concept.id != m.concept.id or not PLACE_OF_DOING.match(text[n.end : m.start]):
            continue
        doing = n.term.lower().endswith("ing") or n.pos == grammar.VERB  # "Fast on Yom Kippur"
        if doing or DOING_BEFORE.search(text[: n.start]):
            out[k] = Match(m.term, m.concept, m.start, m.end, True, m.pos, m.sentence, m.rule)
    return out


# Pictures other words stand in for: a urine bottle, a bedpan or a slipper pan is shown as the
# toilet, having no picture of its own
STOOD_IN_FOR = frozenset(["toilet"])


def _stand_in_beside_the_thing(found: list[Match]) -> list[Match]:
    """A word shown with the toilet's picture (a urine bottle, a bedpan) loses it where its
    sentence names the toilet itself with the other sign: "I don't want a bottle, I want to
    walk to the toilet" would show a crossed toilet beside a toilet, one picture saying both no
    and yes (the review of round 258)."""
    own = {(m.sentence, m.concept.file, m.negated) for m in found if _names_itself(m)}
    return [
        m
        for m in found
        if m.concept.alt.lower() not in STOOD_IN_FOR
        or _names_itself(m)
        or (m.sentence, m.concept.file, not m.negated) not in own
    ]


def _names_itself(m: Match) -> bool:
    """True where the words are the picture's own name ("the toilet" for the toilet)."""
    words = m.term.lower().split()
    return bool(words) and words[-1].removesuffix("s") == m.concept.alt.lower()


# A clause that opens with a thing after a comma: ", the lilies ...", ", roses ..."
OPENS_CLAUSE = re.compile(r",\s*(?:(?:the|these|those|my)\s+)?$", re.I)
# what, said of the thing next, allows it: "No cut flowers, the roses from the garden are fine"
ALLOWED_NEXT = re.compile(
    r"\b(fine|ok|okay|lovely|allowed|good|welcome|alright|all right|only|instead)\b"
    # "my dinner has to be hot"; not "the lilies must be kept out", "has to be thrown away"
    r"|\b(?:(?:has|have|needs?|ought) to|must|should) be\b"
    r"(?!\s+(?:kept|thrown|taken|put|left|removed|avoided|binned|got rid)\b)",
    re.I,
)


# what, said of a doing next, speaks against it: "I can't have a bath, bathing makes me dizzy"
AGAINST_NEXT = re.compile(
    r"\b(?:makes? me (?:feel )?(?:dizzy|sick|ill|tired|breathless|faint|anxious|nervous|worse"
    r"|panic|poorly|queasy|giddy|cold|ache|sore)|hurts?|tires? me|upsets? me|too\b|hard"
    r"|painful|pain|agony|exhaust\w*|wears? me out|frightens?|scares?|no good|not|never"
    r"|can't|cannot|isn't|won't|dangerous|unsafe|risky|bad for|struggle|ordeal|effort|dread"
    r"|hate|afraid|terrif\w*|nightmare|impossible|difficult|tricky)\b",
    re.I,
)


def _ends_ing(m: Match) -> bool:
    """True for a doing said with its -ing ("walking", "showering")."""
    return m.term.lower().endswith("ing")


def _same_kind_said_next(text: str, found: list[Match]) -> list[Match]:
    """A thing of the same picture as a kind ruled out just before it in the sentence, opening
    the next clause, is an example of that kind and is ruled out with it: "No flowers with a
    strong scent, the lilies give me a headache" shows no bare lilies after the not flowers.
    Not where the clause allows it ("No flowers with a strong scent, the roses are fine",
    "Don't give me aspirin, paracetamol only"), nor a thing named alone, which is the one
    wanted instead ("Sugar: no, sweetener")."""
    out = list(found)
    for k, m in enumerate(out):
        if m.negated or m.concept.says_no or not OPENS_CLAUSE.search(text[: m.start]):
            continue
        if m.pos == grammar.VERB and not _ends_ing(m):
            continue  # "don't talk about me, speak to me": a wanted order, no example of a kind;
            # not "I can't have a bath, bathing makes me dizzy": the same refused bath
        kinds = [n for n in out[:k] if n.negated and n.sentence == m.sentence]
        if not any(n.concept.id == m.concept.id and n.term != m.term for n in kinds):
            continue
        rest = re.split(r"[,;.!?]", text[m.end :], maxsplit=1)[0]
        if len(rest.split()) < 2 or ALLOWED_NEXT.search(rest):
            continue  # "Sugar: no, sweetener.": the one wanted instead, said with no doing
        if _ends_ing(m) and not AGAINST_NEXT.search(rest):
            continue  # "I can't walk far, walking to the shop keeps me going": wanted (code
            # review); only a doing its clause speaks against is the refused one again
        out[k] = Match(m.term, m.concept, m.start, m.end, True, m.pos, m.sentence, m.rule)
    return out


# Words that say no inside a phrase of the vocabulary ("no strength", "off my food").
NO_WORDS = VERB_NEGATORS | frozenset(["no", "off", "without", "nothing", "none"])


def _when_said_in_words(tokens: list[Token], i: int, n: int) -> bool:
    """True for "first thing", "last thing at night": they say when, as "in the morning" does,
    so a no in their sentence rules out what is done then, never the time itself ("No tea last
    thing at night", "I don't want anything first thing"; the stop 41 review). A length of time
    ("half an hour", "a few minutes", "every two hours") says how long or how often, so a no in
    its sentence rules out what is done in it, never the time ("nothing to eat for half an hour",
    "not even ten minutes late"; round 216)."""
    if tokens[i + n - 1].norm in LENGTHS_OF_TIME:
        return True
    if tokens[i + n - 1].norm in COUNTED_PERIODS and i + n >= 2:  # "for three days", "6 weeks"
        count = tokens[i + n - 2].norm
        return count in COUNTS or count.isdigit()
    return n >= 2 and tokens[i].norm in ("first", "last") and tokens[i + 1].norm == "thing"


# the last word of a length of time: "half an hour", "a few minutes" (_when_said_in_words)
LENGTHS_OF_TIME = frozenset(["hour", "hours", "minute", "minutes", "mins", "hrs"])
# days, weeks or months counted ("no baths for six weeks", "if nothing for three days"): a length
# of time too, where a count says it (not "on the days I can't get out")
COUNTED_PERIODS = frozenset(["days", "weeks", "months"])
COUNTS = (HOUR_WORDS - {"one"}) | {"few"}


def _says_no_itself(tokens: list[Token], i: int, n: int, sentence_of: list[int]) -> bool:
    """True for a phrase whose own words carry the sentence's no: "can't get to sleep" is
    being awake, "no strength" weakness, "off my food" poorly, "do not resuscitate" a form.
    Crossing them out would say the opposite ("not awake"), so they are shown as they are;
    but a no before the phrase still rules it out ("I do not want a do not resuscitate
    form", "I've not had a fall off the bed")."""
    if n < 2 or not any(t.norm in NO_WORDS for t in tokens[i : i + n]):
        return False
    return not any(tokens[j].norm in NO_WORDS for j in range(i) if sentence_of[j] == sentence_of[i])


def select(
    found: list[Match], tokens: list[Token], context: list[tuple[list[int], Sentence]]
) -> list[Match]:
    """The matches a careful writer pictures (salience.py), sentence by sentence."""
    kept: list[Match] = []
    by_sentence: dict[int, list[Match]] = {}
    for m in found:
        by_sentence.setdefault(m.sentence, []).append(m)  # once over the matches
    for k, (members, _) in enumerate(context):
        inside = by_sentence.get(k, [])
        if not inside:
            continue
        verdicts = salience.judge(inside, [tokens[i] for i in members])
        kept += [m for m, v in zip(inside, verdicts, strict=True) if v.keep]
    return kept


def left_out(
    text: str, names: Iterable[str] = (), *, uses: Iterable[str] = ()
) -> list[tuple[Match, str]]:
    """The matches a careful writer would not picture, each with the reason (for staff)."""
    every = find_all(text, names, uses=uses, every=True)
    tokens = tokenise(text)
    out = []
    for k, (a, b) in enumerate(sentences(text)):
        inside = [m for m in every if m.sentence == k]
        if inside:
            verdicts = salience.judge(inside, [t for t in tokens if a <= t.start < b])
            out += [(m, v.why) for m, v in zip(inside, verdicts, strict=True) if not v.keep]
    return out


def _contracted(words: list[str], k: int) -> str:
    """WORDS[k] without an "'s" that says "is" or "has": "my hearing's gone" says hearing, so a
    sense that asks its sentence for the word finds it ("two aids" beside "hearing's"). An owner
    keeps it: "miss my daughter's wedding" does not miss the daughter."""
    word = words[k]
    if not word.endswith(("'s", "\u2019s")) or len(word) < 4:
        return word
    following = words[k + 1] if k + 1 < len(words) else ""
    if following in OCCASIONS:
        return word  # "miss my daughter's wedding": not missing the daughter
    if (
        word[:-2] not in grammar.PEOPLE
        and following
        and grammar.guess(words, k + 1) == grammar.NOUN
        and grammar.ADJ not in grammar.parts_of_speech(following)  # "my hearing's poor"
    ):
        return word  # "Joey's cage": an owner; but "I miss my mother's cooking" misses her
    return word[:-2]


# what one misses by not going: "miss my daughter's wedding" is no longing for her
OCCASIONS = frozenset(
    ["wedding", "birthday", "funeral", "party", "visit", "visits", "appointment", "anniversary"]
    + ["christening", "graduation", "concert", "match", "service", "call", "calls"]
)


def _sentences(
    tokens: list[Token], sentence_of: list[int], count: int
) -> list[tuple[list[int], Sentence]]:
    out = []
    by_sentence: list[list[int]] = [[] for _ in range(count)]
    for i, s in enumerate(sentence_of):
        by_sentence[s].append(i)  # once over the tokens, not once a sentence
    for k in range(count):
        members = by_sentence[k]
        words = [tokens[i].norm for i in members]
        lemmas = frozenset(words) | frozenset(
            grammar.lemma(_contracted(words, j)) for j in range(len(words))
        )
        if _says_unseen(words):
            lemmas |= {UNSEEN}
        if _says_staff_away(words):
            lemmas |= {STAFF_AWAY}
        out.append((members, Sentence(words, lemmas)))
    return out


# "because the nurses are off sick", "cos the staff are on strike": a session missed for a
# reason, the staff away (the "!~STAFF_AWAY" of vocabulary.yml)
_REASON = frozenset(["because", "cos", "'cause", "cause", "coz", "as", "since"])
_STAFF = frozenset(
    ["nurses", "nurse", "staff", "they", "they're", "team", "physio", "physios", "doctor"]
    + ["doctors", "carers", "therapist", "therapists", "clinic"]
)
_AWAY = frozenset(["strike", "short-staffed", "understaffed", "short-handed"])
# "short of staff", "short on staff": a bare "short" is no staff away ("they were never short
# with me", code review 61f item 5)
_SHORT_OF = frozenset(["of", "on"])


def _says_staff_away(words: list[str]) -> bool:
    """WORDS give as a reason that the staff are away: a reason word, the staff named right
    after it (or after "the", "my", "our"), and within four words "off sick", "on strike" or
    short-staffed ("I miss my physio cos the staff are off sick"). Not "since I was off sick",
    nor "they're off sick now" with no reason word before it."""
    for j, word in enumerate(words):
        if word not in _REASON:
            continue
        k = j + 2 if words[j + 1 : j + 2] in (["the"], ["my"], ["our"]) else j + 1
        if k >= len(words) or words[k] not in _STAFF:
            continue
        rest = words[k + 1 : k + 5]
        if (
            _AWAY & set(rest)
            or any(rest[m] == "off" and rest[m + 1] == "sick" for m in range(len(rest) - 1))
            or any(
                rest[m] == "short" and rest[m + 1] in _SHORT_OF and rest[m + 2] == "staff"
                for m in range(len(rest) - 2)
            )
        ):
            return True
    return False


# "that aren't there", "who isn't really there", "they're not real": what is seen is not there
_NOT_THERE = frozenset(["not", "aren't", "isn't", "weren't", "wasn't", "never", "ain't"])
_NOBODY = frozenset(["nobody", "noone", "no-one", "nobody's"])


def _says_unseen(words: list[str]) -> bool:
    """WORDS say that what is seen is not there ("people that aren't there", "who weren't
    really there") or that nobody else sees it ("nobody else sees them", "no one else can"):
    the "~UNSEEN" of vocabulary.yml, for a sighting that is seeing things. A not elsewhere in
    the sentence says none ("they aren't friends any more", "nobody stops to chat")."""
    for j, word in enumerate(words):
        nxt = words[j + 1 : j + 3]
        if word in _NOT_THERE and nxt[:1] == ["really"]:
            nxt = nxt[1:]
        if word in _NOT_THERE and nxt[:1] in (["there"], ["real"]):
            return True
        if word in _NOBODY and nxt[:1] == ["else"]:
            return True
        if word == "no" and nxt == ["one", "else"]:
            return True
    return False


BEFORE_WINDOW = 2  # sentences before a word its sense guards may read (Sentence.heard)
_PARAGRAPH = re.compile(r"\n\s*\n")
_LABEL = re.compile(r"\s*([^\W\d][\w' ]{0,30}?)\s*(?::|\s[-–—]\s)")


def _read_before(
    text: str, tokens: list[Token], spans: list[tuple[int, int]], context: list
) -> None:
    """Give each sentence the lemmas of the sentences before it in its note (Sentence.before):
    at most BEFORE_WINDOW of them, nearest first, never across a blank line (a new paragraph),
    and then the label that opens the note ("Pipes - ", "Cat:"), which speaks for all of it."""
    label = _LABEL.match(text)
    label_words: frozenset[str] = frozenset()
    if label and len(label.group(1).split()) <= 3:
        words = [t.norm for t in tokens if t.end <= label.end(1)]
        label_words = frozenset(words) | frozenset(grammar.lemma(w) for w in words)
    for k in range(1, len(context)):
        before: list[frozenset[str]] = []
        j = k - 1
        while (
            j >= 0
            and k - j <= BEFORE_WINDOW
            and not _PARAGRAPH.search(text, spans[j][1] - 1, spans[j + 1][0] + 1)
        ):
            before.append(context[j][1].lemmas)
            j -= 1
        if label_words and j >= 0 and not _PARAGRAPH.search(text, 0, spans[k][0] + 1):
            before.append(label_words)
        context[k][1].before = tuple(before)


def _idioms(tokens: list[Token], vocabulary: Vocabulary) -> dict[int, tuple[int, int]]:
    """Tokens inside an idiom that names no thing ("keep an eye on" shows no eye), each with
    the span of its idiom (the widest, where idioms overlap)."""
    out: dict[int, tuple[int, int]] = {}
    words = [t.norm for t in tokens]
    by_first = by_first_word(vocabulary.no_picture)
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue  # the phrase is not here: its conditions are not read
            after, reach = vocabulary.idiom_after.get(phrase, (None, 0))
            if after is not None and not after & set(words[max(0, i - reach) : i]):
                continue  # "lift his head off the pillow": not "sang his head off"
            end = i + len(phrase)
            if end < len(words) and words[end] in vocabulary.idiom_not_before.get(phrase, ()):
                continue  # "there is a pain in my chest": not "the time difference is a pain"
            if vocabulary.idiom_not_after.get(phrase, frozenset()) & set(words[max(0, i - 2) : i]):
                continue  # "too much on my plate": the plate, not "a lot on my plate"
            for j in range(i, i + len(phrase)):
                a, b = out.get(j, (i, i + len(phrase)))
                out[j] = (min(a, i), max(b, i + len(phrase)))
    return out


# Words before "like" that make it the verb of liking or the "like" of an example: "I'd like a
# pig", "I do like a curry", "the grandchildren still like a story", "things like a sandwich"
# (only a doing, a word of being, a particle or a body part before "like" opens a simile).
LIKE_NO_SIMILE = MODALS | grammar.ADVERBS | grammar.SUBJECTS | grammar.OBJECTS
LIKE_NO_SIMILE |= frozenset(["do", "does", "did", "to", "who", "that", "and", "or", "would"])
LIKE_NO_SIMILE |= frozenset(["feel", "feels", "felt", "feeling", "fancy", "fancies", "fancied"])
LIKE_NO_SIMILE |= frozenset(["look", "looks", "looked", "looking", "staff", "folk", "folks"])
LIKE_NO_SIMILE |= frozenset(["particularly", "especially", "quite", "much", "both", "all"])
SIMILE_LINKS = COPULAS | frozenset(["be", "been", "being", "am", "it's", "i'm", "go", "goes"])
SIMILE_LINKS |= frozenset(["went", "gone", "going", "up", "about", "down", "out", "off", "over"])
SIMILE_LINKS |= frozenset(["around", "round", "away", "along", "through", "back"])
# Likened things that are the care itself: "tell me where the food is on my plate like a clock"
# is the clock-face way of laying out a plate for a person who cannot see it.
SIMILE_KEPT = frozenset(["clock", "clockface"])
# Likened things that are a symptom: "it's like a bruise but it doesn't fade", "the pain is like a
# headache behind my eyes" describe what the person has (code review 61d item 3).
SIMILE_KEPT_CONCEPTS = frozenset(["bruise", "headache", "muscles", "pain", "rash", "toothache"])
SIMILE_KEPT_CONCEPTS |= frozenset(["ill", "ill-r32"])
# "as well as a stick", "as soon as a bed is free", "as long as a light is on": no likeness;
# "as ADJ as a" likens only after a describing word that is none of these (code review 61d item 2)
AS_AS_NOT = frozenset(["well", "soon", "long", "much", "many", "far", "often", "quick"])
AS_AS_NOT |= frozenset(["quickly", "good", "little", "few", "early", "late", "near", "fast"])
# "cream for my skin like an emollient", "something on my back like a hot water bottle": the
# body part says what a thing is for; only a body part that does the doing opens a simile
BODY_FOR = frozenset(["for", "on", "to", "in", "round", "around", "under", "over"])
# "something warm like a cardigan", "somewhere quiet like a park": "like" is "such as"
SOME_WORDS = frozenset(["something", "anything", "everything", "somewhere", "anywhere"])
SOME_WORDS |= frozenset(["someone", "somebody", "anyone", "anybody", "summat", "owt"])
# "Nothing cheers me up like a good joke": the thing compared with is the best of its kind.
NOTHING_LIKE = frozenset(["nothing", "nowt", "nothin", "nought", "naething", "nobody"])


def _simile_opens(words: list[str], k: int, bare: bool = False) -> bool:
    """True when WORDS[k], the word before "like", opens a simile: a doing ("snores like a pig",
    "pushed like a parcel"), a word of being or a particle ("my memory is like a sieve", "swung
    about like a bale") or a body part ("legs like a mountain goat"); before a BARE plural only
    the last two ("swell up like balloons", "hands like shovels"). Not the verb of liking ("I'd
    like a pig", "the kids like a story") nor an example ("things like a sandwich")."""
    b = words[k]
    if b in LIKE_NO_SIMILE or b.endswith("'d") or b.endswith("n't"):
        return False
    if grammar.given_name(b) or b in grammar.FAMILY:
        return False  # "me and Bill like a pint": the liking of a person (code review 61d item 5)
    if (
        grammar.lemma(b) in grammar.BODY
        and k >= 2
        and words[k - 2] in BODY_FOR
        and words[k - 1] in grammar.POSSESSIVES
    ):
        return False  # "cream for my skin like an emollient": what it is for (61d item 6)
    if b in SIMILE_LINKS or grammar.lemma(b) in grammar.BODY:
        return True
    if bare:
        return False  # "loud bangs like fireworks": examples
    before = words[k - 1] if k >= 1 else ""
    if b in SOME_WORDS or before in SOME_WORDS:
        return False  # "something warm like a cardigan": an example (code review 61d item 4)
    if b.endswith("ing") and k >= 1 and before not in SIMILE_LINKS | grammar.SUBJECTS:
        return False  # "I enjoy cooking like a Sunday roast": "shaking like a leaf" after a doer
    if (
        b.endswith("s")
        and grammar.NOUN in grammar.parts_of_speech(b)
        and k >= 1
        and before not in grammar.SUBJECTS
        and before not in grammar.PEOPLE | grammar.PETS
        and grammar.lemma(before) not in grammar.BODY
    ):
        return False  # "out to places like a cafe": "my husband snores like a pig" after a doer
    if (
        grammar.NOUN in grammar.parts_of_speech(b)
        and k >= 1
        and (words[k - 1] in DETERMINERS or grammar.ADJ in grammar.parts_of_speech(words[k - 1]))
    ):
        return False  # "loud noises like a drill": a thing, and its examples
    one = b[:-1] if b.endswith("s") else b
    if one in grammar.PEOPLE or one in grammar.PETS or b in grammar.PEOPLE or b in grammar.PETS:
        return False  # "the nurses like a chat", "dogs like a walk"
    return grammar.VERB in grammar.parts_of_speech(b)


def _similes(text: str, tokens: list[Token], vocabulary: Vocabulary) -> dict[int, tuple[int, int]]:
    """Tokens of the thing a simile likens to ("my ankles swell up like balloons", "sleeps like
    a log", "as deaf as a post"), each with the span of its simile: that thing is not in the
    plan, and its picture would say it is. The doing or the describing word before the simile
    keeps its picture; a person likened to ("she's like a daughter to me") keeps hers."""
    out: dict[int, tuple[int, int]] = {}
    words = [t.norm for t in tokens]
    n = len(words)
    for i, word in enumerate(words):
        if word == "like" and i >= 1 and _simile_opens(words, i - 1):
            # a new sentence opens at "Like" ("Help me get up. Like a cup of tea first thing"),
            # and the words before one are no part of it (code review 61e item 2)
            start = max(0, i - 6)
            while start < i and re.search(r"[.!?\n]", text[tokens[start].end : tokens[i].start]):
                start += 1
            if re.search(r"[,;:(.!?\n]", text[tokens[i - 1].end : tokens[i].start]) or (
                NOTHING_LIKE & set(words[start:i])
            ):
                continue  # "something in my hands, like a ball", "nothing cheers me like a joke"
            j = i + 1
            if j < n and words[j] not in ("a", "an") and not _simile_opens(words, i - 1, True):
                continue
        elif (
            word == "as"
            and i >= 2
            and words[i - 2] == "as"
            and i + 1 < n
            and words[i - 1] not in AS_AS_NOT
            and grammar.ADJ in grammar.parts_of_speech(words[i - 1])
        ):
            j = i + 1  # "as deaf as a post": the second "as" opens it
        else:
            continue
        if j < n and words[j] in ("a", "an"):
            j += 1
        elif word == "as" or j >= n or not words[j].endswith("s"):
            continue  # "like balloons", "hands like shovels": a bare plural only
        end = j
        while end < n and end - j < 3 and words[end] not in FUNCTION_WORDS:
            if end > j and re.search(r"[,.;:!?()]", text[tokens[end - 1].end : tokens[end].start]):
                break  # the clause ends before it
            end += 1
        if end < n and words[end] == "of" and end + 1 < n and words[end + 1] not in FUNCTION_WORDS:
            end += 2  # "like a sack of spuds"
        if end + 1 < n and words[end] == "to" and words[end + 1] in OBJECT_PRONOUNS | {"us"}:
            continue  # "the forecast is like a prayer to me": as much as one
        if (
            end == j
            or any(
                w in grammar.PEOPLE
                or w.rstrip("s") in grammar.PEOPLE
                or w in SIMILE_KEPT
                or w in TIME_WORDS  # "I go out like Tuesdays and Fridays": filler (61d item 15)
                or w[:1].isdigit()
                for w in words[j:end]
            )
            or any(
                sense.concept.id in SIMILE_KEPT_CONCEPTS
                for w in words[j:end]
                for sense in vocabulary.lookup((w,))
            )
        ):
            continue
        for t in range(i, end):
            out[t] = (i, end)
    return out


def _in_idiom(idioms: dict[int, tuple[int, int]], i: int, n: int) -> bool:
    """True when tokens I..I+N cut into an idiom that names no thing. A phrase of the
    vocabulary that takes in the whole idiom is read instead, where its conditions fit: "a
    piece of cake with my tea" is cake, "it was a piece of cake" shows nothing."""
    return any(
        not (i <= idioms[j][0] and idioms[j][1] <= i + n) for j in range(i, i + n) if j in idioms
    )


# Family words people call their kin by, written with a capital as a name is ("I pray for Mum and
# Dad", "the grandchildren call me Grandad"): still the mother or father (round 183). Mother and
# Father are left out: with a capital they are as often a title ("Father Brendan", "Eternal
# Father") or a saint's name.
KIN_CALLED = frozenset(
    ["mum", "mam", "mom", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "granny"]
    + ["grandma", "grandad", "granddad", "grandpa"]
    # the Welsh and Scots grandparents' names ("after I've seen him, Bampi can go easy")
    + ["taid", "nain", "bampi", "bamps", "tadcu", "mamgu", "granda", "grampa"]
    # the West Country and Black Country ones ("same as Father and Granfer before me", round 371)
    + ["granfer", "gramfer", "grancher", "grampy", "gramps", "grandmom", "grandmum"]
)


def _kin_by_name(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i] is a family word (KIN_CALLED) written with a capital that names the person's kin:
    not before a name, where it is part of the name ("Nana Abu", "Granny Glad"), and not said to
    someone, set off by commas ("Chin up, Mum, it'll be fine")."""
    if (without_possessive(tokens[i].norm) or tokens[i].norm) not in KIN_CALLED:
        return False
    if _near(text, tokens, i, i + 1, sentence_of):
        after = tokens[i + 1]
        if is_capitalised(after.text) and after.norm not in FUNCTION_WORDS:
            return False  # "Nana Abu", "Granny Glad": a name
    before = text[tokens[i - 1].end : tokens[i].start] if i else ""
    rest = (
        text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else text[tokens[i].end :]
    )
    return not ("," in before and (CLAUSE_MARK.search(rest) or i + 1 == len(tokens)))


# Words people call each other by: set off at the end of a clause ("Thanks, duck", "Dinnae rush
# me, hen.", "Ey up duck, put the kettle on") they name no duck, hen or pet.
ENDEARMENTS = frozenset(
    ["duck", "ducky", "hen", "pet", "love", "lovey", "dear", "darling", "sweetheart", "petal"]
    + ["flower", "chuck", "bab", "babs", "sweetie", "mate", "pal", "kidda", "hun", "treacle"]
    + ["poppet", "chick", "doll", "sunshine", "lad", "lass", "cock"]
)
GREETINGS = frozenset(["ta", "thanks", "cheers", "hiya", "hello", "alright", "ayup", "morning"])
CLAUSE_MARK = re.compile(r"[,.!?;:—–]|\s-\s")


def _called_by(text: str, tokens: list[Token]) -> set[int]:
    """Tokens that are a word the person is called by, not a thing ("Thanks, duck")."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t.norm not in ENDEARMENTS:
            continue
        if _named_after_a_call(text, tokens, i):
            out.add(i)
            continue
        before = text[tokens[i - 1].end : t.start] if i else ""
        after = text[t.end : tokens[i + 1].start] if i + 1 < len(tokens) else text[t.end :]
        greeted = i > 0 and (
            tokens[i - 1].norm in GREETINGS
            or (tokens[i - 1].norm == "up" and i > 1 and tokens[i - 2].norm in ("ey", "ay", "eh"))
        )
        listed = i > 1 and bool(CLAUSE_MARK.search(text[tokens[i - 2].end : tokens[i - 1].start]))
        # "duck and rice" lists a thing; "come in, pet, and we'll have a natter" calls someone
        listed = listed or (
            i + 1 < len(tokens)
            and tokens[i + 1].norm in ("and", "or")
            and not CLAUSE_MARK.search(after)
        )
        if listed and not greeted:
            continue  # "Favourite foods: fish, chicken, duck.": a list, not a greeting
        if ("," in before or greeted) and (CLAUSE_MARK.search(after) or i + 1 == len(tokens)):
            out.add(i)
    return out


# Words between a name and what the person does: "Dawn has to drive me", "Joy usually rings".
HELPERS = grammar.ADVERBS | frozenset(
    ["will", "would", "can", "could", "can't", "won't", "does", "doesn't", "did", "didn't"]
    + ["has", "had", "used", "to", "is", "was", "going", "sometimes", "then", "now"]
)
# Words before a given name that make it a time or a thing: "in June", "the Holly Lodge".
WHEN_OR_WHICH = TIME_OR_PLACE | ARTICLES | frozenset(["of", "last", "next", "early", "late"])
# Words that say when someone comes: "Faith comes on Tuesdays to help me", "every morning".
WHEN_WORDS = TIME_OR_PLACE | TIME_WORDS | ARTICLES | frozenset(["once", "twice", "first"])
# Times a person comes at, and no season or feeling does: a day of the week or a part of the day
# ("Joy and Faith come on Mondays", "every morning"; not "Summer and Autumn come every year").
VISITING_DAYS = frozenset(day.lower() + end for day in WEEKDAYS for end in ("", "s"))
VISITING_TIMES = VISITING_DAYS | frozenset(
    ["morning", "mornings", "afternoon", "afternoons", "evening", "evenings"]
)
# Verbs before a name that speak to the person named: "Ask Christian to ring", "Ring Poppy".
ASK_OR_CALL = frozenset(["ask", "tell", "ring", "phone", "call", "text", "thank", "let", "see"])


def _unlisted_names(text: str, tokens: list[Token], sentence_of: list[int]) -> set[int]:
    """Capitalised words that name a person or a pet the plan's `people:` does not list, where
    the sentence treats them as one (a carer, a neighbour, a grandchild): a given name
    (grammar.given_names) before what a person does ("Daisy brings my shopping", "Heather and
    Tom visit me", "Dawn has to drive me"), with who they are beside it ("Olive, my sister,",
    "my great-granddaughter Poppy", "Dawn is my key worker", "Bill is my name", "Heather -
    daughter"), with "'s" before a thing ("Dawn's husband"), beside a name that is only a
    name ("Tom and Poppy"), or after "ask", "ring"... ("Ask Christian to ring"); a title right
    before a capitalised word ("Dr Patel", "Sister Jones": _titles_a_name); and any
    capitalised word named as a pet ("Toffee the cat", "Whisky is my wee dog", "Burek, my
    dog,"). A word the sentence uses as a
    thing keeps its picture: "Summer is my favourite time of year", "Holly and ivy on the door",
    "Faith is important to me", "Sherry at Christmas", "Grace before meals", "in May"; a name
    that is also a season, a feeling, a drink, a herb or a gem (grammar.NAMES_ALSO_THINGS) asks
    for a doing only a person does: "Brandy helps me sleep" and "Rosemary helps my memory" are
    the things, "Faith visits me" and "Rosemary cuts my hair" a person."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if _names_a_station(text, tokens, i, sentence_of):
            out.add(i)  # "Radio 4", "Radio Cornwall", "Hum TV": a station's name, not a set
            continue
        if _names_a_ship(text, tokens, i, sentence_of):
            out.add(i)  # "HMS Glamorgan": a ship's name, not the navy
            continue
        if not is_capitalised(t.text):
            continue
        if _titles_a_name(text, tokens, i, sentence_of):
            out.add(i)  # "Dr Patel", "Father Joe brings me communion": a name, not a doctor
            continue
        if _names_a_street(text, tokens, i, sentence_of):
            out.add(i)  # "Easter Road", "Khalsa Avenue": a street's name, not Easter or a faith
            continue
        person = (
            grammar.given_name(t.norm)
            and not _ends_a_kind(text, tokens, i, sentence_of)
            and _as_person(text, tokens, i, sentence_of)
        )
        if person or _as_pet(text, tokens, i, sentence_of):
            out.add(i)
    return out


# The last word of a street's name: "Easter Road", "Khalsa Avenue", "Church Street" (not "Way",
# "Place", "Walk" or "Gardens", which end other names as often: "the Easter Walk").
STREET_WORDS = frozenset(
    ["road", "street", "avenue", "lane", "drive", "close", "crescent", "terrace", "grove"]
    + ["square", "row"]
)


def _names_a_street(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i], capitalised, is a word of a street's name: the capitalised words right before
    a capitalised street word (STREET_WORDS: "Easter Road", "Khalsa Avenue", "Sunday Lane",
    "Tower Bridge Road"). A feast, a day or a faith there names the street, not itself."""
    j = i + 1
    while j - i <= 3 and _near(text, tokens, i, j, sentence_of):
        after = tokens[j]
        if not is_capitalised(after.text) or after.norm in FUNCTION_WORDS:
            return False
        if after.norm in STREET_WORDS:
            return True
        j += 1
    return False


# The letters before a ship's name: "HMS Glamorgan", "RMS Queen Mary", "SS Canberra".
SHIP_PREFIXES = frozenset(["hms", "rms", "hmt", "hmy", "ss", "mv"])


def _names_a_ship(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i], written in capitals (SHIP_PREFIXES), opens a ship's name with a capitalised
    word right after it ("I was on HMS Glamorgan"): a name, so no picture of the navy. "HMS"
    alone ("twenty years in the HMS") keeps its picture."""
    if tokens[i].norm not in SHIP_PREFIXES or not tokens[i].text.isupper():
        return False
    if not _near(text, tokens, i, i + 1, sentence_of):
        return False
    after = tokens[i + 1]
    return is_capitalised(after.text) and after.norm not in FUNCTION_WORDS


# Words that end or open a station's, a channel's or a paper's name: "Radio 4", "Hum TV" (round
# 257), "Downtown Radio", "the Whitehaven News" (round 270).
STATION_WORDS = frozenset(["radio", "tv", "television", "news"])
# What follows TV as its own thing, not a channel's name: "Polish TV channels".
CHANNEL_WORDS = frozenset(["channel", "channels", "programme", "programmes", "shows", "licence"])


def _names_a_station(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i], "Radio", "TV" or "News" written with a capital, is part of a station's,
    channel's or paper's name (LABELLING.md: a name gets no picture): "Radio" right before a
    number or a capitalised word ("Radio 4", "Radio Merseyside on in the kitchen"), or any of
    them right after a capitalised word inside the sentence ("we watch dramas on Hum TV",
    "Downtown Radio", "the Whitehaven News", "Manx Radio"), unless the vocabulary knows the
    whole phrase ("Premier Christian Radio": read whole, a name). "the radio", "the TV" keep
    theirs, and so does TV after a sentence's first word ("Sky TV" opening a sentence is
    unclear) or a language ("Polish TV"), or before what TV has ("Welsh TV channels")."""
    t = tokens[i]
    if t.norm not in STATION_WORDS or not t.text[:1].isupper():
        return False
    if t.norm == "radio" and _near(text, tokens, i, i + 1, sentence_of):
        after = tokens[i + 1].text
        if after.isdigit() or (is_capitalised(after) and tokens[i + 1].norm not in FUNCTION_WORDS):
            return True
    if not _near(text, tokens, i - 1, i, sentence_of):
        return False
    before = tokens[i - 1]
    if _near(text, tokens, i, i + 1, sentence_of) and tokens[i + 1].norm in CHANNEL_WORDS:
        return False  # "Polish TV channels", "the Welsh TV programmes": TV's own things
    return (
        is_capitalised(before.text)
        and before.norm not in FUNCTION_WORDS
        and i - 1 > 0
        and sentence_of[i - 2] == sentence_of[i - 1]
        and not (t.norm != "radio" and _a_language(before.norm))
        and not _ends_a_phrase(tokens, i)
    )


def _a_language(word: str) -> bool:
    """WORD names a language ("Polish", "Manx"): "Polish TV" is television in Polish, where
    "Manx Radio", with the capital no one gives a plain radio, is a station's name."""
    return any(s.concept.id.startswith("languages") for s in load().lookup((word,)))


def _ends_a_phrase(tokens: list[Token], i: int) -> bool:
    """TOKENS[i] ends a phrase of two or three words the vocabulary knows ("Premier Christian
    Radio"): the phrase is read as a whole, and _a_name keeps a name's picture off it."""
    vocabulary = load()
    return any(
        vocabulary.lookup(tuple(t.norm for t in tokens[i - k : i + 1])) for k in (1, 2) if i >= k
    )


def _capitalised_phrase(words: list[Token]) -> bool:
    """WORDS, a term marked ":cap", are written with capitals as a people's name is: every word
    but the small ones (and, of) and a last word naming a group ("Gypsies and Travellers", "the
    Roma community"). Not the first word alone, always written with a capital in "an Irish
    traveller on the ferry", "an English gypsy moth" (code review 61e item 8)."""
    return all(
        is_capitalised(t.text)
        for k, t in enumerate(words)
        if t.norm not in FUNCTION_WORDS and not (k == len(words) - 1 and t.norm in GROUP_WORDS)
    )


# The last words of a people's name that are written small ("the Traveller community")
GROUP_WORDS = frozenset(["people", "community", "communities", "family", "families"])


def _ends_a_kind(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i], a given name, ends a kind the vocabulary lists with the capitalised word before
    it, after an article or a possessive: "a Jack Russell called Bobby", "my King Charles" is a
    dog, not a Russell who called Bobby (round 183). "my friend Jack Russell" stays a name."""
    if i < 2 or not _near(text, tokens, i - 1, i, sentence_of):
        return False
    first = tokens[i - 1]
    if not is_capitalised(first.text) or not load().lookup((first.norm, tokens[i].norm)):
        return False
    j = i - 2  # past describing words: "a little Jack Russell"
    while j > 0 and _describes(tokens[j].norm) and tokens[j].text.islower():
        j -= 1
    return _near(text, tokens, j, i, sentence_of) and tokens[j].norm in (
        ARTICLES | grammar.POSSESSIVES
    )


def _titles_a_name(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i] is a title (TITLES: Dr, Mrs, Nurse, Sister...) written with a capital right
    before a capitalised word, wherever it stands in the sentence: the two are one name ("Dr
    Patel checks my feet", "Sister Jones dresses my leg"), so the title gets no picture. A
    religious title is part of the name too ("Father Michael", "Brother John", "Mother Teresa":
    LABELLING.md, stop 32), never a dad or a brother. A phrase the vocabulary knows keeps its
    picture ("Doctor Who"), as does a title before a day or a feast ("Nurse Monday"). A role's
    title (ROLE_TITLES) keeps the role's picture: "Reverend Sue", "Nurse Bell" are keyed as the
    vicar and the nurse (stop 32). Dr and Doctor stay part of the name ("Dr Gray's Hospital",
    "Dr Martens", "a bit of Dr Feelgood": the labels rule the doctor out far more often than
    they key it, code review 57a item 2)."""
    title = tokens[i].norm
    if title not in TITLES:
        return False
    if title in ROLE_TITLES and _at_norm(tokens, i + 1) not in RELIGIOUS_NAMES:
        return False  # "Reverend Sue": the role; "The Reverend Mother" is a nun's name
    if not _near(text, tokens, i, i + 1, sentence_of):
        return False
    after = tokens[i + 1]
    if not is_capitalised(after.text) or after.norm in FUNCTION_WORDS:
        return False
    vocabulary = load()
    if vocabulary.lookup((tokens[i].norm, after.norm)):
        return False
    if title in SURNAME_TITLES:
        return True  # "Mrs Tuesday", "Mr Christmas": only a surname follows Mr or Mrs
    return not any(s.concept.proper for s in vocabulary.lookup((after.norm,)))


def _at_norm(tokens: list[Token], j: int) -> str:
    """TOKENS[j]'s norm, "" past the end."""
    return tokens[j].norm if 0 <= j < len(tokens) else ""


def _near(text: str, tokens: list[Token], i: int, j: int, sentence_of: list[int]) -> bool:
    """TOKENS[j] is in TOKENS[i]'s sentence with no break between them (a comma is one)."""
    if not 0 <= j < len(tokens) or sentence_of[j] != sentence_of[i]:
        return False
    a, b = (i, j) if i < j else (j, i)
    return not _BREAK.search(text, tokens[a].end, tokens[b].start)


def _who(word: str, kinds: frozenset[str]) -> bool:
    """WORD says who someone is ("sister", "great-granddaughter", "carer") among KINDS."""
    return bool({word, word.rsplit("-", 1)[-1], grammar.lemma(word)} & kinds)


def _said_to_be(tokens: list[Token], k: int, kinds: frozenset[str], near) -> bool:
    """TOKENS[k] opens "my sister", "our wee dog", "the key worker": who someone is (KINDS)."""
    if not near(k) or tokens[k].norm not in grammar.POSSESSIVES | {"a"}:
        return False
    return any(near(m) and _who(tokens[m].norm, kinds) for m in range(k + 1, k + 4))


def _as_person(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    def near(j: int) -> bool:
        return _near(text, tokens, i, j, sentence_of)

    word = tokens[i].norm
    if word.endswith("'s"):  # "Dawn's husband", "Joy's job"; not "Summer's here", "St
        if not near(i + 1) or not tokens[i + 1].text.islower():  # David's Day"
            return False
        after = tokens[i + 1].norm
        kinds = grammar.parts_of_speech(after)
        return _who(after, grammar.NAMED_AS) or (
            grammar.NOUN in kinds and grammar.ADJ not in kinds and not grammar.participle(after)
        )
    if near(i - 1) and tokens[i - 1].norm in WHEN_OR_WHICH:
        return False  # "in June, the grandchildren are coming": a time, not a person
    if near(i - 1) and (_who(tokens[i - 1].norm, grammar.NAMED_AS) or tokens[i - 1].norm in TITLES):
        return True  # "my great-granddaughter Poppy", "Auntie June"
    if near(i - 1) and grammar.verb_lemma(tokens[i - 1].norm) in ASK_OR_CALL:
        return True  # "Ask Christian to ring"
    gap = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    if gap.strip() == "," and sentence_of[min(i + 1, len(tokens) - 1)] == sentence_of[i]:
        k = i + 1  # "Olive, my sister, lives nearby", "Dawn, my key worker, knows"
        if _said_to_be(
            tokens, k, grammar.NAMED_AS, lambda m: _near(text, tokens, k, m, sentence_of)
        ):
            return True
    if i + 1 < len(tokens) and _labels_who(text, tokens, i):
        return True  # "Heather - daughter, visits Sundays", "Joy: my carer", "Dawn (carer)"
    if near(i + 1) and tokens[i + 1].norm in COPULAS:
        if _said_to_be(tokens, i + 2, grammar.NAMED_AS, near):
            return True  # "Dawn is my key worker", "Bill is my name"
        rest = [
            tokens[m].norm for m in range(i + 2, len(tokens)) if sentence_of[m] == sentence_of[i]
        ]
        if {"she", "he"} & set(rest):
            return True  # "Holly is kind and she never shouts at me"
        if _where_a_person_is(tokens, i + 2, near):
            return True  # "Holly is at university", "Rose is in hospital", "Olive is ninety"
    if (
        near(i + 2)
        and tokens[i + 1].norm in ("has", "had")
        and (tokens[i + 2].norm in KIN_COUNTS or tokens[i + 2].norm[:1].isdigit())
        and any(near(m) and _who(tokens[m].norm, grammar.NAMED_AS) for m in range(i + 3, i + 6))
    ):
        return True  # "Holly has two little boys", "Rose had a new grandson": kin are a person's
    together, last = False, i  # "Heather and Tom visit me": what they do comes after Tom
    for j in (i - 2, i + 2):
        if near(j) and tokens[(i + j) // 2].norm in ("and", "&"):
            other = tokens[j]
            if other.norm == "i" or (
                is_capitalised(other.text) and other.norm not in FUNCTION_WORDS
            ):
                together, last = True, max(last, j)
                if grammar.given_name(other.norm) and not load().lookup((other.norm,)):
                    return True  # beside a name that is only a name
    strong = word.removesuffix("'s") in grammar.NAMES_ALSO_THINGS  # "Summer comes round"
    return _does(tokens, last, together, near, strong)


# Where only a person is, with no article: "at school", "in hospital", "on holiday".
PEOPLES_PLACES = {
    "at": frozenset(["school", "university", "uni", "college", "nursery", "work"]),
    "in": frozenset(["hospital", "prison", "jail"]),
    "on": frozenset(["holiday", "nights", "leave"]),
}


# An age ("Olive is ninety this year", "Rose is eighty-two"), not a price, a time, a strength or
# a measure ("Sherry is twenty pounds a bottle", "Dawn is twenty past five", "Brandy is forty
# proof", "Holly is thirty feet tall": stop 35's review).
AGE = re.compile(
    r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|1[3-9]|[2-9][0-9]|10[0-9])"
)
NOT_AN_AGE = frozenset(
    ["pence", "p", "pounds", "quid", "o'clock", "minutes", "degrees", "per", "percent", "stone"]
    + ["kilos", "%", "past", "to", "proof", "feet", "foot", "ft", "inches", "miles", "metres"]
    + ["yards", "acres", "pound", "times", "a", "an", "grams", "ml", "mg", "units"]
)
# Words that count kin after "has" or "had": "Holly has two little boys", "Rose had a grandson";
# not "Summer had the grandchildren here" (stop 35's review).
KIN_COUNTS = frozenset(["a", "an", "two", "three", "four", "five", "six", "seven", "eight"])


def _where_a_person_is(tokens: list[Token], k: int, near) -> bool:
    """TOKENS[k], after a given name and "is" or "was", says where only a person is
    (PEOPLES_PLACES: "Holly is at university", "Rose is in hospital", "Joy is on holiday";
    not "Rose is at the front") or how old they are ("Olive is ninety this year"; not "Sherry
    is twenty pence", "Brandy is forty proof": NOT_AN_AGE)."""
    if not near(k):
        return False
    word = tokens[k].norm
    if word in PEOPLES_PLACES:
        return near(k + 1) and tokens[k + 1].norm in PEOPLES_PLACES[word]
    if not AGE.fullmatch(word):
        return False
    return not (near(k + 1) and tokens[k + 1].norm in NOT_AN_AGE)


LABEL_MARK = re.compile(r"\s*(?:[:(]|\s[-–—])\s*")


def _labels_who(text: str, tokens: list[Token], i: int) -> bool:
    """TOKENS[i] (a given name) labels a note that says who they are, right after a colon, a
    dash or a bracket: "Heather - daughter, visits Sundays", "Joy: my carer", "Dawn (carer)
    comes at nine". "Faith: chapel on Sundays" says no one, and keeps its picture."""
    if not LABEL_MARK.fullmatch(text[tokens[i].end : tokens[i + 1].start]):
        return False
    k = i + 1 + (tokens[i + 1].norm in grammar.POSSESSIVES)
    if k >= len(tokens) or (k > i + 1 and _BREAK.search(text, tokens[i + 1].end, tokens[k].start)):
        return False
    return _who(tokens[k].norm, grammar.NAMED_AS) and (
        k + 1 == len(tokens) or not tokens[k + 1].norm.endswith(("'s", "’s"))
    )


def _does(tokens: list[Token], i: int, together: bool, near, strong: bool = False) -> bool:
    """TOKENS[i] (a name) is followed by what a person does (grammar.PERSON_DOINGS): "Daisy
    brings", "Heather and Tom visit", "Heather from the surgery comes", "Dawn has to drive".
    STRONG (a name that is also a season, a feeling or a drink) asks for what only a person
    does (grammar.ONLY_PERSON_DOINGS): "Faith visits", not "Faith helps me", "Summer comes
    round"; and "brings", "takes" not as "brings my chest on", "brings out the colours"."""
    k = i + 1
    if near(k) and tokens[k].norm == "from":  # "Faith from the chapel visits me"
        k += 1
        while (
            near(k)
            and k < i + 5
            and grammar.verb_lemma(tokens[k].norm) not in (grammar.PERSON_DOINGS)
        ):
            k += 1
    helped = False
    while near(k):
        verb = tokens[k].norm
        if grammar.VERB in grammar.parts_of_speech(verb) and (
            grammar.verb_lemma(verb) in grammar.PERSON_DOINGS
            and (not strong or _only_a_person_does(tokens, k, near))
        ):
            if grammar.verb_lemma(verb) != verb:  # "brings", "came"; "is coming", "has taken"
                if not together and near(k + 1) and tokens[k + 1].norm in ("are", "were"):
                    return False  # "River walks are my favourite": things, not what River does
                if verb.endswith("s") != together or grammar.past_tense(verb):
                    return True
                if helped and grammar.participle(verb):
                    return True
            elif helped or together:  # "Dawn has to drive me", "Heather and Tom visit me"
                return True
        if strong and grammar.verb_lemma(verb) in ("come", "go", "pop"):
            # "Joy comes to read to me", "Faith comes to see me", "Faith comes on Tuesdays to
            # help me wash": a person's coming, to do something (after when, if said)
            m = k + 1
            while near(m) and m < k + 5 and tokens[m].norm in WHEN_WORDS:
                m += 1
            if together and any(t.norm in VISITING_TIMES for t in tokens[k + 1 : m]):
                return True  # "Joy and Faith come on Mondays": two who come on a day
            if any(t.norm in VISITING_DAYS for t in tokens[k + 1 : m]):
                return True  # "Joy comes on Mondays": no season or feeling comes on a weekday
            if (
                near(m + 1)
                and tokens[m].norm in ("to", "and")
                and (m == k + 1 or grammar.VERB in grammar.parts_of_speech(tokens[m + 1].norm))
            ):
                helped, strong = True, False
                k = m + 1
                continue
        if verb not in HELPERS:
            return False
        helped = True
        k += 1
    return False


def _only_a_person_does(tokens: list[Token], k: int, near) -> bool:
    """TOKENS[k] is a doing only a person does (grammar.ONLY_PERSON_DOINGS); "bring", "take"
    and "fetch" with "on" or "out" right after them or closing the clause, or with "it out of"
    or a closing "it on", cause a thing ("brings my chest on", "brings out the colours",
    "Autumn takes it out of me", "Winter brings it on"), which a season or a drink does too,
    not "Joy brings it on Wednesday"; "keep", "cut", "put" and "do" are a person's with
    someone's thing after them ("Joy keeps the bills", "Rosemary cuts my hair", "Joy does my
    shopping", "Joy puts my cream on"), not "Hope keeps me going", "Joy does me good"; "know"
    not as "knows no"; "look" as
    "look after"; "help" as helping someone do what only a person does ("Rosemary helps me
    dress"), not "Rosemary helps my memory" or "Brandy helps me sleep"."""
    verb = grammar.verb_lemma(tokens[k].norm)
    if verb == "know":  # "Joy knows my routine"; not "Summer knows no bounds"
        return not (near(k + 1) and tokens[k + 1].norm == "no")
    if verb == "put":  # "Joy puts my cream on"; not "Faith puts my mind at rest"
        owned = near(k + 2) and tokens[k + 1].norm in grammar.POSSESSIVES
        put_on = ("on", "in", "out", "away")  # "Joy puts my hearing aids in"
        return owned and any(near(m) and tokens[m].norm in put_on for m in range(k + 3, k + 6))
    if verb in ("keep", "cut", "do"):
        return near(k + 1) and tokens[k + 1].norm in grammar.POSSESSIVES
    if verb == "look":
        return near(k + 1) and tokens[k + 1].norm == "after"
    if verb == "help":
        helped = near(k + 2) and tokens[k + 1].norm in OBJECT_PRONOUNS
        return helped and grammar.verb_lemma(tokens[k + 2].norm) in grammar.ONLY_PERSON_DOINGS
    if verb not in grammar.ONLY_PERSON_DOINGS:
        return False
    if verb not in ("bring", "take", "fetch"):
        return True
    if near(k + 1) and tokens[k + 1].norm in ("on", "out"):
        return False
    if near(k + 2) and tokens[k + 1].norm == "it":  # "Autumn takes it out of me", "brings it
        after = tokens[k + 3].norm if near(k + 3) else ""  # on": a cause; not "brings it on
        if (tokens[k + 2].norm, after) in (("out", "of"), ("on", "")):  # Wednesday"
            return False
    last = k
    while near(last + 1):
        last += 1
    return not (last > k and tokens[last].norm == "on")


# What a pet does and no thing does, after a capitalised word that names it: "Sooty sleeps on
# my bed", "Bramble barks at the post" (no soot or bramble does that). Not "hide", "chase",
# "love" or "hate", which a thing does in a figure: "Tea hides the taste", "Coffee loves me".
PET_DOINGS = frozenset(["sleep", "bark", "purr", "miaow", "meow", "wag", "moult", "snore"])
# What a pet needs done ("Bramble needs walking twice a day"); not "feeding", "brushing" or
# "changing" ("Lawn needs feeding", "Hair needs brushing", "Bed needs changing": stop 35's review).
PET_NEEDS = frozenset(["walking", "worming"])
# A pet's things after its name and "'s": "Biscuit's bowl", "Toffee's hutch"; not a lead, collar
# or basket, which a kettle, a shirt or a bike has too (stop 35's review).
PET_THINGS = frozenset(["bowl", "cage", "litter", "kennel", "hutch", "flea", "fleas"])
# Words for animals and people, which do PET_DOINGS as themselves ("Fish needs feeding").
ANIMALS = grammar.PETS | frozenset(
    ["fish", "hen", "chicken", "cow", "calf", "sheep", "lamb", "goat", "pig", "duck", "goose"]
    + ["mouse", "rat", "fox", "squirrel", "bird", "robin", "pigeon"]
)
ADVERBS_OF_HABIT = frozenset(["always", "still", "never", "often", "usually", "just", "only"])
SLEEPS_HOW_MANY = frozenset(["one", "two", "three", "four", "five", "six", "eight", "a", "up"])


def _pet_does(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i], a capitalised word with no article (its sentence's first, as a rule: a
    capital elsewhere is a name already), is a pet by what follows it: what a pet does and no
    thing does (PET_DOINGS: "Sooty sleeps on my bed", "Toffee used to sleep on the bed",
    "Bramble always barks at the post"), "needs walking" (PET_NEEDS), or its "'s" before a
    pet's thing ("Biscuit's bowl"). Not a word for an animal or a person
    ("Dog barks at the post", "Baby needs feeding"), a plural ("Cats sleep a lot"), a time
    ("Afternoon sleeps are short"), or a day or feast."""

    def near(j: int) -> bool:
        return _near(text, tokens, i, j, sentence_of)

    word = tokens[i].norm
    base = without_possessive(word) or word
    if base in ANIMALS | grammar.NAMED_AS | grammar.PEOPLE | TIME_WORDS | TIME_OR_PLACE:
        return False
    if grammar.lemma(base) != base:
        return False
    if any(s.concept.proper for s in load().lookup((base,))):
        return False  # "Christmas", "Sunday"
    if base != word:
        return near(i + 1) and tokens[i + 1].norm in PET_THINGS
    k = i + 1
    while near(k) and tokens[k].norm in ADVERBS_OF_HABIT:
        k += 1
    if not near(k):
        return False
    verb = tokens[k].norm
    if verb == "used" and near(k + 2) and tokens[k + 1].norm == "to":  # "used to sleep"
        return tokens[k + 2].norm in PET_DOINGS
    if verb in ("needs", "needed"):
        return near(k + 1) and tokens[k + 1].norm in PET_NEEDS
    if verb == grammar.verb_lemma(verb) or grammar.verb_lemma(verb) not in PET_DOINGS:
        return False  # "sleeps", "slept"; not "Toffee sleep"
    after = tokens[k + 1].norm if near(k + 1) else ""
    # "Afternoon sleeps are short", "Caravan sleeps four": no pet
    return not (after in ("are", "were") or after[:1].isdigit() or after in SLEEPS_HOW_MANY)


def _as_pet(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> bool:
    """TOKENS[i] is a pet's name: "Toffee the cat", "Whisky is my wee dog", "Burek, my dog,";
    not "Feed the cat" or "Walk my dog" (a word that can be a doing), nor a word after "a" or
    "the" ("comes on a Tuesday, a big soft Labrador": a name takes no article)."""

    def near(j: int) -> bool:
        return _near(text, tokens, i, j, sentence_of)

    if _pet_does(text, tokens, i, sentence_of):
        return True  # "Sooty sleeps on my bed", "Biscuit's bowl"

    if near(i - 1) and tokens[i - 1].norm in ("a", "an", "the"):
        return False

    doing = grammar.VERB in grammar.parts_of_speech(tokens[i].norm)
    pet = not doing and near(i + 2) and tokens[i + 1].norm in grammar.POSSESSIVES
    if pet and _who(tokens[i + 2].norm, grammar.PETS):
        return True  # "Toffee the cat", "Mittens my cat must never be let out"
    if near(i + 1) and tokens[i + 1].norm in COPULAS:
        return _said_to_be(tokens, i + 2, grammar.PETS, near)
    gap = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    if gap.strip() != "," or sentence_of[i + 1] != sentence_of[i]:
        return False
    k = i + 1
    return _said_to_be(tokens, k, grammar.PETS, lambda m: _near(text, tokens, k, m, sentence_of))


def _named_after_a_call(text: str, tokens: list[Token], i: int) -> bool:
    """TOKENS[i] is a word the person is (not) to be called by, said a few words after "call
    me" in its sentence: "Please call me Edna, not love or duck", "Don't call me pet". A thing
    after a call keeps its picture: "my son called me about the duck" (a determiner before
    it), "called me. The duck" (another sentence)."""
    if i and tokens[i - 1].norm in ARTICLES | {"about", "to", "with", "for"}:
        return False
    for k in range(max(1, i - 6), i):
        if grammar.lemma(tokens[k - 1].norm) == "call" and tokens[k].norm in OBJECT_PRONOUNS:
            return not SENTENCE_END.search(text[tokens[k].end : tokens[i].start])
    return False


def _match_at(
    text: str,
    tokens: list[Token],
    i: int,
    blocked: set[int],
    heading: bool,
    vocabulary: Vocabulary,
    kit: dict[tuple[str, ...], list[Sense]],
    context: list[tuple[list[int], Sentence]],
    sentence_of: list[int],
    idioms: dict[int, tuple[int, int]] | None = None,
) -> tuple[Match, int] | None:
    if i in blocked:
        return None
    idioms = idioms or {}
    # the words around a word are read within its sentence: "not before. Tea in bed" is no
    # "before tea"
    here = sentence_of[i]
    # and within its clause: "his chest is good; Father Ryan brings Communion" is no "good
    # father" (but a note's label is its context: "Sunday - Mass", "Drinks: tea")
    cut = _clause_cut(text, tokens, i)
    before = (
        _as_determiner(tokens[i - 1].norm) if i and sentence_of[i - 1] == here and cut > 0 else None
    )
    before2 = tokens[i - 2].norm if i > 1 and sentence_of[i - 2] == here and cut > 1 else None
    # the owner reading of an "'s" read as "is", for a sense the "is" reading fits not
    owned: tuple[str | None, str | None] | None = None
    if before is not None and before != tokens[i - 1].norm:
        # "my back's knackered", "Mum's not herself": an "'s" that says "is" (or "has") is no
        # owner, so the word reads "is" before it and the thing or person one word further back
        members, sentence = context[here]
        k = members.index(i - 1)
        if grammar.says_is(sentence.words, k):
            said = "has" if tokens[i].norm in ("been", "got") else "is"  # "my wife's been gone"
            owned = (before, before2)
            before, before2 = said, tokens[i - 1].norm[:-2]
    if before is not None and _names_the_place(
        text, tokens, i, vocabulary, context[here][1].lemmas
    ):
        before = "the"  # "a walk in Roath Park": the name before a place word works as "the"
    elif before is not None and _after_a_name(text, tokens, i, vocabulary, sentence_of):
        before = "the"  # "thirty years down Brodsworth pit": the name says which pit
        k = i - 3 if i > 2 and tokens[i - 2].norm in ARTICLES else i - 2
        # and the word before the name is the one before "the": "to the Moorside pool"
        before2 = tokens[k].norm if k >= 0 and sentence_of[k] == here and cut > 1 else None
    described = _before_description(tokens, i)
    first = tokens[i]
    # for "<START": the word opens its sentence or follows a note's label ("Cat: biscuits")
    opens = is_sentence_start(text, first, tokens[i - 1] if i else None)
    capital_name = (
        not heading
        and is_capitalised(first.text)
        and not is_sentence_start(text, first, tokens[i - 1] if i else None)
        and not _place_head(text, tokens, i)
        and not _the_place(tokens, i)
    )
    # "I pray for Mum and Dad", "they call me Grandad": a family word written with a capital
    # is what the person calls their kin, not a name (round 183)
    kin = capital_name and _kin_by_name(text, tokens, i, sentence_of)
    article = i > 0 and tokens[i - 1].norm in ARTICLES  # "a Victoria sponge", not "Rose gardens"
    # "Sunday dinner", "Christmas pudding": a phrase led by a day or feast is no name
    feast = capital_name and any(s.concept.proper for s in vocabulary.lookup((first.norm,)))
    # "my dog Sunday", "a budgie called Friday": a day's or month's word right after a pet or
    # "called" is the pet's name, whatever its capital says (stop 34's review); not where a part
    # of the day goes on with it ("I take the dog Sunday mornings": when, not who)
    pet_name = (
        capital_name
        and i > 0
        and tokens[i - 1].norm in PET_NAMED
        and not (i + 1 < len(tokens) and _says_when(tokens[i + 1].norm))
    ) or (  # "Mrs Tuesday from next door": only a surname follows Mr or Mrs
        capital_name
        and i > 0
        and tokens[i - 1].norm in SURNAME_TITLES
        and is_capitalised(tokens[i - 1].text)
    )
    members, sentence = context[sentence_of[i]]
    # a phrase stops at a break: "pork, gelatine sweets" lists two things, not "pork gelatine"
    reach = _unbroken(text, tokens, i, vocabulary.longest + 1)
    # "Rose waters the plants": Rose's doing, so no phrase starts at her name ("rose water")
    names_a_doing = (
        reach >= 2
        and i + 1 < len(tokens)
        and sentence_of[i + 1] == here
        and is_capitalised(first.text)
        and grammar.named_doing(sentence.words, members.index(i + 1))
    )
    for n in range(min(vocabulary.longest, reach), 0, -1):
        words = tuple(t.norm for t in tokens[i : i + n])
        options = _candidates(words)
        if not any(option in kit or option in vocabulary.senses for option in options):
            continue  # no sense of these words: the context below would be read for nothing
        if any(j in blocked for j in range(i, i + n)) or _in_idiom(idioms, i, n):
            continue
        if n == 1 and words[0] in FUNCTION_WORDS:
            continue
        after = tokens[i + n].norm if i + n < len(tokens) and sentence_of[i + n] == here else None
        thing = n < reach and bool(vocabulary.lookup((after,)))  # for "!>THING", not past a stop
        ahead = [
            tokens[m].norm
            for m in range(i + n, min(i + n + 3, len(tokens)))
            if sentence_of[m] == here
        ]
        person = n < reach and after is not None and grammar.person_first(ahead)  # "!>PERSON"
        goes_on = (  # for "!>WORD": "a wee bet", not "a wee in the night" or "a wee, so"
            n < reach
            and after is not None
            and after not in FUNCTION_WORDS
            and not after.endswith("ly")
        )
        further = _ahead(text, tokens, i + n, sentence_of)  # for ">>": "sit on the beach"
        # "Bed: the electric one": "one" is the thing the note's label names, for "!>"
        labelled = _one_of_label(text, tokens, i + n) if after in ONE else None
        # "I'd rather die, to be honest, than go into a home": a "!>than" sees past the aside
        than_past_aside = n >= reach and _past_aside(text, tokens, i + n, sentence_of) == "than"
        # for "!<THING": "my cold passed", not a name ("my Rose passed")
        before_thing = (
            before is not None
            and not tokens[i - 1].text[:1].isupper()
            and bool(vocabulary.lookup((before,)))
        )
        # for "<<RECIPIENT": "get Walter his tea", "feed her her tea"
        recipient = before2 is not None and (
            before2 in RECEIVERS
            or (tokens[i - 2].text[:1].isupper() and grammar.given_name(before2))
        )
        for option, bare in _tries(options, text, tokens, i):
            senses = kit.get(option, []) + vocabulary.lookup(option)
            heard = sentence.heard(senses)
            for sense in senses:
                if (
                    capital_name
                    and not sense.concept.proper
                    and not (kin and n == 1)
                    and (n == 1 or not (article or feast) or _named_by_the(tokens, i, n))
                ):
                    continue  # a name; but "a Victoria sponge" is a listed phrase
                if n < reach and _name_goes_on(text, tokens, i, n):
                    continue  # "the Queen's Head", "the Cardiff Blind Club": a name's words
                if pet_name and n == 1:
                    continue  # "my cat Friday sleeps on my bed": Friday is the cat
                if sense.kind and is_capitalised(first.text):
                    continue  # "Drake rings me": a rare kind with a capital may be a name
                if bare and not sense.thing:
                    continue
                if sense.caps and not _in_capitals(text, tokens, i, n, members):
                    continue  # "SALT came today" is speech therapy; "salt on my chips" is salt
                if n >= 2 and names_a_doing:
                    continue  # "Rose waters the plants": Rose's doing, no rose water
                if sense.capital and not _capitalised_phrase(tokens[i : i + n]):
                    continue  # "I'm a Traveller" is who they are; "a traveller on the bus" is not
                if not any(
                    sense.fits(
                        reading[0],
                        after,
                        reading[1],
                        described,
                        bare,
                        thing,
                        person,
                        before_thing,
                        further,
                        goes_on,
                        opens,
                        broken=n >= reach,  # a comma after it: no "!>" word goes on
                        recipient=recipient,
                    )
                    # "Mum's passed", "my husband's passed" ("has passed"): a sense the "is"
                    # reading fits not may still fit the "'s" as the word before ("my Mum
                    # passed", "passed <<my"; code review 61a item 4)
                    for reading in ((before, before2), owned)
                    if reading is not None
                ):
                    continue
                if sense.within_clause is not None and not (
                    sense.within_clause & _clause_before(text, tokens, i, sentence_of)
                ):
                    continue  # "~~dog": the dog in the word's own clause, before it
                if than_past_aside and "than" in sense.not_next:
                    continue  # only "than": "the frame, mostly, of a morning" is still the frame
                if labelled is not None and labelled in sense.not_next:
                    continue  # "Bed: the electric one" is the bed, not the power supply
                guess = None
                if sense.pos is not None or n == 1:
                    guess = grammar.guess(sentence.words, members.index(i + n - 1))
                    if guess == grammar.VERB and n == 1 and _labels_things(text, tokens, i):
                        guess = grammar.NOUN  # "Rings: wedding and engagement" names the rings
                if bare and guess != grammar.NOUN and not (n == 1 and _heads_note(text, tokens, i)):
                    continue
                if (
                    bare
                    and _when_not_where(tokens, i, n)
                    and _names_a_doing(vocabulary.lookup(option))
                ):
                    continue  # "Brush in the morning" is an order; "Cream in the morning" a thing
                concepts = (
                    sentence.concepts_besides(first.start, tokens[i + n - 1].end)
                    if sense.asks_concepts
                    else None
                )
                if not sense.fits_sentence(heard, guess if sense.pos else None, concepts):
                    continue
                if (sense.concept.person or sense.person) and grammar.thing_doer(
                    sentence.words,
                    members.index(i),
                    [tokens[m].text[:1].isupper() for m in members],
                ):
                    continue  # "my tea goes cold", "the picture fell off the wall"
                if sense.who and not grammar.person_doer(
                    sentence.words,
                    members.index(i),
                    [tokens[m].text[:1].isupper() for m in members],
                ):
                    continue  # "the pasture was always so parched", "everything was so parched"
                last = tokens[i + n - 1]
                rule = _why(sense, n, option, words, kit)
                return Match(
                    text[first.start : last.end],
                    sense.concept,
                    first.start,
                    last.end,
                    pos=guess or grammar.OTHER,
                    sentence=sentence_of[i],
                    rule=rule,
                ), n
    return None


ONE = frozenset(["one", "ones"])


def _one_of_label(text: str, tokens: list[Token], k: int) -> str | None:
    """The thing "one" at TOKENS[k] stands for where a note's label names it: "bed" in "Bed:
    the electric one", "shoes" in "Shoes - the black ones" (the label's last word, in the same
    paragraph); None where there is no label."""
    label = _LABEL.match(text)
    if not label or len(label.group(1).split()) > 3 or tokens[k].start < label.end():
        return None
    if _PARAGRAPH.search(text, 0, tokens[k].start):
        return None
    return normalise(label.group(1).split()[-1])


ASIDE_NOT = frozenset(["and", "or", "but", "then", "so", "nor", "not", "no"])


def _past_aside(text: str, tokens: list[Token], k: int, sentence_of: list[int]) -> str | None:
    """The word after a short aside that a comma opens before TOKENS[k] and a comma closes
    again, in the same sentence: "than" in "I'd rather die, to be honest, than go" and in
    "die, frankly, than". None where the comma goes on with a list or a clause ("tea, and
    the nurse, and", "the sugar, type 2, and I"), or no such aside closes within three words
    ("When it's time, I want the rabbi, the Shema said" is a clause, not an aside)."""
    if k >= len(tokens) or k == 0 or sentence_of[k] != sentence_of[k - 1]:
        return None
    if text[tokens[k - 1].end : tokens[k].start].strip() != "," or tokens[k].norm in ASIDE_NOT:
        return None
    for m in range(k + 1, min(k + 4, len(tokens))):
        if sentence_of[m] != sentence_of[k]:
            return None
        gap = text[tokens[m - 1].end : tokens[m].start]
        if gap.strip() == ",":
            return None if tokens[m].norm in ASIDE_NOT else tokens[m].norm
        if _BREAK.search(gap):
            return None
    return None


def _unbroken(text: str, tokens: list[Token], i: int, most: int) -> int:
    """How many tokens from TOKENS[i] (at most MOST) run on with no break between them: a
    comma, stop, colon, bracket, slash or dash, but not the colon of a time or the comma of a
    number ("8:30am", "1,000"). A phrase is never read across a break."""
    k = i + 1
    while k < len(tokens) and k - i < most:
        a, b = tokens[k - 1], tokens[k]
        number = a.text[-1:].isdigit() and b.text[:1].isdigit() and b.start - a.end == 1
        if not number and _BREAK.search(text, a.end, b.start):
            break
        k += 1
    return k - i


def _in_capitals(text: str, tokens: list[Token], i: int, n: int, members: list[int]) -> bool:
    """The N words at TOKENS[i] are written in capitals, as an abbreviation ("SALT", "the SALT
    team"), in a sentence with small letters elsewhere: a heading or a note written all in
    capitals ("NO SALT") says nothing by its capitals."""
    if not all(t.text.isupper() and len(t.text) > 1 for t in tokens[i : i + n]):
        return False
    return any(ch.islower() for m in members if not i <= m < i + n for ch in tokens[m].text)


def _ahead(text: str, tokens: list[Token], k: int, sentence_of: list[int]) -> str | None:
    """The first word from TOKENS[k] on that is not a function word, at most three words on,
    in the same sentence and not past a break: "beach" after "sit" in "sit on the beach",
    none in "sit with her, for an hour" (vocabulary.yml's ">>" and "!>>")."""
    for m in range(k, min(k + 3, len(tokens))):
        if m > 0 and (
            sentence_of[m] != sentence_of[m - 1]
            or _BREAK.search(text, tokens[m - 1].end, tokens[m].start)
        ):
            return None
        if tokens[m].norm not in FUNCTION_WORDS:
            return tokens[m].norm
    return None


def _clause_cut(text: str, tokens: list[Token], i: int) -> int:
    """How many of the (up to two) words before TOKENS[i] lie in its clause: none past a
    semicolon."""
    k = 0
    while k < 2 and i - k > 0:
        a, b = tokens[i - k - 1], tokens[i - k]
        if ";" in text[a.end : b.start]:
            break
        k += 1
    return k


_BREAK = re.compile(r"[,;:.!?()\[\]/–—\n]|\s-\s")

# the words that open a clause, for "~~": "I'm allergic to dogs and I need special food"
_CLAUSE_WORDS = frozenset(
    ["and", "but", "or", "so", "if", "when", "while", "because", "after", "before", "until"]
    + ["till", "unless", "once", "as", "though", "although", "whereas", "since", "then"]
)


def _clause_before(text: str, tokens: list[Token], i: int, sentence_of: list[int]) -> frozenset:
    """The words (and their lemmas) of TOKENS[i]'s clause before it: back to a break (a comma,
    a stop) or a word that opens a clause ("and", "if", "while"), for "~~" senses."""
    out: set[str] = set()
    k = i - 1
    while k >= 0 and sentence_of[k] == sentence_of[i]:
        if _BREAK.search(text[tokens[k].end : tokens[k + 1].start]):
            break
        word = tokens[k].norm
        if word in _CLAUSE_WORDS:
            break
        out |= {word, grammar.lemma(word)}
        if word in MAIN_DOERS:
            break  # a doer opening its own clause: "When my son walks the dog he has his food"
        k -= 1
    return frozenset(out)


def _name_goes_on(text: str, tokens: list[Token], i: int, n: int) -> bool:
    """The N words at TOKENS[i] end with a capitalised word that a capitalised word right after
    goes on from, inside the sentence: "the Queen's Head" is a pub and "the Cardiff Blind Club"
    a club by their names (round 270). Not a day, a month or a feast before or after ("Easter
    Sunday", "Sunday Mass", "Christmas Day"), a title, the sentence's first word, nor a thing
    of a kind after "a" ("a Victoria Sponge Cake")."""
    if i and tokens[i - 1].norm in ("a", "an"):
        return False
    last, after = tokens[i + n - 1], tokens[i + n]
    if not is_capitalised(last.text) or not is_capitalised(after.text):
        return False
    if after.norm in FUNCTION_WORDS | TITLES or last.norm in TITLES:
        return False
    if is_sentence_start(text, tokens[i], tokens[i - 1] if i else None):
        return False
    return not (_proper(last.norm) or _proper(after.norm))


def _proper(word: str) -> bool:
    """WORD is a word the vocabulary writes with a capital: a day, a feast, a language."""
    return any(s.concept.proper for s in load().lookup((word,)))


def _named_by_the(tokens: list[Token], i: int, n: int) -> bool:
    """The N words at TOKENS[i], every one written with a capital, follow "the": a name ("the
    Sea Breeze" is a guest house, "the Mothers' Union" a group), where "a Victoria sponge" is a
    cake and "the Test match" a match (round 270)."""
    if tokens[i - 1].norm != "the":
        return False
    return all(is_capitalised(t.text) for t in tokens[i : i + n] if t.norm not in FUNCTION_WORDS)


def _place_head(text: str, tokens: list[Token], i: int) -> bool:
    """TOKENS[i] ends a place's name ("St Peter's Church"): a place word after a capitalised
    word, with no capitalised word after it ("King's College Hospital": the hospital only). A
    word past a comma or a stop is no part of the name ("at Buckland Hospital, Monday and
    Friday", "St Andrew's Church; I'm an elder": round 382)."""
    return (
        tokens[i].norm in PLACE_HEADS
        and i > 0
        and _ends_a_name(tokens, i - 1)
        and tokens[i - 1].norm not in TITLES  # "Mrs Church visits": a person
        and (tokens[i].norm not in WORKED_AT_HEADS or _worked_at_the_name(text, tokens, i))
        and (tokens[i].norm != "quay" or _on_the_quay(text, tokens, i))
        and (tokens[i].norm != "hill" or _up_the_hill(text, tokens, i))
        and not (
            i + 1 < len(tokens)
            and is_capitalised(tokens[i + 1].text)
            and tokens[i + 1].start - tokens[i].end <= 1  # one space: the name goes on
        )
    )


def _worked_at_the_name(text: str, tokens: list[Token], i: int) -> bool:
    """The name ending at TOKENS[i] comes after "at" or "down" ("I worked at Littleton Colliery",
    "down Bold Colliery"): the pit itself, not a village named after one ("born in Easington
    Colliery", "she lives in Blackhall Colliery": code review 58a item 6). A mill only where its
    clause says work there ("a winder at Bancroft Mill"): mill flats, a birthplace and a person
    are no mill ("I live at Albion Mills", "born at Dean Mill", "down Bill Mills' for a pint",
    "at Jean Mills' house": code review 61c item 9)."""
    j = i - 1
    while j > 0 and is_capitalised(tokens[j - 1].text) and tokens[j - 1].norm != "i":
        j -= 1
    if not (j > 0 and tokens[j - 1].norm in ("at", "down")):
        return False
    if tokens[i].norm not in ("mill", "mills"):
        return True
    if text[tokens[i].end : tokens[i].end + 1] in ("'", "’"):
        return False  # "Jean Mills' house": a person's (a given name may name a mill: Brook Mills)
    # the work word in its own stretch of the clause, cut at and, but, when or while: "I worked
    # at the Co-op and we lived at Albion Mills" is a home (code review 61e item 9)
    clause = _clause_of(text, tokens, j - 1, i)
    a = next((k + 1 for k in range(j - 2, clause.start - 1, -1) if tokens[k].norm in JOINS), None)
    b = next((k for k in range(i + 1, clause.stop) if tokens[k].norm in JOINS), clause.stop)
    stretch = {tokens[k].norm for k in range(clause.start if a is None else a, b)}
    return bool(stretch & AT_THE_MILL) and not stretch & LIVES_AT_THE_MILL


# Words that open a new stretch of a clause, with its own doer and doing (_worked_at_the_name)
JOINS = frozenset(["and", "but", "when", "while", "whilst"])
# Words of a stretch that make "at" a mill's name a home there (_worked_at_the_name)
LIVES_AT_THE_MILL = frozenset(["live", "lives", "lived", "living", "flat", "moved", "move"])


# Words of a clause that make "at" or "down" a mill's name the mill worked at: words.JOB and
# the mill's trades (_worked_at_the_name)
AT_THE_MILL = JOB | frozenset(
    ["work", "works", "weaver", "weavers", "weaving", "winder", "winding", "spinner"]
    + ["spinning", "loom", "looms", "machinist", "doffer", "tackler", "overlooker"]
)


def _on_the_quay(text: str, tokens: list[Token], i: int) -> bool:
    """The name ending at TOKENS[i], a "Quay", comes after a word of being by the water ("on the
    Fish Quay", "from Harwich Quay", "down Parkeston Quay"): the quay itself, not a flat or a
    street of that name, an address ("I live at 4 Riverside Quay", "my flat is in Victoria
    Quay", "I moved into Mariners Quay": code review 59a item 4)."""
    j = i - 1
    while j > 0 and is_capitalised(tokens[j - 1].text) and tokens[j - 1].norm != "i":
        j -= 1
    if j > 0 and tokens[j - 1].norm in ("at", "to"):
        # "I worked at Parkeston Quay", "the ferry to Harwich Quay": the port where its clause
        # says work or a boat; an address or a place to go is no port ("I live in sheltered
        # housing at Albert Quay", "a coffee at Mermaid Quay": code review 60a item 11)
        return any(tokens[k].norm in AT_THE_PORT for k in _clause_of(text, tokens, j - 1, i))
    return j > 0 and tokens[j - 1].norm in ON_THE_QUAY


def _clause_of(text: str, tokens: list[Token], first: int, last: int) -> range:
    """The indices of the words of the clause that holds TOKENS[first..last]: back and on to a
    comma, a stop or any break (_BREAK)."""
    a, b = first, last
    while a > 0 and not _BREAK.search(text, tokens[a - 1].end, tokens[a].start):
        a -= 1
    while b + 1 < len(tokens) and not _BREAK.search(text, tokens[b].end, tokens[b + 1].start):
        b += 1
    return range(a, b + 1)


def _up_the_hill(text: str, tokens: list[Token], i: int) -> bool:
    """The name ending at TOKENS[i], a "Hill", comes after a word of going up, over or off it
    ("a walk up the Lyle Hill", "ashes scattered off Peel Hill", "we climbed Pendle Hill"): the
    hill itself, not a district or a street of that name ("I live in Forest Hill", "a factory in
    Cheetham Hill", "the market at Tower Hill": round r420). Not a person's surname after a
    given name ("a lift off Dave Hill"), "off" only where its clause scatters, falls or walks
    ("I bought my car off Joan Hill": from), and "up" or "over" not where its clause says one
    lives there ("I used to live up Tower Hill", "over Denmark Hill way"; code review 61c
    item 7)."""
    if grammar.given_name(tokens[i - 1].norm):
        return False
    j = i - 1
    while j > 0 and is_capitalised(tokens[j - 1].text) and tokens[j - 1].norm != "i":
        j -= 1
    if j > 0 and tokens[j - 1].norm == "the":
        j -= 1
    if not (j > 0 and tokens[j - 1].norm in UP_THE_HILL):
        return False
    clause = {tokens[k].norm for k in _clause_of(text, tokens, j - 1, i)}
    if tokens[j - 1].norm == "off":
        return bool(clause & OFF_THE_HILL)
    return not (tokens[j - 1].norm in ("up", "over") and clause & LIVES_ON_THE_HILL)


# Words before a hill's name that say it is climbed, walked or looked out from (_up_the_hill)
UP_THE_HILL = frozenset(
    ["up", "off", "over", "climb", "climbed", "climbing", "climbs", "top", "summit", "across"]
)
# Words of a clause that make "off" a hill's name the hill: ashes scattered, a fall, a walk
OFF_THE_HILL = frozenset(
    ["ashes", "scatter", "scattered", "scattering", "fell", "fall", "falls", "fallen", "walk"]
    + ["walked", "walking", "walks", "climb", "climbed", "came", "come", "down", "sledge"]
    + ["sledged", "sledging", "rolled", "view", "views", "wind", "blowing"]
)
# Words of a clause that make "up" or "over" a hill's name a district one lives in
LIVES_ON_THE_HILL = frozenset(
    ["live", "lives", "lived", "living", "flat", "house", "home", "way", "moved", "born"]
    + ["bungalow", "address", "street", "road", "estate", "shop", "shops", "stay", "stayed"]
)


# Words before a quay's name that put the person by the water (_on_the_quay)
ON_THE_QUAY = frozenset(["the", "on", "from", "down", "along", "off", "onto", "by"])
# Words of a clause that make "at" or "to" a quay's name the port: work there (words.JOB) or
# a boat (_on_the_quay)
AT_THE_PORT = JOB | frozenset(
    ["work", "works", "docker", "dockers", "dock", "docks", "docked"]
    + ["ferry", "ferries", "boat", "boats", "ship", "ships", "sail", "sailed", "sailing"]
    + ["crossing", "fishing", "trawler", "trawlers", "unloading", "loading", "landed"]
)


# A king's or queen's number after their name: "King Edward VII Hospital", "George V Park".
REGNAL = re.compile(r"[IVX]{1,4}")


def _ends_a_name(tokens: list[Token], j: int) -> bool:
    """TOKENS[j] is the last word of a name: capitalised, or a king's number after one."""
    if is_capitalised(tokens[j].text):
        return True
    numbered = tokens[j].text != "I" and REGNAL.fullmatch(tokens[j].text)  # "I" is the person
    return bool(numbered) and j > 0 and is_capitalised(tokens[j - 1].text)


# Place words written small after the name of the one meant ("down Brodsworth pit", "at the
# Riverside pool", "the Manningham surgery", "the Keswick show"): the name works as "the" does
# (round 178: on the tuning parts 9 such keys gained their picture, 1 unkeyed show got one; not
# every word: "my daughter Janet rings me" is no ring after a name). "a walk in Almondell park"
# (round 411).
AFTER_NAME_PLACES = frozenset(["pit", "pool", "surgery", "station", "show", "band", "park"])
# A team's score or result after the team's name ("tell me the Alex score on a Saturday", "reads
# me the Albion scores"): the name says whose, as "the" would (round 411)
AFTER_NAME_TEAM = frozenset(["score", "scores", "result", "results"])
# "park" after a name is the place only where a preposition of place comes before the name, or
# before "the" and the name ("in Almondell park", "round Pittencrieff park", "to the Roath park");
# "Sue and Dave park on the drive" (code review 60c), "the carers from Bluebird park on the
# drive" and "The Smiths park outside" are parking (code review 60e: no "from", "by" or a bare
# "the")
BEFORE_NAMED_PARK = frozenset(
    ["in", "round", "around", "to", "at", "through", "across", "near", "past", "into", "up"]
    + ["down", "of", "along"]
)
# A result after a name is a team's only where the name is a club's usual word (words.TEAM)
# or its own sentence says football (words.FOOTBALL; "the Election results came in and Labour
# won", "the Oscars results" are no score: code review 60c; "my son phones me with the Lottery
# results. Then he goes to the match" neither: code review 60e). NOT_A_TEAM: the names before
# a score or a result that no team has, a care plan's clinical scores and the draws ("the
# nursing team does my Waterlow score", "the Lottery results on a Saturday": code review 60e)
NOT_A_TEAM = frozenset(
    ["waterlow", "braden", "must", "barthel", "mmse", "news", "lottery", "election", "exam"]
)
RESULT_WORDS = frozenset(["result", "results"])


def _after_a_name(
    text: str, tokens: list[Token], i: int, vocabulary: Vocabulary, sentence_of: list[int]
) -> bool:
    """TOKENS[i], a place word written small (AFTER_NAME_PLACES) or a team's score
    (AFTER_NAME_TEAM), follows a name that says which one it is. Not after a title, "I", or a
    day, month or feast ("Sunday lunch")."""
    if i == 0 or not tokens[i].text.islower():
        return False
    if tokens[i].norm not in AFTER_NAME_PLACES | AFTER_NAME_TEAM:
        return False
    prev = tokens[i - 1]
    if not is_capitalised(prev.text) or prev.norm in TITLES or prev.norm.startswith("i'"):
        return False
    if is_sentence_start(text, prev, tokens[i - 2] if i > 1 else None):
        return False
    if tokens[i].norm == "park":
        k = i - 3 if i > 2 and tokens[i - 2].norm == "the" else i - 2
        if k < 0 or tokens[k].norm not in BEFORE_NAMED_PARK:
            return False
    if tokens[i].norm in AFTER_NAME_TEAM and prev.norm in NOT_A_TEAM:
        return False
    if (
        tokens[i].norm in RESULT_WORDS
        and prev.norm not in TEAM
        and not any(
            t.norm in FOOTBALL for k, t in enumerate(tokens) if sentence_of[k] == sentence_of[i]
        )
    ):
        return False
    return not any(s.concept.proper for s in vocabulary.lookup((prev.norm,)))


# Places a town has one of, named by their kind with a capital ("Communion from the Cathedral",
# "a service at the Minster"): the kind is the place, no name of its own (round 178: 3 of 3
# such keys on the tuning parts; not "the Hall" or "the Club", often a venue's own name).
# "a dander down the Quay": a harbour town's quay (round 401).
ONE_IN_TOWN = frozenset(["cathedral", "minster", "abbey", "infirmary", "crematorium", "quay"])


def _the_place(tokens: list[Token], i: int) -> bool:
    """TOKENS[i] is ONE_IN_TOWN after "the", with no capitalised word after it."""
    return (
        tokens[i].norm in ONE_IN_TOWN
        and i > 0
        and tokens[i - 1].norm == "the"
        and not (i + 1 < len(tokens) and is_capitalised(tokens[i + 1].text))
    )


def _names_the_place(
    text: str, tokens: list[Token], i: int, vocabulary: Vocabulary, lemmas: frozenset[str]
) -> bool:
    """TOKENS[i] is a place word, capitalised, ending a place's name (_place_head: "Roath
    Park", "Leith Library") that is the place itself: not a word describing the thing after it
    ("the Heaton Park club", "the Roker Park ground": the club and the ground are what is
    meant), nor a sports ground named a park ("football at Windsor Park": SPORTS_GROUND)."""
    if not _place_head(text, tokens, i) or not is_capitalised(tokens[i].text):
        return False
    if tokens[i].norm == "park" and (lemmas & SPORTS_GROUND or _said_of_a_ground(tokens)):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return not (after is not None and after.text.islower() and vocabulary.lookup((after.norm,)))


def _said_of_a_ground(tokens: list[Token]) -> bool:
    """True where the sentence says "the terraces", "nine seasons" or "season ticket": a team's
    ground, as SPORTS_GROUND's words say."""
    norms = [t.norm for t in tokens]
    pairs = {f"{a}-{b}" for a, b in zip(norms, norms[1:], strict=False)}
    return bool((set(norms) | pairs) & SPORTS_GROUND_FORMS)


TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "doctor", "rev", "reverend", "sister", "nurse", "father"]
    + ["brother", "mother"]  # religious titles: "Brother John", "Mother Teresa"
)
# titles that say the person's role, keyed as the role before a name (LABELLING.md, stop 32)
ROLE_TITLES = frozenset(["nurse", "rev", "reverend"])
# a religious title after a role's title makes the pair a name ("the Reverend Mother")
RELIGIOUS_NAMES = frozenset(["mother", "father", "sister", "brother"])
# titles only a surname follows: "Mrs Tuesday" is a neighbour, where "Nurse Monday" may be when
SURNAME_TITLES = frozenset(["mr", "mrs", "ms", "miss"])


def _before_description(tokens: list[Token], i: int) -> str | None:
    """The word before the describing words in front of TOKENS[i] ("the" in "the little blue
    bowl"), or None where no describing word stands there."""
    j = i - 1
    while j >= 0 and i - j <= 3 and _describes(tokens[j].norm):
        j -= 1
    if 0 <= j < i - 1 and tokens[j].norm == "a" and tokens[j + 1].norm in ("little", "bit"):
        return None  # "a little flat", "a little light": how much, not a thing
    return _as_determiner(tokens[j].norm) if 0 <= j < i - 1 else None


# Words a thing may follow with no "a", "the" or "my": "no men", "paper for me", "water or
# weak squash", "without sauce" ("of" not: "any kind of bug" is no illness).
BARE_BEFORE = frozenset(
    ["no", "in", "on", "at", "with", "without", "for", "from", "into", "and", "or", "but"]
    + ["like", "than", "about", "plus", "except", "only", "just", "extra", "less", "more"]
)


def _tries(
    options: list[tuple[str, ...]], text: str, tokens: list[Token], i: int
) -> list[tuple[tuple[str, ...], bool]]:
    """Each option with the senses as written; then, where the word stands bare, once more
    letting a thing's sense (<DET) do without its determiner (no sense fitted as written)."""
    tries = [(option, False) for option in options]
    if _bare(text, tokens, i):
        tries += [(option, True) for option in options]
    return tries


def _bare(text: str, tokens: list[Token], i: int) -> bool:
    """TOKENS[i] stands with no determiner, after a preposition, "and", "no" or at the start
    of a sentence ("No men in the bathroom", "Sugar-free squash only"), or as its label
    ("Cream: twice a day", "Mass - Saturday 6pm")."""
    if _heads_note(text, tokens, i):
        return True
    if _place_head(text, tokens, i) and is_capitalised(tokens[i].text):
        return False  # "at Central Park": the end of a name; _names_the_place decides alone
    if grammar.ADJ in grammar.parts_of_speech(tokens[i].norm):
        return False  # "soft and sweet", "no longer fit": a describing word, not a thing
    if i + 1 < len(tokens) and grammar.parts_of_speech(tokens[i + 1].norm) == {grammar.NOUN}:
        return False  # "in paper envelopes": it describes the thing after it
    j = i - 1
    while j >= 0 and i - j <= 3 and _describes(tokens[j].norm):
        if tokens[j].norm in ("longer", "more", "less"):
            return False  # "I no longer work"
        j -= 1
    if j < 0 or is_sentence_start(text, tokens[j + 1], tokens[j]):
        # "Sugar-free squash only"; but "Smoker – rolls his own" is something done
        return j < i - 1 or grammar.VERB not in grammar.parts_of_speech(tokens[i].norm)
    return tokens[j].norm in BARE_BEFORE


# A label's break after the first word of a note: "Mass - Sunday 10.30", "Cream: twice a day".
LABEL_BREAK = re.compile(r"^\s*(:|\?|[–—]|\s-\s)")


def _labels_things(text: str, tokens: list[Token], i: int) -> bool:
    """TOKENS[i] is a plural label that opens a note, a colon or dash after it: "Rings: wedding
    and engagement", "Nails: cut by the podiatrist". A label names the things the note is
    about; an order would be the plain form ("Ring: Sue on Sundays")."""
    word = tokens[i].norm
    if not word.endswith("s") or grammar.NOUN not in grammar.parts_of_speech(word):
        return False
    if not is_sentence_start(text, tokens[i], tokens[i - 1] if i else None):
        return False
    after = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    return bool(LABEL_BREAK.match(after)) and "?" not in after


def _heads_note(text: str, tokens: list[Token], i: int) -> bool:
    """TOKENS[i] opens a sentence and is its label or subject, a thing and no order, though the
    word can be a doing: a colon, dash or question mark follows it ("Mass - Saturday 6pm",
    "Frame?"), or "is" ("Pepper is fine"), or where it is ("Jug on the side")."""
    if not is_sentence_start(text, tokens[i], tokens[i - 1] if i else None):
        return False
    after = text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
    if LABEL_BREAK.match(after):
        return True
    words = [t.norm for t in tokens[i + 1 : i + 3]]
    if words[:1] and words[0] in COPULAS and not after.strip():
        return True  # the thing a sentence is about: "Pepper is fine", "Steps are too steep"
    if words[:1] and not after.strip() and _says_when(words[0]):
        return True  # a note with no verb says when: "Mass Sunday 9am", "Cream am and pm"
    if words[:1] == ["at"] and words[1:] and not after.strip() and _says_when(words[1]):
        return True  # "Cream at night", "Tablets at 8": a doing there is an order (_match_at)
    # a note with no verb says where its thing is: "Jug on the side", "Mass on a Sunday",
    # "Jug always on the tray"
    k = i + 1
    if words[:1] in (["always"], ["only"], ["still"]) and not after.strip():
        k = i + 2
        words = [t.norm for t in tokens[k : k + 2]]
    return (
        len(words) == 2
        and tokens[i].norm not in PLACE_HEADS  # a place sits nowhere: "Park on the drive"
        and words[0] in WHERE_A_THING_IS
        and (words[1] in ARTICLES or words[1] in SIDES)
        and not SENTENCE_GAP.search(text, tokens[i].end, tokens[k + 1].start)
    )


def _when_not_where(tokens: list[Token], i: int, n: int) -> bool:
    """The N words at TOKENS[i] are followed by when, not where: "in the morning", "at night",
    "on a Sunday". A thing note says where its thing is; a word that also names a doing,
    followed by a time, is an order where the vocabulary pictures that doing (_names_a_doing):
    "Brush in the morning and at night", but "Cream in the morning", "Mass on a Sunday"."""
    words = [t.norm for t in tokens[i + n : i + n + 3]]
    if not words or words[0] not in WHERE_A_THING_IS | {"at"}:
        return False
    rest = words[2:] if words[1:2] and words[1] in ARTICLES else words[1:2]
    return bool(rest) and rest[0] in TIME_WORDS


def _names_a_doing(senses: list[Sense]) -> bool:
    """One of a word's SENSES pictures it as a doing ("brush" your teeth, "park" the car)."""
    return any(sense.pos == grammar.VERB for sense in senses)


def _says_when(word: str) -> bool:
    """A day, a part of the day or a clock time: "Sunday", "mornings", "am", "8am"."""
    return word in TIME_WORDS or word in ("am", "pm") or word[:1].isdigit()


WHERE_A_THING_IS = frozenset(["on", "in", "by", "between", "under", "beside", "behind", "near"])
SIDES = frozenset(["right", "left", "top", "bottom"])  # "Aid in right ear", "in top drawer"
SENTENCE_GAP = re.compile(r"[,.;:!?]")


def _describes(word: str) -> bool:
    """A describing word that may stand between "my" and its thing: "little", "blue", "2",
    "crowded", "talking", "sugar-free", "two-handled"."""
    if word.isdigit():
        return True
    if word in FUNCTION_WORDS:
        return False
    if word in grammar.DOERS:  # "my daughter lights them": the daughter does the lighting, no
        return False  # "daughter lights" as "my bedside lights"
    if "-" in word:  # "sugar-free", "long-handled", "hand-knitted"
        last = word.rsplit("-", 1)[1]
        return last in ("free", "sized", "up") or _describes(last)
    kinds = grammar.parts_of_speech(word)
    if grammar.VERB not in kinds:
        return grammar.ADJ in kinds
    return grammar.participle(word)  # "a crowded lift", "my talking watch"; not "my walk"


def _as_determiner(word: str) -> str:
    """A possessive before a word works like "my": "my wife's ring" is jewellery, as "my ring"."""
    return (
        "my"
        if word.endswith(("'s", "s'"))
        and word not in ("it's", "that's", "there's", "he's", "she's", "what's", "who's", "let's")
        else word
    )


def _why(sense: Sense, n: int, option: tuple[str, ...], words: tuple[str, ...], kit: dict) -> str:
    """The rule that gave the picture, in words staff can check."""
    said = " ".join(words)
    if option in kit and sense in kit[option]:
        return f'"{said}" is their own kit (person.yml uses:)'
    parts = [f'the phrase "{said}"' if n > 1 else f'the word "{said}"']
    if sense.kind:
        return f"{parts[0]}, a kind pictured as {sense.concept.alt} (data/categories.tsv)"
    if not sense.listed:
        parts.append("(a form of a listed word)")
    if sense.prev is not None or sense.near is not None:
        parts.append("after the words it needs")
    if sense.not_prev or sense.not_next or sense.not_near or sense.not_ahead:
        parts.append("not in a phrase that means something else")
    if sense.next is not None or sense.ahead is not None:
        parts.append("before the words it needs")
    if sense.pos is not None:
        parts.append(
            {"n": "used as a thing", "v": "used as an action", "a": "describing"}[sense.pos]
        )
    if sense.caps:
        parts.append("written in capitals")
    if sense.capital:
        parts.append("written with a capital")
    if sense.within is not None:
        parts.append("with words of its sense in the sentence")
    if sense.not_within:
        parts.append("with no words of another sense in the sentence")
    return " ".join(parts)


def limit(found: list[Match], text: str, per_sentence: int = PER_SENTENCE) -> list[Match]:
    """A few pictures a sentence (one by default): heaviest, then first; each idea once."""
    kept: list[Match] = []
    seen: set[str] = set()  # one picture per idea in a paragraph
    for start, end in sentences(text):
        inside = [m for m in found if start <= m.start < end]
        unique = []
        for m in inside:
            if m.concept.id not in seen:
                seen.add(m.concept.id)
                unique.append(m)
        best = sorted(unique, key=lambda m: (-m.concept.weight, m.start))[:per_sentence]
        kept += sorted(best, key=lambda m: m.start)
    return kept


def key_words(
    text: str,
    names: Iterable[str] = (),
    *,
    heading: bool = False,
    per_sentence: int = PER_SENTENCE,
    uses: Iterable[str] = (),
) -> list[Match]:
    """The inline pictures key-words mode attaches to TEXT: the matches after the limit."""
    return limit(find_all(text, names, heading=heading, uses=uses), text, per_sentence)


def main_match(matches: list[Match]) -> Match | None:
    """The heaviest key word, the first of equals (headings and links; paragraphs use idea.py)."""
    return min(matches, key=lambda m: (-m.concept.weight, m.negated, m.start)) if matches else None


def says_the_same(match: Match) -> bool:
    """True when the word beside the picture already says what the picture shows (alt="")."""
    if match.negated:
        return False  # the alt says "not ...": the word alone does not
    return _word_names_it(match)


def _word_names_it(match: Match) -> bool:
    """True when the matched word is one of the concept's own words (not only its picture)."""
    term = " ".join(t.norm for t in tokenise(match.term))
    concept = match.concept
    if normalise(concept.alt) == term or term in concept.words:
        return True
    stripped = without_possessive(term)
    return bool(stripped and stripped in concept.words) or _form_of(term, concept)


def _form_of(term: str, concept: Concept) -> bool:
    return any(s.concept.id == concept.id for s in load().lookup(tuple(term.split())))


def alt_text(match: Match) -> str:
    """What the picture shows, in words: "not fish" for a thing the sentence rules out. A
    word the concept lists names itself ("not sister", though the picture is the one for a
    wife): the alt says what the sentence says."""
    if not match.negated:
        return match.concept.alt
    written = " ".join(t.text for t in tokenise(match.term))  # "hot\nwater" -> "hot water"
    return f"not {written if _word_names_it(match) else match.concept.alt}"


def page_symbol(text: str, names: Iterable[str] = ()) -> Concept | None:
    """The one picture for a page title or short text (home page tiles, headings), or None."""
    found = [m for m in find_all(text, names, heading=True) if not m.negated]
    ideas = [m for m in found if m.concept.action_weight != 0]  # "How to help me feel calm"
    best = main_match(ideas if any(m.concept.weight >= 2 for m in ideas) else found)
    return best.concept if best else None
