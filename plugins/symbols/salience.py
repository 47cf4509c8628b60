"""Which of a sentence's key words a careful Easy Read writer would picture: few, and the ones
that carry the idea.

The matcher finds every word the vocabulary knows; a writer pictures one to three a sentence:
the concrete things, places, roles and main actions, and the times that matter. Pictures on the
other words are noise that hides the point (and every picture on the wrong word is one the
person must puzzle out). The rules, each about a kind of word or the sentence's shape:

- a vague word carries no picture (the concept's weight `w: 0`: "tell", "love", "check", "week");
- an action done to a thing that has its own picture gives way to that thing ("eat halal meat"
  shows the meat, "read my post" the post): the thing says more than the doing (actions whose
  weight as an action, `wv`, is 1: eat, drink, read, write, sit, sing...), unless someone
  else does it for the person ("my son reads my letters to me": the reading is the support),
  or the thing is a language ("I speak Punjabi": how the person talks, not what to), or the
  thing read is post, a paper or a book ("please read my post to me", "I read the Bible every
  morning": the reading is the need or the habit);
- a helping verb ("Kwame helps me with my shopping"), or help needed to or with something ("I
  need help to get in the bath"), is the frame of the sentence, not its idea, where the
  sentence has another picture (`wv: 0`); alone ("Amina helps me every morning") it is;
- a word naming the kind of the next pictured thing gives way to it ("my bedroom door": a door),
  and one naming the kind of an unpictured thing has none ("a urine bottle" shows no urine),
  even where it would be the sentence's only picture;
- background words (weight 1: times of day, clock times) and background actions are pictured
  only where the sentence has room: fewer than BUSY other pictures; but a named day or month
  (a background word written with a capital, `proper`: "on a Wednesday", "in March") says which
  day the thing happens, and is pictured however busy the sentence is (round 130); so does a
  part of the day ("drops in at night", "every morning I do puja"): when the thing happens
  (round 159: labellers key it in a busy sentence 4 times in 5), and so does talking ("we talk
  about the old days": how the person keeps in touch, round 162), reading and singing ("I can
  still read my big-print Bible": what the person does, round 178).
A sentence that would lose every picture keeps its best one, unless that one is vague.
The rules leave headings alone (a page title keeps its one picture), and
`find_all(..., every=True)` and `left_out()` still show staff every word and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import grammar
from .kit import KIT
from .negation_words import HOME_PLACES
from .words import ARTICLES, DEMONSTRATIVES, FUNCTION_WORDS, Token

BUSY = 5  # a background word is pictured only beside fewer other pictures than this
# The parts of the day: they say when the sentence's thing happens, as a named day does, so a busy
# sentence keeps them (round 159: 40 of the 49 dropped on the tuning sets were keyed). Round 159
# kept no clock times ("at 6pm" beside four other pictures was keyed less often than not on the
# older sets); round 200 keeps them too, by the newer sets (_clock_time).
PARTS_OF_DAY = frozenset(["morning-routine", "afternoon", "evening", "night"])
# "in the day" set against the night ("the leg bag in the day and the night bag at bedtime") is
# the daytime, a part of the day as the night beside it is (round 362); not "day and night", keyed
# as a whole ("all the time"), which stays background.
DAYTIME = frozenset(["in the day", "during the day", "in the daytime"])
# Talking (talk, chat, speak) is how the person keeps in touch and is understood, the point of a
# busy sentence rather than its background ("my friends visit after prayers and we talk about the
# old days": round 162, keyed in 5 of the 6 such drops on the tuning sets).
TALKING = frozenset(["talk"])
# Reading and singing are what the person does, the point of a busy sentence as talking is ("I
# can still read my big-print Bible with the magnifier", "I want to die at home with my family
# singing"): round 178, on the tuning parts 7 such drops were keyed, none was not.
DOINGS_KEPT = TALKING | frozenset(["reading", "singing"])
# So are sitting and writing ("I can't kneel for my prayers any more; I sit in the chair by the
# window", "I forget my appointments, so I write everything on the whiteboard"): what the person
# does, or how they manage (round 200: on the tuning parts of the sets labelled to LABELLING.md's
# ruling of stop 41, 13 fitting pictures for 3 unwanted ones; the older sets, 0 for 2).
DOINGS_KEPT |= frozenset(["chair", "writing"])
# So is watching things go by ("wheel me down to the front so I can smell the sea and watch the
# boats", "I like to sit by the window to watch the trams"): what the person goes out or sits
# there for, kept in a busy sentence as reading is (round 386). Not watching a programme
# (watch-tv): its television picture beside the telly's own in a busy sentence was keyed as the
# plain doing, a wrong sense, where the looking picture was wanted.
DOINGS_KEPT |= frozenset(["watch-r40"])

# Words that may stand between an action and the thing it is done to ("eat a bit of halal meat").
OBJECT_LINKS = (
    ARTICLES
    | DEMONSTRATIVES
    | frozenset(
        [
            "more",
            "no",
            "bit",
            "of",
            "lot",
            "lots",
            "little",
            "few",
            "own",
            "two",
            "three",
        ]
    )
)


# Doings whose thing is what they perform ("I love to sing hymns", "we sing the psalms in
# Gaelic", "I sang first tenor"): the song says no more than the singing, so the doing keeps its
# picture beside the thing's (round 134: singing is keyed in 19 of its 21 such uses on the tuning
# sets, where reading, eating or listening to a thing are keyed in about half). Not before a
# thing with the same picture ("I sing carols", "I sang tenor": one microphone is enough).
# Listening is the same: "I listen to the radio", "I listen to talking books in the afternoon"
# are about the listening, the pastime of someone who may no longer read or see the telly, and
# the radio alone says only that the person has one (round 191: the newer sets, written to
# today's labelling rule, key listening beside its thing in all 28 such drops on their tuning
# parts). Watching a programme is the same ("I watch the snooker", "I watch Hindi films on my
# tablet"): pictured as watching television, beside its thing, where before it was a vague word;
# not twice beside the telly itself (round 191: on the newer sets' tuning parts 41 fitting
# pictures for 8 unwanted ones; the older sets, labelled before today's rule, rarely key it).
# Writing a thing and watching things go by are the same ("I write my shopping list on the back
# of an envelope", "please write my appointments on the calendar", "I sit at the window and
# watch the birds on the feeder"): the list or the birds alone say only that they are there, the
# writing or the watching is what the person does or needs done (round 200: on the tuning parts
# of the sets labelled to LABELLING.md's ruling of stop 41, writing was keyed in 14 of its 14
# such drops and watching things in 19 of 25; the older sets, labelled before the ruling, in 2
# of 9 and 2 of 19).
# Carrying, mending and spilling a thing are the same ("I can't carry the basket upstairs", "I
# still fix the neighbours' lawnmowers", "I spill my soup"): the basket, the mower or the soup
# alone say only that they are there; the doing is what the person can, cannot or still does
# (round 230: on the tuning parts of the sets labelled to LABELLING.md's ruling of stop 41, 10
# fitting pictures for 2 unwanted ones; the older sets, labelled before the ruling, 2 for 6).
# Reading is the same, whatever is read ("I read Braille", "I like to read railway magazines",
# "I can't read a text now", "I read Yasin for her"): what the person does or has lost, beside
# the thing (round 162 kept it beside post, papers and books: READ_POST). Not reading a part of
# the body ("I read your lips", "I read faces well"): no text is read, so no open book (round
# 230: on the tuning parts of the sets labelled to LABELLING.md's ruling of stop 41, 11 fitting
# pictures for 4 unwanted ones; the older sets, labelled before the ruling, 8 for 7).
PERFORMED = frozenset(
    ["singing", "listen", "watch-tv", "writing", "watch-r40", "carry", "mend", "spill", "reading"]
)


def _performed(match, thing) -> bool:
    """True where MATCH, a doing, keeps its picture beside THING, the thing it is done to."""
    if match.concept.id not in PERFORMED:
        return False
    if match.concept.id == "reading":  # "I read your lips": a face, no text
        return grammar.lemma(thing.term.lower().split()[-1]) not in grammar.BODY
    return True


# Post and papers are read by the person or to them ("please read my post to me", "I need the
# magnifier to read my letters", "I can't read the paper now"): the letter alone says post has
# come, the reading is what the person does or needs help with, so it keeps its picture beside
# the thing's (round 162: on the tuning sets reading was keyed in 25 of the 34 such drops, where
# eating and drinking a thing are keyed less often). So do books, holy books and prayers ("I read
# the Bible every morning", "I read large print books", "I can't read my prayer book any more"):
# a closed book says the person has one, the reading is the habit or the loss (round 171:
# reading was keyed in 27 of the 37 such drops on the tuning parts; on the validation parts
# the change gave 10 fitting pictures for 3 unwanted ones).
READ_POST = frozenset(
    ["post", "letter", "newspaper", "bills", "forms", "book", "bible", "holy-book", "pray"]
)


@dataclass(frozen=True)
class Verdict:
    keep: bool
    why: str  # for the staff review sheet


def weight(match) -> int:
    """The match's weight here: the concept's, or its weight as an action where it has one
    (a helping verb, weight 0 as an action, counts as a thing once it is kept)."""
    concept = match.concept
    if match.pos == grammar.VERB and concept.action_weight is not None:
        return concept.action_weight or 2
    return concept.weight


# Which day of the month a thing happens on: "on the first Friday of the month", "the first and
# fifteenth of the month", "on the last Saturday of the month". The month says when, as a named day
# does, where "a month", "my week" say little (round 200: on the tuning parts of the sets labelled
# to LABELLING.md's ruling of stop 41, keyed in 9 of these 11 drops; the older sets 4 of 9).
ORDINALS = frozenset(
    ["first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th", "fifteenth"]
)


def _day_of_month(tokens: Sequence[Token], i: int | None) -> bool:
    """True where TOKENS[i] is the month of "the first (Friday) of the (lunar) month"."""
    if i is None or tokens[i].norm != "month" or i < 3:
        return False
    k = i - 1
    if tokens[k].norm == "lunar":
        k -= 1
    if tokens[k].norm != "the" or tokens[k - 1].norm != "of":
        return False
    return any(t.norm in ORDINALS for t in tokens[max(0, k - 5) : k - 1])


def _clock_time(match, tokens: Sequence[Token]) -> bool:
    """A clock time ("at eight", "half ten", "midday"): when the thing is done, which a busy
    sentence keeps as it keeps a part of the day (round 200: on the tuning parts of the sets
    labelled to LABELLING.md's ruling of stop 41, which keys clock times, 14 of the 21 such drops
    were keyed, and 6 of the other 7 were a plate read as a clock face; round 159's count, on the
    older sets, had found them keyed less often than not). Not where a plate is read as a clock
    face for someone who cannot see it ("meat at twelve, potatoes at six"): no time is said."""
    cid = match.concept.id
    if any(t.norm in ("plate", "plates") for t in tokens):
        return False
    return cid == "clock" or cid.startswith("clock-")


# How often a thing happens, said in words ("every six weeks", "twice a week", "each month",
# "three times a week"): when the thing is done, which a busy sentence keeps as it keeps a named
# day or a clock time (round 230: on the tuning parts of the sets labelled to LABELLING.md's
# ruling of stop 41, which keys times said in words, 9 of these 12 drops were keyed; the older
# sets had none). Not "next month" or "last week": when, once, not how often.
HOW_OFTEN = frozenset(["every", "each", "once", "twice", "times"])
# Words opening a phrase that says when a doing is done, not what it is done to: "before Mass".
WHEN_OPENERS = frozenset(["before", "after", "during", "until", "till"])


def _how_often(match) -> bool:
    """True where MATCH says how often ("every three months", "twice a week")."""
    return any(w in HOW_OFTEN for w in match.term.lower().split())


def _done_for_me(tokens: Sequence[Token], first: int | None) -> bool:
    """Someone else does the action ("my son reads my letters to me", "Simran reads my post"):
    the doing is the support the person gets, and keeps its picture beside the thing."""
    if not first:
        return False
    words = [t.norm for t in tokens[:first]]
    k = first - 1
    while k > 0 and words[k] in grammar.ADVERBS:
        k -= 1  # "my son always reads my letters to me"
    if words[k] in ("he", "she", "they"):
        return True
    named = tokens[k].text[:1].isupper() or words[k] in grammar.DOERS
    return named and grammar.subject_at(words, k)


def _past_to(tokens: Sequence[Token], after: int) -> int:
    """AFTER, or the token past a "to" after listening: "listen to the radio" is about the radio,
    but "I talk to my son" keeps its talking. (Other place words were tried: "sleeps on my bed"
    lost its sleep, and the figures did not move.)"""
    listening = after > 0 and tokens[after - 1].norm.startswith("listen")
    return after + 1 if listening and after < len(tokens) and tokens[after].norm == "to" else after


def _links_only(tokens: Sequence[Token], start: int, end: int) -> bool:
    """True when TOKENS[start:end] are only determiners, numbers, adjectives and "a bit of"."""
    for t in tokens[start:end]:
        if t.norm in OBJECT_LINKS:
            continue
        if t.norm in FUNCTION_WORDS:
            return False  # "worry about my grandson": about him, not done to him
        kinds = grammar.parts_of_speech(t.norm)
        if kinds == {grammar.ADJ} or (grammar.ADJ in kinds and grammar.VERB not in kinds):
            continue  # "halal", "fizzy", "old"
        return False
    return True


def judge(matches: list, tokens: Sequence[Token]) -> list[Verdict]:
    """A verdict for each of MATCHES (one sentence's, in order), from the sentence's TOKENS."""
    index = {t.start: k for k, t in enumerate(tokens)}
    first = [index.get(m.start) for m in matches]
    last = [_last_token(tokens, m.end) for m in matches]
    verdicts: list[Verdict | None] = [None] * len(matches)
    frames: set[int] = set()
    wrong: set[int] = set()
    for k, m in enumerate(matches):
        w = weight(m)
        if m.concept.weight <= 0 and not _day_of_month(tokens, first[k]):
            verdicts[k] = Verdict(False, "a vague word: no picture")
            continue
        after = last[k] + 1 if last[k] is not None else None
        helping = (  # "I need help to get in the bath", "help with my shopping": the frame
            m.concept.action_weight == 0
            and after is not None
            and after < len(tokens)
            and tokens[after].norm in ("to", "with", "from", "getting", "when")
        )
        if helping and m.pos != grammar.VERB:
            frames.add(k)
            continue
        if m.pos == grammar.VERB and m.concept.action_weight is not None and after is not None:
            if m.concept.action_weight == 0:
                frames.add(k)  # "Kwame helps me": decided once the other pictures are known
                continue
            nxt = next((j for j in range(k + 1, len(matches)) if first[j] is not None), None)
            if (
                w < 2
                and nxt is not None
                and not _done_for_me(tokens, first[k])  # the support the person gets
                and tokens[after].start - tokens[last[k]].end <= 1  # a gap wider than a space
                # ("Drinks: tea", "Drinks – tea") makes the word a heading, not a doing
                and matches[nxt].pos != grammar.VERB
                and weight(matches[nxt]) >= 2
                and matches[nxt].concept.alt != "language"  # "I speak Punjabi": how, not what
                and tokens[first[nxt]].norm not in WHEN_OPENERS  # "eat before Mass": when
                and (not _performed(m, matches[nxt]) or matches[nxt].concept.file == m.concept.file)
                and not (m.concept.id == "reading" and matches[nxt].concept.id in READ_POST)
                and _links_only(tokens, _past_to(tokens, after), first[nxt])
            ):
                verdicts[k] = Verdict(
                    False, f'done to "{matches[nxt].term}", which has its own picture'
                )
                continue
    for k in range(len(matches)):
        if verdicts[k] is None and _said_again(matches, k, tokens, first[k], verdicts):
            verdicts[k] = Verdict(False, "said again in the sentence: pictured once, first")
    for k in range(len(matches) - 1):
        if verdicts[k] is None and _in_language(matches[k], matches[k + 1], tokens, last[k]):
            verdicts[k] = Verdict(False, f'says which language "{matches[k + 1].term}" is in')
    for k in range(len(matches)):
        if verdicts[k] is None and _language_named(matches, k):
            verdicts[k] = Verdict(False, "the language it names has its own picture")
    for k in range(len(matches)):
        if verdicts[k] is None and _words_after_speech(matches, k, verdicts):
            verdicts[k] = Verdict(False, 'the speech it says is pictured on "speech"')
    for k in range(len(matches)):
        if verdicts[k] is None and _never_late(matches, k, verdicts):
            verdicts[k] = Verdict(False, "never late: on time, no crossed clock")
    for k in range(1, len(matches)):
        if (
            verdicts[k] is None
            and verdicts[k - 1] is None  # the phone keeps its picture
            and _rings_after_the_phone(matches[k - 1], matches[k])
        ):
            verdicts[k] = Verdict(False, f'"{matches[k - 1].term}" ringing: its picture says it')
    for k in range(len(matches) - 1):
        if verdicts[k] is None and _modifies(matches[k], matches[k + 1], tokens, last[k]):
            verdicts[k] = Verdict(False, f'names the kind of "{matches[k + 1].term}": its picture')
    for k, m in enumerate(matches):
        if (
            verdicts[k] is None
            and m.concept.id in KIT_CONCEPTS
            and _someone_elses(tokens, first[k])
        ):
            verdicts[k] = Verdict(False, "someone else's kit: not the person's, no picture")
            wrong.add(k)  # "My friend Clive is in a wheelchair": not Winston's wheelchair
    starts = {m.start for m in matches}
    for k, m in enumerate(matches):
        head = _unpictured_head(m, tokens, last[k], starts)
        if verdicts[k] is None and head:
            verdicts[k] = Verdict(False, f'names the kind of "{head}", which has no picture')
            wrong.add(k)  # a picture of the wrong thing, even where it would be the only one
    strong = [
        k
        for k, v in enumerate(verdicts)
        if v is None and weight(matches[k]) >= 2 and k not in frames
    ]
    for k in frames:  # "Amina helps me every morning": the help is the idea, if nothing else is
        if strong and not _help_needed(matches[k], tokens, first[k]):
            verdicts[k] = Verdict(False, "helping someone: the frame, not the idea")
        else:
            verdicts[k] = None
            strong.append(k)
    for k, v in enumerate(verdicts):
        if (
            v is None
            and weight(matches[k]) < 2
            and len(strong) >= BUSY
            and not (matches[k].pos == grammar.VERB and _done_for_me(tokens, first[k]))
            and not matches[k].concept.proper  # "the nurse comes on a Wednesday": which day
            and matches[k].concept.id not in PARTS_OF_DAY  # "the drops go in at night": when
            and matches[k].term.lower() not in DAYTIME  # "the leg bag goes on in the day"
            and not _clock_time(matches[k], tokens)  # "the nurse does my insulin at eight"
            and not _how_often(matches[k])  # "the podiatrist comes every six weeks"
            and matches[k].concept.id not in DOINGS_KEPT  # "we talk about the old days": how
        ):
            verdicts[k] = Verdict(False, "background: the sentence has its pictures")
    kept = [k for k, v in enumerate(verdicts) if v is None]
    if not kept:  # keep the sentence's best picture, unless only vague words were found
        best = [
            k
            for k, v in enumerate(verdicts)
            if v is not None and weight(matches[k]) > 0 and k not in wrong
        ]
        if best:
            k = max(best, key=lambda k: (weight(matches[k]), -matches[k].start))
            verdicts[k] = Verdict(True, "the sentence's only picture")
    return [v if v is not None else Verdict(True, "") for v in verdicts]


# Help the person needs, wants or asks for, said as a thing ("I need help to tie my turban", "I
# need help with my buttons", "I want help from my daughter, not a stranger") is the need the
# plan is about, and is pictured beside the thing helped with (round 240: on the tuning parts of
# the sets labelled to LABELLING.md's ruling of stop 41, 21 fitting pictures for 7 unwanted
# ones; the older sets, 10 for 14). Not help said as a doing ("my son helps me with the bills",
# "a toilet frame helps me"), which stays the frame (keyed as often as not, and a thing that
# helps is keyed almost never), nor help ruled out ("I don't need help with my teeth").
HELP_REFUSED = frozenset(["not", "no", "never", "without", "refuse", "cannot"])


def _help_needed(match, tokens: Sequence[Token], i: int | None) -> bool:
    """True where MATCH is help needed or wanted, said as a thing ("I need help to wash my
    hair", "I'd like help with the sheets"), and not ruled out ("I don't need help")."""
    if i is None or match.concept.id != "help" or match.pos == grammar.VERB:
        return False
    return not any(
        t.norm in HELP_REFUSED or t.norm.endswith("n't") for t in tokens[max(0, i - 4) : i]
    )


# Kit (a wheelchair, hoist, frame, hearing aid, pads...) is pictured only where it is the
# person's: "My friend is in a wheelchair", "my brother has a hearing aid" get no picture.
# (Not everyday things a person may share with anyone: glasses, dentures, a magnifier, an alarm.)
KIT_CONCEPTS = frozenset(kit.concept for kit in KIT.values()) - {
    "glasses",
    "dentures",
    "magnifier",
    "pendant-alarm",
}
FIRST_PERSON = frozenset(
    ["i", "me", "myself", "we", "us", "ourselves", "i'm", "i've", "i'd", "i'll", "we're", "we've"]
)
# Someone other than the person: their family and friends, or people in general.
OTHERS = grammar.FAMILY | frozenset(
    ["friends", "neighbours", "people", "folk", "others", "everyone", "everybody", "residents"]
    + ["men", "women", "ladies"]
)
USING = frozenset(
    [
        "in",
        "on",
        "uses",
        "used",
        "using",
        "use",
        "has",
        "had",
        "have",
        "needs",
        "needed",
        "need",
        "wears",
        "wore",
        "wearing",
        "got",
    ]
)
SHARED = frozenset(["we", "us", "our", "ours", "we're", "we've"])  # kit the two of them use
CLAUSE_WORDS = frozenset(["and", "but", "so", "because", "while", "when", "as", "though"])


def _someone_elses(tokens: Sequence[Token], i: int | None) -> bool:
    """True where the kit at TOKENS[i] is someone else's, in a clause that does not speak of the
    person: "My friend Clive is in a wheelchair", "My brother has a hearing aid", "My mate
    pushes his wife in a wheelchair". Not "My daughter pushes me in my wheelchair", "My son
    brings the frame", "The hoist is in the bedroom" (whose it is is not said)."""
    if i is None or any(t.norm in SHARED for t in tokens):
        return False  # "My husband has a hoist and the carers use it for both of us": ours
    a = i
    while (
        a > 0
        and tokens[a].start - tokens[a - 1].end <= 1
        and tokens[a - 1].norm not in CLAUSE_WORDS
    ):
        a -= 1
    b = i
    while (
        b + 1 < len(tokens)
        and tokens[b + 1].start - tokens[b].end <= 1
        and tokens[b + 1].norm not in CLAUSE_WORDS
    ):
        b += 1
    j = i - 1
    while j >= a and (tokens[j].norm in ("a", "an", "the") or _describes(tokens[j].norm)):
        j -= 1
    if j < a or tokens[j].norm in ("my", "our"):
        return False
    if any(t.norm in FIRST_PERSON for t in tokens[i + 1 : b + 1]):
        return False  # "My daughter brings the wheelchair for me"
    word = tokens[j].norm
    other = next((k for k in range(j, a - 1, -1) if _other(tokens[k].norm)), None)
    if word in ("his", "her", "their") or (word.endswith("'s") and _other(word)):
        # "I pushed my mum in her wheelchair", "my son's wheelchair"; not a plan written about
        # the person: "Mary uses her wheelchair outside"
        return other is not None or any(t.norm in FIRST_PERSON for t in tokens[a:j])
    if word not in USING or other is None:
        return False
    # "I don't like seeing people in wheelchairs"; not "My daughter pushes me in the wheelchair"
    return not any(t.norm in FIRST_PERSON for t in tokens[other + 1 : i])


def _in_language(match, head, tokens: Sequence[Token], last: int | None) -> bool:
    """A language right before a pictured thing says which language the thing is in ("my
    English post", "I can't read English letters", "my English reading is slow"): the thing
    carries the idea, the language gives way to it (round 184: labellers keyed none of the 5
    such languages on the tuning parts; 5 unwanted pictures off on the validation quarters,
    no fitting one lost)."""
    if last is None or last + 1 >= len(tokens) or match.concept.alt != "language":
        return False
    after = tokens[last + 1]
    return (
        head.start == after.start
        and after.start == tokens[last].end + 1
        and head.concept.alt != "language"
        and head.pos != grammar.VERB
        and weight(head) >= 2
    )


GENERIC_LANGUAGE = frozenset(["language", "tongue"])
# the language a person grew up with, said without naming it (not "my second language")
FIRST_LANGUAGE = frozenset(
    ["first language", "mother tongue", "home language", "native language", "native tongue"]
)


def _language_named(matches: list, k: int) -> bool:
    """True where MATCHES[k] is a language said generically ("my first language", "my mother
    tongue") in a sentence that names the language ("Welsh is my first language", "my first
    language was Gaelic"): the named language's picture says it, and a second speech balloon
    for the one idea is noise (round 233: on the tuning parts this took off 8 unwanted pictures
    for 4 fitting ones; "my second language" and a "Language:" heading stay, being keyed)."""
    m = matches[k]
    if m.concept.alt != "language" or m.term.lower() not in FIRST_LANGUAGE:
        return False
    return any(
        j != k and n.concept.alt == "language" and not GENERIC_LANGUAGE & set(_lemmas(n.term))
        for j, n in enumerate(matches)
    )


SPOKEN_WORDS = frozenset(["word", "words"])


def _words_after_speech(matches: list, k: int, verdicts: list) -> bool:
    """True where MATCHES[k] is a person's words pictured as speech ("give me time to find my
    words", "get my words out") after "speech" has the same picture earlier in the sentence:
    "My speech is slow since the stroke, so don't finish my words" says one thing, shown once,
    on "speech" (round 239: on the tuning parts this took off 4 unwanted pictures and lost no
    fitting one). Not after "speak" or "talk" ("I speak Greek, so a few words would help": the words
    are keyed there), nor a speech therapist."""
    m = matches[k]
    if not SPOKEN_WORDS & set(m.term.lower().split()):
        return False
    return any(
        verdicts[j] is None
        and n.concept.file == m.concept.file
        and n.negated == m.negated
        and n.term.lower() == "speech"
        for j, n in enumerate(matches[:k])
    )


RINGING = frozenset(["ring", "rings", "rang", "ringing"])
PHONES = frozenset(["telephone", "mobile phone"])  # the pictures of the things that ring


def _rings_after_the_phone(thing, match) -> bool:
    """True where MATCH is a telephone picture on "ring" right after the pictured thing that
    rings ("I can't hear the phone ring", "my mobile rang"): the ringing is what a phone does,
    and a second phone beside the first says nothing more (round 269: the newest sets key the
    phone and never its ringing, 4 of 4; on all the tuning parts 6 unwanted pictures off for 2
    fitting ones). "My son rings me", "ring the nurse" keep the call: no phone before them."""
    return (
        match.term.lower() in RINGING
        and match.concept.alt == "telephone"
        and thing.concept.alt in PHONES
        and match.start - thing.end == 1
    )


def _never_late(matches: list, k: int, verdicts: list) -> bool:
    """True where MATCHES[k] is "late" ruled out beside "on time" pictured in the same sentence
    ("my tablets must be on time, never late, or I freeze"): one idea said twice, shown once on
    "on time"; a crossed alarm clock beside it reads as a riddle. "I am never late for my bingo"
    with no "on time" keeps its crossed clock (round 47), and an unruled "late" ("if my tablets
    are late I freeze") keeps its picture (round 244: on the tuning parts this took off 5
    unwanted pictures and lost no fitting one)."""
    m = matches[k]
    if not (m.negated and m.concept.id == "late" and "late" in m.term.lower().split()):
        return False
    return any(
        j != k and (verdicts[j] is None or verdicts[j].keep) and n.term.lower() == "on time"
        for j, n in enumerate(matches)
    )


def _said_again(
    matches: list, k: int, tokens: Sequence[Token], i: int | None, verdicts: list
) -> bool:
    """True where MATCHES[k] says again a word pictured earlier in its sentence, used the same
    way, with the same picture and the same cross: "I can't kneel to pray now, so I pray
    sitting down", "the bedroom is for sleeping" after "no television in the bedroom" show one
    picture for the one idea, on its first use (round 184: on the tuning parts this took off
    48 unwanted pictures for 13 fitting ones, on the validation quarters 10 for 5). Not a
    second one set apart by a word before it that is not a function word ("my left ear ... my
    right ear", "the blue plates ... the red plates" keep both)."""
    m = matches[k]
    if i is None or (i > 0 and tokens[i - 1].norm not in FUNCTION_WORDS):
        return False
    said = _lemmas(m.term)
    return any(
        verdicts[j] is None
        and not _labels_note(n, tokens)  # "Knitting: I knit blankets": the note's label
        and n.concept.file == m.concept.file
        and n.negated == m.negated
        and n.pos == m.pos
        and _lemmas(n.term) == said
        for j, n in enumerate(matches[:k])
    )


def _labels_note(match, tokens: Sequence[Token]) -> bool:
    """True where MATCH opens its sentence as a note's label, a word before a colon or a dash
    ("Knitting: I knit blankets", "Family - my son visits"): what is said after it is the idea."""
    last = _last_token(tokens, match.end)
    if not tokens or match.start != tokens[0].start or last is None or last + 1 >= len(tokens):
        return False
    return tokens[last + 1].start - tokens[last].end > 1  # more than a space: ": ", " - "


def _lemmas(term: str) -> tuple[str, ...]:
    return tuple(grammar.lemma(w) for w in term.lower().split())


def _other(word: str) -> bool:
    """Someone other than the person: "my friend", "my neighbour's", "people"."""
    return word in OTHERS or (word.endswith("'s") and word[:-2] in OTHERS)


def _describes(word: str) -> bool:
    kinds = grammar.parts_of_speech(word)
    return bool(kinds) and grammar.ADJ in kinds and grammar.NOUN not in kinds


def _modifies(match, head, tokens: Sequence[Token], last: int | None) -> bool:
    """One word naming the kind of the next, pictured, thing: "my bedroom door" is a door, "the
    bread bin" a bin. Not "my hands shake" or "my son cheers me up" (a plural or an -s word may
    be the one doing), nor "halal meat" (a describing word), nor a time ("evening meal")."""
    if last is None or last + 1 >= len(tokens) or match.pos == grammar.VERB:
        return False
    word, after = tokens[last], tokens[last + 1]
    if match.start != word.start or match.concept.proper or min(weight(match), weight(head)) < 2:
        return False  # one word, not a name or a phrase
    if match.concept.id in OWNERS and after.norm not in FARE_AND_DRESS:
        return False  # "the chapel choir", "a hospital trip": both pictured
    if head.start != after.start or after.start != word.end + 1 or head.pos == grammar.VERB:
        return False
    if _phrasal(head.term):
        return False  # "my meat cut up", "his wife look after me": a doing, not a kind of thing
    if word.norm.endswith("s") or after.norm.endswith("s") or _irregular_plural(word.norm):
        return False  # "my grandchildren read the Quran to me": they do the reading
    if grammar.ADJ in grammar.parts_of_speech(word.norm) or _doing(tokens, last + 1, set()):
        return False  # "my kitchen clean", "my family text me"
    if (word.norm in ROOMS and after.norm in FITTINGS) or (
        word.norm in GARMENTS and after.norm in ("pocket", "pockets")
    ):
        return False  # "the bathroom cupboard", "my coat pocket": where the thing is kept
    return grammar.NOUN in grammar.parts_of_speech(after.norm)


# A room of the home before one of its walls, shelves or cupboards says where a thing is kept
# ("the cream is in the bathroom cupboard", "a calendar on the kitchen wall"): the room keeps
# its picture beside the fitting's (round 94). Not the whole home ("the house keys") nor "hall"
# (a hall may be a building), not a fitting that is a kind of its own ("the kitchen sink"), and
# not the way in or out ("don't shut my bedroom door" is about the door).
ROOMS = HOME_PLACES - {"house", "flat", "home", "bungalow", "cottage", "room", "hall"}
FITTINGS = frozenset(
    ["wall", "walls", "floor", "ceiling", "windowsill", "cupboard", "cupboards", "drawer"]
    + ["drawers", "shelf", "shelves", "cabinet"]
)
# A garment before its pocket says the same ("my inhaler is in my coat pocket"): the garment
# keeps its picture beside the pocket's (round 94).
GARMENTS = frozenset(
    ["coat", "jacket", "cardigan", "cardie", "apron", "pinny", "anorak", "fleece", "gilet"]
    + ["shirt", "trouser", "blouse", "jumper", "overall", "overalls", "dressing-gown"]
)

# A place of worship, a hospital or a village before a pictured thing says which one it is, and
# labellers key both ("I sing in the chapel choir", "my hospital trip", "the village post
# office": round 163, 13 of 15 such pairs keyed the first word where it was a key of its own;
# a two-word key takes either picture). Not the place's food or the clothes worn there ("the
# hospital food", "my chapel hat" are food and a hat), nor the part of the body a nurse or
# clinic cares for ("the heart nurse" is keyed as a nurse as often as not), nor kit of that kind
# at home (stop 37's review: "my hospital bed" is a bed in the person's room).
OWNERS = frozenset(["church", "mosque", "temple", "synagogue", "gurdwara", "hospital", "village"])
FARE_AND_DRESS = GARMENTS | frozenset(
    ["food", "meal", "meals", "dinner", "dinners", "lunch", "lunches", "breakfast", "soup"]
    + ["sandwich", "sandwiches", "hat", "hats", "dress", "dresses", "suit", "clothes", "shoes"]
    # the kind of kit a person has at home ("my hospital bed", "a hospital chair"): no hospital
    + ["bed", "beds", "chair", "chairs", "commode", "commodes", "trolley", "trolleys", "table"]
    + ["wheelchair", "wheelchairs", "mattress", "mattresses", "hoist", "hoists", "frame"]
)


def _doing(tokens: Sequence[Token], k: int, starts: set[int], particles: bool = False) -> bool:
    """True when TOKENS[k], after a thing, reads as what that thing does or is, not as a thing
    it names the kind of: a describing word ("my kitchen clean"), a verb form ("the children
    playing", "my son rings"), or a verb before its object ("my family text me", "my grandson
    play football", where STARTS holds the starts of the other pictured words) or, with
    PARTICLES, before "up", "out"... ("the dog jump up"; but "a dog collar on Sundays" is a
    collar, so a word with a picture of its own is not judged by that)."""
    word = tokens[k].norm
    kinds = grammar.parts_of_speech(word)
    if grammar.ADJ in kinds and not (grammar.NOUN in kinds and word.endswith(("er", "ers"))):
        return True  # but "the window cleaner", "a hand dryer" name a thing that does
    if grammar.VERB not in kinds:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    # "it" too: "don't let the dog lick it" is the dog doing the licking (round 72), but not
    # across a comma ("not even the hospital barber, it is my faith": a barber)
    it = {"it"} if nxt is not None and nxt.start - tokens[k].end <= 1 else frozenset()
    after = grammar.OBJECTS | ARTICLES | it | (PARTICLES if particles else frozenset())
    # a pictured thing after it is its object ("play football"), a pictured doing is not
    # ("the chair lift helps me": the lift does the helping)
    done_to = nxt is not None and nxt.start in starts and not nxt.norm.endswith("s")
    return (
        word.endswith(("s", "ed", "ing"))
        or grammar.lemma(word) != word
        or (nxt is not None and nxt.norm in after)
        or done_to
    )


# words for a group of people: the word before them names what they work or gather round, and
# shows it ("the lifeboat lads carried him", "the mill girls"), the people having no picture
CREWS = frozenset(["lads", "men", "boys", "girls", "lasses", "crew", "fellas", "blokes", "chaps"])

# Things a word before them is the point of ("a hospital appointment", "the church hall",
# "my bus pass", "a bacon roll"): the word before keeps its picture, for the thing itself
# says little.
GENERAL_HEADS = frozenset(
    [
        "appointment",
        "appointments",
        "centre",
        "center",
        "club",
        "clubs",
        "hall",
        "group",
        "groups",
        "service",
        "services",
        "session",
        "sessions",
        "class",
        "classes",
        "team",
        "day",
        "days",
        "night",
        "nights",
        "time",
        "times",
        "trip",
        "trips",
        "visit",
        "visits",
        "show",
        "shows",
        "programme",
        "programmes",
        "meeting",
        "meetings",
        "shop",
        "shops",
        "room",
        "rooms",
        "pass",
        "passes",
        "stop",
        "station",
        "lesson",
        "lessons",
        "practice",
        "test",
        "tests",
        "check",
        "checks",
        "clinic",
        "ward",
        "home",
        "house",
        "job",
        "work",
        "worker",
        "workers",
        "friend",
        "friends",
        "side",
        "area",
        "place",
        "places",
        "way",
        "bit",
        "lot",
        "kind",
        "sort",
        "type",
        "part",
        "staff",
        "people",
        "collection",
        "roll",
        "rolls",
        "sandwich",
        "sandwiches",
        "soup",
        "pie",
        "pies",
        "trouble",
        "troubles",
        "problem",
        "problems",
        "wall",
        "tube",
        "tubes",
        # "help" after a thing is what the thing does ("plenty of water help", "injections
        # into my knee help", "a magnifier help"), or help with it ("computer help"): round 163
        "help",
    ]
)


# Time words after a thing say when, not what kind ("my sister years ago", "the pills twice a day").
TIMES = frozenset(["year", "years", "month", "months", "week", "weeks", "hour", "hours", "ago"])
# So do words of how much or how far ("pour my tea half a cup", "leave a door half open"): no
# kind of half (round r410)
HOW_MUCH = frozenset(["half", "quarter", "halfway"])

PARTICLES = frozenset(
    ["up", "down", "out", "in", "on", "off", "over", "back", "away", "round", "around"]
)


def _unpictured_head(match, tokens: Sequence[Token], last: int | None, starts: set[int]) -> str:
    """The thing a one-word noun names the kind of, where that thing has no picture of its
    own: in "a urine bottle", "a shoe horn", "the tea towel" the picture of urine, a shoe or tea
    would show the wrong thing. Not where the second word is general ("hospital appointment")."""
    if last is None or last + 1 >= len(tokens) or match.pos == grammar.VERB:
        return ""
    word, after = tokens[last], tokens[last + 1]
    if match.start != word.start or after.start in starts or _name(word):
        return ""  # one word, not "Sunday lunch" or "Ludo board" (a capital names the thing)
    if after.start != word.end + 1 or _name(after) or after.norm in FUNCTION_WORDS:
        return ""
    if after.norm in GENERAL_HEADS or after.norm in TIMES or after.norm in HOW_MUCH:
        return ""  # "my sister years ago": no kind of years
    if after.norm in CREWS:
        return ""  # "the lifeboat lads", "the pit men": the people go with the thing they work
    if word.norm.endswith("s") or _irregular_plural(word.norm):
        return ""  # "the children play": they do the playing
    if word.norm in grammar.FAMILY:
        return ""  # "my grandson play games", "mi grandson help mi": a person, no kind of thing
    if grammar.ADJ in grammar.parts_of_speech(word.norm):
        return ""
    if grammar.NOUN not in grammar.parts_of_speech(after.norm) or _doing(
        tokens, last + 1, starts, True
    ):
        return ""  # "my chapati warm", "my son rings me", "my grandson play football"
    if _compares(tokens, last + 1):
        return ""  # "move my chair closer to the fire": no kind of closer
    return after.text


def _phrasal(term: str) -> bool:
    """A verb and its particle ("cut up", "throw away", "look after"): a doing, whatever part
    of speech the phrase as a whole was given."""
    words = term.lower().split()
    return (
        len(words) == 2
        and grammar.VERB in grammar.parts_of_speech(words[0])
        and words[1] in PARTICLES | {"after"}
    )


COMPARED_TO = frozenset(["than", "to"])


def _compares(tokens: Sequence[Token], k: int) -> bool:
    """True when TOKENS[k] is a describing word's -er form before "than" or "to" ("closer to
    the fire", "warmer than"), or "better" or "worse" before "than" ("I read a prescription
    better than most": round 109): it says how the thing is, though "a closer" may be a noun."""
    word = tokens[k].norm
    if word in ("better", "worse") and k + 1 < len(tokens) and tokens[k + 1].norm == "than":
        return True  # good and bad compare irregularly: "knows my face better than anyone"
    if k + 1 >= len(tokens) or tokens[k + 1].norm not in COMPARED_TO or not word.endswith("er"):
        return False
    if tokens[k + 1].norm == "to" and (
        k + 2 >= len(tokens) or grammar.guess([t.norm for t in tokens], k + 2) == grammar.VERB
    ):
        return False  # "the shoe dryer to be on": a thing for a purpose, no comparing
    stems = {word[:-1], word[:-2], word[:-3]}  # close-r, warm-er, bigg-er
    return any(grammar.ADJ in grammar.parts_of_speech(stem) for stem in stems if stem)


def _irregular_plural(word: str) -> bool:
    """A plural not ending in s: "children", "grandchildren", "men", "women", "people"."""
    base = grammar.lemma(word)
    return base != word and not word.endswith("s") and grammar.NOUN in grammar.parts_of_speech(word)


def _last_token(tokens: Sequence[Token], end: int) -> int | None:
    for k, t in enumerate(tokens):
        if t.end == end:
            return k
    return None


def _name(token: Token) -> bool:
    """A capitalised word that is not a sentence's first (the matcher's rule for names)."""
    return token.text[:1].isupper() and not token.text.isupper() and token.norm != "i"
