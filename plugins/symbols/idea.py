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
- "I don't like" wishes for nothing ("I don't like baths. I'd rather have a wash": the wash),
  and a ruled-out thing gives way to a thing wished for or taken instead ("I don't eat pork. I
  like chicken curry", "No bath, a strip wash is fine"), but leads where nothing is ("No
  bananas - too much potassium");
- a request done to "it" or "them" asks for the thing it points back to ("I wear my glasses
  all day. Please clean them");
- a label that heads a list item ("Oxygen – I use it at night") is the idea where it names a
  thing, and gives way to what the item says where it names a general topic ("Feelings – I
  get grumpy"); it is never a doing ("Breakfast – ...");
- days, times and feelings only lead when nothing else is there;
- (round 39) a "please" alone at the end asks for the note before it ("Tissue in my sleeve,
  please"); an item that opens "No X" and says why shows X; "to" and a doing after a thing is
  its purpose ("my stick to get about"); what the person did or what happened before ("I
  taught for forty years", "My Michael died") is background; "Please feed her" points back to
  the pet; a meal after "at" or "before" is when; a terse note's first word is no order where it
  cannot be a bare verb ("Eyes fine"); a label heading a note gives way to the thing the note
  names ("Drinks: masala chai"); what a chat is about, the drink and not its cup, what the
  person has, and what they can or cannot see (a sense, not a thing done) are weighed so;
- (round 43) a capitalised name before a thing is part of it ("go to the Old High Church"); a
  particle before "to" belongs to the doing ("Take me out to the garden"); a request's "it" or
  "them", also after "so" or "and", weighs as the thing asked for ("...stockings. Please take
  them off and check my skin"); where an asked-for doing is done past its object is its place
  ("Please write the number in the book"); a "like" that compares is no wish ("curry goat,
  like back home"); forgetting said about the person gives way to what is asked;
- (round 49) a terse note's wish or doing has no subject ("Likes rice", "Speaks Urdu at home");
  a talk to someone about a thing is about the thing; a request goes on after a comma without
  its own "please" ("..., just talk to me about the shop"); a person after a label is no thing
  it heads ("Dog: daughter brings..."); "every" or "each" is how often, never what is done to;
  an owner is no object ("stroke the home's cat");
- (session 24) sitting or standing joined by "and" to a doing is how the doing is done ("sit and
  chat with me", "stand in front of me and speak clearly": the talk).
- (round 58) a person after "by" is who does a thing ("kept by staff"), and no tool of a doing
  phrase that names its object ("light the candles with my daughter"); a number after "on" or
  "with" goes with its thing ("I walk with two sticks"), and "sit me up on the pillows" is
  where; "it" points back to a thing, not the word naming its kind ("his Gaelic Bible"), also
  after "talk me through"; "the moment I wake", "as soon as I wake" and "before walking" say
  when; a label heads a thing said how it is ("Drinks - lukewarm milky tea"); an order after a
  scene-setting clause, or opened by "keep", "put", "give"..., is an instruction; a doing only
  told under a label ("Family: my son visits") gives way to the label; a terse note's thing
  with a participle after it is what is done to it ("Teeth cleaned twice a day"); a participle
  after a comma says how a thing is made ("Porridge, made with milk").
- (round 83) a body part rested on a thing with a picture gives way to it ("put my feet up on
  the footstool"); a request done to a pet's things is for the pet ("Pip is my canary. Please
  change his water"); an order to tell or ask the person something whose clause names nothing
  else is a talk, the talking head, though "tell" alone has no inline picture ("Tell me who you
  are every time"); the language a talk is in is how it is done ("speak to me in Welsh").
- (round 102) how the person feels (a picture whose alt names a feeling) gives way to a thing
  the paragraph names ("A visit from the vicar cheers me up", "My appetite is poor, so a bowl
  of custard"), not to a person or a body part, and not under a "Feelings" label.
  A word that can be a doing names a thing after a describing word ("plain cooking") or joined
  by "and"/"or" to a thing ("fresh seed and water", "toast and warm milk"), with no object.
  A body part that a doing with its own picture is done to gives way to the doing ("Please
  cream my back": the cream; "check my feet", with no picture for checking, and "wash my feet",
  whose picture is general, keep the feet).
A clause ends where a sentence does, at a dash, bullet, colon or semicolon (SENTENCE_BREAK) and
at a comma; the paragraph is read once for all its pictures. Measured on labelled paragraphs by
benchmarks/ideas_eval.py (a blind set in aggregate only).
The choice is a "low" confidence guess when it is a general word or another picture scored
about the same: `check` asks staff to look at those.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from . import grammar, vocabulary
from .matcher import Match, sentences
from .negation_words import HOURS
from .words import ARTICLES, FUNCTION_WORDS, SENTENCE_BREAK, Token, tokenise

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
    # (round 49) a terse note's wish has no subject: "Likes rice with every meal", "Needs help
    # with socks", "Enjoys a debate"
    + ["likes", "loves", "enjoys", "prefers", "wants", "chooses", "needs", "wishes", "hopes"]
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
        "weeks",
        "month-often",
        "today",
        "morning-routine",
        "afternoon",
        "evening",
        "night",
        "clock",
        "bedtime",
        "choose",
        "time",
        # (round 350) times said in words: "talk slow", "in a day"
        "slow-r350",
        "day-amount-r350",
        # (round 389) the side a person stands or a thing is on: "stand to my right while you
        # talk to me" is about the talk
        "left-r389",
        "right-r389",
    ]
)
# "I don't want a bath. A shower on the seat is fine": the thing taken instead of a ruled-out
# one (not "My hearing is fine", where nothing is ruled out).
ACCEPTED = frozenset(["fine", "lovely", "best", "ok", "okay", "better"])
IS = frozenset(["is", "are", "'s"])
LINKS = ARTICLES | frozenset(["some", "any", "of", "to", "cup", "glass", "bit", "little", "own"])
NEGATED = 3  # a ruled-out thing gives way to a thing wished for instead (choose)
# (round 43) what "it" or "them" in a request points back to: what the request acts on, as much
# as a thing asked for in that sentence ("...stockings. Please take them off and check my skin")
POINTED = 5


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
# Words before the place or the tool of a doing: "sit by the window", "eat with a spoon".
PLACES = frozenset(["with", "in", "on", "by", "at", "into", "onto", "under", "beside"])
# Words before where a thing goes or is taken: "Walk him round the harbour".
MOVES = frozenset(["round", "around", "to", "from", "out", "off", "up", "down", "over", "across"])
# Particles of a doing before where it goes: "take me out to the garden", "help me back into bed".
PARTICLES = frozenset(["out", "back", "down", "up", "over", "round", "along", "across", "off"])
# (round 58) Those that say how the person is put or sat, before where: "sit me up on three
# pillows", "put me back in my chair" (not "sing along in my chair": the singing).
POSTURES = frozenset(["up", "down", "back"])
# Words that open a sentence, not a note, after a label: "Toilet: I can...", "Bath: no."
SUBJECTS_OR_ASKS = grammar.SUBJECTS | {"please", "no", "not", "my", "never", "only"}
# Words before a "help" that the person asks for ("Please help me", "can you help"), not help
# someone else gives ("My doctor and my son help me decide", "Ruth comes to help").
ASKING = frozenset(["please", "you", "can", "could", "will", "would", "i", "need", "just"])
# (round 89) Words that open a polite question asking for something, as "please" does: "Could
# you pass me my beads?", "Would you read my letters to me?", "Can you put the radio on?"
POLITE = frozenset(["could", "would", "can", "will"])


def _asks_politely(clause: list[str]) -> bool:
    """CLAUSE opens as a polite question to the reader ("could you", "would you", "can you"),
    which asks for what it goes on to say; "I can ..." or "my son can ..." asks for nothing."""
    return len(clause) > 2 and clause[0] in POLITE and clause[1] == "you"


# Words before a time or a place, not before a thing asked for ("both in before breakfast").
TIMING = frozenset(["before", "after", "for", "until", "till", "from", "to"])
# Verbs that frame a request rather than carry it: "Please help me dial the number" is about the
# phone, "Please remind me" about what I am reminded of, "ask my daughter to..." about the asking.
FRAMES = frozenset(["help", "remind", "let", "ask", "tell"])
# Words after the main clause that open a reason or condition: detail, not the point.
TRAILING = frozenset(["because", "if", "when", "whenever", "unless", "until", "while"])
PRONOUNS = frozenset(["i", "you", "we", "he", "she", "they"])
NOTS = frozenset(
    ["not", "don't", "never", "didn't", "won't", "doesn't", "no", "can't", "wouldn't", "shouldn't"]
)
MODALS = frozenset(["can", "could", "can't", "don't", "won't", "will", "do", "may", "might"])
# People: a person a pictured action is done to does not outrank it ("I phone my brother", "ring
# the doctor": the call is the point), nor the person a request is framed to ("ask my daughter to
# bring my slippers"), but where the doing has no picture they carry the idea ("I see my family").
# The person's own photo is another rule.
PEOPLE = frozenset(
    ["wife", "husband", "brother", "sister", "son", "daughter", "children", "grandchildren"]
    + ["niece", "friends", "family", "father", "mother", "partner", "people", "neighbours"]
    + ["baby", "visitors"]
    + ["wife-dialect", "husband-dialect", "father-dialect", "doctor", "nurse", "carer", "vicar"]
    + ["son-in-law-r290", "daughter-in-law-r290", "brother-in-law-r290", "sister-in-law-r290"]
    + ["great-grandmother-r290", "great-grandfather-r290"]
)
# Meals, which say when a thing is done more often than what is done.
MEALS = frozenset(["breakfast", "meal", "meal-tea", "meal-dialect", "meal-r35"])
# Animals a plan calls "her" or "him" ("Sooty is my cat. Please feed her at seven").
PETS = frozenset(["cat", "dog", "budgie", "goldfish", "horse", "pets", "pet-care"])
# What ends a label that heads a list item: "Oxygen – ...", "Knee: ...".
LABEL_END = re.compile(r"\s*(?:[:–—]|\s-)\s*")
# Labels that name a general topic, not a thing: the item says what of it ("Feelings – I get
# grumpy", "Knee: please remind me to do my exercises"), where a thing named ("Oxygen – ...",
# "Rosary – ...") is the idea itself.
TOPICS = frozenset(
    ["feelings", "worried", "pain", "meal", "languages", "end-of-my-life", "morning-routine"]
    + ["knee", "teeth", "ears", "eyes", "hip", "hands", "legs", "feet", "back", "head", "chest"]
    + ["health", "mouth", "skin", "sleep", "walk", "memory", "breathing", "arms", "wash"]
    + ["sleep-problems"]  # (round 43) "Tiredness: ... let me sleep"
)
LABEL = 1.5  # a thing named by the label that heads the item
# (round 58) a doing the item only tells of, not asked for or ordered, gives way to the thing
# its label names ("Talking books: I listen every afternoon")
TOLD = 1
# What ends a clause: what ends a sentence or opens a new clause (SENTENCE_BREAK), or a comma.
CLAUSE_BREAK = re.compile(rf"{SENTENCE_BREAK.pattern}|,")


@dataclass
class _Paragraph:
    """A paragraph read once for all its matches: its words, where clauses open, which words
    have a picture (and which a picture that can lead), the order of its sentences and where
    each sentence's scene-setting clause ends, and where a label that heads it ends."""

    text: str
    tokens: list[Token]
    words: list[str]
    opens: frozenset[int]  # token indexes that open a clause
    things: frozenset[int]  # token indexes inside a picture of a thing (not a day or a time)
    people: frozenset[int]  # (round 58) token indexes inside a picture of a person
    tongues: frozenset[int]  # (round 83) token indexes inside a picture of a language
    pictured: frozenset[int]  # token indexes inside any picture
    order: dict[int, int]  # sentence index -> its place among the non-empty sentences
    spans: list[tuple[int, int]]
    leads: list[int]  # per sentence: the end of its scene-setting clause, or 0
    starts: list[int]  # each token's offset
    refused: bool  # a thing in it is ruled out (not a doing: "Please do not shout")
    label: int  # the first word after a label ("Oxygen – ...", "Knee: ..."), or 0

    @classmethod
    def read(cls, text: str, matches: list[Match]) -> _Paragraph:
        tokens = tokenise(text)
        starts = [t.start for t in tokens]
        opens = frozenset(
            j
            for j, t in enumerate(tokens)
            if j == 0 or CLAUSE_BREAK.search(text[tokens[j - 1].end : t.start])
        )

        def inside(m: Match) -> range:
            return range(bisect_left(starts, m.start), bisect_left(starts, m.end))

        things = frozenset(j for m in matches if _leads(m) for j in inside(m))
        pictured = frozenset(j for m in matches for j in inside(m))
        people = frozenset(j for m in matches if _person(m) for j in inside(m))
        tongues = frozenset(j for m in matches if _language(m) for j in inside(m))
        spans = sentences(text)
        real = [k for k, (a, b) in enumerate(spans) if text[a:b].strip()]
        return cls(
            text, tokens, [t.norm for t in tokens], opens, things, people, tongues, pictured,
            {k: n for n, k in enumerate(real)}, spans,
            [_leading_clause(text, a, b) for a, b in spans], starts,
            any(m.negated and m.pos != grammar.VERB for m in matches), _label(text, tokens),
        )  # fmt: skip

    def clause_start(self, k: int) -> int:
        """The index of the word that opens the clause holding word K."""
        return max((j for j in self.opens if j <= k), default=0)

    def index(self, offset: int) -> int | None:
        """The token at or after OFFSET."""
        k = bisect_left(self.starts, offset)
        return k if k < len(self.tokens) else None


def _label(text: str, tokens: list[Token]) -> int:
    """The index of the first word after a label of one to four words that heads a list item
    ("Oxygen – I use it at night", "Knee: my new knee is stiff"), or 0 where none does."""
    for k in range(1, min(5, len(tokens))):
        if LABEL_END.fullmatch(text[tokens[k - 1].end : tokens[k].start]):
            head = [
                t.norm for t in tokens[:k]
            ]  # not "I love dogs – ...", "10:30 – ...", "Please note:"
            plain = not (set(head) & (PRONOUNS | {"please", "note"}))
            return k if plain and not any(c.isdigit() for c in "".join(head)) else 0
    return 0


def _taken(clause: list[str], j: int) -> bool:
    """CLAUSE[j] says a thing is taken instead ("a strip wash is fine", "tea's fine"), not how
    the person's own thing is ("my hearing is fine", "my knee is better")."""
    if clause[j] not in ACCEPTED or not j:
        return False
    copula = clause[j - 1] in IS or (clause[j - 1].endswith("'s") and clause[j - 1] != "it's")
    return copula and "my" not in clause[:j]


def _described(p: _Paragraph, match: Match) -> bool:
    """MATCH says how something is, after a state verb ("my heel gets sore"), not a thing."""
    at = p.index(match.start) or 0
    return (
        at > 0
        and p.words[at - 1] in STATES
        and grammar.ADJ in grammar.parts_of_speech(match.term.lower())
    )


def _fragment(words: list[str]) -> bool:
    """WORDS after a label name a thing, not a doing ("Drinks – squash with ice", "Breakfast –
    toast"): a word that can be a noun asks for something only when an object follows it
    ("Teeth – soak them overnight", "Food – cut it up small")."""
    return grammar.NOUN in grammar.parts_of_speech(words[0]) and (
        len(words) < 2 or words[1] not in grammar.OBJECTS | {"my", "it", "the", "a", "up"}
    )


def _label_head(p: _Paragraph) -> int | None:
    """The first word of the thing a label heads, where the item goes on with a note naming it
    ("Drinks: masala chai, two sugars", "Falls: pendant alarm on at all times", "Getting up - a
    cup of tea in bed first"): the kind named by the label gives way to the thing. None where the
    item says something in a sentence ("Toilet: I can get there...", "Bath: no. I wash...")."""
    if not p.label or p.words[p.label] in SUBJECTS_OR_ASKS:
        return None
    for j in range(p.label, min(p.label + 4, len(p.words))):
        if j in p.things:  # (round 49) not a person who does something: "Dog: daughter brings"
            return None if p.words[j] in grammar.DOERS else j
        if j in p.opens and j != p.label:
            return None
        word = p.words[j]
        kinds = grammar.parts_of_speech(word)
        if word not in LINKS and (
            grammar.VERB in kinds or j in p.pictured or word in FUNCTION_WORDS
        ):
            return None  # "Tea: in a glass", "Right arm: weak since my stroke"
        # (round 58) an adjective goes on to the thing it says how is ("Drinks - lukewarm milky
        # tea"), or to none ("Right arm: weak since my stroke")
    return None


TALKS = frozenset(["talk", "talking", "chat", "chatting", "chats", "talks", "hear", "stories"])


CONTAINERS = frozenset(
    ["cup", "cups", "mug", "mugs", "glass", "jug", "bowl", "packet", "tin", "pot", "bottle"]
    + ["flask", "beaker", "tumbler", "box", "jar", "plate", "carton", "can"]
)


def _holds_pictured(p: _Paragraph, match: Match) -> bool:
    """MATCH is a cup, glass or packet of a thing with its own picture ("a cup of warm milk",
    "a packet of biscuits"): the thing says more than what holds it."""
    last = (p.index(match.end) or len(p.words)) - 1
    if match.term.lower().split()[-1] not in CONTAINERS or last + 1 >= len(p.words):
        return False
    if p.words[last + 1] != "of":
        return False
    for k in range(last + 2, min(last + 5, len(p.words))):
        if k in p.opens:
            return False
        if k in p.things:
            return True
    return False


def _talked_about(p: _Paragraph, first: int) -> bool:
    """Word FIRST is what a talk is about: "talk about the looms", "a chat about boats"."""
    k = first - 1
    while k > 0 and p.words[k] in LINKS and k not in p.opens:
        k -= 1
    if k < 1 or p.words[k] != "about" or first not in p.things:
        return False
    talk = k - 1
    if talk >= 2 and p.words[talk] in grammar.OBJECTS and p.words[talk - 1] in ("to", "with"):
        talk -= 2  # (round 49) "just talk to me about the shop", "chat with him about boats"
    return p.words[talk] in TALKS


def _talks_about(p: _Paragraph, match: Match, first: int) -> bool:
    """MATCH is a talk about a thing with a picture: "I like to talk about the looms"."""
    last = (p.index(match.end) or len(p.words)) - 1
    if p.words[last] not in TALKS or last + 1 >= len(p.words) or p.words[last + 1] != "about":
        return False
    k = last + 2
    while k < len(p.words) and p.words[k] in LINKS and k not in p.opens:
        k += 1
    return k < len(p.words) and k in p.things and _talked_about(p, k)


def _leads(match: Match) -> bool:
    """A thing that may carry a paragraph: not a day, a time or a vague word."""
    return match.concept.weight >= 2 and match.concept.id not in BACKGROUND


def _possessive(words: list[str], k: int) -> bool:
    """(round 49) WORDS[k] says whose the next thing is: "the home's cat", "my son's dog" (not
    "it's", "there's")."""
    return (
        words[k].endswith(("'s", "’s"))
        and k >= 1
        and words[k - 1] in ARTICLES | grammar.POSSESSIVES
    )


# (round 58) How many of a thing: "three pillows", "two sticks" (the clock's hours, as words).
COUNTS = (HOURS - {"o'clock"}) | {"both", "several"}


def _before(p: _Paragraph, first: int) -> int | None:
    """The index of the first word before word FIRST that is not a link ("my", "a bit of",
    "me", "look at") or one word naming its kind ("the hall light", "a chapter of"), or None
    where a clause opens first ("Do not shout. My hearing")."""
    words, k, modifier = p.words, first - 1, False
    while k >= 0 and k + 1 not in p.opens:
        if words[k] in LINKS or words[k] in grammar.OBJECTS:
            k -= 1
        elif words[k] in COUNTS and k >= 1 and words[k - 1] in PLACES:
            k -= 1  # (round 58) "sit me up on three pillows", "I walk with two sticks"
        elif k not in p.opens and k > 0 and p.tokens[k].text[:1].isupper() and words[k] != "i":
            k -= 1  # (round 43) "go to the Old High Church", "hear the Gaelic psalms": a name
        elif words[k] in PARTICLES and words[k + 1] in ("to", "into", "onto"):
            k -= 1  # (round 43) "Take me out to the garden": where the taking goes
        elif _possessive(words, k):
            k -= 1  # (round 49) "stroke the home's cat": whose thing
        elif words[k] == "at" and k >= 1 and words[k - 1].startswith("look"):
            k -= 1  # "look at the flowers": what is looked at
        elif (
            not modifier
            and k >= 1
            and words[k - 1] in LINKS
            and grammar.guess(words, k) in (grammar.NOUN, grammar.ADJ)
        ):
            modifier, k = True, k - 1
        else:
            break
    return None if k < 0 or k + 1 in p.opens else k


# (round 83) Words after a note's first word that say where a thing is kept ("Bottle by the bed"):
# a thing is kept by something, where a doing is done in, on or at it ("Sit by the fire" has no
# word that can be a thing).
KEPT_BY = frozenset(["by", "beside"])
# Words that say which side a thing is on: "right hand stiff" is no order to right a hand.
SIDES = frozenset(["right", "left"])


def _no_order(words: list[str], k: int) -> bool:
    """WORDS[k] opens a note, not an order, though it can be a doing: an order is a bare verb,
    so not "Eyes fine", "Knees are bad", "Falls: ..." (an -s form), "Right arm first" (a side),
    "Tired most afternoons", "Swollen feet" (a participle), nor a word that a state follows
    ("Hearing fine")."""
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return (
        (word.endswith("s") and not word.endswith("ss"))
        or word in SIDES  # (round 49) "Right arm first", "Left hand stiff": which side
        or grammar.participle(word)
        or nxt in IS | ACCEPTED | {"bad", "poor", "good", "not", "fine"}
        # (round 83) "Bottle by the bed", "Frame by the bed at night": where a thing is kept
        or (nxt in KEPT_BY and grammar.NOUN in grammar.parts_of_speech(word))
    )


def _thing(p: _Paragraph, match: Match) -> bool:
    """MATCH names a thing, not a doing: a noun, or a word that can be a doing opening a note
    ("Eyes fine. Ears bad.", "Dog is Skipper")."""
    if match.pos != grammar.VERB:
        return True
    first = p.index(match.start)
    if first is None:
        return False
    if first > 0 and p.words[first - 1] in ARTICLES | grammar.POSSESSIVES and first not in p.opens:
        return True  # "a packet of biscuits in the tin": after "the", a thing
    return (first in p.opens and _no_order(p.words, first)) or _named_as_a_thing(p, match, first)


# (round 102) Words after a doing that open its object: "wash my hands", "water the plants".
BEFORE_OBJECT = grammar.OBJECTS | grammar.POSSESSIVES | ARTICLES | grammar.REFLEXIVES
# (round 102) Words that join two things: "seed and water", "tea or coffee".
JOINS = frozenset(["and", "or"])


def _named_as_a_thing(p: _Paragraph, match: Match, first: int) -> bool:
    """(round 102) MATCH, at word FIRST, can be a doing but names a thing here: after a
    describing word ("plain cooking") or joined by "and" or "or" to a thing with a picture before
    it ("fresh seed and water every morning", "a Weetabix and warm milk", "my hand and staff
    guide him"), with no object after it ("Bring my tea and wash my hands" is a doing)."""
    if first == 0 or first in p.opens:
        return False
    words = p.words
    after = first + 1
    if after < len(words) and after not in p.opens and words[after] in BEFORE_OBJECT:
        return False
    before = words[first - 1]
    kinds = grammar.parts_of_speech(before)
    if (
        grammar.ADJ in kinds
        and grammar.VERB not in kinds
        and before not in FUNCTION_WORDS | LINKS | grammar.ADVERBS  # not "even water", "own"
    ):
        return first < 2 or words[first - 2] not in STATES  # not "I get dizzy walking"
    can_name = grammar.NOUN in grammar.parts_of_speech(words[first]) or grammar.ADJ in (
        grammar.parts_of_speech(words[first])
    )
    return (
        before in JOINS
        and first - 2 in p.things
        and words[first - 2] not in grammar.OBJECTS  # not "sit with me and hold my hand"
        and grammar.guess(words, first - 2) != grammar.VERB  # not "Please sit and talk"
        and first - 1 not in p.opens
        and can_name
    )


# (round 43) Words before a "like" that is a wish ("I like", "I'd really like", "to like"); after
# anything else it compares ("curry goat, like back home", "a boiled egg, like I made for years").
LIKERS = grammar.SUBJECTS | MODALS | grammar.ADVERBS
LIKERS |= {"i'd", "we'd", "he'd", "she'd", "they'd", "you'd", "would", "should", "to", "didn't"}
LIKERS |= {"really", "also", "still", "just", "especially", "always", "never", "quite", "not"}


def _compares(words: list[str], k: int) -> bool:
    """WORDS[k] is "like" comparing, not wishing: "callaloo, like back home in Trinidad"."""
    return words[k] == "like" and (k == 0 or words[k - 1] not in LIKERS)


def _terse_doing(word: str) -> bool:
    """(round 49) WORD is an -s form that can only be a doing: in a terse note ("Speaks
    Sylheti", "Prays at the mosque") it is done to, in or with what follows, though no order."""
    return word.endswith("s") and grammar.parts_of_speech(word) == {grammar.VERB}


def _is_verb(p: _Paragraph, k: int) -> bool:
    """Word K is a doing here; a word that can be one is one where it opens a clause."""
    nxt = p.words[k + 1] if k + 1 < len(p.words) else ""
    if _compares(p.words, k):
        return False
    if p.words[k] in ("get", "gets", "got", "getting") and nxt in ("to", "into", "onto"):
        return True  # "make sure I can get to the toilet": going somewhere
    if p.words[k] in STATES or p.words[k] == "please":
        return False
    if k in p.opens and _no_order(p.words, k) and not _terse_doing(p.words[k]):
        return False
    opening = k in p.opens and grammar.VERB in grammar.parts_of_speech(p.words[k])
    return opening or grammar.guess(p.words, k) == grammar.VERB


HAS = frozenset(["have", "has", "i've", "we've", "there's", "i", "we"])


def _had(p: _Paragraph, first: int) -> bool:
    """The thing at word FIRST is what the person has or what there is: "I've an air
    mattress on my bed", "I have two hearing aids", "there's always a packet of biscuits"."""
    k = _before(p, first)
    if k is None:
        return False
    while k > 0 and p.words[k] in grammar.ADVERBS and k not in p.opens:
        k -= 1  # "there's always"
    word = p.words[k]
    if word in ("is", "are"):
        return k > 0 and p.words[k - 1] == "there"
    return word in HAS - {"i", "we"} and (word != "have" or k == 0 or p.words[k - 1] in HAS)


SENSES = frozenset(["see", "hear", "taste", "smell", "feel"])
CAN = frozenset(["can", "can't", "cannot", "could", "couldn't", "only", "hardly", "barely"])


def _sensed(words: list[str], verb: int) -> bool:
    """WORDS[verb] says what the person can or cannot see or hear ("I can't see faces any
    more", "I can only see shapes"): how their senses are, not a thing done."""
    return words[verb] in SENSES and verb > 0 and words[verb - 1] in CAN


def _object_of(p: _Paragraph, first: int) -> int | None:
    """The index of the verb that the thing at word FIRST is done to, or None: "read my plan",
    "takes me to the library", "a chapter of the Bible", "At night, leave the hall light on"."""
    k = _before(p, first)
    return k if k is not None and _is_verb(p, k) else None


def _place_of(p: _Paragraph, first: int) -> int | None:
    """The index of the verb done in, on or with the thing at word FIRST, or None: "I walk with
    a frame", "I sleep in the recliner chair", "put me in my chair"."""
    k = _before(p, first)
    if k is None or k < 1 or p.words[k] not in PLACES or k in p.opens:
        return None
    k -= 1
    while k > 0 and p.words[k] in grammar.OBJECTS | POSTURES and k not in p.opens:
        k -= 1  # "put me in my chair", (round 58) "sit me up on three pillows"
    if _is_verb(p, k):
        return None if _says_how_made(p, k) else k
    return _done_to_first(p, k)


def _says_how_made(p: _Paragraph, k: int) -> bool:
    """(round 58) Word K is a participle after a comma that says how the thing before is made
    or served ("Porridge with salt, made with water"): no doing of the person's."""
    word = p.words[k]
    return (
        k > 0
        and k in p.opens
        and p.text[p.tokens[k - 1].end : p.tokens[k].start].strip() == ","
        and (grammar.participle(word) or grammar.past_tense(word))
    )


# What may stand between a doing and where it is done: "write the number in the book", "put
# them on the table", "put my feet up on the footstool".
BETWEEN = grammar.OBJECTS | grammar.POSSESSIVES | PARTICLES | {"it", "a", "an", "down"}


def _done_to_first(p: _Paragraph, k: int) -> int | None:
    """(round 43) The index of a doing asked for whose object comes before where it is done,
    from word K (the last word before "in", "on"...) back: "Please write the number in the
    book", "so please put them on the bedside table"; None where no asked-for doing is within
    four words, or a thing with a picture stands between (that thing is what is done)."""
    for j in range(k, max(k - 4, -1), -1):
        if _is_verb(p, j) and p.words[j] not in PARTICLES:
            before = p.words[p.clause_start(j) : j]
            return j if before and before[-1] in ("please", "and", "then") else None
        if j in p.things:
            return None
        if j in p.opens or (p.words[j] not in BETWEEN and j < k):
            return None
    return None


# (round 83) Words before what a body part rests on: "feet up on the footstool".
RESTS_ON = frozenset(["on", "onto"])


def _body_part(p: _Paragraph, k: int) -> bool:
    """Word K is a pictured part of the body: "feet", "my left arm"."""
    return k in p.things and grammar.lemma(p.words[k]) in grammar.BODY


def _rested_on(p: _Paragraph, first: int) -> int | None:
    """(round 83) The index of the body part that the thing at word FIRST holds up: "put my
    feet up on the footstool", "I sit with my legs on the pouffe", "rest his arm on a pillow";
    None where no body part is rested on it ("put the cup on the table")."""
    k = _before(p, first)
    if k is None or k < 1 or p.words[k] not in RESTS_ON or k in p.opens:
        return None
    k -= 1
    if k >= 1 and p.words[k] in POSTURES and k not in p.opens:
        k -= 1  # "feet up on"
    return k if _body_part(p, k) and k + 1 not in p.opens else None


def _rests_on_a_thing(p: _Paragraph, match: Match) -> bool:
    """(round 83) MATCH is a body part rested on a thing with a picture: "my feet up on the
    footstool" (the footstool says what to do), not "cream on my feet"."""
    last = (p.index(match.end) or len(p.words)) - 1
    first = p.index(match.start)
    if first is None or not _body_part(p, last):
        return False
    for j in range(last + 1, min(last + 6, len(p.words))):
        if j in p.things:
            return _rested_on(p, j) == last
        if j in p.opens:
            return False
    return False


def _by(p: _Paragraph, first: int) -> bool:
    """(round 58) The thing at word FIRST comes after "by": for a person, who does a thing
    ("his nails are cut by the podiatrist"), not where it is done."""
    k = _before(p, first)
    return k is not None and p.words[k] == "by"


def _placed_after(p: _Paragraph, j: int, match: Match, first: int) -> bool:
    """(round 43) The thing at word J is where or with what the doing phrase MATCH (from word
    FIRST) is done: "put my feet up on the footstool", "have a wash at the sink"."""
    last = (p.index(match.end) or len(p.words)) - 1
    if last <= first or match.pos == grammar.NOUN or grammar.participle(p.words[first]):
        return False
    if first and p.words[first - 1] in ARTICLES | grammar.POSSESSIVES:
        return False  # "my bank card at the shop", "an air mattress on my bed": a thing
    if grammar.guess(p.words, first) != grammar.VERB:
        return False
    k = _before(p, j)
    return k is not None and p.words[k] in PLACES and k - 1 == last and k not in p.opens


def _trailing_marker(words: list[str], k: int) -> bool:
    """Word K opens a reason, purpose or condition: "because", "if", "in case", "so I can",
    "so that", "before I..." (not "for a while", nor "I love it when...": there it is the point)."""
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if word in TRAILING:
        liked = word == "when" and k >= 2 and words[k - 1] == "it" and words[k - 2] in WISHES
        return not (word == "while" and words[k - 1] in ARTICLES) and not liked
    if word == "in" and nxt == "case":
        return True
    if word == "so":
        modal = words[k + 2] if k + 2 < len(words) else ""
        if modal in ("do", "did") and words[k + 3 : k + 4] != ["not"]:
            return False  # (round 83) "so I do love a natter": what is so, said with weight
        return nxt == "that" or (nxt in PRONOUNS and modal in MODALS)
    if (word in ("moment", "minute") and k and words[k - 1] == "the") or (word == "as" and k > 1):
        # (round 58) "the moment I wake", "as soon as I'm up": when, like "when I wake"
        return nxt in PRONOUNS and (word != "as" or words[k - 1] == "soon")
    if word in ("before", "after") and nxt.endswith("ing"):
        return grammar.VERB in grammar.parts_of_speech(nxt)  # (round 58) "Inhaler before walking"
    return word in ("before", "after") and nxt in PRONOUNS


def _purpose(p: _Paragraph, k: int) -> bool:
    """Word K opens what a thing is for: "I need my walking stick to get about the house", "an
    air mattress on my bed to keep my skin right" (not "ask my daughter to bring...")."""
    return (
        p.words[k] == "to"
        and 0 < k < len(p.words) - 1
        and k - 1 in p.things
        and p.words[k - 1] not in grammar.DOERS
        and grammar.VERB in grammar.parts_of_speech(p.words[k + 1])
    )


def _in_trailing_clause(p: _Paragraph, first: int, sentence_first: int) -> bool:
    """Word FIRST sits in a reason or condition after its clause's main part ("...so I can find
    the toilet", "...if I have a fall"); the clause runs to the next comma, stop, "then" or
    "please"."""
    for k in range(first, sentence_first, -1):
        if _trailing_marker(p.words, k) or _purpose(p, k):
            return True
        if k in p.opens or p.words[k] in ("then", "but", "please"):
            return False
    return False


PERFECT = frozenset(["have", "has", "i've", "we've", "he's", "she's"])


def _in_the_past(p: _Paragraph, first: int) -> bool:
    """Word FIRST is in a part of a clause that tells what the person did or what happened
    before ("I taught for forty years", "My Michael died two years ago", "I drove the 86 bus",
    "I have lived here for years"): a subject and a verb in the past, up to a new subject after
    "and", "but" or "so"."""
    a = p.clause_start(first)
    words = p.words
    b = min((j for j in p.opens if j > first), default=len(words))

    def new_subject(j: int) -> bool:  # "and I like...", "but these days I like..."
        return words[j] in ("and", "but", "so") and grammar.SUBJECTS & set(words[j + 1 : j + 4])

    for j in range(first - 1, a - 1, -1):  # a new subject after "and" opens a part of its own
        if new_subject(j):
            a = j + 1
            break
    for j in range(first + 1, b - 1):
        if new_subject(j):
            b = j
            break
    for j in range(a, b):
        who = words[j]
        if who in PERFECT - {"have", "has"} or (
            who in grammar.SUBJECTS or grammar.name_like(who) or who in grammar.DOERS
        ):
            k = j + 1
            while k < b and words[k] in grammar.ADVERBS | PERFECT | {"once", "first"}:
                k += 1  # "I have lived in my flat for years", "I've always worked"
            if k < b and grammar.past_tense(words[k]):
                return True
    return False


def _clause(p: _Paragraph, first: int) -> list[str]:
    """The words of the clause (between clause breaks) that holds word FIRST."""
    a = p.clause_start(first)
    b = min((j for j in p.opens if j > first), default=len(p.words))
    return p.words[a:b]


def _please_after(p: _Paragraph, first: int) -> bool:
    """The clause holding word FIRST is asked for by a "please" after it, alone at the end of
    its sentence or clause ("Tissue in my sleeve, please", "Thick socks in bed, please")."""
    b = min((j for j in p.opens if j > first), default=len(p.words))
    return (
        b < len(p.words) and p.words[b] == "please" and (b + 1 == len(p.words) or b + 1 in p.opens)
    )


def _owner(p: _Paragraph, match: Match) -> bool:
    """(round 49) MATCH owns the thing after it ("stroke the home's cat", "feed my son's dog"):
    what is done is done to that thing, not to its owner."""
    last = (p.index(match.end) or len(p.words)) - 1
    return (
        p.words[last].endswith(("'s", "’s"))
        and last + 1 < len(p.words)
        and last + 1 not in p.opens
        and last + 1 in p.things
    )


# (round 49) Words that open how often a thing is done, never what it is done to: "please trim
# them every two weeks".
HOW_OFTEN = frozenset(["every", "each"])


# (round 102) Doings whose picture is general: the body part done to says which ("Please help
# me wash his hair", "clean my teeth"), where "cream my back" or "massage my feet" say it all.
WASHES = frozenset(["wash", "clean"])


# (round 110) Words that join a posture to the doing it is for, across commas in its sentence:
# "Stand in front of me, face me, and speak up", "stand to my left when you talk to me".
FOR_A_DOING = {"and": 2, "when": 3, "while": 3}
# The postures: sitting, standing, and (round 176) looking at the person ("Sit opposite me,
# look at me, and talk slowly": the talk is the point, the look how it is done).
POSTURE_WORDS = ("sit", "stand", "look")


def _posture_before_a_doing(p: _Paragraph, first: int) -> bool:
    """True for sitting or standing joined by "and" to a pictured doing in its clause ("sit and
    chat with me", "stand in front of me and speak clearly"): the posture is how the doing is
    done, the doing is the point. (round 110) Also a talk later in the sentence, after "and"
    past a comma or after "when" or "while" ("Stand in front of me, face me, and speak up",
    "Please stand to my left when you talk to me"); not a doing that is no talk ("Stand by the
    door, and I will wave": the standing)."""
    return _posture_doing(p, first) is not None


def _posture_doing(p: _Paragraph, first: int) -> int | None:
    """The index of the doing that the sitting or standing at word FIRST is for, or None."""
    if grammar.lemma(p.words[first]) not in POSTURE_WORDS:
        return None
    end = next(b for a, b in p.spans if a <= p.starts[first] < b)
    last = min(first + 12, p.index(end) or len(p.words), len(p.words) - 1)
    for j in range(first + 1, last):
        if p.words[j] not in FOR_A_DOING:
            continue
        own = p.clause_start(j) <= first
        reach = range(j + 1, min(j + 1 + FOR_A_DOING[p.words[j]], len(p.words)))
        return next(
            (
                k
                for k in reach
                if k in p.pictured
                and grammar.guess(p.words, k) == grammar.VERB
                and (own or p.words[k] in SPEAKING)
            ),
            None,
        )
    return None


def _for_a_posture(p: _Paragraph, first: int) -> bool:
    """(round 110) The doing at word FIRST is what a sitting or standing before it in its
    sentence is for ("Please stand to my left when you talk to me": the talk), so a "when"
    before it opens no condition."""
    return any(
        grammar.lemma(p.words[j]) in POSTURE_WORDS and _posture_doing(p, j) == first
        for j in range(max(0, first - 12), first)
    )


def _role(p: _Paragraph, match: Match) -> tuple[float, list[str], bool, bool]:
    """Extra score from the match's place in its sentence, the reasons, whether something asks
    for it, wishes it or does something to it (a choice that is no guess), and whether it is
    wished for."""
    first = p.index(match.start)
    if first is None:
        return 0.0, [], False, False
    words, tokens = p.words, p.tokens
    start, end = p.spans[match.sentence]
    sentence_first = p.index(start) or 0
    score, why, strong, wish = 0.0, [], False, False
    k = first - 1
    while k >= 0 and words[k] in LINKS:
        k -= 1
    labelled = first < p.label
    thing = labelled or _thing(p, match)  # "Breakfast – ...": a heading, no doing
    # (round 83) a body part rested on a thing with a picture gives that thing its doing ("put
    # my feet up on the footstool": the footstool), and keeps none itself
    rested = _rested_on(p, first) if thing else None
    anchor = first if rested is None else rested
    resting = thing and _rests_on_a_thing(p, match)
    verb = (
        _object_of(p, anchor)
        if thing
        and not resting
        and match.pos != grammar.ADJ  # "make me dizzy"
        and words[first] not in HOW_OFTEN
        and not _owner(p, match)
        else None
    )
    # "feed her at breakfast", "with my breakfast": a meal after "at" or "with" is when, not where
    meal = match.concept.id in MEALS
    # (round 58) a person after "by" is who does it, not where: "his lighter is kept by staff"
    place = (
        _place_of(p, anchor)
        if thing
        and not resting
        and _leads(match)
        and not meal
        and not (_person(match) and _by(p, first))
        else None
    )
    if rested is not None:
        why.append(f'where the "{tokens[rested].text}" rest')
    elif resting:
        why.append("a body part rested on a thing with a picture")
    frame = (
        not thing
        and match.rule != TALK_ASKED  # (round 83) "Tell me who you are": the talk itself
        and grammar.lemma(words[first]) in FRAMES
        and first + 1 < len(words)
        and words[first + 1] in grammar.OBJECTS
    )
    about = _talked_about(p, first)
    tongue = (
        next((v for v in (verb, place) if v is not None and words[v] in SPEAKING), None)
        if first in p.tongues
        else None
    )
    if frame:  # "help me", "remind me": the frame of a request
        score -= 3
        why.append("the frame of the request")
    elif tongue:  # (round 83) "Please speak to me in Welsh", "I speak Punjabi": the talk
        score -= 1
        why.append(f'the language "{tokens[tongue].text}" is done in')
    elif any(
        j in p.things
        and not (j in p.tongues and words[first] in SPEAKING)  # (round 83) "speak in Welsh"
        and (_place_of(p, j) == first or (j not in p.people and _placed_after(p, j, match, first)))
        for j in range(first + 1, min(first + 8, len(words)))
    ):  # "I walk with a frame", "we talk on the phone": the thing says more than the doing
        why.append("a doing whose place or tool has a picture")
    elif _talks_about(p, match, first):  # "I like to talk about the looms": the looms
        why.append("a talk whose subject has a picture")
    elif about:
        score, strong = score + 2, True
        why.append("what is talked about")
    elif (k >= p.clause_start(first) and words[k] == "please") or (
        thing
        and _please_after(p, first)
        and not any(
            j in p.things or p.words[j] in PLACES | TIMING
            for j in range(p.clause_start(first), first)
        )
    ):  # not "No stairs please. My knee"; "Tissue in my sleeve, please": the tissue
        score, strong = score + 3, True
        why.append("what is asked for")
    elif verb is not None and _sensed(words, verb):  # "I can't see faces any more"
        why.append(f'what the person can or cannot "{tokens[verb].text}"')
    elif (
        verb is not None
        and verb in p.pictured
        and _body_part(p, (p.index(match.end) or len(words)) - 1)  # not "the leg bag"
        and grammar.lemma(words[verb]) not in WASHES  # "wash his hair": the hair says which
    ):
        # (round 102) "Please cream my back", "touch my arm": the doing says what to do
        why.append(f'the body part "{tokens[verb].text}" is done to, which has its own picture')
    elif verb is not None and not (
        match.concept.id in PEOPLE and (verb in p.pictured or grammar.lemma(words[verb]) in FRAMES)
    ):
        # "Please clean his cage", (round 89) "Could you clean his cage": the cage
        asked = verb > 0 and (
            words[verb - 1] == "please"
            or (verb - 2 == p.clause_start(verb) and _asks_politely(words[verb - 2 :]))
        )
        # what is liked or wanted already counts as wished for, once ("I like my brooch on")
        score += 4 if asked else 1 if words[verb] in WISHES else 3
        strong = True
        why.append(f'what "{tokens[verb].text}" is done to')
    elif place is not None:
        score += 2  # as much as a doing, which gives way to it (above)
        why.append(f'where or with what "{tokens[place].text}" is done')
    elif thing and (done := _done_in_a_note(p, match, first)) is not None:
        score, strong = score + 3, True  # (round 58) "Teeth cleaned twice a day": the teeth
        why.append(f'what "{tokens[done].text}" is done to')
    elif thing and _had(p, first):  # "I've an air mattress", "there's always a packet of..."
        score += 1
        why.append("what the person has")
    elif not thing or (
        " " in match.term
        and not labelled
        and grammar.guess(words, first) == grammar.VERB
        and not _named_as_a_thing(p, match, first)  # (round 102) "a Weetabix and warm milk"
    ):
        score += 2  # "wash my hands", "say grace": a phrase that is a doing
        why.append("an action")
    doing = match.pos == grammar.VERB or grammar.guess(words, first) == grammar.VERB
    if doing and _posture_before_a_doing(p, first):  # (round 176) or a phrase: "look at me"
        score -= 3  # "sit and chat with me", "stand in front of me and speak clearly": the chat
        why.append("a posture for the doing after it")
    if _in_the_past(p, first):
        score -= 2
        why.append("in what happened before")
    if _holds_pictured(p, match):
        score -= 4  # "a cup of Yorkshire Tea", "a cup of warm milk": the drink
        why.append("what holds a thing with a picture")
    if meal and first > 0 and words[first - 1] in TIMING | {"at", "with"}:
        score -= 2  # "both in before breakfast, please": the breakfast is when
        why.append("a meal that says when")
    lead = p.leads[match.sentence]
    if lead and match.start < lead:
        score -= 3
        why.append("in the clause that sets the scene")
    elif _in_trailing_clause(p, first, sentence_first) and not _for_a_posture(p, first):
        score -= 2
        why.append("in a reason or condition after the request")
    own = range(first, p.index(match.end) or len(words))
    clause = _clause(p, first)
    offset = p.clause_start(first)
    wished = [
        j
        for j, w in enumerate(clause)
        if (w in WISHES or (p.refused and _taken(clause, j)))
        and not _compares(clause, j)
        and not (w == "help" and j and clause[j - 1] not in ASKING)  # "my son helps me decide"
        and offset + j not in own
        and not (j and (clause[j - 1] in NOTS or (j > 1 and clause[j - 2] in NOTS)))
    ] or (
        [len(clause)] if _please_after(p, first) else [0] if _asks_politely(clause) else []
    )  # "I choose the order": no wish for choosing; "I don't (really) like": none
    if not wished and _request_goes_on(p, offset, sentence_first):
        wished = [0]  # (round 49) "Please don't tell me he's gone, just talk to me about..."
    begin = max(sentence_first, p.label)
    if lead and match.start >= lead:  # (round 58) "When it flares up, keep the sheet off my foot"
        begin = max(begin, p.index(lead) or begin)
    sentence = words[begin : p.index(end) or len(words)]
    head = _label_head(p)
    if labelled and match.concept.id in TOPICS:
        score -= 2
        why.append("a label naming a general topic")
    elif labelled and head is not None:
        why.append("a label heading a thing the item names")
    elif labelled:
        score += LABEL
        why.append("the thing the label names")
    elif head == first:
        score += LABEL
        why.append("the thing a label heads")
    if wished:
        score, strong = score + 2, True
        why.append("in a sentence that asks or wishes")
        wish = True
    elif (
        sentence
        and (sentence[0] not in FUNCTION_WORDS or sentence[0] in ORDERS)
        and grammar.guess(sentence, 0) == grammar.VERB
        and not _no_order(sentence, 0)
        and not (sentence_first < p.label and _fragment(sentence))
        and not (offset > sentence_first and clause and clause[0] in grammar.SUBJECTS)
    ):  # not "Remind me at lunch, I forget the middle ones": a clause with its own subject
        score, strong = score + 2, True
        why.append("in an instruction")
    elif why == ["an action"] and p.label and head is None and _told(p, match, first):
        score -= TOLD  # (round 58) "Family: my son visits on Wednesdays": the family
        why.append("a doing told under a label naming a thing")
    return score, why, strong, wish


# (round 58) Everyday verbs that have no picture but open an order: "Keep the bedclothes off my
# foot", "Put my glasses on the table", "Give me time".
ORDERS = frozenset(["keep", "put", "give", "take", "make", "use", "try", "bring", "get"])


def _done_in_a_note(p: _Paragraph, match: Match, first: int) -> int | None:
    """(round 58) The index of the participle that a terse note says was or is done to the
    thing MATCH (at word FIRST) that opens it: "Teeth cleaned twice a day", "Catheter bag
    emptied at 8", "Tablets crushed in jam"; None for a person ("Wife died last year")."""
    after = p.index(match.end)
    if after is None or after in p.opens or _person(match):
        return None
    if not grammar.participle(p.words[after]):
        return None
    k = first
    while k not in p.opens and k != p.label and p.words[k - 1] in LINKS:
        k -= 1  # "His teeth cleaned ...", "The bag emptied ..."
    return after if k in p.opens or k == p.label else None


def _told(p: _Paragraph, match: Match, first: int) -> bool:
    """(round 58) The doing MATCH (at word FIRST, after a label) is one its subject is told to
    do, with nothing pictured done to: "I listen every afternoon", "my son visits on Wednesdays"
    (not "I knit blankets", nor an order: "Never take blood from this arm")."""
    after = p.index(match.end)
    if first < p.label or (after is not None and after in p.things and after not in p.opens):
        return False
    before = range(p.clause_start(first), first)
    return any(p.words[j] in grammar.SUBJECTS or j in p.people for j in before)


# Words that may open a clause that goes on with a request: "..., just talk to me".
GOES_ON = frozenset(["just", "then", "and", "also", "but", "instead"])


def _request_goes_on(p: _Paragraph, offset: int, sentence_first: int) -> bool:
    """(round 49) The clause opening at word OFFSET goes on with a request that a "please"
    earlier in its sentence made: a bare doing after a comma ("Please don't tell me he's gone,
    just talk to me about the shop"), not a clause with its own subject."""
    if offset <= sentence_first or "please" not in p.words[sentence_first:offset]:
        return False
    k = offset
    while k < len(p.words) - 1 and p.words[k] in GOES_ON:
        k += 1
    word = p.words[k]
    return (
        word not in STATES | {"please"}
        and grammar.VERB in grammar.parts_of_speech(word)
        and not _no_order(p.words, k)
    )


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
        if words[k].norm in PRONOUNS | {"please"} and words[k - 1].norm not in (
            "and",
            "or",
            "that",
        ):
            return start + words[k].start
    after = [t.norm for t in words if t.start > comma] if comma >= 0 else []
    if after and after[0] not in ("then", "and", "or", "but", "so"):
        return start + comma
    return 0


# Words between "please" and the doing asked for: "Please (do) (just) clean them".
REQUEST_FRAME = frozenset(["do", "just", "can", "could", "you", "will", "would", "always"])


# (round 83) Doings that a language is spoken in: "speak to me in Welsh", "I speak Punjabi".
SPEAKING = frozenset(["speak", "speaks", "speaking", "spoke", "talk", "talks", "talking"])


def _language(match: Match) -> bool:
    """(round 83) MATCH is a language ("Welsh", "Punjabi", "my first language")."""
    return match.concept.alt == "language"


def _person(match: Match) -> bool:
    return match.concept.id in PEOPLE or match.concept.symbol == "photo"


# (round 58) Words between a request's "me" and the thing it is about: "talk me through it".
THROUGH = frozenset(["through", "about", "with"])


def _pointed_back(p: _Paragraph, matches: list[Match]) -> dict[int, str]:
    """{index of a match: the pronoun}: the thing an "it" or "them" that a request acts on
    points back to ("I wear my glasses all day. Please clean them"; "Teeth – top set. Soak them
    overnight"): the first thing in the nearest earlier clause that has one. None where that is
    a person ("The carers come at 8. Please let them in"), nor where "them" is who gets the
    thing asked for ("Please give them fresh water")."""
    out: dict[int, str] = {}
    for j, word in enumerate(p.words):
        if word not in ("it", "them", "her", "him") or j == 0:
            continue
        verb = j - 1
        if j >= 3 and p.words[j - 1] in THROUGH and p.words[j - 2] in grammar.OBJECTS:
            verb = j - 3  # (round 58) "Please talk me through it", "help me with them"
        if not _is_verb(p, verb):
            continue
        animal = word in ("her", "him")  # "My cat sleeps on my bed. Please feed her": the cat
        clause_start = p.clause_start(j)
        frame = p.words[clause_start:verb]  # "Please (do) clean them", "Soak them": asked
        if frame and frame[0] in ("so", "and", "then", "but"):
            frame = frame[1:]  # (round 43) "..., so please put them on the table"
        if frame and (frame[0] != "please" or not set(frame[1:]) <= REQUEST_FRAME):
            continue
        k = j + 1
        while (
            k < len(p.words)
            and k not in p.opens
            and k not in p.pictured
            and p.words[k] not in PLACES | MOVES  # "Walk him round the harbour": a place
            and (p.words[k] in LINKS or grammar.ADJ in grammar.parts_of_speech(p.words[k]))
        ):
            k += 1
        if k < len(p.words) and k not in p.opens and k in p.pictured:
            continue
        before = [
            n
            for n, m in enumerate(matches)
            if m.end <= p.tokens[clause_start].start
            and (word == "them") == grammar.plural(m.term.lower().split()[-1])
            and (
                _person(m)
                or (_thing(p, m) and not _described(p, m) and _leads(m) and not m.negated)
            )
            and (not animal or _person(m) or m.concept.id in PETS)
            and not _modifies(p, m)  # (round 58) "his Gaelic Bible": the Bible
        ]
        if before:  # the thing a label names, which the item goes on about, or the nearest
            best = max(
                before,
                key=lambda n: (
                    (p.index(matches[n].start) or 0) < p.label,
                    p.clause_start(p.index(matches[n].start) or 0),
                    -matches[n].start,
                ),
            )
            if not _person(matches[best]):
                out[best] = p.tokens[j].text
    return out


# (round 83) A pet's things that requests list ("Please change his water and cover his cage")
# give way to the pet, whose care they are.
PETS_THING = 3
OWNERS = frozenset(["his", "her", "its"])


def _pets_things(p: _Paragraph, matches: list[Match], pointed: dict[int, str]) -> set[int]:
    """(round 83) The indexes of the things of a pet that requests list ("Pip is my canary.
    Please change his water and seed and cover his cage"): the pet's care, so the pet they
    belong to is added to POINTED, as "Please feed her" points back to the cat; one thing asked
    for stays the idea ("Please clean his cage"). "His" points back to the nearest pet
    or person named before its clause; a person named after "is my" says what the one before
    is ("My budgie Pip is my best friend"), and a person named with the pet leaves the thing
    alone ("My son has a dog. Please wash his car")."""
    things: set[int] = set()
    pets: dict[int, str] = {}
    for j, word in enumerate(p.words):
        if word not in OWNERS or j == 0 or not _is_verb(p, j - 1):
            continue
        frame = p.words[p.clause_start(j) : j - 1]
        if frame and frame[0] in ("so", "and", "then", "but"):
            frame = frame[1:]
        if frame and (frame[0] != "please" or not set(frame[1:]) <= REQUEST_FRAME):
            continue
        owned = [
            n
            for n, m in enumerate(matches)
            if p.clause_start(p.index(m.start) or 0) == p.clause_start(j)
            and m.start > p.tokens[j].start
            and _thing(p, m)
            and _leads(m)
            and not _person(m)
        ]
        if not owned:
            continue
        before = [
            n
            for n, m in enumerate(matches)
            if m.end <= p.tokens[p.clause_start(j)].start
            and (m.concept.id in PETS or (_person(m) and not _says_what(p, m)))
        ]
        pet = before[-1] if before else None
        if pet is None or matches[pet].concept.id not in PETS:
            continue
        if any(
            _person(m) and not _says_what(p, m) and m.sentence == matches[pet].sentence
            for m in matches
        ):
            continue  # "My son has a dog. Please wash his car": the son's car
        pets.setdefault(pet, p.tokens[j].text)
        things.update(owned)
    if len(things) < 2:
        return set()  # "Please clean his cage": one thing asked for stays the thing
    for pet, pronoun in pets.items():
        pointed.setdefault(pet, pronoun)
    return things


def _says_what(p: _Paragraph, match: Match) -> bool:
    """(round 83) MATCH comes after "is my", "was her"...: it says what the one before is ("My
    budgie Pip is my best friend"), not someone else."""
    k = (p.index(match.start) or 0) - 1
    while k > 0 and p.words[k] in grammar.ADVERBS | {"best", "old", "little", "dear"}:
        k -= 1
    return k >= 1 and p.words[k] in grammar.POSSESSIVES and p.words[k - 1] in IS | {"was"}


def _modifies(p: _Paragraph, match: Match) -> bool:
    """(round 58) MATCH names the kind of the thing with a picture right after it ("his Gaelic
    Bible", "the Polish paper"): that thing is the one meant."""
    after = p.index(match.end)
    return (
        after is not None
        and after in p.things
        and after not in p.opens
        and not _is_verb(p, after)  # not "The hoist frightens me"
    )


def _opens_with_no(p: _Paragraph, match: Match, matches: list[Match]) -> bool:
    """MATCH is the first thing of an item that opens by ruling it out and goes on to say why:
    "No rugs on the floor. I trip.", "No fizzy drinks - they give me wind", "Food: no cheese or
    pork pies"; not where it goes on to rule out more ("No religion. Don't want a vicar")."""
    first = p.index(match.start)
    if first is None:
        return False
    opening = p.label if p.label and p.words[p.label] == "no" else 0
    clause = p.clause_start(first)
    return (
        p.words[opening] == "no"
        and opening < first
        and clause == opening
        and not any(j in p.things for j in range(opening, first))
        and not any(m.negated and p.clause_start(p.index(m.start) or 0) != clause for m in matches)
    )


MIND = 2  # (round 43) forgetting said about the person gives way to what is asked
# (a feeling said so does not: "Feelings - I get grumpy when..." is about the feeling)
MINDS = frozenset(["memory"])


# (round 102) How the person feels ("I get very worried", "My appetite's gone", "Feeling low")
# is why a thing is done, not what to do: it gives way to a thing the paragraph asks for, does
# something to or gives ("If my glasses are not where I left them, I get very worried": the
# glasses), and leads where nothing else does ("I get lonely in the afternoons"). The concepts
# are those whose picture's alt text names a feeling.
FEELING = 3
FEELINGS = frozenset(
    ["angry", "grumpy", "bored", "calm", "confused", "embarrassed", "excited", "happy", "hungry"]
    + ["lonely", "sad", "fed up", "scared", "tired", "upset", "worried"]
)


def _feeling(match: Match) -> bool:
    """(round 102) MATCH is how the person feels (its picture is a feeling)."""
    return match.concept.alt in FEELINGS


def _state_of_mind(match: Match) -> bool:
    """MATCH is how the person remembers ("I forget things now"), not a thing done."""
    return match.concept.id in MINDS


# (round 104) A problem named in a bare opening note ("Constipation. Prunes with breakfast",
# "Swollen feet. Wide-fit slippers, not shoes") is why the rest is done: it gives way to the
# thing a later note gives or uses. The problems are these symptom concepts (and their dialect,
# idiom and later-round twins, "pain-dialect", "bowels-idiom") and a body part named with them.
PROBLEM = 3
PROBLEMS = frozenset(
    ["pain", "pain-face", "headache", "backache", "earache", "toothache", "stomach-ache"]
    + ["joints", "bowels", "bladder", "cough", "dizzy", "rash", "bruise", "swelling"]
    + ["sleep-problems", "no-appetite"]
)
TWIN = re.compile(r"-(?:dialect|idiom|r\d+)$")


def _problem(match: Match) -> bool:
    """(round 104) MATCH names a symptom, or a body part (a problem named by where it is)."""
    return TWIN.sub("", match.concept.id) in PROBLEMS or _names_body(match)


def _names_body(match: Match) -> bool:
    return grammar.lemma(match.term.lower().split()[-1]) in grammar.BODY


def _bare_note(p: _Paragraph, sentence: int) -> bool:
    """(round 104) Sentence SENTENCE is a bare note naming a state, with no subject, no asking
    and no order: "Constipation.", "Swollen feet.", "Right hand stiff." """
    start, end = p.spans[sentence]
    first, last = p.index(start), p.index(end)
    words = p.words[first or 0 : last if last is not None else len(p.words)]
    return bool(words) and not any(
        w in grammar.SUBJECTS or w == "please" or w in ORDERS or _terse_doing(w) for w in words
    )  # not "Wears hip protectors": a terse doing


def _problems_giving_way(p: _Paragraph, matches: list[Match]) -> set[int]:
    """(round 104) The indexes of MATCHES that name a problem in the bare opening note of the
    item, where every picture of that note is a problem and a later sentence names a thing
    given or used that is not one ("Constipation. Prunes with breakfast": the prunes). A note
    with a subject, a "please" or an order ("My feet swell. Please raise them") is left alone."""
    opening = min(p.order, key=p.order.__getitem__, default=None)
    if opening is None or not _bare_note(p, opening):
        return set()
    own = [n for n, m in enumerate(matches) if m.sentence == opening]
    if not own or not all(  # "Cough at night": the time sets the scene
        _problem(matches[n]) or matches[n].concept.id in BACKGROUND for n in own
    ):
        return set()
    later = any(
        m.sentence != opening
        and _leads(m)
        and not (m.negated or _person(m) or _feeling(m) or _problem(m))
        and not _names_body(m)
        for m in matches
    )
    return set(own) if later else set()


# (round 83) Orders to tell or ask the person something ("Tell me who you are", "Please say
# your name", "stop and ask me what's wrong"): a talk, though "tell" alone gets no picture.
TELLING = {"tell": grammar.OBJECTS, "ask": grammar.OBJECTS, "say": frozenset(["your", "who"])}
TELLING_FRAME = REQUEST_FRAME | {"please", "just", "then", "and", "so", "but", "gently", "calmly"}
SAID = frozenset(["name-r46"])  # what is said: "say your name" is the talk
TALK_ASKED = "a talk asked for"
# Words after "tell me" that point back to a thing: "Please tell me each one" (the tablets).
POINTING = frozenset(["it", "them", "one", "ones", "those", "these"])


def _talks_asked(text: str, matches: list[Match]) -> list[Match]:
    """(round 83) A talk picture for each order to tell or ask the person something whose
    clause names nothing else with a picture ("Tell me who you are every time", "Please say your
    name when you come in", "just tell me it's my day off"); none where the clause names what
    to tell about ("Tell me when my morphine is due"), nor under a label naming a thing it is
    about ("Football: Glentoran. Tell me the score"), nor for a talk ruled out ("Please don't
    tell me he's gone")."""
    talk = vocabulary.load().concepts.get("talk")
    if talk is None:
        return []
    tokens = tokenise(text)
    words = [t.norm for t in tokens]
    label = _label(text, tokens)
    if label and any(
        m.start < tokens[label].start and _leads(m) and m.concept.id not in TOPICS for m in matches
    ):
        return []  # "Football: Glentoran. Tell me the score": the talk is about the football
    spans = sentences(text)
    out = []
    for k, word in enumerate(words):
        after = TELLING.get(word)
        if after is None or k + 1 >= len(words) or words[k + 1] not in after:
            continue
        start = tokens[k].start
        opens = [
            j
            for j in range(k + 1)
            if j == 0
            or CLAUSE_BREAK.search(
                text[tokens[j - 1].end : start if j == k + 1 else tokens[j].start]
            )
        ]
        clause = max(opens)
        if not set(words[clause:k]) <= TELLING_FRAME:
            continue  # "I tell him", "don't tell me", "if you ask me"
        if set(words[k + 2 : k + 5]) & POINTING or (
            word == "ask" and words[k + 2 : k + 3] in (["before"], ["first"])
        ):
            continue  # "tell me each one" (the tablets), "ask me before you let anyone in"
        end = next(
            (
                tokens[j].start
                for j in range(k + 1, len(tokens))
                if CLAUSE_BREAK.search(text[tokens[j - 1].end : tokens[j].start])
            ),
            len(text),
        )
        if any(
            m.start < end and m.end > start and _leads(m) and m.concept.id not in SAID
            for m in matches
        ):
            continue
        sentence = next((n for n, (a, b) in enumerate(spans) if a <= start < b), 0)
        out.append(
            Match(
                tokens[k].text,
                talk,
                start,
                tokens[k].end,
                False,
                grammar.VERB,
                sentence,
                TALK_ASKED,
            )
        )
    return out


def choose(text: str, matches: list[Match]) -> Idea | None:
    """The idea picture of TEXT (a paragraph or list item) among its MATCHES, or None."""
    matches = sorted(matches + _talks_asked(text, matches), key=lambda m: m.start)
    if not matches:
        return None
    p = _Paragraph.read(text, matches)
    mentions = Counter(m.concept.id for m in matches)
    roles = [_role(p, m) for m in matches]
    # a ruled-out thing gives way to a thing wished for instead ("I don't eat pork. I like
    # chicken curry"), but leads where nothing is ("No bananas - too much potassium")
    instead = any(wish for m, (_, _, _, wish) in zip(matches, roles, strict=True) if not m.negated)
    pointed = _pointed_back(p, matches)
    pets_things = _pets_things(p, matches, pointed)
    problems = _problems_giving_way(p, matches)
    # (round 102) a thing asked for, done to or given, which a feeling gives way to
    done = not (
        p.label and any(m.concept.id == "feelings" and m.start < p.starts[p.label] for m in matches)
    ) and any(
        _leads(m)
        and not (_feeling(m) or m.negated or _person(m))
        and grammar.lemma(m.term.lower().split()[-1]) not in grammar.BODY
        for m in matches
    )
    scored = []
    for n, (m, (extra, why, strong, wished_for)) in enumerate(zip(matches, roles, strict=True)):
        score = 2.0 * m.concept.weight + extra - 0.25 * p.order.get(m.sentence, m.sentence)
        if n in pointed:  # "I wear my glasses. Please clean them": the glasses are asked for
            score, strong = score + POINTED, True
            why.append(f'what "{pointed[n]}" points back to, in a request')
        if n in pets_things:  # (round 83) "Please change his water": the canary's water
            score -= PETS_THING
            why.append("a pet's thing, asked for the pet")
        if mentions[m.concept.id] > 1:  # what the paragraph keeps coming back to ("my wash")
            score += min(2, mentions[m.concept.id] - 1)
            why.append("said more than once")
        if m.negated and instead:
            score -= NEGATED
        elif m.negated and _opens_with_no(p, m, matches):  # "No rugs on the floor. I trip."
            score, strong = score + NEGATED, True
            why.append("the thing the item opens by ruling out")
        if m.concept.id in BACKGROUND:
            score -= 3
        if _state_of_mind(m) and not wished_for:
            score -= MIND  # (round 43) "I forget things now, so please write on the board"
            why.append("how the person remembers, said not asked")
        if _feeling(m) and done and not wished_for:
            score -= FEELING  # (round 102) "...I get very worried": the glasses
            why.append("how the person feels, beside a thing done or asked for")
        if n in problems:
            score -= PROBLEM  # (round 104) "Constipation. Prunes with breakfast": the prunes
            why.append("a problem named in a bare opening note, beside what a later note gives")
        if m.concept.symbol == "photo":
            score += 1  # the person's own people lead when a paragraph is about them
        scored.append((score, -m.start, m, ", ".join(why), strong))
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best_score, _, best, why, strong = scored[0]
    rivals = [s for s in scored[1:] if s[2].concept.id != best.concept.id]
    close = bool(rivals) and best_score - rivals[0][0] <= 0.5
    # a guess: nothing asks for it, wishes it or does something to it, and it is a general word
    # or another sentence's picture scored about the same ("I lived in my flat. I worked at the
    # mill")
    low = (not why and best.concept.weight <= 1) or (
        not strong and close and rivals[0][2].sentence != best.sentence
    )
    reason = f'"{best.term}": ' + (why or "the weightiest picture")
    return Idea(best, "low" if low else "high", reason)
