"""The words negation.py reads a sentence with: what rules a thing out, what does not, and
where a not stops reaching. One list per kind of word, so a reader can check each against
how people speak; the rules that use them are in negation.py."""

from __future__ import annotations

import re

from ..utils.dates import MONTHS, WEEKDAYS
from .words import ARTICLES, HOUR_WORDS

VERB_NEGATORS = frozenset(
    [
        "seldom",
        "not",
        "never",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "haven't",
        "hasn't",
        "hadn't",
        "mustn't",
        "shan't",
        "needn't",
        "dont",
        "cant",
        "wont",
        "didnt",
        "doesnt",
        "isnt",
        "wasnt",
        "neither",
        "nor",
        # Scots and Geordie: "I cannae see the telly", "Divvent put the wireless on"
        "cannae",
        "dinnae",
        "didnae",
        "doesnae",
        "wouldnae",
        "couldnae",
        "willnae",
        "winnae",
        "isnae",
        "wasnae",
        "divvent",
        "divvint",
        # Black Country, Norfolk, Caribbean and London nots: "I cor walk far", "I in't gorn",
        # "Mi cyaan manage the bath", "Mi nah drink alcohol", "Him nuh like fi wear it"
        "cor",
        "in't",  # but Yorkshire "in't oven" is "in the oven": see negation.in_the
        "ain't",
        "aint",
        "cyaan",
        "caan",
        "nah",
        "nuh",
        "neva",
        # round 234: the Scots "-na" forms beside the "-nae" ones ("Dinna park the car there",
        # "I canna hear the door") and Trinidad "doh" ("Doh put sugar in my tea")
        "dinna",
        "didna",
        "doesna",
        "canna",
        "couldna",
        "wouldna",
        "shouldna",
        "shouldnae",
        "willna",
        "winna",
        "isna",
        "wasna",
        "doh",
        # the Doric and Glasgow forms ("I divnae want a bath", "She disna ken", "I wisnae
        # wantin' it", "I hinna been oot", "Dinny gie me porridge")
        "divnae",
        "divna",
        "disnae",
        "disna",
        "widnae",
        "widna",
        "wisnae",
        "wisna",
        "hinna",
        "hivnae",
        "cudnae",
        "cudna",
        "wullnae",
        "dinny",
        "arenae",
        "amnae",
        # round 307: West Country, Forest of Dean, Midlands and Lancashire nots ("Thee cassn't
        # rush me", "I byunt going", "Dunna give me porridge", "I connot abide it") and Irish
        # "amn't"
        "cassn't",
        "casn't",
        "cansn't",
        "dussn't",
        "wunt",
        "dwun't",
        "dwunt",
        "byunt",
        "bissn't",
        "dunna",
        "dunnot",
        "wunna",
        "shanna",
        "munna",
        "mustna",
        "mustnae",
        "connot",
        "conna",
        "amn't",
        "hasnae",
        "hasna",
        "havenae",
    ]
)
# "The sentence says no, not or never": a sense that must not be shown where the sentence rules
# something out ("ajar !~NOT": no open door in "don't leave the door ajar"), as NOT in
# vocabulary.yml's ~ and !~ lists.
SAYS_NOT = VERB_NEGATORS | frozenset(["no", "nobody", "no-one", "noone"])


# phrases that rule out the thing named after them
# "check the label for egg and lard": what must not be in it (round 50); not "the label for my
# tablets is too small"
LABEL_CHECKS = tuple(
    (verb, *which, what, "for")
    for verb in ("check", "read")
    for which in ((), ("the",), ("every",), ("each",))
    for what in ("label", "labels", "ingredients")
) + (("check", "the", "labels", "or", "ingredients", "for"),)

# Refusing or declining a thing (THING_NEGATORS) in so many words.
REFUSING = ("refuse", "refuses", "refused", "decline", "declines", "declined")
# A refusal that may happen is no refusal yet: after a condition ("If she refuses a drink, offer
# squash", "When I decline the shower, come back later") or a "may" ("He may refuse the
# shower", "Sometimes I refuse the commode", "If she refuses to have a shower"), the thing is
# still offered, so nothing is ruled out (round 79).
MAYBE_REFUSED = frozenset(
    ["if", "when", "whenever", "unless", "may", "might", "could", "sometimes", "occasionally"]
)


# Spoken spellings of a negating word, read as the word itself: "Nowt fried for me", "Nothin'
# spicy", "Naebody touches my handbag" rule out as "Nothing fried", "Nobody touches" do.
SPOKEN_NEGATORS = {
    "nowt": "nothing",
    "nothin": "nothing",
    "nuffink": "nothing",
    "nuttin": "nothing",
    "naebody": "nobody",
    "naething": "nothing",
}


THING_NEGATORS = (
    ("rather", "than"),
    ("instead", "of"),
    ("allergic", "to"),
    ("intolerant", "to"),
    ("intolerant", "of"),
    ("allergy", "to"),
    ("free", "from"),
    # going without a food for a fast or a vow: "In Lent I fast from meat and cheese" (round 322)
    ("fast", "from"),
    ("fasts", "from"),
    ("fasted", "from"),
    ("fasting", "from"),
    ("abstain", "from"),
    ("abstains", "from"),
    ("abstaining", "from"),
    ("refrain", "from"),
    ("been", "clean", "from"),  # "I've been clean from drink for ten years": given up (not "clean
    # from top to bottom"; stop 45's review)
    ("no",),
    ("nae",),  # Scots and Geordie "no": "Nae milk in my tea", "Nee sugar in me tea"
    ("nee",),
    ("without",),
    ("avoid",),
    ("avoids",),
    ("avoiding",),
    ("gave", "up"),  # "I gave up smoking", "the doctor stopped my warfarin": no longer
    ("give", "up"),
    ("given", "up"),
    ("giving", "up"),
    ("gave", "up", "on"),  # "I've given up on the crossword": given up (round 74)
    ("give", "up", "on"),
    ("given", "up", "on"),
    ("giving", "up", "on"),
    ("i", "went", "off"),  # "I went off fish years ago", as "I've gone off tea" (not "the
    # alarm went off")
    ("stopped",),
    ("stop",),  # "please stop bringing me biscuits" (not "the bus stop": see STOPPERS)
    ("quit",),
    *LABEL_CHECKS,
    ("i", "packed", "in"),  # "I packed in the pipe": gave it up (round 50; a habit only:
    # negation.HABITS, not "I packed in my bag")
    ("i've", "packed", "in"),
    ("i", "packed", "up"),  # "I packed up the fags in 2010": the same (round 53; a habit only)
    ("i've", "packed", "up"),
    ("gone", "off"),  # "I've gone off tea": not wanted now (not "the milk has gone off")
    ("gone", "right", "off"),
    ("been", "off", "the"),  # "I've been off the drink for years": given up (a habit only:
    # negation.HABITS, not "the lights have been off the whole night")
    ("i'm", "off"),  # "I'm off sweets", "I'm off my food" (not "I'm off to bed": see GIVING_UP)
    ("i'm", "right", "off"),
    ("am", "off"),
    ("taken", "me", "off"),  # "the doctor's taken me off the sleeping tablets"
    ("took", "me", "off"),
    ("take", "me", "off"),
    ("stay", "off"),  # "I stay off the stairs"
    ("stays", "off"),
    ("keep", "off"),
    ("keeps", "off"),  # "help keeping off the chocolate": not to have it
    ("keeping", "off"),
    ("kept", "off"),
    ("staying", "off"),
    ("steer", "clear", "of"),
    ("keep", "clear", "of"),  # "so I keep clear of it"
    ("keeps", "clear", "of"),
    ("kept", "clear", "of"),
    ("cut", "out"),
    ("draw", "the", "line", "at"),  # "I draw the line at sudoku": not for me (round 117)
    ("draws", "the", "line", "at"),
    ("drew", "the", "line", "at"),
    ("fed", "up", "with"),  # "I'm fed up with porridge every day": not wanted (round 117)
    ("fed", "up", "of"),
    ("leave", "out"),  # "Please leave out the onions"
    ("hate",),  # "I hate custard": not wanted ("hate to", "hate it when": see NOT_A_THING)
    ("hates",),
    ("hated",),
    ("dislike",),
    ("dislikes",),
    ("disliked",),
    ("loathe",),
    ("loathes",),
    ("detest",),
    ("detests",),
    ("nothing", "with"),  # "nothing with nuts in it"
    ("nothing", "made", "with"),  # "nothing made with flour", "nothing cooked in lard"
    ("nothing", "cooked", "in"),
    ("nothing", "cooked", "with"),
    ("nothing", "fried", "in"),
    # where a refused thing comes from or how it is taken: "nothing from a tin", "nothing by
    # mouth" and the ward's "nil by mouth" (round 192)
    ("nothing", "from", "a"),
    ("nothing", "by"),
    ("nil", "by"),
    ("leave", "me", "out", "of"),  # "leave me out of the bingo": not wanted
    ("skip",),  # "I skip breakfast on Fridays" (not "the skip": see negation.negated)
    ("skips",),
    ("skipped",),
    ("no", "interest", "in"),  # "I've no interest in bingo"
    ("no", "use", "for"),
    ("anything", "but"),  # "brass bands, anything but opera"
    ("everything", "but"),  # "Everything but mushrooms"
    ("no", "need", "for"),
    ("none", "of"),  # "none of your fizzy drinks"
    ("no", "thank", "you", "to"),
    ("no", "thanks", "to"),
    # refusing a thing named with "the", "a" or "any": "Refuses the commode", "I declined the
    # flu jab" (round 74); not "If I refuse my tablets, try again later": still to be taken
    # (nor "If she refuses a drink", "He may refuse the shower": see MAYBE_REFUSED)
    *((verb, which) for verb in REFUSING for which in ("the", "a", "an", "any")),
)


# How a person is without a thing they need: "I'm very deaf without my aids", "I'm useless
# without my stick", "blind without my glasses": the thing after "without" is needed, as "I'd be
# lost without my cat" (negation._without_after_a_not; round 192)
HELPLESS_WITHOUT = frozenset(
    ["deaf", "blind", "useless", "helpless", "hopeless", "stuck", "lost", "stranded"]
)


# Not liking a thing in one word: "I hate custard"; "I hate being without my hearing aid" (a
# second negation: the hearing aid is wanted, negation._without_after_a_not)
HATES = frozenset(
    ["hate", "hates", "hated", "dislike", "dislikes", "disliked", "loathe", "loathes"]
    + ["detest", "detests"]
)

DOINGS = HATES | frozenset(["stop", "stopped", "skip", "skips", "skipped"])

# How the person is treated while a thing is done: what a hated one of these is done with or in
# is the task or the place, not the disliked thing ("I hate being rushed with my breakfast",
# "I hate being helped in the shower": the breakfast and the shower are wanted).
TREATED = frozenset(
    ["helped", "helping", "rushed", "rushing", "hurried", "hurrying", "assisted", "hassled"]
    + ["chivvied", "nagged", "pestered", "bothered", "fussed", "watched", "supervised"]
)


REFUSALS = (
    ("unable", "to"),  # "I am unable to use my left hand": as "I can't"
    ("not", "able", "to"),
    ("no", "longer", "able", "to"),
    ("not", "safe", "for", "me", "to"),
    ("hardly", "ever"),  # "I hardly ever go out": near enough never
    ("refuse", "to"),
    ("refuses", "to"),
    ("refused", "to"),
    ("prefer", "not", "to"),
    ("i'd", "prefer", "not", "to"),
    ("rather", "not"),
    ("nothing", "to"),  # "nothing to drink after eight"
)


KEEP = frozenset(["keep", "keeps", "kept"])


INTO = frozenset(["into", "to", "in", "out", "away"])  # "move into a care home": going there


GIVING_UP = frozenset(["stopped", "stop", "up", "out", "quit", "off"])  # the last word: "gave up"


NOT_A_THING = frozenset(["to", "it", "it's", "when", "being", "for"])


# Not liking, as people say it: "I'm not keen on fish", "not a fan of bingo".
DISLIKES = (
    ("not", "keen", "on"),
    ("no", "keen", "on"),  # Scots: "I'm no keen on fish"
    ("no", "fond", "of"),
    ("not", "very", "keen", "on"),
    ("not", "really", "keen", "on"),
    ("not", "too", "keen", "on"),
    ("not", "so", "keen", "on"),
    ("not", "really", "fond", "of"),
    ("not", "that", "fond", "of"),
    ("not", "that", "keen", "on"),
    ("not", "fond", "of"),
    ("not", "very", "fond", "of"),
    ("not", "a", "fan", "of"),
    ("not", "a", "big", "fan", "of"),
    ("not", "big", "on"),
    ("can't", "abide"),
    ("cannot", "abide"),
    ("can't", "bear"),
    ("cannot", "bear"),
    ("can't", "be", "doing", "with"),  # "I can't be doing with loud music"
    ("cannot", "be", "doing", "with"),
    ("not", "up", "to"),  # "I'm not up to visitors in the mornings"
    ("not", "interested", "in"),  # "I'm not interested in church"
    ("no", "time", "for"),  # "I've no time for the telly"
    ("not", "fit", "for"),  # "I'm not fit for the allotment now"
    ("no", "patience", "for"),
    ("haven't", "the", "patience", "for"),
    ("not", "one", "for"),  # "I'm not one for doctors"
    ("never", "one", "for"),
    ("not", "a", "man", "for"),  # "I am not a man for crying": the crying, not the man
    ("not", "a", "woman", "for"),
    ("not", "a", "lass", "for"),
    ("not", "a", "lad", "for"),
    ("not", "a", "person", "for"),
    ("not", "a", "great", "one", "for"),
    ("not", "a", "big", "one", "for"),
    ("never", "a", "great", "one", "for"),  # "I was never a big one for parties"
    ("never", "a", "big", "one", "for"),
    ("never", "a", "man", "for"),
    ("never", "a", "woman", "for"),
    ("never", "been", "one", "for"),
    ("can't", "be", "bothered", "with"),  # "I cannot be bothered with the telly"
    ("cannot", "be", "bothered", "with"),
    ("couldn't", "be", "bothered", "with"),
    ("not", "bothered", "about"),  # "I'm not bothered about television": not wanted
    ("not", "bothered", "with"),
    ("not", "that", "bothered", "about"),
    ("not", "really", "bothered", "about"),
    ("lost", "interest", "in"),  # "I've lost interest in the garden"
    ("lost", "all", "interest", "in"),
    ("keep", "away", "from"),  # "I keep away from the towpath when it's icy"
    ("keeps", "away", "from"),
    ("stay", "away", "from"),
    ("stays", "away", "from"),
    ("keep", "clear", "of"),
    ("keep", "me", "away", "from"),  # "keep me away from them induction hobs" (round 229; not
    ("keep", "me", "well", "away", "from"),  # "keep him away from the stairs", said of a pet)
    ("keep", "me", "clear", "of"),
    ("me", "done", "with"),  # "that's me done with the pub", Scots "done wi' the pub"
    ("me", "done", "wi"),  # (round 91)
    ("i'm", "done", "with"),  # "I'm done with the hospital transport" (not "when I'm done
    ("i'm", "finished", "with"),  # with my dinner": see negation.done_with)
    ("i've", "done", "with"),
    ("i've", "finished", "with"),
    ("i'm", "through", "with"),
    ("had", "enough", "of"),  # "I've had enough of hospitals"
    ("had", "my", "fill", "of"),
    ("sick", "of"),  # "I'm sick of porridge"
    ("sick", "and", "tired", "of"),
    ("stay", "clear", "of"),
    ("count", "me", "out", "of"),
    ("i'll", "pass", "on"),  # "I'll pass on the pudding" (not "pass on my thanks")
    ("i'd", "pass", "on"),
)
# The same dislikes with the Scots, Geordie and Caribbean "can't" and "couldn't": "I cannae be
# doing with porridge", "I canna abide the telly", "I couldnae be bothered with bingo" (blind
# review r5). One list of the spoken forms, so each dislike above is said once.
SPOKEN_CANT = {
    "can't": ("cannae", "canna", "cant", "cyaan", "caan"),
    "couldn't": ("couldnae", "couldna", "couldnt"),
}
DISLIKES += tuple(
    (form, *phrase[1:]) for phrase in DISLIKES for form in SPOKEN_CANT.get(phrase[0], ())
)
# The same "not one for" said of a life so far: "I've not been a great one for the kirk",
# "I've never been a big one for parties" (round 413; "never been one for" was listed alone).
DISLIKES += tuple(
    (phrase[0], "been", *phrase[1:])
    for phrase in DISLIKES
    if phrase[0] in ("not", "never")
    and phrase[1] in ("one", "a")
    and phrase[-1] == "for"
    and (phrase[0], "been", *phrase[1:]) not in DISLIKES
)


# What upsets the person: "Milk doesn't agree with me", "Cheese disagrees with me", and
# "Grapefruit doesn't agree with my tablets", "Onions disagree with my stomach" (the thing, not
# what it upsets: stop 40's blind review).
DISAGREES = tuple(
    (*said, who)
    for said in (
        ("doesn't", "agree", "with"),
        ("don't", "agree", "with"),
        ("does", "not", "agree", "with"),
        ("do", "not", "agree", "with"),
        ("disagrees", "with"),
        ("disagree", "with"),
        ("disagreed", "with"),
    )
    for who in ("me", "my")
)

# A thing said to be not for the person, after it: "Tea is not for me", "Bingo isn't my thing".
NOT_FOR_ME = (
    ("not", "for", "me"),
    ("isn't", "for", "me"),
    ("aren't", "for", "me"),
    ("wasn't", "for", "me"),
    ("not", "my", "thing"),
    ("isn't", "my", "thing"),
    ("are", "off", "the", "menu"),  # "Sweets are off the menu" (not "my meals off the menu")
    ("is", "off", "the", "menu"),
    ("a", "no-no"),  # "Dairy is a no-no"
    ("a", "no-go"),  # "Grapefruit is a no-go" (round 74)
    ("bad", "for", "me"),  # "Salt is bad for me"
    ("dangerous", "for", "me"),  # "Shellfish is dangerous for me" (round 174)
    ("brings", "me", "out", "in"),  # "Eggs bring me out in a rash": the eggs, not the rash
    ("bring", "me", "out", "in"),
    ("brought", "me", "out", "in"),
    ("not", "safe", "for", "me"),  # "Thin drinks are not safe for me" (not "...for me to walk")
    ("isn't", "safe", "for", "me"),
    ("aren't", "safe", "for", "me"),
    ("not", "good", "for", "me"),
    ("isn't", "good", "for", "me"),
    ("never", "agreed", "with", "me"),  # "Stout never agreed with me"
    ("never", "agrees", "with", "me"),
    ("doesn't", "suit", "me"),
    ("don't", "suit", "me"),
    ("never", "my", "drink"),  # "Vodka was never my drink", "Golf was never my thing"
    ("never", "my", "thing"),
    ("not", "my", "drink"),
    ("never", "for", "me"),
    ("not", "my", "cup", "of", "tea"),
    ("never", "my", "cup", "of", "tea"),
    ("isn't", "my", "cup", "of", "tea"),  # "Bingo isn't my cup of tea" (round 174)
    ("aren't", "my", "cup", "of", "tea"),
    ("not", "really", "my", "thing"),  # "Darts isn't really my thing"
    ("isn't", "really", "my", "thing"),
    ("not", "really", "my", "cup", "of", "tea"),
    ("isn't", "really", "my", "cup", "of", "tea"),
    ("a", "no", "for", "me"),  # "Salt is a no for me"
    *DISAGREES,
)


# "no more than two sugars" sets a limit; it rules nothing out
NOT_NEGATION = (
    ("no", "more", "than"),
    ("no", "less", "than"),
    ("not", "more", "than"),
    ("not", "before"),
    ("not", "after"),
    ("no", "later", "than"),
    ("no", "earlier", "than"),
    ("not", "only"),
    ("not", "just"),
    ("no", "matter"),
    ("no", "problem"),
    ("not", "sure"),
    ("no", "one"),
    ("no-one",),
    ("don't", "mind"),  # "I don't mind a shower": fine
    ("do", "not", "mind"),
    ("divvent", "mind"),  # Geordie and Scots: "I divvent mind the carers being late"
    ("dinnae", "mind"),
    ("wouldn't", "mind"),
    ("never", "mind"),
    ("can't", "wait"),  # "I can't wait for Christmas": wanted
    ("without", "fail"),  # "Sunday dinner without fail"
    ("long", "without"),  # "if I go too long without food": the food is needed
    ("no", "place", "like"),  # "There's no place like home": home is loved
    ("not", "everyone"),  # "Not everyone likes fish, but I do"
    ("not", "everybody"),
    ("not", "much"),  # "not much of an appetite": a little, not none
    ("not", "many"),
    ("not", "too", "much"),  # "not too much pepper": less of it, not none
    ("not", "too", "many"),
    ("not", "so", "much"),
    ("not", "often"),
    ("cannot", "wait"),
    ("can't", "beat"),  # "you can't beat a fry-up"
    ("cannot", "beat"),
    ("cannae", "beat"),  # round 234: "ye canna beat a fish supper"
    ("canna", "beat"),
    ("not", "bad"),
    ("not", "since"),  # "not since my fall": a time, not a thing ruled out
    ("don't", "half"),  # "I don't half love a sing-song": I love it
    ("didn't", "half"),
    ("doesn't", "half"),
    ("not", "feeling", "myself"),  # "I'm not feeling myself": unwell, nothing ruled out
    ("not", "myself"),
    ("not", "feeling", "my", "best"),
    ("not", "feeling", "too", "good"),
    ("not", "feeling", "so", "good"),
    ("not", "feeling", "great"),
    ("not", "feeling", "well"),
    ("not", "feeling", "too", "well"),
    ("not", "feeling", "very", "well"),
    ("not", "with", "it"),  # "I'm not with it in the mornings": muddled
    ("never", "used", "to"),  # "I never used to like the bus, but now...": then, not now
    ("didn't", "use", "to"),
    ("don't", "hesitate"),  # "Don't hesitate to ring my son": do ring him
    ("don't", "be", "shy"),  # "Don't be shy about asking for help": do ask
    ("do", "not", "be", "shy"),
    ("do", "not", "hesitate"),
    ("never", "hesitate"),
    ("no", "wonder"),  # "No wonder the plants are dead": a reason, nothing ruled out
    ("no", "doubt"),  # "No doubt my sister will bring her pickle": surely, nothing ruled out
    ("never", "tire", "of"),  # "I never tire of the sea": always wanted
    ("never", "tires", "of"),
    ("never", "get", "tired", "of"),
    ("never", "gets", "tired", "of"),
    ("can't", "go", "wrong"),  # "You can't go wrong with fish and chips": praise
    ("cannot", "go", "wrong"),
    ("couldn't", "ask", "for"),  # "I couldn't ask for better carers": praise
    ("could", "not", "ask", "for"),
    ("can't", "ask", "for"),
    ("no", "worries"),  # "No worries if the carer is late"
    ("no", "bother"),  # "It's no bother to make me a cup of tea"
    ("without", "a", "doubt"),
    ("small", "wonder"),
    ("not", "a", "better"),  # "There's not a better cup of tea": praise
    ("no", "better"),
    ("can't", "catch", "my", "breath"),  # breathless: the breath is no thing refused
    ("cannot", "catch", "my", "breath"),
    ("couldn't", "catch", "my", "breath"),
    ("can't", "get", "my", "breath"),
    ("cannot", "get", "my", "breath"),
    ("couldn't", "get", "my", "breath"),
    ("can't", "catch", "me", "breath"),  # the spoken "me" for "my"
    ("can't", "get", "me", "breath"),
    ("cannot", "get", "me", "breath"),
    ("couldn't", "get", "me", "breath"),
    ("couldn't", "catch", "me", "breath"),
    ("not", "allowed", "more", "than"),  # "not allowed more than a litre": a limit
    ("not", "allowed", "less", "than"),
    ("not", "good", "with"),  # "I'm not good with money": hard for me, not refused
    ("not", "very", "good", "with"),
    ("not", "so", "good", "with"),
    ("not", "great", "with"),
    ("don't", "get", "me", "started"),  # "Don't get me started on the price of fags": a grumble
    ("do", "not", "get", "me", "started"),
    ("don't", "talk", "to", "me", "about"),  # "Don't talk to me about the council": a grumble
    ("never", "off", "the"),  # "I'm never off the toilet": always on it
    ("never", "off", "that"),
    ("not", "fussy"),  # "I'm not fussy, a bit of cheddar will do": anything will do
    ("couldn't", "be", "happier"),  # "I couldn't be happier with my slippers": praise
    ("could", "not", "be", "happier"),
    ("couldn't", "be", "better"),
    ("could", "not", "be", "better"),
    ("couldn't", "be", "kinder"),
    ("no", "trouble"),  # "I have no trouble hearing": it is fine, nothing ruled out
    ("no", "problems"),
    ("no", "difficulty"),
    ("not", "once"),  # "not once has he forgotten": always
    # "I never thought I'd need a carer": a surprise, the carer is had ("I never thought much
    # of coffee" still refuses the coffee)
    *(
        (never, thought, who)
        for never, thought in (
            ("never", "thought"),
            ("never", "dreamed"),
            ("never", "dreamt"),
            ("never", "imagined"),
            ("never", "expected"),
            ("didn't", "think"),
            ("didn't", "expect"),
        )
        for who in ("i", "i'd", "i'll", "i'm", "id", "it", "it'd", "to", "that", "we", "we'd")
    ),
    ("not", "fussed"),
)
# A thing said to be not of the person's faith or ways gives the reason for a refusal said
# before it; the faith is the person's own ("I don't have birthdays, it's not in my faith", "We
# don't drink, it isn't part of our culture"; round 413).
OWN_WAYS = ("faith", "religion", "culture", "tradition", "traditions", "custom", "customs")
OWN_WAYS += ("beliefs", "upbringing", "background")
NOT_NEGATION += tuple(
    (negator, *link, whose, way)
    for negator in ("not", "isn't", "wasn't", "aren't")
    for link in (("in",), ("part", "of"), ("of",))
    for whose in ("my", "our", "his", "her", "their")
    for way in OWN_WAYS
)


# A habit of then, not now ("I never used to like the bus, but now..."): in NOT_NEGATION, unless
# a later clause says it is still so (negation.still_not).
USED_TO = (("never", "used", "to"), ("didn't", "use", "to"))


# Feelings about a thing: "not" rules out the feeling, not the thing it is about ("I'm not
# scared of dying": dying is not ruled out, the fear is).
FEELINGS_ABOUT = frozenset(
    [
        "scared",
        "afraid",
        "frightened",
        "worried",
        "anxious",
        "nervous",
        "bothered",
        "fussed",
        "embarrassed",
        "ashamed",
        "upset",
        "angry",
        "cross",
        "sad",
        # knowing a thing: "I do not recognise the dining room" rules out the knowing, not the room
        "recognise",
        "recognize",
        "remember",
        "find",
    ]
)

# A not with a measure after its verb limits the doing and rules nothing out: "I do not drink
# more than a litre a day".
LIMITS = (("more", "than"), ("less", "than"), ("too", "much"), ("too", "many"))
# A not before "straight from" rules out where the thing comes from, not the thing: "I never
# drink water straight from the tap" (the tap; the water is drunk, boiled).
STRAIGHT = frozenset(["straight", "directly", "direct"])


# Words that open a clause put before the main one: a comma after it ends a "not" inside
# ("When I cannot get to church, the priest brings me Communion": the priest is wanted).
SUBORDINATORS = frozenset(["when", "whenever", "if", "unless", "once", "since", "because", "while"])
WHEN = SUBORDINATORS | frozenset(["after", "until", "till", "before"])  # "when I'm done with it"


# "Not a day goes by without my tea", "Not a Sunday goes by that I don't ring her": every day
# (any word of time after "not a"); the rest of the sentence is wanted.
EVERY_DAY = (("goes", "by"), ("went", "by"), ("passes",), ("passed",))


# Words after which a negated verb's reach ends: a new clause, or a time or place.
CLAUSE_ENDS = frozenset(
    [
        "but",
        "so",
        "because",
        "cos",
        "as",
        "when",
        "whenever",
        "if",
        "unless",
        "until",
        "till",
        "while",
        "though",
        "although",
        "since",
        "then",
        "except",
        "apart",
        "once",
        "whereas",
        "otherwise",
        "instead",
    ]
)


TIME_OR_PLACE = frozenset(
    [
        "from",
        "in",
        "at",
        "on",
        "after",
        "before",
        "during",
        "by",
        "until",
        "till",
        "since",
        "near",
        "around",
        "every",
        "each",
        "this",
        "tonight",
        "today",
        "tomorrow",
    ]
)


# Of those, the ones that only say when, never where one goes: "I can't get down to the shop
# since the fall": the fall is no place.
ONLY_TIME = frozenset(["since", "until", "till", "during"])


# "Neither my son nor my daughter can come": being able or willing, so they are ruled out;
# after "have", "has", "is"... ("Neither the pills nor the cream have helped") they are not.
ABLE = frozenset(["can", "could", "will", "would", "may", "might"])
# ... and so are they where the doing says they would be good for the person: "Neither tea
# nor coffee agrees with me", "Neither the pub nor the club is for me".
GOOD_FOR_ME = (
    ("agrees", "with", "me"),
    ("agree", "with", "me"),
    ("suits", "me"),
    ("suit", "me"),
    ("is", "allowed"),
    ("are", "allowed"),
    ("is", "to"),
    ("are", "to"),
    ("is", "for", "me"),
    ("are", "for", "me"),
    ("is", "good", "for", "me"),
    ("are", "good", "for", "me"),
    ("is", "welcome"),
    ("are", "welcome"),
    ("does", "me", "any", "good"),
    ("do", "me", "any", "good"),
    ("is", "any", "good"),
    ("are", "any", "good"),
    ("is", "my", "treat"),  # round 70: "No cake before dinner. Cake after dinner is my treat"
    ("are", "my", "treat"),
    ("is", "a", "treat"),
    ("are", "a", "treat"),
)
HAVE_OR_BE = frozenset(["has", "have", "had", "is", "are", "was", "were", "does", "do", "did"])


# After a doing said of a thing, where it does it: "quad bikes roaring up the lane".
PARTICLES = frozenset(
    ["up", "down", "in", "on", "at", "around", "round", "about", "outside", "along", "past"]
    + ["through", "by", "near", "over", "across", "under", "into", "all"]
)


# A clause's own doing after a comma ends a not's reach ("no coffee, the nurse would have my
# hide"; "..., the district nurse comes Fridays"): helping verbs, and doings that are also things.
MODALS = frozenset(["would", "will", "can", "could", "should", "must", "might", "may", "shall"])
FINITE = frozenset(
    ["comes", "goes", "does", "makes", "takes", "gives", "keeps", "brings", "looks", "needs"]
    + ["wants", "likes", "loves", "knows", "lives", "sits", "stays", "helps", "says", "said"]
)


# Words that report what someone says, after which a clause of its own begins: "the nurse says
# bacon is full of salt".
REPORTING = frozenset(["says", "say", "said", "thinks", "reckons"])

# Telling a thing to someone (as lemmas): in "I'd not admit it to my brother", "Don't mention
# that to my son", who is told is not ruled out, only the telling (round 192)
TELLING = frozenset(
    ["say", "mention", "admit", "explain", "repeat", "confess", "complain", "whisper"]
    + ["read", "show", "describe", "report"]
)

BUT_ONLY = frozenset(["only", "just", "except", "always"])
# Words that ask for a thing named again after it was refused, in a setting of its own: "No
# shower today. Shower tomorrow instead", "No biscuits now. Biscuits at four please".
WANTED_INSTEAD = frozenset(["instead", "please"])


POSSESSIVES = ARTICLES - {"a", "an", "the"}
OBJECT_PRONOUNS = frozenset(["me", "him", "her", "us", "them"])
PEOPLE_OBJECTS = OBJECT_PRONOUNS - {"them"}  # "leave me letters", "not even me with my pipe"


# a doer that starts the main clause after a clause put first without its comma ("When I can't
# sleep I put the wireless on"), and the words after which a doer stays inside the clause
MAIN_DOERS = frozenset(["i", "we", "he", "she", "they", "i'll", "i'd", "i'm", "i've", "ah"])
CLAUSE_TAKERS = WHEN | frozenset(
    ["what", "that", "which", "who", "whom", "how", "where", "than", "as", "and", "or"]
    + ["think", "thought", "know", "knew", "feel", "felt", "say", "said", "reckon"]
    + ["suppose", "believe", "mean", "wish", "hope", "sure", "like"]
)
SUBJECTS = frozenset(
    ["i", "you", "we", "they", "he", "she", "it", "please", "there"]
    # a new clause after a comma: "I'm no wantin' a shower, ah prefer a bath" (Scots "ah": I),
    # "not arsed about telly, I'd rather have the radio on"
    + ["ah", "i'd", "i'm", "i'll", "i've", "we'd", "we'll", "he'd", "she'd", "they'd"]
    # "Don't put us by the window, we're worried about the draught" (stop 37's review)
    + ["we're", "they're", "you're", "we've", "they've", "you've", "they'll", "he'll", "she'll"]
)

# A heading that rules out the list after its colon: "Dislikes: loud music, the dark".
LIST_HEADS = (
    ("dislikes",),
    ("dislike",),
    ("does", "not", "like"),
    ("doesn't", "like"),
    ("do", "not", "like"),
    ("don't", "like"),
    ("not", "keen", "on"),
    ("avoid",),
    ("allergies",),
    ("allergic", "to"),
    ("not", "allowed"),
    ("never",),
)

# A terse note that a thing is not used: "Dentures: not worn", "Nebuliser – not used since March".
NOT_IN_USE = frozenset(
    ["worn", "used", "needed", "wanted", "required", "tolerated", "suitable", "advised"]
    + ["recommended", "allowed", "prescribed", "taken"]
)


# Verbs whose negation means "do it": "don't forget my tablets", "I never miss the news".
TURNS_BACK = frozenset(
    [
        "stop",
        "stops",
        "stopped",
        "stopping",
        "quit",
        "forget",
        "forgets",
        "forgot",
        "forgotten",
        "forgetting",
        "miss",
        "misses",
        "missed",
        "missing",
        "skip",
        "skips",
        "skipped",
        "lose",
        "loses",
        "lost",
        "losing",  # "I don't like losing my glasses": the glasses are wanted (round 47)
        "run",
        "ran",
        "resist",  # "I can't resist chocolate": a treat, wanted
        "fault",  # "I can't fault the carers"
        "avoid",  # "Don't avoid talking about her": talk about her
        "avoids",
        "avoiding",
        "hesitate",  # "Don't hesitate to ring my daughter"
        "late",  # "I've never once been late for prayer": always there
        "refuse",  # "I'd never refuse a biscuit": always accepted (round 47)
        "complain",  # "I can't complain about the food": praise (round 47)
    ]
)


# Seeing or visiting someone, wished or refused: "I don't want to see a counsellor" rules out
# the counsellor, as "I don't want a counsellor" does (_refused_visit).
VISITING = frozenset(["see", "seeing", "visit", "visiting", "meet", "meeting"])
WISHES = frozenset(
    ["want", "wants", "wanted", "wanting", "need", "needs", "wish", "going", "won't", "refuse"]
)


# How one goes somewhere: "I won't go to the day centre in the minibus" refuses the minibus,
# not the day centre (round 60).
VEHICLES = frozenset(
    ["minibus", "bus", "car", "taxi", "cab", "coach", "train", "tram", "ambulance", "wheelchair"]
    + ["scooter", "foot", "bike", "bicycle", "tube", "underground", "boat", "ferry", "plane"]
)
# Refusing, said with a not, asks for the thing: "I never turn down a fry-up" (round 60).
TURNED_DOWN = (["turn", "down"], ["turns", "down"], ["turned", "down"])
# Being prompted to do a thing: "I don't need reminding to take my tablets" rules out only the
# prompting; the thing is done (round 60).
PROMPTS = frozenset(["reminding", "reminded", "telling", "told", "prompting", "prompted"])


# Verbs whose negation rules out the doing, not the thing: "don't move my armchair" wants the
# armchair where it is; "I can't find my keys" wants the keys; "I can't hear the TV" the TV.
KEEPS_THING = frozenset(
    [
        "handling",  # "I don't want anyone else handling my pension": the pension is kept
        "fill",  # "don't fill my cup to the top": the filling, not the cup
        "fills",
        "move",
        "moves",
        "moved",
        "moving",
        "touch",
        "touches",
        "touched",
        "touching",
        "find",
        "finds",
        "found",
        "finding",
        "hear",
        "hears",
        "heard",
        "hearing",
        "see",
        "sees",
        "saw",
        "seen",
        "seeing",
        "reach",
        "reached",
        "throw",
        "threw",
        "thrown",
        "bin",
        "binned",
        "tidy",
        "tidied",
        "change",
        "changed",
        "park",
        "parked",
        "leave",
        "left",
        "let",
        "lets",
        "rush",
        "rushed",
        "hurry",
        "hurried",
        "worry",
        "worried",
        "wake",
        "woke",
        "block",
        "blocked",
        "lock",
        "locked",
        "open",
        "opened",
        "close",
        "closed",
        "switch",
        "switched",
        "turn",
        "turned",
        "remind",
        "read",
        "reads",
        "understand",  # "I cannot understand the doctor on the phone": the doctor is wanted
        "understood",
        "remember",  # "I can't remember my PIN": the PIN is wanted
        "remembers",
        "recall",
        "feel",  # "I can't feel my feet"
        "know",  # "if I don't know the voice"
        "ken",  # round 234: Scots "I dinna ken the carers' names"
        "kill",  # "do not kill insects": they are to live
        "hurt",
        "tell",  # "don't tell me how to make gravy"
        "mix",  # "so I don't mix up my tablets"
        "grab",  # "don't grab my arm": the arm is theirs to keep
        "grabbed",
        "pull",
        "pulled",
        "push",
        "pushed",
        "rearrange",  # "don't rearrange my drawer"
        "rearranged",
        "muddle",
    ]
)

BEFORE_A_THING = ARTICLES | frozenset(["any", "some"])  # "any sugar", "the bath"


# Where a clause ends: a stop, a colon, a bracket, a dash. A list after a colon also ends at a
# bullet ("Dislikes: loud music • Likes: the radio"); a note's thing is before a colon or dash
# ("Dentures: not worn", "Hoist – not needed").
BREAK = re.compile(r"[.!?;:()\[\]\n—–]|\s-\s")
# A clause that refuses or narrows: its exception is wanted ("No visitors – except my
# daughter", "Only water after six, except a cup of tea at bedtime", "I avoid dairy apart from
# yoghurt").
SAYS_NO_BUT = frozenset(
    ["no", "nae", "nobody", "no-one", "nothing", "none", "without", "only", "just", "rarely"]
    + ["hardly", "avoid", "avoids", "hate", "hates", "dislike", "dislikes", "banned", "out"]
    # given up or gone off: "I'm off meat now, apart from a bit of chicken" wants the chicken
    + ["off", "stopped", "quit", "gave", "given"]
)
# Before "apart from" that means away from: "being apart from my grandchildren".
APART = frozenset(["be", "being", "been", "is", "are", "was", "were", "live", "lived", "far"])
SENTENCE_END = re.compile(r"[.!?\n]")
LIST_STOP = re.compile(r"[.!?;:()\[\]\n•·—–]|\s-\s")
NOTE_BREAK = re.compile(r"[:—–]|\s-\s")


# Going somewhere: the place after it is where the person will not go ("I won't come on the
# coach trip", "I don't go out in the boat"); after other doings it is only where.
MOTION = frozenset(
    [
        "go",
        "goes",
        "going",
        "went",
        "gone",
        "come",
        "comes",
        "coming",
        "came",
        "get",
        "gets",
        "getting",
        "got",
        "travel",
        "ride",
        "walk",
        "walks",
        "walking",
        # stepping on a thing: "don't step on my prayer mat in shoes": the mat, and the shoes
        "step",
        "stepping",
        "tread",
        "treading",
        # sitting or lying somewhere: "I must not sit in low chairs": the chairs (kneeling is
        # not going anywhere: "I cannot kneel on the floor" keeps the floor)
        "sit",
        "sits",
        "sitting",
        "sat",
        "lie",
        "lies",
        "lying",
        # staying or sleeping somewhere: "I do not want to stay in hospital", "I can't sleep in
        # the big bed": the hospital, the bed
        "stay",
        "stays",
        "staying",
        "sleep",
        "sleeps",
        "sleeping",
        # dying somewhere: "I don't want to die in hospital": the hospital (the dying itself
        # is kept, negation._where_one_dies)
        "die",
        "dies",
        "dying",
    ]
)
# Dying: where it happens is what a wish rules out, not the dying.
DYING = frozenset(["die", "dies", "dying"])


NOT_THINGS = frozenset(
    [
        "out",
        "up",
        "down",
        "in",
        "off",
        "over",
        "back",
        "away",
        "round",
        "about",
        "anywhere",
        "somewhere",
        "any",
        "more",
        "again",
        "now",
        "there",
        "here",
        "anyone",
        "anybody",
        "someone",
        "somebody",
    ]
)


TIME_WORDS = (
    frozenset(
        [
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
            "night",
            "nights",
            "weekend",
            "weekends",
            "day",
            "days",
            "week",
            "weeks",
            "fortnight",
            "month",
            "months",
            "year",
            "years",
            "christmas",
            "easter",
            "noon",
            "midnight",
            "dark",
            "dusk",
            "nightfall",
            "sunset",
            "sundown",
            "lunchtime",
            "teatime",
            "bedtime",
            "dinnertime",
            "sabbath",
            "shabbat",
            "shabbos",
            "ramadan",
            "lent",
            "advent",
            "passover",
            "diwali",
            "eid",
            "vaisakhi",
            "spring",
            "summer",
            "autumn",
            "winter",
        ]
    )
    | {day.lower() for day in WEEKDAYS}
    | {day.lower() + "s" for day in WEEKDAYS}
    | {month.lower() for month in MONTHS}
)


# Hours are times only after these ("after six", "at eight"; not "in one of those homes").
CLOCK = frozenset(["at", "after", "before", "until", "till", "by"])


HOURS = HOUR_WORDS | {"o'clock"}


STOPPERS = frozenset(["please", "i", "you", "to", "we", "must", "should", "will", "i'll", "and"])
# Before "stay off" said of the person, or told them: "I stay off the stairs", "I'd stay off
# bread" (not "as long as she stays off my chair": the dog is kept off, not the chair).
STAYERS = STOPPERS | {"i'd", "can", "must", "should", "always", "now", "just"}


LINKS = frozenset(["is", "are", "was", "were", "just", "really", "though"])

# "Custard? No thank you.": at the end of its clause it refuses what came before.
NO_THANKS = (("no", "thanks"), ("no", "thank", "you"))
# "Sugar – none.", "Honey – no.", "syrup, never": after a dash or comma, alone in its clause.
REFUSED_ALONE = (
    ("none",),
    ("no",),
    ("never",),
    ("not", "ever"),
    ("not", "for", "me"),
    ("none", "for", "me"),  # "Butter: none for me, it's the cholesterol"
    ("none", "of", "it"),  # "Custard, rice pudding, semolina – none of it"
    ("none", "of", "them"),  # "Bananas, oranges, tomatoes: none of them"
    ("none", "of", "those"),
    ("none", "of", "that"),
    ("still", "no"),  # "Alcohol-free lager? Still no."
    ("sadly", "not"),
    ("certainly", "not"),
    ("not", "a", "chance"),  # "Bingo? Not a chance."
    ("no", "chance"),
    ("not", "on", "your", "life"),
    ("no", "way"),
    ("never", "again"),  # "that curry from the takeaway, never again"
    ("not", "any", "more"),  # "green banana, not any more"
    ("not", "really"),  # "Rice, yes; potatoes, not really" (round 47)
    ("not", "anymore"),
    ("not", "allowed"),  # "Hot water bottle – not allowed, scald risk"
    ("not", "a", "grain", "of", "it"),  # "Salt – not a grain of it"
    ("not", "a", "drop", "of", "it"),
    ("not", "a", "grain"),  # "Salt? Not a grain.", "a drink... not a drop": not the least of it
    ("not", "a", "drop"),
    ("not", "a", "crumb"),
    ("not", "a", "bite"),
    ("not", "a", "sip"),
    ("not", "a", "morsel"),
    ("not", "in", "this", "house"),  # "but parsnips? Not in this house."
    ("not", "in", "my", "house"),
    ("not", "under", "my", "roof"),
    ("refused",),  # a note's answer: "Flu jab: refused", "Offered a bath, declined" (round 74)
    ("declined",),
    ("no", "longer"),  # "Milk: no longer"
    ("best", "not"),  # "Cake? Best not.", "Cake? Better not."
    ("better", "not"),
    ("off", "the", "menu"),  # "Grapefruit - off the menu", as "Sweets are off the menu"
    ("off", "the", "list"),
    ("off", "limits"),
)


# The one refusal "will be" may open, as "is" does: "a care home will be over my dead body".
DEAD_BODY = ("over", "my", "dead", "body")

# Said of a thing after it, with is/are: "Beer is out", "The Ulster fry is banned", "Samosas are
# off limits", "The stairs are beyond me", "Bananas are all off my list".
RULED_OUT_AFTER = (
    ("out",),  # only where the clause ends or a time follows: not "my daughter is out, so..."
    ("out", "of", "the", "question"),  # "the stairs are out of the question"
    ("banned",),
    ("forbidden",),
    ("off", "limits"),
    ("not", "allowed"),
    ("beyond", "me"),
    ("no", "use", "to", "me"),
    ("no", "good"),
    ("off", "my", "list"),
    ("off", "the", "list"),
    ("not", "welcome"),  # "my son-in-law is not welcome in my flat"
    ("no", "longer", "welcome"),
    ("unwelcome",),
    ("haram",),  # "Pork is haram for me", "Alcohol is against my religion"
    ("against", "my", "religion"),
    ("against", "my", "faith"),
    ("against", "my", "beliefs"),
    ("too", "steep"),  # "the stairs to the gallery are too steep": the stairs
    ("too", "hard", "for", "me"),
    ("too", "difficult"),
    ("too", "much", "for", "me"),
    ("a", "thing", "of", "the", "past"),  # "Chips are a thing of the past for me"
    ("out", "for", "me"),  # "Bathing is out for me"
    ("too", "risky"),  # "a wet shave is too risky with my hands"
    ("too", "dangerous"),
    ("not", "safe"),  # "standing for long is not safe" (a person: "I am not safe" is none)
    ("no", "longer", "safe"),  # "The gas fire is no longer safe" (round 47)
    ("unsafe",),  # "The stairs are unsafe for me now" (round 47)
    ("not", "acceptable"),  # "A male carer is not acceptable to me"
    DEAD_BODY,  # "a care home will be over my dead body"
    ("unacceptable",),
)

# Being put somewhere is going there: "Please don't put me in the bath": the bath (but "don't
# put it in the dosette box": the it is not going anywhere).
PUT = frozenset(["put", "puts", "putting"])
# Of those, the wishes refuse only a doing done to the thing ("I don't want the bird feeders
# moved", round 55), not a state ("I do not like the telly loud") nor a doing done to the body
# ("I do not want my hair washed"): there the thing is what is not wanted.
STATE_WISHES = frozenset(["want", "wants", "like", "likes"])
# Two things had only apart, a faith or diet rule: "milk and meat kept apart", "meat and dairy
# separate"; never "apart from", which says except or away from.
APART_ENDS = frozenset(["apart", "separate", "separately"])
JOINS = frozenset(["and", "with", "&"])
# the words between the joined things and "apart": "meat and dairy (are) kept apart"
KEPT_AS = frozenset(["kept", "keep", "are", "is", "be", "stored", "served", "cooked", "stay"])
# At ease with who does one's care, said soft: "I wouldn't feel right with a man washing me".
UNEASY_WITH = frozenset(["right", "comfortable", "comfy", "happy", "easy", "safe"])
# Cutting or mashing the person's own food: "Don't cut my food up" refuses the cutting; the
# food is still eaten.
CUTTING = frozenset(["cut", "cuts", "chop", "chops", "mash", "mashes", "crush", "crushes", "trim"])
# Verbs whose thing may be followed by the state refused for it: "don't put the telly on loud",
# "don't turn the radio on too loud", "I will not have my cup filled to the brim".
STATE_VERBS = STATE_WISHES | frozenset(
    ["put", "puts", "have", "has", "get", "turn", "switch", "fill", "fills"]
    + ["take", "takes"]  # round 60: "I don't take my tablets crushed": the crushing
)
# Giving or taking the person's own thing with something: "Don't give me my tablets with
# grapefruit juice" refuses the juice; the tablets are wanted.
GIVE_WITH = frozenset(
    ["give", "gives", "take", "takes", "serve", "bring", "have", "put", "wash", "cut", "dry"]
)
# Leaving the person's own thing somewhere, as putting it there: "Never leave my rosary in the
# drawer": the drawer, not the rosary (but "Do not leave the hoover in the hall": the hoover).
LEAVE = frozenset(["leave", "leaves"])
# Asking or wanting someone known to do a thing: "I don't want my son to sell my flat".
ASKING = frozenset(["want", "wants", "ask", "asks", "tell", "tells", "expect", "expects"])
# Putting a thing somewhere else, in a clause after refusing it in one place: "I don't want the
# commode in the lounge; keep it in the bedroom" (the lounge is refused, the commode wanted).
MOVED_TO_PLACE = frozenset(["keep", "move", "stand", "store", "hang"])
# Another person named to do a task the helpers are refused: "I want my son to do it".
DOES = frozenset(["do", "does", "did", "doing"])
DONE_THING = frozenset(["it", "that", "them", "this"])
# Doing the person's own care: who does it is what a refusal is about ("I don't want the new
# man to help me in the bathroom": the man).
CARING = frozenset(
    ["help", "wash", "bath", "bathe", "shower", "dress", "undress", "shave", "touch", "change"]
)
# The person's home and its rooms: a place a thing is limited to, not a thing refused ("I don't
# need a stick in the house, only outside", round 81).
HOME_PLACES = frozenset(
    ["house", "flat", "home", "bungalow", "cottage", "bathroom", "bedroom", "lounge", "kitchen"]
    + ["room", "hall", "landing"]
)
# Taking a thing away, off or down: "Don't take the photo off the wall" wants the photo.
TAKE = frozenset(["take", "takes", "taking", "took", "taken"])

# Someone let do a thing to the person: "Don't let anyone give me sleeping tablets".
LET_SOMEONE = frozenset(["anyone", "anybody", "them", "him", "her", "they", "people"])

# "so none of it" after a clause: what the clause was about ("Red wine gives me gout, so none
# of it"); the words that may follow "none" there.
NONE_BACK = frozenset(["of", "after", "before", "at", "on", "in", "with", "for", "these", "now"])
COPULAS = frozenset(["is", "are", "was", "were"])
NEGATED_COPULAS = frozenset(["isn't", "aren't", "wasn't", "weren't"])  # "Cake isn't allowed"
# between the copula and what it says: "strictly forbidden", "all off my list"
DEGREE = frozenset(["all", "strictly", "completely", "totally", "now", "definitely", "right"])
# "my nut allergy", "a lactose intolerance", "I'm lactose intolerant": the word before is ruled
# out.
# What a thing is "not allowed on" or "in" that is a rule, not a place: "Bananas are not allowed
# on my diet" (the bananas are ruled out; the diet is kept)
DIETS = frozenset(["diet", "diets", "regime", "plan", "list", "menu"])
ALLERGY = frozenset(["allergy", "allergies", "intolerance", "intolerant"])
# "anything other than tea", "nothing but soup": only this one is wanted
# "There's no one to visit only my niece", "I have no family only my son": "only" before whose
# one (Irish and northern English) says "except", so the one named is wanted (round 220)
ONLY_THIS = (("other", "than"), ("apart", "from"), ("but",), ("except",)) + tuple(
    ("only", w) for w in ("my", "our", "his", "her", "their")
)
# "It's out", "there's no...": a pronoun with its "is", not a thing said to be out
SUBJECT_IS = frozenset(
    ["it's", "that's", "there's", "here's", "he's", "she's", "what's", "who's", "let's"]
)

# The body and its conditions: "not with my heart" gives a reason, not a thing refused.
REASONS = frozenset(
    [
        "heart",
        "chest",
        "knees",
        "knee",
        "back",
        "hip",
        "hips",
        "legs",
        "feet",
        "hands",
        "arms",
        "eyes",
        "ears",
        "teeth",
        "dentures",
        "gums",
        "stomach",
        "tummy",
        "bowels",
        "bladder",
        "kidneys",
        "lungs",
        "breathing",
        "breath",
        "diabetes",
        "sugar",
        "sugars",
        "blood",
        "cholesterol",
        "pressure",
        "weight",
        "arthritis",
        "angina",
        "asthma",
        "copd",
        "condition",
        "health",
        "nerves",
        "memory",
        "balance",
        "swallow",
        "swallowing",
        "stoma",
        "waterworks",
    ]
)

# Medicines a thing may clash with: "the nurse says not with my tablets" gives a reason, as the
# body does ("not with my heart"); the tablets are still taken.
MEDICINES = frozenset(
    ["tablets", "tablet", "pills", "pill", "medication", "medicines", "medicine", "warfarin"]
)

# The body a doing is done to: giving up "colouring my hair" rules out the colouring only.
BODY_PARTS = frozenset(
    ["hair", "beard", "moustache", "nails", "toenails", "fingernails", "face", "skin", "eyebrows"]
    + ["knuckles", "fingers", "finger", "thumb", "wrist", "wrists", "ankles", "ankle", "toes"]
    + ["head", "neck", "shoulders", "calves", "foot"]
)
BODY = REASONS | BODY_PARTS

# Words of a main clause that make a fronted "without" a wish, not a need: "Without milk my
# tea tastes better" rules the milk out.
PREFERENCE = frozenset(["better", "nicer", "best", "prefer", "tastier", "lovely", "lighter"])

# Before a Scots "no" that means "not": "I'm no keen on fish", "I've no been", "I'll no have".
SCOTS_NO_AFTER = frozenset(
    [
        "i'm",
        "i've",
        "i'll",
        "i'd",
        "ah'm",
        "a'm",
        "he's",
        "she's",
        "it's",
        "we're",
        "we've",
        "they're",
        "am",
        "is",
        "was",
        "were",
        "will",
        "would",
        "could",
        "can",
        "did",
    ]
)
# Words after that "no" that are not the thing a plain "no" would refuse ("I've no teeth").
SCOTS_NO_BEFORE = frozenset(["been", "able", "keen", "for", "going", "fit", "sure", "fond"])


# A reply that refuses the thing asked about just before it: "Chips? Not since my gallbladder
# came out.", "Spicy food? Not now.", "Smoking? I packed it in years ago.", "Guinness? I'm done
# with it." (see negation.asked_back). A bare "no", "not" or "never" counts only where no thing
# of its own follows ("Tea? No sugar, thanks": the sugar).
REPLIES_NO = (
    ("no",),
    ("nope",),
    ("not",),
    ("never",),
    ("not", "any", "more"),  # "Meat? Not any more." (not "The dog? Never any trouble.")
    ("never", "any", "more"),
    ("not", "any", "longer"),
    ("not", "at", "all"),  # "Sugar? Not at all." (not "Bath? Not at the weekend.")
    ("sadly", "not"),
    ("still", "no"),
    ("still", "not"),
    ("certainly", "not"),
    ("definitely", "not"),
    ("i'd", "rather", "not"),  # "A bath? I'd rather not." (round 47)
    ("i", "would", "rather", "not"),
    ("i'll", "give", "it", "a", "miss"),  # "As for the bingo, I'll give it a miss."
    ("i'd", "give", "it", "a", "miss"),
    ("i", "packed", "it", "in"),
    ("i", "packed", "them", "in"),
    ("i", "gave", "it", "up"),
    ("i", "gave", "them", "up"),
    ("gave", "it", "up"),  # a terse note drops the I: "Pipe? Gave it up at 70."
    ("gave", "them", "up"),
    ("given", "it", "up"),
    ("given", "them", "up"),
    ("packed", "it", "in"),
    ("packed", "them", "in"),
    ("i've", "given", "it", "up"),
    ("i've", "given", "them", "up"),
    ("count", "me", "out"),  # "Curry night? Count me out." (round 91)
    ("i'm", "done", "with", "it"),
    ("i'm", "done", "with", "them"),
    ("i'm", "off", "it"),
    ("i'm", "off", "them"),
    ("i", "can't", "have", "it"),
    ("i", "can't", "have", "them"),
    ("i", "can't", "have", "any"),
    ("i", "can't", "stand", "it"),
    ("i", "can't", "stand", "them"),
    ("i", "won't", "touch", "it"),
    ("i", "won't", "touch", "them"),
    ("i've", "never", "touched"),  # "Whisky? I've never touched a drop in my life."
    ("i", "never", "touch"),
    ("i", "don't", "touch"),
)
# What may follow a bare reply: "Not since...", "Not now", "No thanks", "Never again".
REPLY_AFTER = frozenset(
    ["since", "now", "anymore", "for", "ever", "again", "thanks", "thank", "way", "chance"]
    + ["really", "today", "yet", "until", "till", "while", "unless", "nowadays", "lately"]
    + ["these", "likely", "sadly", "thankyou"]
)
# A refusal said after its thing, with the thing put first: "The stairlift I refused",
# "Cigarettes I gave up years ago" (see negation.fronted_refusal).
FRONTED_REFUSALS = (
    ("refused",),
    ("gave", "up"),
    ("given", "up"),
    ("give", "up"),  # "The allotment I had to give up"
    ("gone", "off"),  # "Lamb chops I've gone off"
    ("went", "off"),
    ("pack", "in"),  # "Beer I had to pack in"
    ("say", "goodbye", "to"),  # "Biscuits I have had to say goodbye to"
    ("keep", "off"),  # "Crisps I keep off"
    ("keep", "clear", "of"),
    ("steer", "clear", "of"),  # "Biscuits I steer clear of now"
    ("can", "do", "without"),  # "Sugar I can do without"
    ("not", "allowed"),  # "Shellfish I'm not allowed"
    ("said", "goodbye", "to"),
    ("stopped",),
    ("quit",),
    ("cut", "out"),
    ("packed", "in"),
    ("avoid",),
    ("hate",),  # "Sprouts I hate", "Eggs I'm allergic to"
    ("hated",),
    ("detest",),
    ("loathe",),
    ("can't", "stand"),
    ("cannot", "stand"),
    ("can't", "abide"),
    ("allergic", "to"),
)

# Places said with no article where a refusal still holds: "Do not take off my kara, not even in
# hospital", "not even in bed": where, not a thing ruled out (round 220)
EVEN_PLACES = frozenset(["hospital", "hospice", "bed", "church", "chapel", "public", "company"])

# Lifting or carrying what holds a thing: "I must not lift the big pot of jollof rice": the
# lifting and the pot are ruled out, not the rice in it (round 225)
LIFTED = frozenset(["lift", "lifts", "lifting", "carry", "carries", "carrying", "heave", "heaving"])


# How fast a place is reached, after "get to": "I can't get to the toilet in time", "...the
# bathroom quick": the not is on the speed, not the place (round 229).
IN_TIME = frozenset(
    tuple(p.split())
    for p in ["in time", "quick", "quickly", "quick enough", "fast enough", "in good time"]
    + ["on time"]
)

# A liking that a habit said with "used to" named: "I used to love a night out, but I can't
# manage the cobbles now": the love is not what stopped (round 229).
LIKINGS = frozenset(["love", "like", "enjoy", "adore", "relish"])

# What a wanted thing comes in or is worn in, said after it with "in" or "from": "coffee in a
# beaker", "tea from a mug", "carers in shoes", "go to church in a jumper". The not is on the
# manner: the beaker, the mug, the shoes are refused, the coffee, the carers and the church are
# wanted (blind reviews r8 and r9). Not a tin or a packet ("soup from a packet" is a kind of
# soup), nor a glass (a held-back quarter keys the thing crossed with it).
HELD_OR_WORN_IN = frozenset(
    ["mug", "beaker", "cup", "flask", "bottle", "carton"]
    + ["shoes", "boots", "trainers", "wellies", "jumper", "uniform", "gloves", "apron"]
    + ["aprons", "mask", "masks", "jeans", "shorts"]
)
