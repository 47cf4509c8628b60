"""Which words of a sentence name a thing that is NOT wanted, done or allowed.

Easy Read never shows the bare picture of a thing the sentence rules out: "I do not eat fish"
shows fish with a red cross ("not fish"), or no fish at all. This module finds those words; the
words it reads by are listed in negation_words.py.

The ways people rule a thing out, as a reader hears them:
- a negated verb (not, never, don't, can't, won't, no longer, refuse to...) rules out the
  action and what it acts on, up to the end of the clause or a word of time or place ("I never
  drink coffee after six": coffee, not six; "I don't take sugar in my tea": sugar, not tea),
  except that going, sitting, staying or sleeping somewhere rules out where ("I won't come on
  the coach trip", "I don't want to stay in hospital");
- a negated thing (no, without, rather than, instead of, allergic to, avoid, none of, not a...)
  rules out the thing named next ("No sugar in my tea": sugar; "a wash at the sink, not a
  shower": shower), and so do giving up, stopping and disliking ("I gave up smoking", "I'm not
  keen on fish"), and keeping a thing away ("keep the dog off the sofa");
- a thing said to be not for the person rules out what came before it ("Tea is not for me",
  "Custard? No thank you", "my nut allergy", "Beer is out", "Samosas are off limits"), a list
  too ("Custard, rice pudding, semolina – none of it"), and so does a thing said before the
  not that refuses it ("Showers I can't manage");
- a thing too much for the person, or a thing the person is too stiff or weak for ("The bread
  is too dry for me", "Too salty for me, the soup", "too stiff for buttons"), and an exception
  to a clause that wants things ("I'll eat anything except cheese"; but "I don't eat meat
  except chicken" wants the chicken).
What comes with the person's own thing is refused, not the thing ("Don't give me my tablets
with grapefruit juice", "Don't put the telly on loud", "Never leave my rosary in the drawer").
A second negation turns the first back ("I never go out without my glasses"), and some nots
rule nothing out ("I can't wait for Christmas", "don't forget my tablets", "I never used to
like cabbage, but I eat it now", "Neither the pills nor the cream have helped").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import grammar
from .negation_words import (
    ABLE,
    ALLERGY,
    APART,
    APART_ENDS,
    ASKING,
    BEFORE_A_THING,
    BODY,
    BODY_PARTS,
    BREAK,
    BUT_ONLY,
    CARING,
    CLAUSE_ENDS,
    CLAUSE_TAKERS,
    CLOCK,
    COPULAS,
    CUTTING,
    DEAD_BODY,
    DEGREE,
    DIETS,
    DISLIKES,
    DOES,
    DOINGS,
    DONE_THING,
    DYING,
    EVEN_PLACES,
    EVERY_DAY,
    FEELINGS_ABOUT,
    FINITE,
    FRONTED_REFUSALS,
    GIVE_WITH,
    GIVING_UP,
    GOOD_FOR_ME,
    HATES,
    HAVE_OR_BE,
    HELD_OR_WORN_IN,
    HELPLESS_WITHOUT,
    HOME_PLACES,
    HOURS,
    IN_TIME,
    INTO,
    JOINS,
    KEEP,
    KEEPS_THING,
    KEPT_AS,
    LEAVE,
    LET_SOMEONE,
    LIFTED,
    LIKINGS,
    LIMITS,
    LINKS,
    LIST_HEADS,
    LIST_STOP,
    MAIN_DOERS,
    MAYBE_REFUSED,
    MEDICINES,
    MODALS,
    MOTION,
    MOVED_TO_PLACE,
    NEGATED_COPULAS,
    NO_THANKS,
    NONE_BACK,
    NOT_A_THING,
    NOT_FOR_ME,
    NOT_IN_USE,
    NOT_NEGATION,
    NOT_THINGS,
    NOTE_BREAK,
    OBJECT_PRONOUNS,
    ONLY_THIS,
    ONLY_TIME,
    PARTICLES,
    PEOPLE_OBJECTS,
    POSSESSIVES,
    PREFERENCE,
    PROMPTS,
    PUT,
    REASONS,
    REFUSALS,
    REFUSED_ALONE,
    REFUSING,
    REPLIES_NO,
    REPLY_AFTER,
    REPORTING,
    RULED_OUT_AFTER,
    SAYS_NO_BUT,
    SCOTS_NO_AFTER,
    SCOTS_NO_BEFORE,
    SENTENCE_END,
    SPOKEN_NEGATORS,
    STATE_VERBS,
    STATE_WISHES,
    STAYERS,
    STOPPERS,
    STRAIGHT,
    SUBJECT_IS,
    SUBJECTS,
    SUBORDINATORS,
    TAKE,
    TELLING,
    THING_NEGATORS,
    TIME_OR_PLACE,
    TIME_WORDS,
    TREATED,
    TURNED_DOWN,
    TURNS_BACK,
    UNEASY_WITH,
    USED_TO,
    VEHICLES,
    VERB_NEGATORS,
    VISITING,
    WANTED_INSTEAD,
    WHEN,
    WISHES,
)
from .words import ARTICLES, DEMONSTRATIVES, FUNCTION_WORDS, Token, by_first_word

# PHRASES lists by first word, found by the list itself: a tuple's hash is not kept, so a
# look-up by value (by_first_word's cache) hashed a list of a hundred phrases at every word.
# Each entry holds its list, so no other object can take its id while the entry is there.
_BY_FIRST: dict[int, tuple[object, dict[str, tuple[tuple[str, ...], ...]]]] = {}


def _starts(words: Sequence[str], i: int, phrases) -> int:
    """Length of the longest phrase in PHRASES that starts at WORDS[i], or 0."""
    if i >= len(words):
        return 0
    known = _BY_FIRST.get(id(phrases))
    if known is None or known[0] is not phrases:
        if len(_BY_FIRST) > 1000:
            _BY_FIRST.clear()  # lists made afresh at each call: keep no more than a thousand
        known = _BY_FIRST[id(phrases)] = (phrases, by_first_word(phrases))
    for phrase in known[1].get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _scots_no(words: Sequence[str], i: int) -> bool:
    """True for "no" as Scots says "not", after a subject and its helping verb and before a
    doing or a describing word: "I'm no able to walk", "I'll no have a shower". "I've no
    teeth" keeps the English "no" before a thing."""
    if words[i] != "no" or i == 0 or i + 1 >= len(words) or words[i - 1] not in SCOTS_NO_AFTER:
        return False
    after = words[i + 1]
    if words[i + 1 : i + 3] == ["set", "foot"]:
        return True  # "I've no set foot in the kirk since": "set" is a doing here
    return after in SCOTS_NO_BEFORE or grammar.NOUN not in grammar.parts_of_speech(after)


def negated(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indexes of the tokens of TEXT that name something ruled out."""
    words = [SPOKEN_NEGATORS.get(t.norm, t.norm) for t in tokens]
    gaps = [text[tokens[k - 1].end : tokens[k].start] if k else "" for k in range(len(tokens))]
    out: set[int] = set()
    tail = text[tokens[-1].end :] if tokens else ""  # what ends the last sentence: "?"
    i = 0
    while i < len(words):
        if _every_day(words, i):  # "Not a day goes by I don't think of him" (but "Not a
            i = _clause_end(gaps, i + 1, commas=True)  # morning passes without my coffee, no
            # sugar": the sugar)
            continue
        still = _still_not(words, gaps, i)
        if still:  # "I never used to go to the doctor, and I still won't": the doctor
            end = _verb_scope(words, gaps, i + still)
            _mark(words, i + still, end, out, gaps)
            i = max(end, i + 1)
            continue
        last = _last_thing_wanted(words, i)
        if last:  # "The last thing I want is to go into a home": the home
            end = _verb_scope(words, gaps, last)
            _mark(words, last, end, out, gaps)
            i = max(end, i + 1)
            continue
        doing = _no_way_do_i(words, i)
        if doing:  # "No way am I having a bath", "No way will I use a commode": the bath
            end = _verb_scope(words, gaps, doing)
            _mark(words, doing, end, out, gaps)
            i = max(end, i + 1)
            continue
        if _used_to_but_not(words, gaps, i):  # "I used to play the tambourine, but not since
            end = _verb_scope(words, gaps, i + 2)  # my shoulder went": the tambourine
            if _but_cannot_reach(words, gaps, i + 2):  # "I used to knit for the grandchildren,
                if words[i + 2] not in LIKINGS:  # but I can't manage the needles now": the
                    out.add(i + 2)  # knitting, not the grandchildren (round 229)
            else:
                _mark(words, i + 2, end, out, gaps)
            i = max(end, i + 1)
            continue
        asked = _asked_back(words, gaps, i)
        if asked:  # "Chips? Not since my gallbladder came out": the chips
            out.update(k for k in range(*asked) if words[k] not in FUNCTION_WORDS)
            i += _starts(words, i, REPLIES_NO)
            continue
        if words[i] in ("no", "not") and _asked_not(words, gaps, i, tail):
            i += 1  # "Is there no oatcake with my cheese?": asked for
            continue
        if _nobody_does(words, i) and _nobody_but(words, gaps, i):
            i = _clause_end(gaps, i + 1, commas=False)  # "No one should give me my insulin
            continue  # except the district nurse": the nurse gives it, the insulin is wanted
        where = _where_not_to_go(words, gaps, i, out)
        if where:  # "No sugar, not in my tea, not in my porridge": where the sugar would go,
            i = where  # not what is ruled out
            continue
        wanted = (
            _wanted_when(words, gaps, i)
            or _not_that_not(words, gaps, i)
            or _kept_from_landing(words, gaps, i)
            or _not_always(words, gaps, i)
        )
        if wanted:  # "I hate it when the carers don't knock": the knock is wanted
            i = wanted
            continue
        if (
            words[i] in VERB_NEGATORS
            and words[i + 1 : i + 2] in VERDICTS
            and _judged_subject(words, gaps, i)
            and _with_my(words, i + 2)
        ):  # "Salt is not good with my blood pressure": the salt, though "not good with"
            out.update(_judged_subject(words, gaps, i))  # is no refusal in "I'm not good with
            i = _thing_scope(words, gaps, i + 3)  # money"
            continue
        if _yes_or_no(words, gaps, i):  # "Yes and no cards help me": a kind of card
            i += 1
            continue
        if _starts(words, i, NOT_NEGATION) and not _nobody_does(words, i):
            i += _starts(words, i, NOT_NEGATION)  # but "No one should give me cake"
            continue
        if words[i + 2 : i + 3] == ["and"] and _own_body_no_good(
            [w for w in words[max(0, i - 4) : i] if w not in COPULAS], words[i : i + 2]
        ):  # "my side's no good and my words come out jumbled": the side, read there, and
            i += 3  # nothing after; but "Coffee is no good and tea neither" (code review)
            continue
        does = _neither_nor_does(words, gaps, i)
        if does:  # "Neither the pills nor the cream have helped": neither is ruled out, but
            end = does + 1  # "Neither my son nor my daughter has a key": the key; "...drives":
            if words[does] not in HAVE_OR_BE | MODALS:  # the driving
                out.add(does)
            if words[does] in ("has", "have") and end < len(words) and words[end] in ARTICLES:
                end = _thing_scope(words, gaps, end)
                out.update(range(does + 1, end))
            i = end  # what follows is read in its turn: "...has a car and I can't drive"
            continue
        if _there_is_none_who_not(words, gaps, i):  # "not a fisherman here who doesn't know me"
            i = _clause_end(gaps, i + 1, commas=False)
            continue
        size = _starts(words, i, LIST_HEADS)
        if size and i + size < len(words) and ":" in gaps[i + size]:
            end = _list_end(
                words, gaps, i + size
            )  # "Dislikes: loud music, the dark": the whole list
            out.update(k for k in range(i + size, end) if words[k] not in FUNCTION_WORDS)
            i = max(end, i + 1)
            continue
        back = _none_back(words, gaps, i)
        if back:  # "Red wine gives me gout, so none of it": the wine
            out.update(k for k in range(*back) if words[k] not in LINKS)
            i += 1
            continue
        used = _noted_not_in_use(words, gaps, i)
        if used:  # "Dentures: not worn since PEG", "The commode is no longer needed"
            first = _subject_start(words, gaps, i - 1)
            out.update(k for k in range(first, i) if words[k] not in LINKS)
            i += used
            continue
        over = _over_now(words, gaps, i)
        if over:  # "The chemo has finished", "Me free coal stopped years back": no more
            first = _subject_start(words, gaps, i)
            out.update(k for k in range(first, i) if words[k] not in FUNCTION_WORDS)
            i += over
            continue
        said = _said_after(words, gaps, i) or _something_refused(words, gaps, i)
        if said:  # "Beer is out", "Samosas are off limits": the thing before
            first = _list_start(words, gaps, _subject_start(words, gaps, i))
            first = _examples_before(words, gaps, first)  # "Crusty bread, nuts: anything hard"
            said = _where_it_is(words, first, said)  # "The stairs at the chapel are not safe"
            out.update(k for k in range(first, said) if words[k] not in LINKS)
            i += 1  # "...is not allowed in my house": the place after is read as before
            if words[i : i + 2] in (["not", "acceptable"], ["not", "safe"]):
                i += 2  # "...is not acceptable to me for washing": the washing is wanted
            i += _but_not(words, gaps, i)  # "...but the bedpan is not. Please empty it."
            continue
        refused_first = _fronted_refusal(words, gaps, i)
        if refused_first is not None:  # "The stairlift I refused": the stairlift
            me = _subject_back(words, i)
            if _phrasal_doing(words, refused_first, me):  # "Going out alone I stopped"
                out.update(range(refused_first, me))
            me = _when_of_thing(words, refused_first, me)  # "A dram at bedtime": not bedtime
            out.update(
                k
                for k in range(refused_first, me)
                if words[k] not in FUNCTION_WORDS and words[k] not in grammar.PEOPLE
            )  # "My wife I have had to say goodbye to": a loss, not a refusal of her
            i += _starts(words, i, FRONTED_REFUSALS)
            continue
        fronted = _fronted(words, gaps, i)
        if fronted is not None:  # "Showers I can't manage": the showers
            out.update(range(fronted, _subject_back(words, i)))
        if tuple(words[i : i + 2]) in (
            ("not", "allowed"),
            ("isn't", "allowed"),
            ("aren't", "allowed"),
        ) and not (_refused_after(words, gaps, i)):
            first = i + 2  # "not allowed on the settee": the settee
            if first < len(words) and words[first] in WHY_OR_WHEN:
                i = first  # "Cake is not allowed because of my diabetes": not the diabetes
                continue
            if _with_my(words, first):  # "Grapefruit is not allowed with my tablets": the
                out.update(_judged_subject(words, gaps, i))  # grapefruit, not the tablets
                i = _thing_scope(words, gaps, first + 1)
                continue
            where = words[first] if first < len(words) else ""
            while first < len(words) and words[first] in ("on", "in", "into", "at", "near", "to"):
                first += 1
            end = _thing_scope(words, gaps, first)
            if where in ("on", "in") and DIETS & set(words[first : min(end, first + 4)]):
                out.update(_judged_subject(words, gaps, i))  # "Bananas are not allowed on my
                i = end  # diet": the bananas; the diet is the rule, not a thing ruled out
                continue
            who = words[_subject_start(words, gaps, i) : i]
            if where in ("in", "into", "at") and who and not {"i", "i'm", "we"} & set(who):
                i += 2  # "Alcohol is not allowed in my house", "The cat isn't allowed in the
                continue  # kitchen": the thing is kept out, the room is wanted
            out.update(range(first, end))
            i = max(end, i + 1)
            continue
        if words[i] == "to" and _preferred_before(words, gaps, i):
            end = _thing_scope(words, gaps, i + 1)  # "I prefer a skirt to trousers": trousers
            end = next((k for k in range(i + 2, end) if words[k] in WHEN_SAID), end)
            out.update(range(i + 1, end))
            i = max(end, i + 1)
            continue
        if words[i] == "than" and _rather_before(words, gaps, i):
            # "a bath rather than a shower", split; "...than get in the bath": the doing, its thing
            thing = i + 1 < len(words) and words[i + 1] in BEFORE_A_THING
            scope = _thing_scope if thing else _verb_scope
            end = _place_runs_on(words, gaps, i + 1, scope(words, gaps, i + 1))
            out.update(range(i + 1, end))
            i = max(end, i + 1)
            continue
        size = _starts(words, i, DISLIKES)
        if size and words[i + size - 2] in ("done", "finished") and i and words[i - 1] in WHEN:
            size = 0  # "when I'm done with my dinner": finished, not ruled out
        if size and words[i + 1] == "been" and not _a_person_has_been(words, gaps, i):
            size = 0  # "It's not been a great one for the tomatoes": a year, not the person
        if size:
            end = _thing_scope(words, gaps, i + size)
            if "bothered" in words[i : i + size] and words[end : end + 3] in AS_LONG_AS:
                i = end  # "I'm not bothered about money, as long as the bills are paid":
                continue  # it does not matter, it is not refused
            if _at(words, i + size) in MISSED_DOINGS:
                i = end  # "I'm not keen on missing church": the church is wanted
                continue
            out.update(range(i + size, end))
            i = max(end, i + 1)
            continue
        if _allergic_to_at_end(words, gaps, i):  # "Eggs I'm allergic to": the eggs
            end = i - 1 if words[i - 1] == "i'm" else i - 2
            first = _list_start(words, gaps, _subject_start(words, gaps, end))
            out.update(k for k in range(first, end) if words[k] not in LINKS)
            i += 2
            continue
        if words[i] in ALLERGY and i > 0 and words[i - 1] not in FUNCTION_WORDS:
            out.add(i - 1)  # "my nut allergy": not nuts
            i += 1
            continue
        refused = _refused_after(words, gaps, i)
        size = _starts(words, i, NOT_FOR_ME) or refused or _bad_for_my(words, i)
        if size and not refused and words[i + size : i + size + 1] == ["to"]:
            size = 0  # "It's not safe for me to walk": the walking, read below
        if size and not refused and _a_person_disagrees(words, i, size):
            i = _clause_end(gaps, i + size, commas=True)  # "My son doesn't agree with me
            continue  # about the home": a person, not a food, disagrees; nothing ruled out
        if size:  # "Tea is not for me", "Sprouts? No thank you."
            first = _subject_start(words, gaps, i)
            if refused and first == i and i:  # the thing is the clause before: "Custard? No"
                first = _list_start(words, gaps, _subject_start(words, gaps, i - 1))
                if first and words[first - 1] in SUBORDINATORS:
                    first = i  # "not had a drink since Keith died, not a drop": not the dying
            if refused:
                first = _how_refused(words, first, i)  # "Pills crushed, never."
            out.update(k for k in range(first, i) if words[k] not in LINKS)
            after = i + size
            if first == i and _opens_sentence(gaps, i) and _named_after_comma(words, gaps, after):
                end = _thing_scope(words, gaps, after)  # "Not for me, the bingo": the thing
                out.update(k for k in range(after, end) if words[k] not in FUNCTION_WORDS)
                after = max(end, after)  # is named after the refusal that opens the sentence
            i = after
            continue
        doing = _disliked_when(words, i)
        if doing:  # "I hate it when people shout at me": the shouting, not the people
            end = _verb_scope(words, gaps, doing)
            if words[doing] in MOTION | HELPING_VERBS:
                end = doing + 1  # "when my daughter goes home", "when men help me wash"
            _mark(words, doing, end, out, gaps)
            i = max(end, i + 1)
            continue
        doing = _nobody_does(words, i)
        if doing and words[doing] in GIVEN_TO and words[doing + 1 : doing + 2] == ["me"]:
            end = _thing_scope(words, gaps, doing + 2)  # "Nobody should give me aspirin": the
            out.update(range(doing + 2, end))
            i = max(end, i + 1)
            continue
        if doing and _done_like_someone(words, gaps, doing):
            i = doing + 1  # "Nobody cooks rice and peas like my wife did": the rice is wanted
            continue
        if doing:  # "nobody smokes near it", "Nobody must smoke near me": the smoking
            mine = _doing_to_mine(words, doing) or words[doing + 1 : doing + 2] in (["my"], ["me"])
            paired = _or_doing_to_mine(words, doing)
            if paired:  # "Nobody must cut or shave my hair": both doings, not the hair
                out.add(paired)
                mine = True
            end = doing + 1 if mine else _verb_scope(words, gaps, doing)  # "nobody is to cut my
            # hair": the cutting, not the hair
            _mark(words, doing, end, out, gaps)
            also = _also_done_to_mine(words, gaps, doing)
            also = also if mine or also >= end else 0
            if also and words[also + 1] in POSSESSIVES:  # "No one should cut my hair or trim
                out.add(also)  # my beard": the trimming too
            elif also:  # "Nobody must smoke near me or light a candle": the candle too, as in
                _mark(words, also, _verb_scope(words, gaps, also), out, gaps)  # "nobody is to light
                # a candle"
            i = max(end, i + 1)
            continue
        state = _nobody_goes(words, i)
        if state:  # "nobody goes hungry in my house": the hunger, not the house
            out.add(state)
            i = state + 1
            continue
        among = _nobody_among(words, i)
        if among:  # "Nobody in the family drives now", "no one else touches it": the doing
            out.add(among)  # alone; "Nobody in my family likes fish" leaves the fish
            i = among + 1
            continue
        if tuple(words[i : i + 3]) == ("no", "need", "to"):  # "no need to bring the paper"
            end = _verb_scope(words, gaps, i + 3)
            after = i + 5 if words[i + 4 : i + 5] in (["up"], ["out"], ["off"], ["down"]) else i + 4
            if _doing_to_mine(words, i + 3) or words[after : after + 1] in (["my"], ["me"]):
                end = after  # "There's no need to cut (up) my toast": the cutting, not the toast
            _mark(words, i + 3, end, out, gaps)
            i = max(end, i + 1)
            continue
        span = _too_for(words, gaps, i)
        if span:  # "too stiff for buttons", "Too salty for me, the hospital soup": the thing
            out.update(k for k in range(*span) if words[k] not in FUNCTION_WORDS)
            i = max(span[1], i + 1)
            continue
        refuse = _starts(words, i, REFUSALS) or _too_to(words, i)
        if refuse and words[i] in REFUSING and _maybe_refused(words, gaps, i):
            i += refuse  # "If she refuses to have a shower, offer a bath": still offered
            continue
        if refuse and words[i] == "too" and _too_when(words, gaps, i):
            i += refuse  # "When my hands shake too much to hold a cup, half fill it": the cup
            continue  # is still needed; what to do then follows (round 202)
        if refuse:  # "I refuse to use a walking frame", "too tired to go to church"
            end = _verb_scope(words, gaps, i + refuse)
            _mark(words, i + refuse, end, out, gaps)
            i = max(end, i + 1)
            continue
        first = _let_do_to_me(words, gaps, i)
        if first:  # "Don't let anyone give me sleeping tablets": the tablets
            end = _thing_scope(words, gaps, first)
            out.update(range(first, end))
            i = max(end, i + 1)
            continue
        first = _no_way(words, i)
        if first:  # "There's no way I'm using a stairlift": the using, the stairlift
            end = _verb_scope(words, gaps, first)
            _mark(words, first, end, out, gaps)
            i = max(end, i + 1)
            continue
        missed = _given_a_miss(words, i)
        if missed:  # "I'll give the bingo a miss": the bingo
            out.update(k for k in range(i + 1, missed) if words[k] not in FUNCTION_WORDS)
            i = missed
            continue
        off = _with_it_off(words, gaps, i)
        if off:  # "I sleep with the big light off": the light is not wanted on
            out.update(k for k in range(i + 1, off) if words[k] not in FUNCTION_WORDS)
            i = off + 1
            continue
        away = _kept_away(words, gaps, i)
        if away:  # "keep the dog away from me": the dog
            out.update(range(i + 1, away))
            i = away + 1
            continue
        if words[i] == "in't" and _in_the(words, i):
            i += 1  # "Put my dinner in't oven": Yorkshire for "in the"
            continue
        if (
            words[i] in VERB_NEGATORS
            or tuple(words[i : i + 2]) == ("no", "longer")
            or _scots_no(words, i)
        ):
            first = i + (2 if words[i : i + 2] == ["no", "longer"] else 1)
            if _asked_not(words, gaps, i, tail):
                i = first  # "Would you not sit down?": asked for, not ruled out
                continue
            bound = _not_bound_to(words, gaps, i, first)
            if bound:  # "I don't have to take my tablets with food": the tablets are still
                out.add(bound)  # taken, but the doing that is no longer a must is not done
                i = first  # ("I do not have to wait": no plain picture of waiting)
                continue
            short = _short_for(words, gaps, i, first)
            if short:  # "My English is all right for shopping but not for doctors": the doctors
                i = short  # are what it falls short for, not a thing ruled out
                continue
            aside = _past_aside(words, gaps, first)  # "do not, under any circumstances, give"
            if aside != first:
                first, gaps[aside] = aside, " "  # the aside is read as if it were not there
            first += _just_in_an_order(words, gaps, first)  # "don't just leave it on the floor"
            out.update(_sex_kept_out(words, gaps, i))  # "a man must not see me": the man
            missed = _missed_chance(words, gaps, first)
            if missed:  # "I never got to hold his hand", "I never knew my dad": a loss, so
                i = missed  # what was missed is wanted, not refused
                continue
            if _done_badly(words, first):  # "I don't sleep well in a warm room": how well it
                out.add(first)  # goes, so the room is no thing refused; the doing keeps its
                i = first + 1  # cross, as the older sets read "I do not sleep well" (round 266)
                continue
            if _unsaid_doing(words, i, first):
                i = first  # "I must not because of my sugar", "I can't since my fall": the doing
                continue  # is left unsaid, and the reason after it is not ruled out
            if _fits_over_me(words, i, first):
                i = first + 1  # "My ring won't go over my knuckles": the knuckles are why
                continue
            even = _not_even(words, gaps, i, first)
            if even:  # "Alcohol is not allowed in my house, not even for guests": the guests
                start, end = even  # are whom it holds for; "I never gamble, not even on the
                out.update(k for k in range(start, end) if words[k] not in FUNCTION_WORDS)
                i = max(end, i + 1)  # lottery": the lottery is what is gambled on
                continue
            if _kept_from(words, i, first):
                i = first + 2  # "My oxygen must not be near the cooker": the cooker is not
                continue  # ruled out, only the oxygen near it ("I'm not allowed near": it is)
            kept = _kept_out(words, gaps, i, first)
            if kept:  # "Beef must never come into my kitchen": the beef, not the kitchen
                out.update(kept)
                i = _thing_scope(words, gaps, _kept_out_place(words, first))
                continue
            if _will_not_work_with(words, i, first):
                i = first + 2  # "The hearing aids don't work with the phone": a fault, the
                continue  # phone is not ruled out ("I don't work with children": they are)
            if words[first : first + 1] in VERDICTS and _with_my(words, first + 1):
                out.update(_judged_subject(words, gaps, i))  # "Salt isn't good with my heart"
                i = _thing_scope(words, gaps, first + 2)  # "It's not safe with my kidneys":
                continue  # the kidneys give the reason, they are not ruled out
            if words[i] == "not" and _with_my(words, first):  # "Chips? Not with my heart"
                if i and (BREAK.search(gaps[i]) or "," in gaps[i]):  # the chips, not the heart
                    before = _list_start(words, gaps, _subject_start(words, gaps, i - 1))
                    out.update(k for k in range(before, i) if words[k] not in LINKS | CLAUSE_ENDS)
                out.update(_reported_against(words, gaps, i))
                i = _thing_scope(words, gaps, first + 1)
                continue
            one_of = words[i] == "not" and words[first : first + 2] == ["one", "of"]
            if one_of and _a_doing_follows(words, gaps, first + 2):  # as "None of my children"
                i = _thing_scope(words, gaps, first + 2)  # "Not one of my suits fits me"
                continue
            if (
                words[i] == "not"
                and first < len(words)
                and words[first] in ("a", "an", "the", "my", "any")
            ):
                end = _thing_scope(words, gaps, first)  # "not a shower": a thing
            elif (
                first < len(words)
                and words[first] in FEELINGS_ABOUT
                and not (words[first] == "cross" and _at(words, first + 1) in POSSESSIVES)
            ):  # "I must not cross my legs": a doing, not a feeling
                end = first + 1  # "I'm not scared of dying": the fear, not dying
            elif words[first : first + 2] == ["make", "out"]:  # "I can't make out faces": the
                end = first + 2  # knowing is ruled out, as with "recognise" (review 60c)
            else:
                end = _verb_scope(words, gaps, first)
            end = _second_place(words, gaps, i, first, end)  # "not on a trolley in A&E"
            if i and "," in gaps[i]:  # "I like my fish fried, not steamed, with rice": an
                comma = _clause_end(gaps, first + 1, commas=True)  # aside ends at a comma, but
                if comma < len(words) and words[comma] in FUNCTION_WORDS:  # "not pork, bacon,
                    end = min(end, comma)  # ham or sausages" is a list that runs on
            if _feared_not(words, gaps, i):  # "in case I can't get to the hall": wanted
                i = max(end, i + 1)
                continue
            if _needed_if_not(words, gaps, i, first):  # "If I don't eat breakfast I get shaky":
                i = _main_clause(words, gaps, first, end)  # needed; the main clause is read in
                continue  # its turn ("If I don't get my tea I won't take my tablets")
            if _anything_not(words, gaps, first, end):
                i = max(end, i + 1)  # "I never eat anything that is not halal": the eating
                continue  # and the halal are wanted
            if _got_going(words, first):  # "I can't get my feet going": the feet are the
                i = max(end, i + 1)  # person's own, stuck, and wanted
                continue
            shut = _shut_out(words, gaps, first)
            if shut:  # "Don't shut the cat out of the bedroom": the shutting out is refused;
                out.add(shut)  # the cat and the bedroom are wanted (round 202)
                i = max(end, i + 1)
                continue
            moved = _moved_to(words, i, first)
            if moved:  # "I can't kneel to pray", "I cannot walk to the bathroom": the kneeling,
                out.update(range(first, moved))  # the walking; the praying, the bathroom wanted
                i = moved
                continue
            if words[first : first + 2] == ["need", "help"] and words[first + 2 : first + 3] in (
                ["to"],
                ["with"],
            ):  # "I don't need help to clean my teeth": the help, not the teeth
                out.add(first + 1)
                i = max(end, i + 1)
                continue
            if _never_more_than(words, first):
                i = max(end, i + 1)  # "I'm never happier than in my garden": praise
                continue
            if _limited(words, first):
                i = max(end, i + 1)  # "I do not drink more than a litre": a limit
                continue
            often = _not_that_often(words, gaps, first)
            if often:  # "it's not every week": how often, so the week is no thing refused
                i = often
                continue
            hour = _not_at_that_hour(words, gaps, i, first)
            if hour:  # "I never go to bed before two", "I don't want to be put to bed at
                if words[hour - 1] == "at":  # seven": done, only at another time; a time
                    out.add(hour)  # named with "at" is what is refused
                i = max(end, i + 1)
                continue
            if _put_off(words, gaps, first):
                i = max(end, i + 1)  # "Don't give me my tablets until after breakfast"
                place = _put_where(words, first)
                if place:  # "Don't put the paper in the recycling until I've read it": the
                    out.update(range(place, _thing_scope(words, gaps, place)))  # place, not
                continue  # the paper
            who = _sexed_doer(words, first)
            if who:  # "I'm not having a woman wash my privates": the woman, not the washing
                out.update(k for k in range(*who) if words[k] not in FUNCTION_WORDS)
                then = next(  # "...a man wash my hair or a woman cut my beard": both (code review)
                    (
                        _sexed_doer(words, j)
                        for j in range(who[1] + 1, who[1] + 5)
                        if _at(words, j) in ("or", "nor", "and")
                    ),
                    None,
                )
                if then:
                    out.update(k for k in range(*then) if words[k] not in FUNCTION_WORDS)
                i = max(end, (then or who)[1] + 1)
                continue
            who = _done_by_sexed(words, first, end)
            if who:  # "I won't be washed by a man": the man, not the washing
                out.update(k for k in range(*who) if words[k] not in FUNCTION_WORDS)
                i = max(end, who[1])
                continue
            doing = _someone_doing(words, gaps, first)
            if doing:  # "I don't want the bank ringing me about it": the ringing is ruled out
                out.add(doing)  # too (older sets read the bank as refused, so it keeps its
                # cross: a bare bank would be the worse error)
            doing = _asked_of_someone(words, first)
            if doing:  # "I don't want my son to sell my flat": the selling, not my son
                end = _verb_scope(words, gaps, doing)
                _mark(words, doing, end, out, gaps)
                i = max(end, i + 1)
                continue
            doing = _let_someone(words, first) or first  # "Don't let the carers put..."
            given = _given_with(words, doing)
            if given:  # "Don't give me my tablets with grapefruit juice": the juice, not the
                end = _thing_scope(words, gaps, given)  # tablets; "the tablets crushed in jam"
                _mark(words, given, end, out, gaps)
                i = max(end, i + 1)
                continue
            if (
                _at(words, doing) in LEAVE
                and _at(words, doing + 1) in OBJECT_PRONOUNS
                and _at(words, doing + 2) == "alone"
            ):  # "Don't leave me alone at night": being on my own is ruled out (round 188)
                out.add(doing + 2)
            if (
                _at(words, doing) in LEAVE
                and _at(words, doing + 1) in OBJECT_PRONOUNS
                and _at(words, doing + 2) == "on"
                and _at(words, doing + 3) in ("my", "her", "his")
                and _at(words, doing + 4) == "own"
            ):  # "Never leave him on his own": as "alone" (round 197)
                out.update(range(doing + 2, doing + 5))
            left = _left_alone(words, gaps, first)
            if left:  # "I must not be left alone", "I don't want to be left on my own"
                out.update(left)
            alone = _left_alone_with(words, doing)
            if alone:  # "Don't leave me alone with the grill": the grill, not the leaving
                end = _thing_scope(words, gaps, alone)
                out.update(range(alone, end))
                i = max(end, i + 1)
                continue
            near = _let_near(words, doing)
            if near:  # "My wife won't let me near the stove": the stove, as "not allowed near"
                end = _thing_scope(words, gaps, near)
                out.update(range(near, end))
                i = max(end, i + 1)
                continue
            place = _put_where(words, doing)
            if place:  # "Don't put my cricket bat in the loft": the loft, not the bat
                end = _thing_scope(words, gaps, place)
                out.add(doing)
                out.update(range(place, end))
                more = _or_another_place(words, gaps, end)  # "... or in the drawer"
                out.update(k for k in range(end, more) if words[k] not in FUNCTION_WORDS)
                end = more
                i = max(end, i + 1)
                continue
            place = _wanted_elsewhere(words, gaps, doing)
            if place:  # "I don't want the commode in the lounge; put it in the bedroom": the
                end = _thing_scope(words, gaps, place)  # lounge, not the commode
                out.update(range(place, end))
                i = max(end, i + 1)
                continue
            cut = _cut_mine(words, doing)
            if cut:  # "Don't cut her food up", "don't cut up my meat": the cutting, not the food
                out.update(range(doing, cut))
                i = max(end, i + 1)
                continue
            instead = _only_instead(words, gaps, end)
            if instead:  # "I won't drink tea from a mug, only from a china cup": the mug
                out.update(k for k in range(*instead) if words[k] not in FUNCTION_WORDS)
                i = instead[1]
                continue
            end = _or_doing_runs_on(words, gaps, first, end)
            _mark(words, first, end, out, gaps)
            more = _or_a_second_doing(words, gaps, end) or _made_out_then_or(words, gaps, first)
            if more:  # "I must not have salt on my food or eat crisps": the crisps too
                end = _verb_scope(words, gaps, more)
                _mark(words, more, end, out, gaps)
            i = max(end, i + 1)
            continue
        back = _stopped_since(words, gaps, i)
        if back:  # "I used to smoke, but I stopped": the smoking (and "stopped baking" reads on)
            _mark(words, back[0], back[1], out, gaps)
        offer = _said_no_to(words, gaps, i)
        if offer:  # "The nurse asked if I needed a commode, and I said no": the commode
            out.update(k for k in range(*offer) if words[k] not in FUNCTION_WORDS)
            i += 2
            continue
        first = _except_ruled_out(words, gaps, i)
        if first:  # "I'll eat anything the carers cook except cheese": the cheese
            end = _thing_scope(words, gaps, first)
            out.update(k for k in range(first, end) if words[k] not in FUNCTION_WORDS)
            i = max(end, i + 1)
            continue
        if words[i] == "bar" and _bar_means_except(words, gaps, i):
            end = _thing_scope(words, gaps, i + 1)  # "I'll eat the lot, bar the mussels"
            out.update(range(i + 1, end))
            i = max(end, i + 1)
            continue
        wished = _without_first(words, gaps, i, wish=True)
        if wished:  # "Without milk my tea tastes better": the milk is ruled out, not the tea
            out.update(k for k in range(i + 1, wished) if words[k] not in FUNCTION_WORDS)
            i = wished
            continue
        need = _without_first(words, gaps, i) or _without_after_a_not(words, gaps, i)
        if need:  # "Without my stick I cannot get out", "No strangers in without my daughter":
            i = need  # a second negation, so the thing is needed, not ruled out
            continue
        sold = _vehicle_parted_with(words, i)
        if sold:  # "I've sold the car", "we got rid of the caravan": no longer had
            out.update(range(sold - 1, sold))
            i = sold
            continue
        up = _given_up_at(words, i)
        if up:  # "I had to give the loft up when my knees went": the loft, given up
            out.update(k for k in range(i + 1, up) if words[k] not in FUNCTION_WORDS)
            i = up + 1
            continue
        plain = _nothing_of_a_kind(words, i)
        if plain:  # "Nothing too spicy, please": the spicy food
            end = _offered_after_kind(words, gaps, plain, _thing_scope(words, gaps, plain))
            out.update(k for k in range(plain, end) if words[k] not in FUNCTION_WORDS)
            i = end
            continue
        size = _starts(words, i, THING_NEGATORS)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (
            size
            and words[i + size - 1] == "but"
            and words[i + size : i + size + 1] in [[w] for w in SUBJECTS]
        ):
            size = 0  # "I eat everything but I don't like fuss": a new clause, not an exception
        if (
            size
            and (
                words[i + size - 2 : i + size] in (["packed", "in"], ["packed", "up"])
                or words[i : i + size] == ["been", "off", "the"]
            )
            and not HABITS & set(words[i + size : i + size + 3])
        ):
            size = 0  # "I packed in the pipe", not "I packed in my bag my purse" or "I packed
            # up my things"
        if size == 1 and words[i] in ("no", "nae", "nee") and _doing_to_mine(words, i + 1):
            out.add(i + 1)  # "No shaving my moustache": the shaving, not the moustache
            i += 2
            continue
        if size and words[i + size - 1] in GIVING_UP and nxt == "me" and _a_noun(words, i + 2):
            size += 1  # "The doctor's stopped me statins": "me" for "my"
            nxt = words[i + size] if i + size < len(words) else ""
        after = words[i + size] if size and i + size < len(words) else ""
        if size and words[i + size - 1] == "off" and (after.endswith("ing") or after == "home"):
            size = 0  # "I'm off shopping", "I'm off home": going, not giving up
        hated = _hated_with(words, gaps, i)
        if hated:  # "I hate being lifted in the hoist", "I hate shaving with an electric razor":
            out.update(k for k in range(*hated) if words[k] not in FUNCTION_WORDS)  # the hoist
        if size == 1 and words[i] in DOINGS and nxt in TIME_OR_PLACE | NOT_A_THING:
            size = 0  # "I'd hate to miss church", "the bus stopped at the door"
        if size == 1 and words[i] == "no" and nxt == "to" and _said_no_to_a_thing(words, i + 2):
            size = 2  # "The nurse said no to salt", "say no to the walking boots": the thing
        elif size == 1 and words[i] == "no" and nxt in ("to", "for", "at", "in", "on", "one"):
            size = 0  # "I said no to the doctor": the doctor is not ruled out
        if size and words[i] in ("stay", "stays") and i and words[i - 1] not in STAYERS:
            size = 0  # "as long as she stays off my chair": the dog is kept off, not the chair
        if size and words[i].startswith("fast") and not _fasts_from_a_food(words, i):
            size = 0  # "I fast from sunrise to sunset", "I got up fast from the chair"
        if size and words[i] == "kept" and i and words[i - 1] in BE_FORMS:
            size = 0  # "the tubing has to be kept off the stairs": the tubing is moved off
            # them, and the stairs are still used
        if size == 1 and words[i].startswith("skip") and i and words[i - 1] in ARTICLES:
            size = 0  # "the skip outside": a bin, not a skipping
        if size == 1 and words[i].startswith("skip") and _in_if_clause(words, gaps, i):
            size = 0  # "If I skip lunch, my sugar goes low": what goes wrong without the
            # lunch, so the lunch is needed (not "I skip breakfast on Fridays")
        if size == 1 and _clocks_stopped(words, i):
            size = 0  # "Cover the mirrors and stop the clocks": a custom kept, not a refusal
        if words[i] in ("stop", "stops") and _ends_ing(nxt) and _in_if_clause(words, gaps, i):
            size = 0  # "If I stop eating or washing, tell my doctor": a sign to watch for, so
            # the eating is wanted (not "I stopped eating meat", a stopping that happened)
        if (
            size == 1
            and words[i] == "stop"
            and (i == 0 or words[i - 1] not in STOPPERS)
            and not (_opens_sentence(gaps, i) and _ends_ing(nxt))
        ):
            size = 0  # "the bus stop", "a stop on the way": a place, not a stopping; but
            # "Stop giving me porridge" opens with its order
        if size and words[i + size - 1] in GIVING_UP:
            nxt = words[i + size] if i + size < len(words) else ""
            kinds = grammar.parts_of_speech(nxt)
            given = size > 1 and grammar.NOUN in kinds  # "I gave up sugar": a thing, given up
            given = given or (size > 1 and not kinds and nxt not in FUNCTION_WORDS)  # "ghee"
            doing = _ends_ing(nxt) or _stop_go(words, gaps, i)  # "stopped goin' tae the club"
            if not (doing or nxt in ARTICLES or kinds == {grammar.NOUN} or given):
                size = 0  # "the taxi stopped outside", "we stop and chat": nothing given up
        if (
            size > 2
            and words[i + size - 2 : i + size] == ["up", "on"]
            and any(w.endswith("'s") for w in words[i + size : i + size + 2])
        ):
            size = 0  # "given up on the doctor's say-so": on his word, not given up on him
        if size and words[i] in REFUSING and _maybe_refused(words, gaps, i):
            size = 0  # "If she refuses a drink, offer squash": the drink is still offered
        if size and words[i : i + 2] == ["none", "of"] and _a_doing_follows(words, gaps, i + 2):
            size = 0  # "None of my children live near me": they are not ruled out
        if size and words[i : i + 2] == ["leave", "out"]:
            end = _thing_scope(words, gaps, i + 2)
            if end < len(words) and words[end] == "for":
                size = 0  # "leave out my clothes for the morning": laid out, wanted
        if size and _at(words, i + size) in MISSED_DOINGS:
            i = _thing_scope(words, gaps, i + size)  # "I hate missing my bingo": wanted
            continue
        if size:
            first = i + size
            doing = first < len(words) and (
                (words[i + size - 1] in GIVING_UP and _ends_ing(words[first]))
                or _stop_go(words, gaps, i)
                or (_starts(words, i, INSTEAD) and _a_doing(words, first))
            )
            going = _no_more_going(words, i, first)
            if going:  # "No more going in to the hospital": the going, and the hospital
                end = _verb_scope(words, gaps, going)
                _mark(words, going, end, out, gaps)
            elif doing and _doing_to_my_body(words, first):
                end = first + 1  # "I stopped colouring my hair": the colouring, not the hair
                out.add(first)
            elif doing:  # "I stopped going to shul", "rather than go to the surgery"
                end = _verb_scope(words, gaps, first)
                _mark(words, first, end, out, gaps)
            elif _stopped_doer(words, i + size - 1, first):
                end = _verb_scope(words, gaps, first + 2)  # "a splint to stop my fingers
                _mark(words, first + 2, end, out, gaps)  # curling": the curling is stopped, the
                # fingers are still wanted; "stop the carers bringing biscuits": the biscuits
            else:
                end = _thing_scope(words, gaps, first)
                if i and "," in gaps[i]:  # "A cup of tea, no sugar, and a biscuit": an aside
                    comma = _clause_end(gaps, first + 1, commas=True)  # that ends at its comma
                    more = words[comma + 1] if comma + 1 < len(words) else ""
                    if comma < end and words[comma] in ("and", "or") and more in ARTICLES:
                        end = comma
                out.update(range(first, end))
            then = _given_up_next(words, gaps, i + size - 1, end)
            if then:  # "I gave up driving and then the bicycle": the bicycle too
                out.update(
                    k
                    for k in range(end, then)
                    if words[k] not in FUNCTION_WORDS and not words[k].isdigit()
                )
                end = then
            i = max(end, i + 1)
            continue
        i += 1
    out |= _faculty_gone(words)  # "I've lost my appetite", "My hearing's gone"
    out |= _said_back(words, gaps, out)  # "Fizzy drinks give me wind, so I avoid them"
    out |= _reacted_to(words, gaps)  # "Strawberries make my lips swell": as "allergic to"
    out |= _frighten_me(words, gaps)  # "Fireworks and thunder frighten me": kept away
    out |= _named_again(words, gaps, out)  # "Bananas have too much potassium, so no bananas"
    out |= _refused_said_again(words, gaps, out)  # "no onion in it, onions repeat on me"
    out |= _contained_reason(words, gaps, out)  # "I can't have the trifle, it's got nuts in"
    out |= _never_passed_my_lips(words, gaps)  # "Alcohol has never passed my lips"
    out |= _glossed(words, gaps, out)  # "No spice (sweets)": the sweets are the spice
    out |= _but_i_wont(words, gaps)  # "The carers offer me a bath, but I'd rather not."
    out |= _feared_then_refused(words, gaps, out)  # "I'm scared of the hoist, I won't use it"
    out |= _which_i_wont(words, gaps)  # "The nurse suggested a commode, which I won't have"
    out |= _examples_of(words, gaps, out)  # "nothing with gelatine in it, like jelly sweets"
    out |= _if_so_count_me_out(words, gaps)  # "If it's spicy, count me out": the spicy
    out |= _done_until_too_bad(words, gaps)  # "I played golf until the tremor got too bad"
    out |= _done_with_nobody(words)  # "I speak to nobody some days": no speaking
    out |= _anything_made_with(words, gaps, out)  # "pork or anything cooked with wine"
    out |= _label_answered_not(words, gaps)  # "Mass on a Sunday - I can't get there now"
    out |= _asked_off(words, gaps)  # "turn off TV", "the television stays off"
    means, kept = _kept_on_a_treatment(words, gaps, out)  # "I don't want to be kept alive on
    out = (out | means) - kept  # machines"; "my husband kept going with tubes": not the husband
    out |= _eat_nothing(words)  # "In the fast I eat nothing until the prayers are done"
    out |= _bothered_with(words, gaps)  # "Don't mither me with the telly": the telly
    out |= _shamed_if_one_did(words)  # "I'd be mortified if a man washed me": the man
    out -= _where_it_is_used(words, out)  # "I won't use the frame indoors": the frame
    kept, limits = _only_elsewhere(words, gaps, out)  # "I don't need a stick indoors, only
    out = (out - kept) | limits  # outside": the stick is kept, indoors is ruled out
    kept, source = _straight_from(words, gaps, out)  # "never drink water straight from the tap"
    out = (out - kept) | source
    out ^= _spent_on(words, gaps, out)  # "I don't want my pension spent on taxis": the taxis
    out ^= _spending_on(words, gaps, out)  # "don't waste my money on a big do": the do
    out -= _said_instead(words, gaps)  # "don't give me tea, ring the surgery instead"
    out -= _wanted_instead_of(words, gaps)  # "no sugar, and sweeteners instead of honey"
    out -= _done_myself(words, gaps, out)  # "Don't wind my watch; I like doing it myself"
    out -= _but_i_do(words, gaps, out)  # "My daughter doesn't eat meat, but I do": eaten
    out -= _disliked_but_used(words, gaps, out)  # "I don't like the frame but I'll use it"
    out |= _uneasy_with_a_man(words)  # "I wouldn't feel right with a man washing me": the man
    out -= _disliked_but_eased(words, gaps, out)  # "I hate the hoist, talk me through it"
    out -= _asked_then_lost_without(words, gaps, out)  # "No fish on a Friday? I'd be lost
    # without it": the fish is wanted
    for place, vehicle in _gone_by(words, gaps, out):  # "I won't go to the day centre in the
        out -= place  # minibus": the minibus, not the day centre
        out.add(vehicle)
    out -= _sense_of_a_thing(words, out)  # "I can't stand the smell of fish": the fish
    out -= _how_it_is_made(words, out)  # "anything fried in dripping": the dripping, not frying
    out -= _medicine_not_swallowed(words, gaps, out)  # "I can't swallow tablets": still taken
    out -= _body_going_wrong(words, out)  # "I don't sleep in our bed": the bed, not the sleep
    out -= _own_body_done_to(words, out)  # "I can't cut my own toenails": the cutting
    out -= _own_body_never_done(words, out)  # "I never cut my hair": the cutting
    out -= _own_body_had_done(words, out)  # "I hate having my feet touched": the touching
    out -= _done_on_my_body(words, out)  # "I can't get comfy on my hip": where, not what
    out -= _body_used_or_rubbed(words, out)  # "I can't grip with my right hand": the hand
    out -= _for_my_body(words, out)  # "not too hot for my stomach": the reason, not refused
    out |= _in_the_weather(words, gaps, out)  # "I don't like being out in the snow"
    out -= _weather_of_a_lost_doing(words, gaps, out)  # "I can't get out in the snow"
    out -= _lifted_with(words, gaps, out)  # "I must not lift the pot of rice": the pot
    out -= _not_there_in_time(words, gaps, out)  # "I can't get to the toilet in time"
    out -= _not_kept_at(words, gaps, out)  # "don't keep topping up my cup": the cup is wanted
    out -= _who_gave_it(words, out)  # "I won't take the tablets the doctor gave me"
    out -= _for_whom_a_lost_doing(words, gaps, out)  # "I can't cook for the family now"
    out -= _slammed(words, out)  # "Please don't slam the door": the slamming, not the door
    out -= _talked_about(words, out)  # "don't talk about my daughter": the talk, not her
    out -= _not_got_on_with(words, out)  # "I don't get on with my son": the son is kept
    out -= _comfort_lost_where(words, gaps, out)  # "I can't get comfy in bed": the bed
    out -= _before_a_meal(words, out)  # "I don't go out before dinner": when, not what
    out -= _waited_for_or_helped_with(words, gaps, out)  # "don't make me wait for the toilet"
    out -= _said_of_the_person(words, out)  # "I don't want a carer who smokes": the smoking
    out -= _own_person_doing(words, gaps, out)  # "I don't want my neighbour having a key": the key
    drop, add = _medicine_refused_for_what_it_has(words, gaps, out)
    out = (out - drop) | add  # "I won't take tablets with gelatine": the gelatine
    out -= _done_but_not_with(words, gaps, out)  # "don't cook with wine": the wine, not the cooking
    out -= _where_one_dies(words, out)  # "I don't want to die in hospital": not the dying
    out -= _home_gone_out_of(words, out)  # "I haven't been out of the house": the house is kept
    out -= _put_in_beside_another(words, gaps, out)  # "don't put my teeth in the cup with bleach"
    out -= _wanted_set_otherwise(words, out)  # "I don't want the heating on high": how it is set
    out -= _lost_unless_done(words, gaps, out)  # "decaf after lunch or I don't sleep": the sleep
    out -= _kept_apart(words, gaps, out)  # "cheese and ham kept apart": each is still had
    out |= _and_then_done_to_it(words, gaps, out)  # "don't wrap them in a tissue and bin them"
    out -= _had_in_a_manner(words, gaps, out)  # "tea from a mug": the mug, not the tea
    out -= _own_thing_taken_from(words, gaps, out)  # "no scraps off my plate": the plate is kept
    out |= _moved_or_i_am_lost(words, gaps)  # "if you move my glasses I'm lost": the moving
    drop, add = _put_beside_a_place(words, gaps, out)
    out = (out - drop) | add  # "I don't want my dinner in front of the telly": the telly
    drop, add = _own_thing_had_otherwise(words, gaps, out)
    out = (out - drop) | add  # "I don't take my tablets on an empty stomach": still taken
    out |= _done_alone(words, gaps, out)  # "I'm not to go up the town on my own": the alone
    out -= _as_if_not(words, gaps)  # "don't talk over me as if I'm not in the room": the room
    # whose a thing is is not refused with it: "my grandson's boat", "the lunch club's fish"
    for k in [k for k in sorted(out) if _whose(words, k) and k + 1 in out]:
        while k >= 0 and k in out and words[k] not in FUNCTION_WORDS:
            out.discard(k)
            k -= 1
    return out


# who a likeness is said of: "as if I'm not in the room", "like she isn't there"
AS_IF_WHO = frozenset(
    ["i", "i'm", "im", "he", "she", "he's", "she's", "we", "we're", "they", "they're", "you"]
    + ["you're", "it", "it's"]
)


def _as_if_not(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """A likeness said after "as if", "as though" or "like I'm not" ("Don't talk over my head
    as if I'm not in the room", "they talk about me like I'm not there"): how a thing is done,
    not a thing ruled out; its own "not" rules nothing out, and a not before it does not reach
    into it (the room, the table are still there)."""
    kept = set()
    for k, word in enumerate(words):
        if k and words[k - 1] in SEEMING:
            continue  # "I feel as if I can't breathe": the person's own state, still lacking
        if word == "as" and _at(words, k + 1) in ("if", "though"):
            start = k + 2
        elif word == "like" and _at(words, k + 1) in AS_IF_WHO and k > 0:
            if not _said_not_to_be(words, k + 1):
                continue  # "I'd like you not to put sugar in": a wish, no likeness
            start = k + 1
        else:
            continue
        if _at(words, start) not in AS_IF_WHO:
            continue
        kept.update(range(start, _clause_end(gaps, start + 1, commas=True)))
    return kept


# a likeness of how the person feels or looks: "I feel as if I can't breathe", "I look like I
# haven't slept"; what it says is lacking is the person's own real state
SEEMING = frozenset(
    ["feel", "feels", "felt", "feeling", "look", "looks", "looked", "looking"]
    + ["seem", "seems", "seemed", "seeming"]
)


# the being, having or being able a likeness says is not so: "like she isn't", "like I can't"
AS_IF_BEING = frozenset(
    ["is", "am", "are", "was", "were", "be", "been", "has", "have", "had", "can", "could"]
)
AS_IF_WHO_BEING = frozenset(["i'm", "im", "he's", "she's", "we're", "they're", "you're", "it's"])


def _said_not_to_be(words: Sequence[str], who: int) -> bool:
    """True where the person at WHO after "like" is said not to be, have or be able ("like I'm
    not there", "like she isn't", "like I was not in the room", "like I can't hear"); not a wish
    ("I'd like you not to wake me", "I like it not too hot"), whose not comes straight after."""
    if words[who] in AS_IF_WHO_BEING:
        return _at(words, who + 1) in ("not", "never")
    said = _at(words, who + 1)
    if said.endswith("n't"):
        return said[:-3] in AS_IF_BEING or said in ("can't", "ain't")
    return said in AS_IF_BEING and _at(words, who + 2) in ("not", "never")


# what opens a clause saying what happens when a wanted thing is not done: "or I don't sleep"
OR_ELSE = frozenset(["or", "otherwise", "else"])
CONSEQUENCE_DOERS = frozenset(["i", "he", "she", "they", "we"])


def _lost_unless_done(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What the person loses when the thing before is not done ("decaf after lunch or I don't
    sleep", "or I seize up and can't get out of the chair"): the sleep and the chair are still
    wanted, the "not" only says what happens without the thing, so they take no cross. A skill
    lost then keeps its cross ("or I freeze and can't move"), as any lost skill does."""
    kept: set[int] = set()
    for j in range(1, len(words) - 3):
        if words[j] not in OR_ELSE or words[j + 1] not in CONSEQUENCE_DOERS:
            continue
        if words[j] == "else" and words[j - 1] != "or":
            continue  # "nobody else I don't want strangers": no consequence
        if BREAK.search(gaps[j + 1]) or "," in gaps[j + 1]:
            continue  # "I'm fine otherwise, I don't want the hoist": a refusal of its own
        end = _clause_end(gaps, j + 2, commas=True)
        nots = [n for n in range(j + 2, end) if words[n] in VERB_NEGATORS]
        if not nots or _refused_after_or(words, j, nots[0]):
            continue  # "or else I don't eat pork", "or I fall and I don't want the stick"
        # "or I don't sleep", "or I seize up and can't get out of the chair"
        lost = nots[0] + (words[nots[0]] in UNABLE)  # "or I can't move": a lost skill
        stop = next(  # "or I don't sleep so no coffee after two": the coffee is refused
            (n for n in range(nots[0] + 1, end) if _new_clause_after_or(words, n)), end
        )
        stop = min([stop] + [n for n in range(nots[0] + 1, end) if words[n] in VERB_NEGATORS])
        kept |= {k for k in out if lost < k < stop}  # keeps its cross (stop 32's ruling)
    return kept


def _new_clause_after_or(words: Sequence[str], n: int) -> bool:
    """True where WORDS[n] opens a clause of its own after "or I don't sleep": "so", "but",
    "no", or "and" before a doer or a not ("and I don't want the stick"), not "my dinner and
    pudding"."""
    if words[n] in ("so", "but", "no"):
        return True
    return words[n] == "and" and _at(words, n + 1) in CONSEQUENCE_DOERS | VERB_NEGATORS | {"no"}


WANTED_AFTER_NOT = frozenset(["want", "wants", "need", "needs", "like", "likes"])
HAD_AFTER_NOT = frozenset(["eat", "eats", "drink", "drinks", "have", "has", "take", "use"])


def _refused_after_or(words: Sequence[str], j: int, n: int) -> bool:
    """True where the not at N, after the "or" at J, refuses a thing rather than saying what is
    lost: "otherwise I don't want the hoist", "or else I don't eat pork" (a habit: a kind of
    thing, after "or else" or "otherwise"); not "or I won't eat my dinner", "or I don't drink my
    tea" (what happens without the thing: the tea is still wanted)."""
    after = _at(words, n + 1)
    if after in WANTED_AFTER_NOT:
        return True
    if after not in HAD_AFTER_NOT or words[n] in WILL_NOTS or words[j] == "or":
        return False  # "Make it hot or I don't drink my tea": a warning (code review)
    return _at(words, n + 2) not in POSSESSIVES | {"the", "this", "that"}  # not "my dinner"


WILL_NOTS = frozenset(["won't", "wont", "can't", "cannot", "cant", "couldn't", "wouldn't"])


def _kept_apart(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The things joined right before "kept apart" or "separate" ("no pork, and milk and meat
    kept apart", "meat and dairy separate"): only having them together is ruled out (a faith or
    diet rule), each is still had, so neither takes a cross; the pork stays refused."""
    kept: set[int] = set()
    for t in range(2, len(words)):
        if words[t] not in APART_ENDS or (t + 1 < len(words) and not _clause_end_at(gaps, t + 1)):
            continue  # "apart from my son", "separate rooms": no rule of things kept apart
        j = t
        while j > 0 and not BREAK.search(gaps[j]) and "," not in gaps[j]:
            j -= 1  # back to the clause's start; the things are joined after the first
        k = t - 1
        while k >= j and words[k] in KEPT_AS:
            k -= 1  # "meat and dairy (are) kept apart"
        run: set[int] = set()
        while k >= j and (words[k] in JOINS or (k in out and words[k] not in FUNCTION_WORDS)):
            if words[k] not in JOINS:
                run.add(k)
            k -= 1  # only the things joined right before it: never "no pork and keep ..."
        if len(run) > 1:
            kept |= run
    return kept


def _clause_end_at(gaps: Sequence[str], k: int) -> bool:
    """True where the gap before word K ends a clause (a comma, a stop, a semicolon)."""
    return bool(BREAK.search(gaps[k])) or "," in gaps[k]


DONT = frozenset(["don't", "dont", "never", "mustn't"])
BACK_TO_IT = frozenset(["it", "them"])


def _and_then_done_to_it(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The second doing of a refused order that goes on with "and" and "it" or "them" ("mind
    you don't wrap them in a tissue and bin them", "never fold it in a towel and bin it"):
    done to the same thing in the same order, so refused with it. Not after a comma, where a
    new order may begin ("Don't rush me, and wash them after")."""
    found: set[int] = set()
    for k in range(2, len(words) - 2):
        if words[k] != "and" or "," in gaps[k] or _at(words, k + 2) not in BACK_TO_IT:
            continue
        if k + 1 in out or grammar.VERB not in grammar.parts_of_speech(words[k + 1]):
            continue
        first = _clause_start(words, gaps, k, ands=False)
        dont = [j for j in range(first, k) if words[j] in DONT]
        if (
            dont
            and any(j in out for j in range(dont[0] + 1, k))
            and "," not in "".join(gaps[dont[0] + 1 : k + 1])
        ):
            found.add(k + 1)
    return found


WAITS = frozenset(["wait", "waits", "waiting", "waited"])


def _waited_for_or_helped_with(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> set[int]:
    """What follows a refused wait or help: "don't make me wait for the toilet", "I don't want
    help pouring my tea". The waiting and the help are refused; the toilet and the tea (and
    the pouring, done by the person) are wanted. A doing helped with that names no thing ("I
    don't need help eating, only cutting") stays as it was read."""
    found: set[int] = set()
    for k in sorted(out):
        if words[k] in WAITS and _at(words, k + 1) == "for":
            start = k + 2
        elif words[k] == "help" and _helped_doing_with_thing(words, gaps, k):
            start = k + 1
        else:
            continue
        j = start
        while j < len(words) and (j in out or words[j] in FUNCTION_WORDS):
            if j > start and (
                "," in gaps[j] or BREAK.search(gaps[j]) or words[j] in VERB_NEGATORS | {"no", "nor"}
            ):
                break  # "No help with dressing, and no commode": the commode is refused
            found.add(j)
            j += 1
    return found


def _helped_doing_with_thing(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where the help at K is with a doing that names its thing: "help pouring my tea"."""
    doing = k + 1 + (_at(words, k + 1) == "with")
    if not _ends_ing(_at(words, doing)) or doing + 1 >= len(words):
        return False
    return "," not in gaps[doing + 1] and not BREAK.search(gaps[doing + 1])


# Pressing a thing on someone: "don't bother me with", "don't mither me with", "don't fuss me with".
PESTERS = frozenset(
    ["bother", "mither", "pester", "trouble", "hassle", "plague", "badger", "bombard", "fuss"]
    + ["worry"]  # "don't worry me with the bills"
)
# the same said of the person: "I don't want to be worried with letters from the bank" (not
# "bothered", which _trusted_with_a_thing reads)
PESTERED = frozenset(
    ["mithered", "pestered", "troubled", "hassled", "plagued", "badgered"]
    + ["bombarded", "fussed", "worried"]
)
# what may come before a "don't" that asks: "Please don't bother me with", "So never mither her"
ASKING_OPENERS = frozenset(["please", "just", "and", "but", "so", "oh", "now"])


def _asking_negator(words: Sequence[str], gaps: Sequence[str], neg: int) -> bool:
    """True where the negator at NEG asks someone not to do a thing: "Please don't bother me
    with the bills", "Never mither her with the telly", "You mustn't pester him with it". A
    "don't" after a subject says what troubles the person, no refusal: "The stairs don't
    bother me with my stick" (code review). Unlike _asked_not_to, it reads "never" and a
    clause opened after a comma ("I'm tired, don't bother me with...")."""
    if _at(words, neg) in ("mustn't", "shouldn't"):
        return True
    if _at(words, neg) == "not" and neg and words[neg - 1] == "do":
        neg -= 1
    elif _at(words, neg) not in ("don't", "dont", "never"):
        return False
    return all(w in ASKING_OPENERS for w in words[_clause_end_before(gaps, neg) : neg])


# who "has not been a great one for" a thing, which is then a dislike: "I've never been one
# for parties", "he's not been a big one for the pub" (not "it's", "the summer has")
BEEN_WHO = frozenset(["i've", "we've", "he's", "she's", "they've", "i'd", "we'd", "you've"])
BEEN_WHO_SHORT = frozenset(["i", "we", "he", "she", "they", "you"])


def _a_person_has_been(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where a person comes right before the "not been" or "never been" at I, "I've",
    "I have", "she has", "I'd", "Dad's", "my husband has", or where it opens its sentence with
    the "I've" left off ("Never been a great one for church"): the dislike is theirs, not a
    year's or a season's ("It's not been", "the summer has")."""
    if i == 0 or BREAK.search(gaps[i]):
        return True
    if words[i - 1] in BEEN_WHO or _a_person(words[i - 1].removesuffix("'s")):
        return words[i - 1] != "it's"
    if i > 1 and words[i - 1] in ("have", "has", "had"):
        return words[i - 2] in BEEN_WHO_SHORT or _a_person(words[i - 2])
    return False


def _a_person(word: str) -> bool:
    """True for a kind of person or kin, "dad", "husband", "carer"."""
    return word in grammar.PEOPLE or word in KIN


def _said_by_me(words: Sequence[str], gaps: Sequence[str], neg: int) -> bool:
    """True where the negator at NEG is the person's own, "I don't want", "we don't like", or
    opens its clause ("..., don't want to be"), not another's wish ("My son doesn't want")."""
    said = [w for w in words[_clause_end_before(gaps, neg) : neg] if w not in ASKING_OPENERS]
    return said in ([], ["i"], ["we"], ["i", "really"], ["we", "really"], ["i", "just"])


def _bothered_with(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The thing in "Don't mither me with the telly", "never bother me with the paperwork": it
    is pressed on the person, who refuses it (unlike "don't nag me about the fags", where what
    it is about is the person's own business)."""
    out: set[int] = set()
    for i in range(len(words) - 4):
        if _asking_negator(words, gaps, i):
            p = i + 1
        elif words[i] in VERB_NEGATORS and _wants_nobody_to(words, i + 1):
            p = i + 4  # "I don't want anyone to bother me with the bills"
        else:
            p = 0
        if p and (
            _at(words, p) in PESTERS
            and _at(words, p + 1) in ("me", "us")
            and _at(words, p + 2) == "with"
        ):
            start = p + 3
        elif (
            words[i] in VERB_NEGATORS
            and words[i + 1 : i + 4] in (["want", "to", "be"], ["like", "to", "be"])
            and _at(words, i + 4) in PESTERED
            and _at(words, i + 5) == "with"
            and _said_by_me(words, gaps, i)  # not "My son doesn't want to be worried with"
            and not _handled_by_another(words, gaps, i + 6)  # "with my bills, my son pays them"
        ):
            start = i + 6  # "I don't want to be worried with letters from the bank"
        else:
            continue
        end = _thing_scope(words, gaps, start)
        out.update(
            k
            for k in range(start, end)
            if words[k] not in FUNCTION_WORDS and words[k] not in TIME_WORDS
        )  # "...with the crossword of a morning": not the morning
    return out


# How the person would feel if a kind of person did a thing for them, which rules that kind out.
SHAMED = frozenset(
    ["mortified", "scundered", "embarrassed", "ashamed", "humiliated", "horrified", "appalled"]
)
A_KIND = frozenset(["a", "an", "any", "some"])
# how strongly a feeling is said: "I'd be so embarrassed", "don't feel very hungry", "right poorly"
INTENSIFIERS = frozenset(
    ["very", "so", "too", "really", "quite", "that", "particularly", "terribly", "right", "dead"]
)


def _shamed_if_one_did(words: Sequence[str]) -> set[int]:
    """The kind of person in "I'd be mortified if a man washed me", "I would be ashamed if a
    male carer did that": the person would be shamed by them, so that kind of person is ruled
    out (the blind sets list the man under negated:). One's own person ("if my son saw me") is
    no kind refused, and a feeling of now ("I'm embarrassed if...") is no wish."""
    out: set[int] = set()
    for i in range(len(words) - 3):
        be = i - 1 - (_at(words, i - 1) in INTENSIFIERS)  # "I'd be so embarrassed"
        if words[i] not in SHAMED or be < 1 or words[be] != "be":
            continue
        if not any(w in WOULD for w in words[max(0, be - 2) : be]):
            continue
        if words[i + 1] != "if" or words[i + 2] not in A_KIND:
            continue
        for k in range(i + 3, min(i + 6, len(words))):
            if grammar.a_person(words[k]) and any(words[m] in SEXED for m in range(i + 3, k + 1)):
                out.update(j for j in range(i + 3, k + 1) if words[j] not in FUNCTION_WORDS)
                break
            if words[k] in FUNCTION_WORDS:
                break
    return out


# Who the person wants no one of to do a thing: "I don't want anyone to bother me with...".
ANYONE = frozenset(["anyone", "anybody", "people", "them", "you", "folk"])


def _wants_nobody_to(words: Sequence[str], k: int) -> bool:
    """True for "want anyone to" at K after a negator ("I don't want anyone to bother me"): the
    doing after "to" is refused as if asked of them."""
    return (
        _at(words, k) in ("want", "like")
        and _at(words, k + 1) in ANYONE
        and _at(words, k + 2) == "to"
    )


EAT_OR_DRINK = frozenset(["eat", "eats", "ate", "drink", "drinks", "drank"])


def _eat_nothing(words: Sequence[str]) -> set[int]:
    """The eating in "I eat nothing until the prayers are over", "I drink nothing after six": a
    fast or a limit, so the doing is ruled out, as "I don't eat until noon" is. Not "I eat
    nothing but fish", "I drink nothing else but tea": there the eating goes on."""
    found: set[int] = set()
    for k, word in enumerate(words[:-1]):
        if word not in EAT_OR_DRINK or words[k + 1] != "nothing":
            continue
        after = words[k + 2 : k + 4]
        if after[:1] in (["but"], ["except"], ["apart"]) or after == ["else", "but"]:
            continue
        found.add(k)
    return found


# Who is put or kept on a thing: "be put on a drip", "keep me on oxygen".
PUT_ON_WHOM = frozenset(["be", "being", "been", "me", "him", "her", "us"])


def _kept_on_a_treatment(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> tuple[set[int], set[int]]:
    """What a person is not to be put or kept on, where the putting is ruled out ("I don't want
    to be kept alive on machines", "Do not put me on a ventilator", "don't keep me on oxygen"):
    the machine is what is refused, and a bare one would say to use it. The "on" here is no
    place or time, as it is in "I never drink coffee on a Sunday". Also the person named as the
    one kept ("I don't want my husband kept going with tubes"): wanted, never crossed (code
    review 61e item 14)."""
    found: set[int] = set()
    kept: set[int] = set()
    for k in sorted(out):
        if words[k] not in PUT | KEEP | {"placed"}:
            continue
        j = k + 1
        # "not kept going with tubes", "never kept alive on machines": after "not" the one kept
        # goes unnamed only before "alive" or "going"; "do not keep on at me about my tablets"
        # nags, and "not kept on at the mill" is a job (code review 61c item 1)
        # "I don't want my husband kept going with tubes" names the one kept before the verb
        passive = words[k - 1 : k] in (["be"], ["being"], ["been"]) or (
            (words[k - 1 : k] in (["not"], ["never"]) or _at(words, k - 1) in grammar.PEOPLE)
            and _at(words, j) in ("alive", "going")
        )
        if not passive:
            if _at(words, j) not in PUT_ON_WHOM - {"be", "being", "been"}:
                continue
            j += 1
        # "kept alive on machines", and "kept going with tubes" (round 421): after "alive" or
        # "going" a "with" names the means too; "put me with the men" is company, no machine
        alive = _at(words, j) in ("alive", "going")
        j += alive
        means = ("on", "with") if alive else ("on",)
        if _at(words, j) not in means or any(BREAK.search(g) for g in gaps[k + 1 : j + 2]):
            continue
        if passive and _at(words, k - 1) in grammar.PEOPLE:
            kept.add(k - 1)  # "my husband kept going": the one kept, not the one refused
        end = _thing_scope(words, gaps, j + 1)
        for m in range(j + 1, end):
            if words[m] in grammar.PEOPLE or words[m] in NOT_A_MEANS:
                break  # "kept going with the family round the bed": people are no machine
            if words[m] not in FUNCTION_WORDS:
                found.add(m)
    return found, kept


# Where the means of being kept alive ends and the scene around it begins: "kept going with
# tubes while my husband sits", "kept going with the family round the bed" (code review 61c).
NOT_A_MEANS = frozenset(["round", "around", "while", "worrying", "watching", "waiting"])


def _for_whom_a_lost_doing(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The people a lost doing was done for: "I am sad that I cannot cook for the family any
    more", "I can't knit for my grandchildren now". The cooking is what is lost; the family is
    still there and still loved, and a cross would tell the reader to keep them away. Not a
    refusal ("I won't cook for my son"): there the son keeps his cross."""
    kept: set[int] = set()
    for k in sorted(out):
        if words[k] not in grammar.PEOPLE or k < 3 or words[k - 1] not in ARTICLES:
            continue
        if words[k - 2] == "for" and _unable_before(words, gaps, k - 2, 5):
            kept.add(k)
    return kept


def _unable_before(words: Sequence[str], gaps: Sequence[str], k: int, reach: int) -> bool:
    """Whether "can't" or "cannot" comes in the REACH words before K, in K's own clause: the
    doing after it is lost, not refused ("I cannot cook for the family any more")."""
    for m in range(k - 1, max(-1, k - 1 - reach), -1):
        if BREAK.search(gaps[m + 1]) or "," in gaps[m + 1]:
            return False
        if words[m] in UNABLE:
            return True
    return False


def _talked_about(words: Sequence[str], out: set[int]) -> set[int]:
    """A person talked about in a talk the person refuses ("I don't want to talk about my
    daughter, it's too painful"): the talk is ruled out; the daughter is loved, and a cross on
    her would say the opposite (the second review of stop 47). So is what is said of the person
    after "who" ("talking about my brother who died": no cross on him or on his death)."""
    kept: set[int] = set()
    for k in out:
        if not (
            words[k] in grammar.PEOPLE
            and k >= 3
            and words[k - 1] in POSSESSIVES
            and words[k - 2] in ("about", "of")
            and words[k - 3] in TALKING | TALKING_NOW
        ):
            continue
        kept.add(k)
        j = k + 2 if _at(words, k + 1) == "who" else len(words)
        while j in out and words[j] not in ("and", "or", "but", "nor"):
            kept.add(j)
            j += 1
    return kept


# Getting on with someone: "I don't get on with my son", "she never got along with her sister".
ON_ALONG = frozenset(["on", "along"])


def _not_got_on_with(words: Sequence[str], out: set[int]) -> set[int]:
    """The person someone does not get on with ("I don't get on with my son, don't ring him"):
    the bad feeling is what is said, the son is still family, and a cross on him would rule him
    out of the plan. Only people: "I don't get on with the frame" says the frame is disliked."""
    kept: set[int] = set()
    for k in out:
        j = k - 1
        while j > 0 and words[j] in POSSESSIVES | ARTICLES:
            j -= 1
        if words[k] not in grammar.PEOPLE or j < 2 or words[j] != "with":
            continue
        if words[j - 1] in ON_ALONG and words[j - 2] in GETS:
            kept.add(k)
    return kept


# A lost comfort: "I can't get comfy in bed", "she never gets comfortable on the settee".
GETS = frozenset(["get", "gets", "got", "getting"])
COMFORT = frozenset(["comfy", "comfortable", "settled", "warm"])
# what may stand between the not and the getting: "I can't seem to get comfy" (code review)
COMFORT_FILLERS = frozenset(["seem", "seems", "to", "ever", "really", "just", "quite"])


def _comfort_lost_where(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The place or time after a comfort the person cannot get ("I can't get comfy in bed these
    nights"): the comfort is what is lost, the bed is still slept in, so it takes no cross.
    Only with its "not", and only the place: "I get comfy in my chair and don't want the hoist"
    keeps the hoist's cross."""
    kept: set[int] = set()
    for c in range(2, len(words) - 1):
        if words[c] not in COMFORT or words[c - 1] not in GETS or words[c + 1] not in ("in", "on"):
            continue
        j = c - 2
        while j > 0 and c - 2 - j < 3 and words[j] in COMFORT_FILLERS:
            j -= 1  # "I can't seem to get comfy in bed", "I don't ever really get warm"
        if words[j] not in VERB_NEGATORS | UNABLE:
            continue  # "I get warm in the lounge so don't light the fire": no comfort lost
        end = _thing_scope(words, gaps, c + 2)
        kept |= {k for k in out if c < k < end}
    return kept


# The talk as a doing: "I don't like talking about my husband".
TALKING_NOW = frozenset(["talking", "speaking", "chatting"])


# Doing a thing roughly: the roughness is refused, the thing is kept ("don't slam the door").
ROUGHLY = frozenset(["slam", "slams", "slamming", "bang", "banging", "kick", "kicking"])


def _slammed(words: Sequence[str], out: set[int]) -> set[int]:
    """The thing in "Please don't slam the door", "don't bang the cupboards": the slamming is
    what startles; the door is still used, and a cross on it would say to keep it shut."""
    return {k for k in out if k > 1 and words[k - 1] in ARTICLES and words[k - 2] in ROUGHLY}


# What a person's word is called in an aside after a refusal: "no rum, doctor's orders".
SAY_SO = frozenset(["orders", "order", "advice", "say-so", "instructions", "rules"])


def _who_gave_it(words: Sequence[str], out: set[int]) -> set[int]:
    """The person who gave, brought or said a refused thing: "I won't take the sleeping tablets
    the doctor gave me", "I don't use the frame the physio brought", "no red meat, doctor's
    orders". The thing is refused; the doctor is who it came from, and a cross on the doctor
    would say to keep them away."""
    kept: set[int] = set()
    for k in sorted(out):
        word = words[k]
        if word.endswith("'s") and word[:-2] in grammar.PEOPLE and _at(words, k + 1) in SAY_SO:
            kept.add(k)  # "doctor's orders"
            continue
        if word not in grammar.PEOPLE or k < 2 or words[k - 1] not in ("the", "my"):
            continue
        thing = k - 2
        if thing not in out or words[thing] in FUNCTION_WORDS or words[thing] in grammar.PEOPLE:
            continue
        doing = grammar.parts_of_speech(_at(words, k + 1))
        if grammar.VERB in doing and grammar.NOUN not in doing:
            kept.update((k - 1, k))
    return kept


def _lifted_with(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What is in a thing not to be lifted or carried: "I must not lift the big pot of jollof
    rice", "don't carry the basket of washing": the pot and the basket are ruled out, the rice
    and the washing are not (round 225)."""
    kept: set[int] = set()
    for k in sorted(out):
        if k + 2 >= len(words) or words[k + 1] != "of" or k + 2 not in out:
            continue
        if gaps[k + 1].strip() or gaps[k + 2].strip() or words[k] in FUNCTION_WORDS:
            continue
        first = max(0, k - 4)
        if not any(words[v] in LIFTED for v in range(first, k)):
            continue
        if any(gaps[v].strip() for v in range(first + 1, k + 1)):
            continue  # said in another part
        m = k + 2
        while m < len(words) and m in out and words[m] not in FUNCTION_WORDS:
            if m > k + 2 and gaps[m].strip():
                break
            kept.add(m)
            m += 1
    return kept


def _not_there_in_time(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The place a person cannot reach in time: "I have accidents if I can't get to the toilet
    in time", "I cannae get to the bathroom quick", "I don't always get to the loo in time". The
    not is on how fast, not on the place: the toilet is still used, and a cross on it would
    tell the reader to keep away (round 229)."""
    kept: set[int] = set()
    for g in range(1, len(words) - 2):
        if words[g] != "get" or words[g + 1] != "to":
            continue
        end = g + 2
        while end < len(words) and not BREAK.search(gaps[end]) and "," not in gaps[end]:
            if _starts(words, end, IN_TIME):
                kept.update(k for k in range(g, end) if k in out)
                break
            end += 1
            if end > g + 6:
                break
    return kept


def _not_kept_at(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The thing a doing is not to be kept up on: "please don't keep topping up my cup", "don't
    keep filling my glass", "never keep moving my chair". The not is on doing it again and
    again, not on the thing: the cup is still used (round 229). The doing keeps its cross.
    Likewise what the person waits for: "please don't keep me waiting for the toilet"."""
    kept: set[int] = set()
    for k in range(1, len(words) - 2):
        if words[k] not in ("keep", "keeps"):
            continue
        waiting = words[k + 1] in OBJECT_PRONOUNS and words[k + 2] == "waiting"
        if not (waiting or _ends_ing(words[k + 1])):
            continue
        before = words[max(0, k - 2) : k]
        if not any(w in VERB_NEGATORS or w == "never" for w in before):
            continue
        m = k + 2
        if waiting:
            if k + 4 >= len(words) or words[k + 3] != "for":
                continue
            m = k + 4
        if m < len(words) and words[m] in PARTICLES:
            m += 1
        if m >= len(words) or words[m] not in ARTICLES | POSSESSIVES:
            continue  # "don't keep repeating it louder": no thing
        end = _thing_scope(words, gaps, m)
        kept.update(j for j in range(m, end) if j in out)
    return kept


SWALLOWS = frozenset(["swallow", "swallowing"])


def _medicine_not_swallowed(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The medicine the person cannot swallow ("I can't swallow tablets, please crush them",
    "If I cannot swallow my big pills, ask the chemist"): a lost skill of the body, not a
    medicine ruled out. The tablets are still needed (crushed, or as a liquid), and a cross on
    them would tell the reader to go without (stop 42's blind review)."""
    kept: set[int] = set()
    for s, word in enumerate(words):
        before = set(words[max(0, s - 3) : s])  # "can't swallow", "unable to swallow"
        if word not in SWALLOWS or not (UNABLE | {"unable"}) & before:
            continue
        for k in range(s + 1, min(s + 5, len(words))):
            if BREAK.search(gaps[k]):
                break
            if words[k] in MEDICINES:
                kept.update(j for j in range(s + 1, k + 1) if j in out)
                break
    return kept


# The body's own doings that fail only in a place or position said after them: "I don't sleep
# in our bed now", "I can't breathe lying flat". Not "with" ("I can't sleep with the light on"),
# which the blind sets' labellers read as ruling the sleep out.
BODY_GOING = frozenset(["sleep", "sleeping", "slept", "breathe", "breathing"])
BODY_GOING_IN = frozenset(["in", "on", "lying", "sitting"])
# ... unless someone is told or asked not to let it happen: "Don't let the cat sleep on my bed",
# "I don't want to sleep in the chair", "I must not sleep on my back".
BODY_RULED = frozenset(
    ["let", "lets", "want", "wants", "like", "likes", "allowed", "allow", "must", "mustn't"]
    + ["should", "shouldn't", "wish", "need", "to"]
)


def _body_going_wrong(words: Sequence[str], out: set[int]) -> set[int]:
    """The person's sleep or breath that fails in a place or position said after it ("Since he
    went I don't sleep in our bed", "I can't breathe lying flat", "or I stop breathing in my
    sleep"): the place is what is ruled out (the bed, lying flat); the sleep is still wanted, and
    a cross on it would say "stay awake". A bare "I can't sleep" is left as it was: the sets'
    labellers list it under negated: as often as not."""
    kept = set()
    for k in out:
        if words[k] not in BODY_GOING or _at(words, k + 1) not in BODY_GOING_IN:
            continue
        if not BODY_RULED & set(words[max(0, k - 4) : k]):
            kept.add(k)
    return kept


# The person's own body a lost doing is done to: "I can't cut my own toenails", "I can't
# move my feet", "Not able to lift my arms". Conditions and states ("my diabetes", "my
# memory") are not parts of the body and are left as they are.
OWN_BODY = BODY_PARTS | frozenset(
    ["shoulder", "feet", "legs", "leg", "arm", "arms", "hand", "hands", "knees", "knee", "back"]
    + ["hips", "hip", "eyes", "eye", "ears", "teeth", "tongue", "lips", "toe", "body", "tummy"]
    + ["chest"]
)
NOT_A_DOING = frozenset(
    ["round", "around", "on", "in", "off", "from", "over", "under", "near", "to", "for", "with"]
    + ["by", "at", "into", "onto", "behind", "past", "not", "no", "and", "or", "but", "of"]
)


def _own_body_done_to(words: Sequence[str], out: set[int]) -> set[int]:
    """The person's own body part that a lost doing acts on straight after it ("I can't cut my
    own toenails", "I cannot move my feet when I freeze", "Not able to lift my arms"): the
    doing is what is lost; the toenails and the arms are still there, and the sets key them
    plain or in both forms. Not an order ("Please don't cut my hair", "never trim my beard":
    the sets list the hair under negated:), nor a body part said as where ("not round my
    neck")."""
    kept = set()
    for k in out:
        if words[k] not in OWN_BODY or k < 2:
            continue
        mine = k - 1 - (words[k - 1] == "own")
        if mine < 1 or words[mine] not in ("my", "his", "her"):
            continue
        doing = words[mine - 1]
        if doing in NOT_A_DOING or doing in FUNCTION_WORDS:
            continue
        lost = set(words[max(0, mine - 4) : mine - 1]) & (UNABLE | {"unable", "able"})
        if lost and grammar.VERB in grammar.parts_of_speech(doing):
            kept.add(k)
    return kept


def _own_body_had_done(words: Sequence[str], out: set[int]) -> set[int]:
    """The person's own body part in a dislike of having something done to it ("I hate having
    my feet touched", "she can't bear getting her nails cut", "I hate my hair being washed"):
    the touching or the cutting is disliked; the feet and the nails are still there to care
    for, and a crossed foot would say the person has none. Not an order ("Don't cut my hair")."""
    kept = set()
    for k in out:
        if words[k] not in OWN_BODY or k < 2 or words[k - 1] not in ("my", "his", "her"):
            continue
        done = k + 1 + (_at(words, k + 1) == "being")
        had = words[k - 2] in ("having", "getting") or done == k + 2
        if had and _done_to_the_body(_at(words, done)):
            kept.add(k)
    return kept


def _done_to_the_body(word: str) -> bool:
    """WORD says what is done to a part of the body: "touched", "washed", "cut", "done"."""
    return word in ("cut", "done", "put", "shaved", "seen") or (
        word.endswith(("ed", "en")) and grammar.participle(word)
    )


def _own_body_never_done(words: Sequence[str], out: set[int]) -> set[int]:
    """The person's own body part in what they say they never or don't do to it ("I never cut
    my hair", "I don't shave my beard", "he doesn't cut his hair": blind review r7): a custom
    kept, so the cutting is ruled out and the hair is still there to care for. Not an order to
    others ("Never cut my hair", "Don't cut my hair": the sets cross the hair)."""
    kept = set()
    for k in out:
        if words[k] not in OWN_BODY or k < 3 or words[k - 1] not in ("my", "his", "her"):
            continue
        doing = k - 2
        said = words[doing - 1]
        custom = said == "never" or (said in HABIT_NOTS and words[doing] in GROOMING)
        if custom and _said_of_oneself(words, doing):
            kept.add(k)
    return kept


# How a custom kept is said ("I never cut", "I don't shave"), not an order or a rule ("mustn't").
HABIT_NOTS = frozenset(["never", "don't", "doesn't", "didn't", "dont", "not"])
# what a custom keeps from being done to one's hair or skin ("I don't cut my hair"); not a
# thing not worn ("I don't have my teeth in": the dentures are refused then)
GROOMING = frozenset(
    ["cut", "cuts", "shave", "shaves", "trim", "trims", "dye", "dyes", "colour", "colours"]
    + ["pluck", "plucks", "wax", "waxes", "bleach", "bleaches", "perm", "perms", "pierce"]
)


# Doings done on a part of the body, which is where they are done, not what is done.
ON_THE_BODY = frozenset(
    ["walk", "walking", "stand", "standing", "lie", "lying", "sleep", "sleeping", "sit"]
    + ["sitting", "kneel", "kneeling", "lean", "leaning", "comfy", "comfortable", "weight"]
)


def _done_on_my_body(words: Sequence[str], out: set[int]) -> set[int]:
    """The body part a refused or lost doing is done on ("I can never get comfy on my hip",
    "I mustn't walk on the foot when the gout is bad"): where it is done, the hip is not
    ruled out. Not a thing put on it ("Don't put cream on my face")."""
    kept = set()
    for k in out:
        if k < 3 or words[k] not in FOR_MY_REASONS or words[k - 1] not in POSSESSIVES | {"the"}:
            continue
        if words[k - 2] == "on" and words[k - 3] in ON_THE_BODY:
            kept.add(k)
    return kept


# How a side or state of the body is told apart: "my right hand", "my good ear".
BODY_SIDES = frozenset(["left", "right", "good", "bad", "weak", "other", "own", "strong"])
# Doings by which a thing hurts the body it presses on: "the strap's not rubbing my nose".
CHAFING = frozenset(
    ["rub", "rubs", "rubbing", "chafe", "chafes", "chafing", "pinch", "pinches", "pinching"]
    + ["dig", "digs", "digging", "press", "presses", "pressing", "catch", "catches", "catching"]
)


def _body_used_or_rubbed(words: Sequence[str], out: set[int]) -> set[int]:
    """The person's body part a refused or lost doing is done with or by ("I can't grip with
    my right hand", "not by my good hand"), or that a thing must not rub or dig into ("make
    sure the strap's not rubbing my nose"): the means or the one hurt, still wanted, not a
    thing ruled out ("Don't cut my hair" is done to the hair, and is read as before). So is the
    part a person is lifted, held or pulled by or under ("don't lift me under the arms", "never
    pull him by the arm"): how it is done, the arms are still wanted ("Don't put cream under the
    arms" is done to them, and is read as before)."""
    kept = set()
    for k in out:
        if words[k] not in OWN_BODY and grammar.lemma(words[k]) not in grammar.BODY:
            continue
        if _handled_by(words, k):
            kept.add(k)
            continue
        j = k - 1 - (_at(words, k - 1) in BODY_SIDES)
        if j < 1 or words[j] not in ("my", "his", "her"):
            continue
        before = words[j - 1]
        if before in ("with", "by") or before in CHAFING:
            kept.add(k)
        elif j >= 2 and before in ("into", "on") and _at(words, j - 2) in CHAFING:
            kept.add(k)  # "digging into my arm", "pressing on my leg"
    return kept


# A person handled by a part of the body: "lift me under the arms", "pull him by the arm".
HANDLED_PEOPLE = frozenset(["me", "him", "her", "them", "us"])


# the handlings whose grip a body part after "by" or "under" is ("lift me under the arms", "don't
# pull me up by the arm"); not "don't wash me under the arms", where the arms are washed (code
# review 61a item 9)
HANDLINGS = frozenset(
    ["lift", "lifts", "lifted", "lifting", "pick", "picks", "picked", "picking", "haul", "hauls"]
    + ["hauled", "hauling", "pull", "pulls", "pulled", "pulling", "drag", "drags", "dragged"]
    + ["dragging", "hold", "holds", "held", "holding", "grab", "grabs", "grabbed", "grabbing"]
    + ["take", "takes", "took", "taken", "taking", "carry", "carries", "carried", "carrying"]
    + ["hoist", "hoists", "hoisted", "hoisting", "raise", "raises", "raised", "raising"]
    + ["catch", "catches", "caught", "catching", "lead", "leads", "led", "leading"]
)


def _handled_by(words: Sequence[str], k: int) -> bool:
    """True for the body part at K said after a person and "by" or "under" ("lift me under the
    arms", "don't pull me up by the arm"): the grip a handling is done by."""
    j = k - 1 - (_at(words, k - 1) in BODY_SIDES)
    if j < 3 or words[j] not in ("my", "his", "her", "the", "their"):
        return False
    if words[j - 1] not in ("by", "under"):
        return False
    who = j - 2 - (words[j - 2] in ("up", "out", "round", "over"))
    return words[who] in HANDLED_PEOPLE and who > 0 and words[who - 1] in HANDLINGS


FOR_MY_REASONS = BODY | OWN_BODY | frozenset(["throat", "mouth", "gut", "guts", "digestion"])


def _for_my_body(words: Sequence[str], out: set[int]) -> set[int]:
    """The person's body or condition after "for my" in what is ruled out ("not too hot now for
    my stomach", "nothing too hard for my teeth", "not too salty for my blood pressure"): the
    reason a thing is refused, as "not with my heart" is, not a thing refused."""
    kept = set()
    for k in out:
        if words[k] not in FOR_MY_REASONS:
            continue
        j = k - 1
        while j > k - 3 and j > 1 and words[j] in FOR_MY_REASONS:
            j -= 1  # "for my blood pressure"
        if j >= 1 and words[j] in POSSESSIVES and words[j - 1] == "for":
            kept.update(range(j + 1, k + 1))
    return kept


# Weather a refused doing would be done in: "I do not like being out in the snow", "I never sit in
# the garden in the sun". Not "the dark", which is the time of night as often as a condition
# ("I won't walk to the toilet in the dark": the walking is refused, the night is not).
WEATHER_IN = frozenset(
    ["snow", "rain", "sun", "sunshine", "mist", "fog", "wind", "ice", "frost", "heat", "hail"]
)


def _done_alone(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """Where "on my own" or "alone" closes a clause whose going or using is refused: doing it
    alone is what is ruled out, so it gets the cross ("I'm not to go on the quay on my own", "Don't
    let me out on my own", "they don't want me on the bus alone"). Not after a lost ability
    ("I can't stand up on my own": a doing lost, not refused), and not where a person is alone
    with no doing refused before it ("I live on my own and don't want to move")."""
    found: set[int] = set()
    for k, word in enumerate(words):
        if word == "alone":
            span = [k]
        elif (
            word == "on"
            and _at(words, k + 1) in ("my", "his", "her")
            and _at(words, k + 2) == "own"
        ):
            span = [k, k + 1, k + 2]
        else:
            continue
        after = span[-1] + 1
        if (
            after < len(words)
            and not BREAK.search(gaps[after])
            and "," not in gaps[after]
            and words[after] not in ALONE_ENDS
        ):
            continue  # "on my own two feet", "alone with the grill"
        if _at(words, k - 1) in BEING:
            continue  # "never leave the burner lit when I am alone": being alone is the when
        refused = False
        j = k - 1
        while j >= 0 and not BREAK.search(gaps[j + 1]) and words[j] not in ALONE_STOPS:
            if "," in gaps[j + 1] and words[j + 1] in SUBJECTS:
                break  # "Don't fret, she can be left alone": a clause of its own
            if words[j] in ALONE_CLAUSES and (
                _at(words, j + 1) in SUBJECTS or _at(words, j + 1).endswith("ing")
            ):
                break  # "I don't drive so I go on the bus on my own": a clause of its own
            if words[j] in UNABLE:
                refused = False
                break
            if words[j] in ALONE_NOT_REFUSED:
                break  # "I don't mind going to the shop on my own": nothing refused
            if words[j] in VERB_NEGATORS or (j in out and words[j] not in ALONE_LIVING):
                refused = True
            j -= 1
        if refused:
            found.update(span)
    return found


# a person being alone ("when I'm alone"), and what opens a clause of its own before it
BEING = frozenset(["am", "i'm", "im", "is", "are", "was", "were", "be", "being", "he's", "she's"])
ALONE_STOPS = frozenset(["but", "when", "whenever", "while", "if", "unless"])
# words that open a clause of their own before "on my own" when a subject or a doing follows
# ("so I go on the bus on my own", "and keeping the house running on my own")
ALONE_CLAUSES = frozenset(["so", "as", "because", "cos", "coz", "and", "or", "since", "then"])
# a person living alone, which no negator before it refuses ("I have always lived on my own")
ALONE_LIVING = frozenset(["live", "lives", "lived", "living"])
# a negator's word that refuses nothing: "I don't mind going on my own", "not bothered"
ALONE_NOT_REFUSED = frozenset(["mind", "bothered", "frightened", "scared", "afraid"])
# what may follow "on my own" or "alone" closing a refused doing ("not on my own any more")
ALONE_ENDS = frozenset(
    ["now", "any", "anymore", "again", "yet", "since", "after", "at", "in", "because", "as"]
    + ["or", "and", "so", "please", "ever", "these", "nowadays", "today", "till", "until"]
)


def _in_the_weather(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The weather named after "in" or "in the" where a doing before it in the same clause is
    ruled out: the weather is the condition refused, so it gets the cross, not a bare picture
    of a sunny day ("I don't go up high in snow or mist any more": the snow and the mist)."""
    found: set[int] = set()
    for k, word in enumerate(words):
        if word != "in":
            continue
        j = k + 1 + (_at(words, k + 1) == "the")
        if _at(words, j) not in WEATHER_IN:
            continue
        first = k - 1
        while first >= 0 and first not in out:
            if BREAK.search(gaps[first + 1]) or "," in gaps[first + 1] or words[first] in SUBJECTS:
                first = -1
                break
            first -= 1
        if first < 0:
            continue
        while first - 1 in out:
            first -= 1
        if first and words[first - 1] in UNABLE:
            continue  # "I cannot walk to the synagogue in the rain": a doing lost, not refused
        found.add(j)
        while _at(words, j + 1) in ("or", "and") and not BREAK.search(gaps[j + 1]):
            nxt = j + 2 + (_at(words, j + 2) == "the")
            if _at(words, nxt) not in WEATHER_IN | {"dark"}:
                break
            found.add(nxt)
            j = nxt
    return found


def _weather_of_a_lost_doing(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The weather after "in" where the doing before it is one the person cannot do ("I get
    low when I can't get out in the snow or the rain", "I cannae go in the ice"): the going
    is what is lost, and the snow is only when; a cross on it would say to have none, as
    _in_the_weather leaves "I cannot walk to the synagogue in the rain" bare."""
    kept: set[int] = set()
    for k in sorted(out):
        if words[k] not in WEATHER_IN:
            continue
        j = k - 1
        while (
            j > 0
            and words[j] in WEATHER_IN | {"the", "or", "and"}
            and not BREAK.search(gaps[j + 1])
        ):
            j -= 1
        if words[j] == "in" and _unable_before(words, gaps, j, 5):
            kept.add(k)
    return kept


# A sense that carries a thing to the person: "the smell of fish", "the taste of coffee".
SENSED = frozenset(["smell", "taste", "sight", "sound", "stink", "stench", "whiff", "feel"])


def _sense_of_a_thing(words: Sequence[str], out: set[int]) -> set[int]:
    """The sense words in "I can't stand the smell of fish", "I hate the taste of instant
    coffee": what is refused is the fish or the coffee, and a crossed nose or tongue would
    say the person must not smell or taste at all (round 156). Only where the thing after
    "of" is ruled out too: "I can't stand the smell of it" keeps its one picture."""
    kept: set[int] = set()
    for k in out:
        if words[k] not in SENSED or _at(words, k + 1) != "of":
            continue
        j = k + 2
        while j < len(words) and j in out and words[j] in FUNCTION_WORDS:
            j += 1
        if j in out and words[j] not in FUNCTION_WORDS:
            kept.add(k)
    return kept


# how a food is made, said after it: "anything fried in dripping", "bread baked with seeds"
MADE_BY = frozenset(
    ["cooked", "fried", "baked", "boiled", "roasted", "grilled", "steamed", "stewed", "made"]
)
# what stands before "made with" or "cooked in": the ruled-out thing, or a word for any food
MADE_THING = frozenset(["anything", "nothing", "something", "food", "owt", "nowt"])


def _how_it_is_made(words: Sequence[str], out: set[int]) -> set[int]:
    """The doing that says how a ruled-out food is made: "I won't touch anything fried in
    dripping", "no bread baked with seeds". The dripping and the bread are ruled out; a
    crossed pan would say the person must not cook. "The smell of fish cooking" keeps its
    cross: the sets cross the cooking there."""
    kept: set[int] = set()
    for k in out:
        if words[k] not in MADE_BY or _at(words, k + 1) not in ("in", "with"):
            continue
        before = words[k - 1] if k else ""
        if before in MADE_THING or (k - 1 in out and before not in FUNCTION_WORDS):
            kept.add(k)  # "anything fried in dripping", "bread baked with seeds"
    return kept


def _yes_or_no(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True for the "no" of "yes and no cards", "yes or no questions", "yes/no questions": a
    kind of card or question that offers both answers, so nothing is ruled out (round 156)."""
    if words[i] != "no" or not i:
        return False
    if words[i - 1] == "yes" and "/" in gaps[i]:
        return True
    if i < 2 or words[i - 2] != "yes" or words[i - 1] not in ("and", "or"):
        return False
    if not YES_NO_KINDS & {_at(words, i + 1), _at(words, i + 2)}:  # "yes and no picture cards"
        return False  # "Milk yes and no sugar": the sugar is refused
    return not (gaps[i - 1].strip() or gaps[i].strip())  # not "Yes, and no sugar please"


# what offers both answers: "yes and no cards", "yes or no questions"
YES_NO_KINDS = frozenset(
    ["card", "cards", "question", "questions", "answer", "answers", "sign", "signs"]
    + ["board", "boards", "button", "buttons", "symbol", "symbols", "choice", "choices"]
    + ["thumb", "thumbs"]
)


HATED_WITH = frozenset(["with", "in", "on"])

# money used up on something: "spent on taxis", "wasted on scratch cards"
SPENT = frozenset(["spent", "wasted", "frittered"])


def _spent_on(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The words to flip for money not to be spent on a thing: "I don't want my pension spent
    on taxis" rules out the taxis, not the pension or the spending; the ruled-out money and
    "spent" leave OUT and what it is spent on joins it. Not where nothing before "spent" was
    ruled out ("my pension is spent on taxis") nor without "on"."""
    flip: set[int] = set()
    for k, word in enumerate(words[:-2]):
        if word not in SPENT or k not in out or words[k + 1] != "on" or "," in gaps[k]:
            continue
        if k < 1 or words[k - 1] in FUNCTION_WORDS | SUBJECTS:
            continue  # "I never spent on taxis": no money named as refused
        flip.add(k)
        j = k - 1
        while j >= 0 and j in out and words[j] not in FUNCTION_WORDS:
            flip.add(j)
            j -= 1
        end = _thing_scope(words, gaps, k + 2)
        flip.update(m for m in range(k + 2, end) if m not in out and words[m] not in FUNCTION_WORDS)
    return flip


SPENDING = frozenset(["waste", "spend", "fritter", "blow"])
# "blow" spends only money named: "don't blow my savings on"; not "blow the candles out on"
MONEY = frozenset(["money", "savings", "pension", "cash", "inheritance", "wages", "lottery"])
ALL_OF_IT = (["it", "all"], ["the", "lot"], ["the", "lot", "of", "it"])  # the money, said
SPENT_LIMITS = frozenset(["much", "more", "less", "lot", "too", "over", "above"])


def _spending_on(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The words to flip for a refused "waste it on" or "spend my money on": "don't waste my
    savings on a big funeral" rules out the funeral, not the savings, as "spent on" does
    (plans28 shape). Only a short object (up to three words) between the doing and "on"."""
    flip: set[int] = set()
    for k, word in enumerate(words[:-2]):
        if k not in out or grammar.lemma(word) not in SPENDING:
            continue
        on = next((j for j in range(k + 2, min(k + 5, len(words))) if words[j] == "on"), 0)
        if not on or any("," in gaps[j] or BREAK.search(gaps[j]) for j in range(k + 1, on + 1)):
            continue
        if SPENT_LIMITS & set(words[k + 1 : on]) and words[k + 1 : on] not in ALL_OF_IT:
            continue  # "I don't spend much on clothes": a limit, the clothes are still bought
        spent = MONEY & set(words[k + 1 : on]) or words[k + 1 : on] in ALL_OF_IT
        if grammar.lemma(word) == "blow" and not spent:
            continue  # "don't blow the candles out on my cake": no spending (code review),
            # but "don't blow it all on bingo" spends
        flip.update(j for j in range(k + 1, on) if j in out)
        end = _thing_scope(words, gaps, on + 1)
        flip.update(
            j for j in range(on + 1, end) if j not in out and words[j] not in FUNCTION_WORDS
        )
    return flip


# Light words of a reply that names no thing of its own: "I can't get there now", "I don't".
EMPTY_REPLY = frozenset(
    ["get", "go", "do", "manage", "make", "there", "it", "that", "now", "any", "more", "anymore"]
    + ["longer", "these", "days", "nowadays", "though", "sadly", "really", "to", "at", "all"]
)


def _label_answered_not(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The head of a note's label answered "I can't get there now", "I don't", "I won't do it
    any more" after a colon or dash: "Mass on a Sunday - I can't get there now" rules out the
    Mass (not the Sunday), "Fast on Yom Kippur: I don't" the fasting. A reply with a thing of
    its own ("Church: I don't go to the new one") leaves the label to the rules for it."""
    out: set[int] = set()
    for p in range(1, len(words) - 1):
        if not NOTE_BREAK.search(gaps[p]) or words[p] not in ("i", "we"):
            continue
        if words[p + 1] not in VERB_NEGATORS:
            continue
        end = _clause_end(gaps, p + 1, commas=True)
        if any(w not in EMPTY_REPLY for w in words[p + 2 : end]):
            continue
        first = _subject_start(words, gaps, p - 1)
        if first and not BREAK.search(gaps[first]):
            continue  # the label opens its sentence
        head = first
        while head < p and words[head] in ARTICLES | POSSESSIVES:
            head += 1  # "The bingo - I can't get there any more"
        while head < p and words[head] not in FUNCTION_WORDS | TIME_OR_PLACE:
            head += 1
        if head - first > 3:
            continue  # a sentence, not a label
        out.update(range(first, head))
    return out


def _hated_with(words: Sequence[str], gaps: Sequence[str], i: int) -> tuple[int, int] | None:
    """Span of the thing a hated doing is done with or in, at a one-word dislike at I: "I hate
    shaving with an electric razor", "I hate being lifted in the hoist" (the razor, the hoist:
    what the person dislikes), or None. Not "I hate being without my hearing aid" (a second
    negation: _without_after_a_not), nor a doing with no thing after it ("I hate being rushed"),
    nor one that says how the person is treated ("I hate being rushed with my breakfast": the
    breakfast is wanted)."""
    if words[i] not in HATES or i + 3 >= len(words):
        return None
    k = i + 1
    if words[k + (words[k] == "being")] in TREATED:
        return None
    if words[k] == "being":
        k += 1
        if not words[k].endswith("ed"):
            return None  # "I hate being late"
    elif not words[k].endswith("ing") or grammar.VERB not in grammar.parts_of_speech(words[k]):
        return None
    k += 1
    if k >= len(words) or words[k] not in HATED_WITH or BREAK.search(gaps[k]) or "," in gaps[k]:
        return None
    end = _thing_scope(words, gaps, k + 1)
    if any(w in TIME_WORDS for w in words[k + 1 : end]):
        return None  # "I hate being rushed in the morning": when, not a thing
    return (k + 1, end) if end > k + 1 else None


NOBODY = frozenset(["nobody", "no-one", "noone"])
TALKING = frozenset(
    ["speak", "speaks", "spoke", "talk", "talks", "talked", "chat", "chats", "chatted"]
    + ["see", "sees", "saw", "meet", "meets", "met", "visit", "visits", "visited"]
)


def _done_with_nobody(words: Sequence[str]) -> set[int]:
    """A talk or a visit the person has with nobody ("I speak to nobody some days", "some
    weeks I see no one"): the doing is ruled out, as in "nobody talks to me"."""
    out = set()
    for k, word in enumerate(words):
        if word in NOBODY or (word == "one" and k and words[k - 1] == "no"):
            j = k - 2 if word == "one" else k - 1
            if j >= 1 and words[j] in ("to", "with"):
                j -= 1
            after = words[k + 1] if k + 1 < len(words) else ""
            if j >= 1 and words[j] in TALKING and after not in ("but", "except", "apart", "else"):
                out.add(j)  # not "I chat to nobody but the cat": the chat is had
    return out


def _faculty_gone(words: Sequence[str]) -> set[int]:
    """The sense or wish a person says is gone: "I've lost my appetite", "My appetite's
    gone", "my eyesight has gone now". Not a sense going a way ("My voice has gone quiet"),
    nor one still being lost ("losing my sight", "I lose my balance")."""
    out = set()
    for k, word in enumerate(words):
        if word == "lost" and words[k + 1 : k + 2] in (["my"], ["all"]):
            thing = k + 2 + (words[k + 2 : k + 3] == ["my"])  # "lost all my appetite"
            said_not = any(w in VERB_NEGATORS for w in words[max(0, k - 3) : k])
            kit = words[thing + 1 : thing + 2] in (["aid"], ["aids"])  # "lost my hearing aid"
            if thing < len(words) and words[thing] in FACULTIES and not (said_not or kit):
                out.add(thing)  # not "I haven't lost my appetite"
        stem = word.removesuffix("'s")
        if stem not in FACULTIES or not k or words[k - 1] not in POSSESSIVES:
            continue
        gone = k + 1 if stem != word else k + 2
        if stem == word and words[k + 1 : k + 2] not in (["has"], ["is"]):
            continue
        if words[gone : gone + 1] != ["gone"]:
            continue
        after = words[gone + 1] if gone + 1 < len(words) else ""
        if not after or after in GONE_THEN or after in CLAUSE_ENDS:
            out.add(k)  # "My appetite's gone lately, so...", "My eyesight has gone"
    return out


FACULTIES = frozenset(["appetite", "hearing", "sight", "eyesight", "taste"])
GONE_THEN = frozenset(["now", "lately", "completely", "altogether", "since", "and", "so"])
# After "I hate it when...", a doing that frames another: only the framing is unwanted.
HELPING_VERBS = frozenset(["help", "helps", "helped", "let", "lets", "make", "makes", "made"])
IT_WHEN = (
    ("hate", "it", "when"),
    ("hates", "it", "when"),
    ("dislike", "it", "when"),
    ("don't", "like", "it", "when"),
    ("do", "not", "like", "it", "when"),
    ("doesn't", "like", "it", "when"),
    ("can't", "stand", "it", "when"),
    ("cannot", "stand", "it", "when"),
    ("can't", "bear", "it", "when"),
)
# ...and where what annoys is a thing NOT done, that thing is wanted: "It annoys me when
# nobody closes the curtains" (but "I get cross when people talk over me" is read as said)
ANNOYED_WHEN = IT_WHEN + (
    ("annoys", "me", "when"),
    ("upsets", "me", "when"),
    ("bothers", "me", "when"),
    ("get", "upset", "when"),
    # minding or anger at a thing not done: "I mind when the carers don't phone"
    ("mind", "when"),
    ("mind", "it", "when"),
    ("hate", "when"),
    ("cross", "when"),
    ("cross", "if"),
    ("annoyed", "when"),
    ("annoyed", "if"),
    ("angry", "when"),
)


# a low feeling at a thing's absence (blind review r7): "lonely when there are no visitors",
# "I feel low if nobody rings": the missing thing is missed, so wanted, not ruled out
LOW_FEELINGS = frozenset(
    ["lonely", "sad", "bored", "low", "down", "miserable", "lost", "fed", "anxious", "upset"]
    + ["frightened", "scared", "afraid", "nervous", "worried", "panicky", "unsettled", "agitated"]
)


def _low_when(words: Sequence[str], i: int) -> int:
    """2 where a low feeling at I is followed by "when" or "if" ("lonely when", "fed up if"
    counts its "up"), else 0."""
    k = i + 2 if words[i : i + 2] == ["fed", "up"] else i + 1
    if words[i] not in LOW_FEELINGS or _at(words, k) not in ("when", "if"):
        return 0
    return k + 1 - i


PLACE_ADVERBS = frozenset(["indoors", "inside", "outside", "outdoors", "upstairs", "downstairs"])
LIMIT_PREPOSITIONS = frozenset(["at", "in", "on", "during"])


WHERE_USED = frozenset(["indoors"])


def _where_it_is_used(words: Sequence[str], out: set[int]) -> set[int]:
    """A place word right after a thing ruled out says where the thing is not used ("I won't
    use a walking frame indoors"): the place itself is not ruled out, as it is where nothing
    comes before it ("I smoke on the patio, never indoors") or a doing does ("I don't like
    being indoors all day") (round 246)."""
    return {c for c in out if words[c] in WHERE_USED and c - 1 in out and _after_a_thing(words, c)}


def _after_a_thing(words: Sequence[str], c: int) -> bool:
    """Whether a thing said with its article ("a walking frame", "the leg") ends right
    before C."""
    return any(words[k] in ARTICLES for k in range(max(0, c - 4), c - 1))


def _limit_before(words: Sequence[str], c: int) -> int:
    """Where a place or time that ends the clause before C begins ("indoors", "at night", "in
    the house"), or -1."""
    if c >= 1 and words[c - 1] in PLACE_ADVERBS:
        return c - 1
    last = words[c - 1] if c >= 1 else ""
    if last not in TIME_WORDS and last not in HOME_PLACES:
        return -1
    if c >= 2 and words[c - 2] in LIMIT_PREPOSITIONS:
        return c - 2
    if c >= 3 and words[c - 2] in ARTICLES and words[c - 3] in LIMIT_PREPOSITIONS:
        return c - 3
    if c >= 4 and words[c - 3] in ARTICLES and words[c - 4] in LIMIT_PREPOSITIONS:
        return c - 4  # "on the wrong day", "in the early morning"
    return -1


def _only_elsewhere(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> tuple[set[int], set[int]]:
    """A thing ruled out in one place or at one time, where the sentence goes on to say where
    or when it is used ("I don't need a stick indoors, only outside", "The stick is no longer
    used indoors, only outside", "I won't wear the stockings at night, only in the day"), is
    still used: only its place or time is ruled out (round 81). Without the "only" the thing
    stays ruled out ("I'd rather not use the white stick indoors"). Round 107: the "only" may
    follow a dash and name the time itself ("Do not give me methotrexate on the wrong day -
    only on Mondays", "I don't want my eye drops in the afternoon, only morning and night"),
    and the same doing said again does as "only" does ("I don't go to the day centre on
    Mondays but I go on Wednesdays", "not in the front room, put it in the bedroom"). Returns
    the things kept, and the times or places ruled out in their stead (Mondays, the front
    room)."""
    kept: set[int] = set()
    limits: set[int] = set()
    for o, word in enumerate(words):
        if not o or o + 1 >= len(words):
            continue
        if word in ("only", "just") and ("," in gaps[o] or NOTE_BREAK.search(gaps[o])):
            nxt = words[o + 1]
        else:
            nxt = _said_elsewhere(words, gaps, o)
        if nxt not in PLACE_ADVERBS | LIMIT_PREPOSITIONS | TIME_WORDS:
            continue
        limit = _limit_before(words, o)
        if limit < 0:
            continue
        start = _clause_start(words, gaps, limit, ands=False)
        if any(k in out for k in range(start, limit)):  # the time or place is what is ruled
            limits |= {k for k in range(limit, o) if words[k] not in FUNCTION_WORDS}  # out
        kept |= {k for k in range(start, limit) if k in out}
    return kept, limits


def _said_elsewhere(words: Sequence[str], gaps: Sequence[str], o: int) -> str:
    """The first word of where or when a clause at O says the same thing is done after all,
    with the same verb or with "it" (round 107): "...on Mondays but I go on Wednesdays" ("on"),
    "...in the front room, put it in the bedroom" ("in"), "...but I have it in the morning"; or
    "". Not another doing: "I don't go to chapel on Sundays but I pray at home"."""
    it = ("it", "them")
    if words[o] == "but" and _at(words, o + 1) in SUBJECTS:
        k = o + 3  # "but I go on Wednesdays"
        if (
            _at(words, k) not in it
            and _at(words, o + 2) not in words[_clause_start(words, gaps, o - 1) : o]
        ):
            return ""
    elif "," in gaps[o] and _at(words, o + 1) in it:
        k = o + 1  # ", put it in the bedroom"
    else:
        return ""
    if _at(words, k) in it:
        k += 1
    return _at(words, k)


def _straight_from(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> tuple[set[int], set[int]]:
    """A not before "straight from" or "straight out of" rules out where the thing comes from,
    not the thing (round 107): "I never drink water straight from the tap" keeps the water and
    rules out the tap, and so does "Water boiled and cooled, never straight from the tap". Not
    without a not in its clause ("I have my tea straight from the pot")."""
    kept: set[int] = set()
    source: set[int] = set()
    for k, word in enumerate(words):
        if word not in STRAIGHT or k + 2 >= len(words) or words[k + 1] not in ("from", "out"):
            continue
        first = k + 2 + (words[k + 1] == "out" and words[k + 2] == "of")
        start = _clause_start(words, gaps, k, ands=False)
        nots = [j for j in range(start, k) if words[j] in VERB_NEGATORS or words[j] == "no"]
        if not nots:
            continue
        kept |= {j for j in range(nots[0] + 1, k) if j in out}
        end = _thing_scope(words, gaps, first)
        source |= {j for j in range(first, end) if words[j] not in FUNCTION_WORDS}
    return kept, source


# Asking for a thing to be off (round 81): the orders, and the words that keep a thing off.
SWITCHING_OFF = frozenset(["turn", "switch", "put", "leave"])
STAYING_OFF = frozenset(["stays", "stay", "kept", "remains", "remain"])
ORDER_BEFORE = frozenset(["please", "and", "then", "just", "so"])
# What is only there while it is on: a sound or a light. An oven or a tap turned off is still
# there ("Turn the oven off at the wall"), so it is not ruled out.
ON_OR_NOTHING = frozenset(
    ["television", "telly", "tv", "tele", "radio", "wireless", "music", "light", "lights"]
    + ["lamp", "lamps", "telly's", "radio's", "lighting"]
    # round 126: what warms only while it is on: a heater or an electric blanket kept off gives
    # no heat, so it is ruled out ("I like a hot water bottle and the electric blanket off",
    # "Keep the oil heater off at night"); not "fire", which is also the fire exit and the alarm
    + ["heater", "heaters", "blanket"]
)


def _asked_off(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """A sound or a light asked to be off (ON_OR_NOTHING) is not to be on, and is ruled out as
    "No television" rules it out: an order ("turn off TV", "Please switch the radio off"), one
    that stays off ("the television stays off") and one wished off ("I need my hearing aids in
    and the radio off").
    Not a thing a negated order keeps on ("Don't turn the heating off"), nor what the person
    does ("I turn the television off when the news upsets me"), nor what happens ("the heating
    goes off at ten")."""
    out: set[int] = set()
    for o, word in enumerate(words):
        if word != "off" or o < 2:
            continue
        near = words[max(0, o - 4) : o + 4]
        if not ON_OR_NOTHING & set(near):
            continue  # "Turn the hot tap off tight": the tap is still there
        start = _clause_start(words, gaps, o)
        clause = words[start:o]
        if set(clause) & (VERB_NEGATORS | {"no", "if", "when", "unless", "until"}):
            continue
        if words[o - 1] in STAYING_OFF:
            out |= _thing_before_off(words, start, o - 1)  # "the television stays off"
            continue
        k = start + (words[start] == "please")
        if words[k] in SWITCHING_OFF and (k == start or words[k - 1] in ORDER_BEFORE):
            if k + 1 == o:  # "turn off TV", "Please switch off the radio at night"
                j = o + 1 + (_at(words, o + 1) in ARTICLES)
                while j < len(words) and not BREAK.search(gaps[j]) and _a_thing(words, j):
                    out.add(j)
                    j += 1
                continue
            out |= _thing_before_off(words, k + 1, o)  # "Please switch the radio off"
            continue
        wish = _clause_start(words, gaps, o, ands=False)
        article = next(
            (j for j in range(o - 2, max(wish, o - 4) - 1, -1) if words[j] in ARTICLES), 0
        )
        if WANTING & set(words[wish:o]) and article:
            out |= _thing_before_off(words, article, o)  # "...and the radio off before we talk"
    return out


def _clause_start(words: Sequence[str], gaps: Sequence[str], k: int, ands: bool = True) -> int:
    """Where the clause of the word at K begins: after a break, a comma or (ANDS) an "and"."""
    j = k
    while j > 0 and not BREAK.search(gaps[j]) and "," not in gaps[j]:
        if ands and words[j - 1] == "and":
            break
        j -= 1
    return j


def _thing_before_off(words: Sequence[str], start: int, off: int) -> set[int]:
    """The thing named between START and OFF ("the big light", "my radio"), as indices."""
    span = range(max(start, off - 3), off)
    picked = {j for j in span if words[j] not in FUNCTION_WORDS and _a_thing(words, j)}
    return picked if picked and max(picked) == off - 1 else set()


def _disliked_when(words: Sequence[str], i: int) -> int:
    """Index of the doing in "I hate it when people shout", "I don't like it when the carers
    rush me" at I, or 0: the doing is what is not wanted, not who does it."""
    size = _starts(words, i, IT_WHEN)
    if not size:
        return 0
    first = i + size
    while first < len(words) and words[first] in ARTICLES:
        first += 1  # "when the radio is loud": the radio is who, "is loud" the doing
    for k in range(first + 1, min(first + 4, len(words))):
        if words[k] in VERB_NEGATORS | {"nobody", "no"}:
            return 0  # "I hate it when the carers don't knock": the knock is wanted
        if words[k] in FUNCTION_WORDS - HAVE_OR_BE:
            continue
        if grammar.VERB in grammar.parts_of_speech(words[k]) or words[k] in HAVE_OR_BE:
            return k
    return 0


def _in_if_clause(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where the word at I is in an "if" clause that opens at most five words before it
    ("if I skip lunch", "my sugar goes low if I skip a meal")."""
    k = i
    while k > 0 and not BREAK.search(gaps[k]) and "," not in gaps[k] and words[k] != "if":
        k -= 1
    return words[k] == "if" and i - k <= 5


def _needed_if_not(words: Sequence[str], gaps: Sequence[str], i: int, first: int) -> bool:
    """True for a not at I in an "if" clause that says what goes wrong without the doing ("If
    I don't eat breakfast I get shaky", "If the carers do not dry between my toes, the skin
    cracks"): the doing and its thing are needed, not ruled out. Not a wish ("If I don't want
    my dinner, ...": the dinner is refused), nor what the person cannot do ("If I can't get to
    Mass": the Mass is missed). The "if" may close its sentence as well as open it ("I get
    constipated if I don't eat prunes": the prunes are needed)."""
    k = i
    while k > 0 and not BREAK.search(gaps[k]) and "," not in gaps[k] and words[k] != "if":
        k -= 1
    if words[k] != "if" or i - k > 5 or first >= len(words):
        return False
    if k and words[k - 1] == "even":  # "Wellies by the door, even if I don't farm now": a
        return False  # concession, the farming is over
    if any(_main_clause_begins(words, j) for j in range(k + 2, i)):
        return False  # "If it rains I don't go to the shops": the not is the main clause's
    if _counterfactual_loss(words, gaps, k, i):
        return True
    done = words[i] == "not" and words[i - 1] in ("do", "does", "did")
    if not done and words[i] not in ("don't", "doesn't", "didn't", "dont"):
        return False  # "If I can't get to Mass, ...": the Mass is missed, not needed
    return words[first] not in IF_WISHES and not _starts(words, first, DISLIKES)


RUNNING = frozenset(["clock", "clocks", "watch", "pendulum"])


def _clocks_stopped(words: Sequence[str], i: int) -> bool:
    """True for "stop the clocks" at I: stopping what runs on its own (a custom at a death,
    "stop the clocks after I go") is a doing asked for; the clocks are no thing refused."""
    return words[i].startswith("stop") and any(
        words[i + 1 : i + 3] == [det, thing] for det in ("the", "all", "my") for thing in RUNNING
    )


def _feared_not(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True for "can't" at I just after "in case" in the same sentence ("I worry in case I can't
    get to the hall", "in case I cannot reach the bell"): a loss feared, so what the person could
    not get to is what they want, not a thing ruled out. "I carry a card in case. I can't have
    nuts" is a refusal."""
    unable = words[i] in UNABLE or (words[i] == "not" and _at(words, i - 1) == "can")
    return unable and any(
        words[k : k + 2] == ["in", "case"] and not any(BREAK.search(g) for g in gaps[k + 2 : i + 1])
        for k in range(max(0, i - 4), i)
    )


WOULD = frozenset(["would", "i'd", "we'd", "it'd", "wouldn't", "he'd", "she'd", "they'd"])
COULD_NOT = frozenset(["couldn't", "couldnae", "couldna"])


def _counterfactual_loss(words: Sequence[str], gaps: Sequence[str], k: int, i: int) -> bool:
    """True for "could not" in an "if" clause at K beside a "would" clause ("I'd go mad if I
    couldn't get out in the garden", "If I couldn't go to chapel I would be lost"): a loss
    imagined, so the doing and its thing are what the person holds dear, not ruled out."""
    could_not = words[i] in COULD_NOT or (words[i] == "not" and words[i - 1] == "could")
    if not could_not:
        return False
    start = k
    while start > 0 and not BREAK.search(gaps[start]):
        start -= 1
    end = i + 1
    while end < len(words) and not BREAK.search(gaps[end]):
        end += 1
    return any(words[j] in WOULD for j in range(start, end) if j != i)


def _main_clause(words: Sequence[str], gaps: Sequence[str], first: int, end: int) -> int:
    """Where the main clause after an "if" clause starts, its doing at FIRST: at a comma or at
    the next doer ("If I don't get my tea I won't..."), and no later than END."""
    for k in range(first + 1, min(end, len(words))):
        if "," in gaps[k] or BREAK.search(gaps[k]) or words[k] in SUBJECTS:
            return k
    return max(end, first + 1)


NOT_SO = frozenset(["not", "isn't", "aren't", "wasn't"])
# what one packs in for good: "I packed in the fags in 1990"
HABITS = frozenset(
    ["smoking", "cigarettes", "ciggies", "fags", "pipe", "cigars", "drink", "drinking", "booze"]
    + ["cigs", "tabs", "smokes", "baccy", "tobacco", "snuff", "cigarette", "roll-ups", "cigar"]
    + ["beer"]
    + ["job", "work", "working", "football", "bingo", "golf", "darts", "allotment", "driving"]
)


def _anything_not(words: Sequence[str], gaps: Sequence[str], first: int, end: int) -> bool:
    """True where a negated doing's thing is "anything that is not" a kind ("I never eat
    anything that is not halal", "I won't wear anything that isn't cotton"): a second
    negation, so only that kind is done, and wanted."""
    for k in range(first, min(end, len(words))):
        if (
            words[k] == "anything"
            and words[k + 1 : k + 2] in (["that"], ["which"], ["not"])
            and "," not in gaps[k + 1]  # "I won't eat anything, not even toast": refused
        ):
            return bool(NOT_SO & set(words[k + 1 : k + 4]))
    return False


# Disliking the missing of a thing wants the thing: "I hate missing my bingo"
MISSED_DOINGS = frozenset(["missing", "forgetting", "losing", "skipping"])


NOT_THAT = (("not", "that"), ("isn't", "that"), ("wasn't", "that"))
NOT_DISLIKED = (("don't", "dislike"), ("not", "dislike"), ("doesn't", "dislike"))


def _not_that_not(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the clause at I that turns a not back ("It's not that I don't like the carers",
    "It isn't that I don't want a bath", "Not that I mind the rain", "I don't dislike the
    food"), or 0: the thing is not refused."""
    if _starts(words, i, NOT_DISLIKED):
        return _clause_end(gaps, i + 2, commas=True)
    size = _starts(words, i, NOT_THAT)
    if not size:
        return 0
    end = _clause_end(gaps, i + size, commas=True)
    said = words[i + size : min(end, i + size + 3)]
    return end if any(w in VERB_NEGATORS or w == "mind" for w in said) else 0


# what a person can follow or manage only some of the time: "I don't always follow the sermon"
SOMETIMES_LOST = frozenset(
    ["follow", "remember", "understand", "catch", "hear", "recognise", "recognize", "know"]
    + ["manage", "find", "see", "get", "read", "make"]
)


def _not_always(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the clause at I whose not only says the person can follow or manage a thing some
    of the time ("I don't always follow the sermon", "I can't always remember the score"), or
    0: a thing managed now and then is no thing ruled out, and a cross would tell the carers
    to stop it. A habit sometimes left ("I don't always eat when I'm low") is left to the
    older rules, as the older sets cross it."""
    if words[i] not in VERB_NEGATORS or words[i + 1 : i + 2] != ["always"]:
        return 0
    if _at(words, i + 2) not in SOMETIMES_LOST:
        return 0
    end = _clause_end(gaps, i + 2, commas=True)
    # only its own clause: "I can't always hear the phone and I don't want visitors" still
    # refuses the visitors (code review), as does "...my glasses and don't want the carers"
    return next(
        (
            n
            for n in range(i + 3, end)
            if _new_clause_after_or(words, n) or words[n] in VERB_NEGATORS
        ),
        end,
    )


def _wanted_when(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the clause after "I hate it when" at I where its doing is itself negated ("I
    hate it when the carers don't knock", "I can't stand it when nobody answers the bell"), or
    0: a second negation, so the doing and its thing are wanted. A low feeling when a thing
    is missing is the same: "I get lonely when there are no visitors" wants the visitors."""
    size = _starts(words, i, ANNOYED_WHEN) or _low_when(words, i)
    if not size or words[i + size : i + size + 1] == ["i"]:
        return 0  # "I get cross when I can't hear the television": the hearing is gone
    end = _clause_end(gaps, i + size, commas=True)
    for k in range(i + size, min(i + size + 4, end)):
        if words[k] in VERB_NEGATORS | NOBODY | {"no"}:
            return end
    return 0


# a thing that should not land somewhere, said in a purpose clause: "so the peas don't go on the
# table" (blind review r6): the spill is what the aid prevents; the table, carpet or floor stays
LANDINGS = frozenset(
    ["go", "goes", "get", "gets", "end", "ends", "fall", "falls", "drip", "drips", "land", "lands"]
    + ["spill", "spills", "slide", "slides", "roll", "rolls", "run", "runs"]
)
WHERE_TO = frozenset(["on", "onto", "over", "in", "into", "down", "off", "everywhere", "up"])


def _kept_from_landing(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the clause at I where "so (that) the X doesn't go on / end up on..." says what a
    plate guard, beaker or cloth is for, or 0: the place named is where the thing should not
    land, not a thing refused ("a lipped plate so the peas don't go on the table")."""
    if words[i] not in VERB_NEGATORS or _at(words, i + 1) not in LANDINGS:
        return 0
    if _at(words, i + 2) not in WHERE_TO:
        return 0
    k = i - 1  # back over the thing said as the doer: "the peas", "my tea", "the gravy"
    while k > 0 and i - k <= 3 and words[k] not in ("so", "that") and not BREAK.search(gaps[k + 1]):
        if words[k] in SUBJECTS or words[k] in grammar.PEOPLE:
            return 0  # "so I don't go on the bus": the person goes, and what they refuse
        k -= 1
    if (
        words[k] not in ("so", "that")
        or (words[k] == "that" and (k == 0 or words[k - 1] != "so"))  # "check that ..." is none
        or k == i - 1
        or _at(words, k + 1) not in ARTICLES | POSSESSIVES
    ):
        return 0
    return _clause_end(gaps, i + 1, commas=True)


BRINGING = frozenset(["bring", "brings", "take", "takes", "carry", "fetch"])
# a way from one place to another: what cannot be managed is the way, not where it leads
PATHS = frozenset(
    ["step", "steps", "stair", "stairs", "ramp", "slope", "hill", "kerb", "path", "ladder"]
)
WHY_OR_WHEN = frozenset(["because", "as", "since", "due", "owing", "until", "till", "unless", "if"])
ASKED = frozenset(["asked", "asks", "offered", "offers", "suggested", "suggests"])
WANTING = frozenset(["need", "needed", "needs", "want", "wanted", "wants", "like", "liked"])
# After "if I don't", a wish or a liking: the thing is refused ("If I don't want my dinner")
IF_WISHES = WANTING | frozenset(["fancy", "feel", "mind", "wish", "care", "enjoy", "love"])


WHEN_STOPPED = frozenset(
    ["years", "ago", "months", "weeks", "long", "last", "year", "a", "while", "now", "since"]
)
# After "I stopped" or "I gave up", these start a when or a why, not a thing given up: "I used
# to smoke but I gave up twenty years ago", "...but I stopped after my stroke".
STOPPED_WHEN_OR_WHY = HOURS | frozenset(
    ["after", "when", "because", "as", "before", "once", "in", "for", "ages", "decades"]
    + ["twenty", "thirty", "forty", "fifty", "sixty", "many", "several", "some", "few"]
    + ["and", "but", "so"]  # "...but I stopped and now my son does it"
)
STOPPED_AT_END = (
    ("stopped",),
    ("quit",),
    ("gave", "up"),
    ("gave", "it", "up"),
    ("gave", "them", "up"),
    ("packed", "it", "in"),
    ("packed", "in"),
)
# The same, said as what the person was made to do: "the doctor made me give it up", "I had to
# stop", "the nurse told me to pack it in" (round 56): each verb in its plain form.
STOP_MADE_TO = tuple((grammar.lemma(verb), *rest) for verb, *rest in STOPPED_AT_END)
MADE = frozenset(["made", "make", "makes", "got"])  # "made me give it up"
# After a stop the person had to make, these say what they halted for or did next ("I had to
# stop for petrol", "I had to stop and sit on the bench"): a halt, not a habit given up.
HALTS = frozenset(["for", "and", "at", "on", "to", "by", "off"])
HAD_OR_TOLD = frozenset(["had", "have", "has", "me", "us"])  # "had to stop", "told me to stop"


def _made_to_stop(words: Sequence[str], i: int) -> int:
    """Length of a giving-up the person was made to do at I ("made me give it up", "I had to
    stop", "told me to give it up"), or 0."""
    size = _starts(words, i, STOP_MADE_TO)
    if not size or i < 2:
        return 0
    if words[i - 1] in ("me", "us") and words[i - 2] in MADE:
        return size
    return size if words[i - 1] == "to" and words[i - 2] in HAD_OR_TOLD else 0


def _stopped_since(words: Sequence[str], gaps: Sequence[str], i: int) -> tuple[int, int] | None:
    """The doing a clause said the person used to do, where they then say they stopped at I:
    "I used to smoke, but I stopped", "I used to ride a bike, but I gave it up"."""
    size = _starts(words, i, STOPPED_AT_END)
    made = not size or i < 3 or words[i - 1] not in ("i", "we")
    if made:
        size = _made_to_stop(words, i)
        if not size or i < 3:
            return None
    rest = i + size
    if (
        made
        and rest < len(words)
        and not BREAK.search(gaps[rest])
        and "," not in gaps[rest]
        and words[rest] in HALTS
        and words[rest : rest + 2] != ["for", "good"]
    ):
        return None  # "I used to drive and I had to stop for petrol every week"
    if rest < len(words) and not BREAK.search(gaps[rest]) and words[rest].endswith("ing"):
        after = rest + 1  # "I used to go to church, but I stopped going (there)"
        if after < len(words) and words[after] in ("there", "it", "that", "them"):
            after += 1
        if (
            after == len(words)
            or BREAK.search(gaps[after])
            or words[after] in WHEN_STOPPED | STOPPED_WHEN_OR_WHY
        ):
            rest = after
    while rest < len(words) and not BREAK.search(gaps[rest]) and words[rest] in WHEN_STOPPED:
        rest += 1  # "...but I quit years ago"
    thing = rest < len(words) and not BREAK.search(gaps[rest])
    if thing and words[rest] not in STOPPED_WHEN_OR_WHY and not words[rest][:1].isdigit():
        return None  # "I stopped going to church": read by the rule for giving up
    used = next((j for j in range(i - 2, 0, -1) if words[j - 1 : j + 1] == ["used", "to"]), None)
    if used is None or any(BREAK.search(g) for g in gaps[used + 1 : i]):
        return None
    end = _verb_scope(words, gaps, used + 1)
    return (used + 1, min(end, i - 1)) if end > used + 1 else None


def _allergic_to_at_end(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True at "allergic to" that ends its clause after a thing and "I'm" ("Eggs I'm allergic
    to", "Penicillin I am allergic to")."""
    if words[i : i + 2] != ["allergic", "to"] or i < 2:
        return False
    if i + 2 < len(words) and not BREAK.search(gaps[i + 2]):
        return False
    if words[i - 1] == "i'm":
        return True
    return words[i - 2 : i] == ["i", "am"] and i >= 3


def _said_no_to(words: Sequence[str], gaps: Sequence[str], i: int) -> tuple[int, int] | None:
    """The thing offered or asked about, where the person then says no at I ("The nurse asked
    if I needed a commode, and I said no", "They offered me a hoist, but I said no thanks").
    Not "I said no to the doctor" (the doctor is not refused), which goes on after the no."""
    if words[i : i + 2] != ["said", "no"] or i < 2 or words[i - 1] not in ("i", "we"):
        return None
    if i + 2 < len(words) and not (
        BREAK.search(gaps[i + 2]) or words[i + 2] in ("thanks", "thank")
    ):
        return None
    asked = next((j for j in range(i - 2, -1, -1) if words[j] in ASKED), None)
    if asked is None or any(BREAK.search(g) for g in gaps[asked + 1 : i]):
        return None
    first = asked + 1
    want = next((j for j in range(first, i - 1) if words[j] in WANTING), None)
    if want is not None:
        first = want + 1
    elif words[first] in OBJECT_PRONOUNS:
        first += 1  # "offered me a hoist"
    end = _thing_scope(words, gaps, first)
    return (first, end) if end > first and end < i else None


def _missed_chance(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """End of a missed chance that a not says at FIRST, or 0: "(never) got to hold his hand",
    "didn't get to see my brother" (a doing after "get to"), or "(never) knew my dad", "met my
    grandad" (one of the family): what was missed is wanted, not refused. Not "I never get to
    the shops now": a place there."""
    word = _at(words, first)
    if word in ("get", "got") and _at(words, first + 1) == "to":
        after = _at(words, first + 2)
        kinds = grammar.parts_of_speech(after)
        doing = grammar.VERB in kinds and after not in FUNCTION_WORDS
        if grammar.NOUN in kinds:  # "got to kiss her", but "get to Mass, the priest...": a place
            then = _at(words, first + 3)  # "got to say goodbye", not "get to Mass on Sunday"
            doing = doing and then not in TIME_OR_PLACE | {""} and not gaps[first + 3].strip()
        return first + 3 if doing else 0
    if word in ("knew", "know", "met", "meet") and _at(words, first + 1) in POSSESSIVES:
        who = grammar.lemma(_at(words, first + 2))
        return first + 3 if who in grammar.PEOPLE or who.startswith("grand") else 0
    return 0


def _done_badly(words: Sequence[str], first: int) -> bool:
    """True where the negated doing at FIRST is followed by "well" ("I'm not sleeping well",
    "I don't hear too well"): the not says the doing goes badly, so where or with what it goes
    badly is no thing refused."""
    if grammar.VERB not in grammar.parts_of_speech(_at(words, first)):
        return False
    after = first + 1 + (_at(words, first + 1) in ("too", "very", "so", "that"))
    return _at(words, after) == "well"


def _unsaid_doing(words: Sequence[str], i: int, first: int) -> bool:
    """True where the negator at I ends a doing left unsaid and FIRST starts its reason or
    condition: "I must not because of my sugar", "I won't unless my daughter is here". A "not"
    with no verb of its own before it refuses what follows it: "Chocolate? Not if it has nuts
    in", "a biscuit, but not if it's got chocolate on": the nuts, the chocolate."""
    if first >= len(words) or words[first] not in WHY_OR_WHEN - {"as", "due", "owing"}:
        return False
    return words[i] != "not" or _at(words, i - 1) in MODALS | {"do", "does", "did"}


# "nothing made with flour", "nothing cooked in lard" (THING_NEGATORS): how a thing is made
MADE_WITH = frozenset(tuple(n[1:]) for n in THING_NEGATORS if len(n) == 3 and n[0] == "nothing")


def _anything_made_with(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What a refused "anything" or "nothing" is made with or has in it: "I don't eat pork or
    anything cooked with wine", "no gelatine, and nothing cooked in alcohol", "not allowed
    grapefruit or anything with grapefruit in", "Nothing too sweet, and nothing with nuts"."""
    found: set[int] = set()
    for k in range(len(words) - 2):
        if _crossed_food_made_with(words, gaps, out, k):
            size = 2  # "no cake made with butter", "no bread baked with seeds": the butter too
        elif words[k] not in ("anything", "nothing"):
            continue
        else:
            size = 2 if tuple(words[k + 1 : k + 3]) in MADE_WITH else int(words[k + 1] == "with")
        if not size or k + size + 1 >= len(words):
            continue
        if words[k] == "anything" and not out & set(range(max(0, k - 4), k + 2)):
            continue  # "I'll eat anything cooked with love": nothing refused
        if any(BREAK.search(gaps[j]) for j in range(k + 1, k + size + 2)):
            continue
        end = _thing_scope(words, gaps, k + size + 1)
        found.update(j for j in range(k + size + 1, end) if words[j] not in FUNCTION_WORDS)
    return found


def _crossed_food_made_with(
    words: Sequence[str], gaps: Sequence[str], out: set[int], k: int
) -> bool:
    """True where the ruled-out thing at K is said to be made with or in something: "no cake
    made with butter", "I won't eat chips fried in lard". A comma or stop after it ends the
    refused thing: in "Eggs, not bacon, fried in butter" the eggs are fried, so the butter is
    wanted."""
    return (
        k in out
        and words[k] not in FUNCTION_WORDS
        and "," not in gaps[k + 1]
        and not BREAK.search(gaps[k + 1])
        and _at(words, k + 1) in MADE_BY
        and _at(words, k + 2) in ("in", "with")
    )


def _someone_let_do(words: Sequence[str], k: int, end: int) -> bool:
    """True where the "let" at K names a person or animal and then a doing: "let the carers
    use the same knife", "let my son drive", "let the cat sleep on my bed", "let the agency
    carers wake me"."""
    if k + 3 >= end or words[k + 1] not in ARTICLES or words[k + 2] in FUNCTION_WORDS:
        return False
    who = grammar.parts_of_speech(words[k + 2])  # "carers": no entry of its own, a noun
    return (not who or grammar.NOUN in who) and (
        grammar.VERB in grammar.parts_of_speech(words[k + 3]) or bool(_two_word_doer(words, k))
    )


def _two_word_doer(words: Sequence[str], k: int) -> int:
    """1 where the one let do a thing after "let" at K is named in two words, "the night nurses
    wake me", "the agency carers use my first name": the doing comes a word later; else 0."""
    second, doing = _at(words, k + 3), _at(words, k + 4)
    if not grammar.plural(second) or doing in FUNCTION_WORDS - {"use"}:
        return 0
    after = _at(words, k + 5)
    return int(
        grammar.VERB in grammar.parts_of_speech(doing)
        and after in OBJECT_PRONOUNS | POSSESSIVES | ARTICLES | {"it"}
    )


LET_IN = frozenset(["in", "into", "out", "inside", "indoors", "outside", "upstairs"])


def _let_in(words: Sequence[str], k: int) -> int:
    """Index of "in" or "out" in "let strangers in", "let cold callers into the house", "let
    my cat out at night" at K, or 0: who or what is not to be let in or out is kept out, and
    is ruled out, as "The cat isn't allowed in the kitchen" keeps the cat out; the place is
    wanted (round 90). Not "let me out" (the going, read as before), nor a doing after the
    thing ("let the fire go out", "let the phone ring out": no one is kept out)."""
    if _at(words, k) not in ("let", "lets") or _at(words, k + 1) in OBJECT_PRONOUNS | {"it"}:
        return 0
    j = k + 1 + (_at(words, k + 1) in ARTICLES)
    named = []
    while j < len(words) and len(named) < 3 and words[j] not in LET_IN:
        if words[j] in FUNCTION_WORDS:
            return 0
        named.append(words[j])
        j += 1
    if not named or j >= len(words) or words[j] not in LET_IN:
        return 0
    last = named[-1]
    doing = grammar.VERB in grammar.parts_of_speech(last) and not grammar.plural(last)
    if doing and (words[k + 1] not in ARTICLES or len(named) > 1):
        return 0  # "let the fire go out"; "let my cat out" is one thing after "my"
    if _at(words, j + 1) in ARTICLES:  # "let the water in the bath get cold": the place
        after = _at(words, j + 3)  # says which water, and the doing after it is ruled out
        if grammar.VERB in grammar.parts_of_speech(after):
            return 0
    return j


LET_OUT = frozenset(["out", "outside"])
KEPT_IN = frozenset(["him", "her", "them", "it"])


def _let_out(words: Sequence[str], k: int) -> bool:
    """True where the "let" at K lets a thing or animal OUT: "don't let my cat out at night",
    "don't let him out of the cage". What is kept in is wanted where it is, and the place it is
    kept in too: only the letting out is ruled out (stop 40's blind review), unlike "let
    strangers in", which keeps the strangers out. Not "let me out of the front door" (the going
    out, and the way out, are ruled out)."""
    if _at(words, k + 1) in KEPT_IN:
        return _at(words, k + 2) in LET_OUT
    j = _let_in(words, k)
    return bool(j) and words[j] in LET_OUT


# ways of being somewhere that go nowhere ("get me started", "sit on the bus")
GOT_OR_STAYED = frozenset(
    ["get", "gets", "getting", "got", "sit", "sits", "sitting", "sat", "lie", "lies", "lying"]
)


# Being moved by someone: "I won't be pushed in a wheelchair", "I don't want to be driven in
# the minibus": the way of going is refused, as it is for "go".
CARRIED = frozenset(["pushed", "wheeled", "driven", "ferried", "carted"])


def _gone_by(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> list:
    """(place, vehicle) for each refused going that says how it goes: "I won't go to the day
    centre in the minibus", "I don't go to the mosque on foot any more", "I don't go out on the
    bus": the way of going is refused, the place is not."""
    found = []
    for k, word in enumerate(words):
        if (
            (word not in MOTION and word not in CARRIED)
            or word in GOT_OR_STAYED
            or not (k in out or (k and words[k - 1] in VERB_NEGATORS))
        ):
            continue  # not "Don't get me started on the bus fares"
        for m in range(k + 1, min(k + 7, len(words) - 1)):
            if BREAK.search(gaps[m]) or "," in gaps[m]:
                break
            if words[m] in ("in", "on", "by"):
                v = m + 1 + (words[m + 1] in ARTICLES and m + 2 < len(words))
                whole = _at(words, v + 1) in FUNCTION_WORDS or BREAK.search(_at(gaps, v + 1))
                whole = whole or "," in _at(gaps, v + 1) or v + 1 == len(words)
                if words[v] in VEHICLES and whole and not BREAK.search(gaps[v]):
                    found.append((set(range(k + 1, m)), v))
                break
    return found


def _said_instead(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The words of a part that ends in "instead" after a comma, with no not of its own: the
    way it is wanted, after the way it is not ("Don't give me a second cup of tea, ring the
    surgery instead", "No coffee after six, a glass of milk instead")."""
    out: set[int] = set()
    for k, word in enumerate(words):
        ends = k + 1 == len(words) or BREAK.search(gaps[k + 1]) or "," in gaps[k + 1]
        if word != "instead" or not ends:
            continue
        first = k
        while first > 0 and not BREAK.search(gaps[first]) and "," not in gaps[first]:
            first -= 1
        if first == 0 or BREAK.search(gaps[first]):
            continue  # the whole sentence, or a sentence of its own: read as it is
        if any(w in VERB_NEGATORS or w in ("no", "nothing", "none") for w in words[first:k]):
            continue
        if any(_starts(words, j, GIVEN_UP_INSTEAD) for j in range(first, k)):
            continue  # "I can't fast now, so I give up chocolate instead": given up all the same
        out.update(range(first, k))
    return out


# a giving up said in a part that ends in "instead": its own not (negation._said_instead)
GIVEN_UP_INSTEAD = tuple(
    phrase
    for phrase in THING_NEGATORS
    if phrase[0] in ("gave", "give", "given", "giving", "quit", "avoid", "avoids", "stopped")
)


def _wanted_instead_of(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The words of a part after a comma that ends in "instead of" or "rather than", with no not
    of its own: what is wanted in the place of what is not ("tea with no sugar, and sweeteners
    instead of honey": the sweeteners; the honey is ruled out as before)."""
    out: set[int] = set()
    for k in range(1, len(words) - 1):
        if words[k : k + 2] not in (["instead", "of"], ["rather", "than"]):
            continue
        first = k
        while first > 0 and not BREAK.search(gaps[first]) and "," not in gaps[first]:
            first -= 1
        if first == 0 or BREAK.search(gaps[first]) or k - first > 4:
            continue
        if any(w in VERB_NEGATORS or w in ("no", "nothing", "none", "not") for w in words[first:k]):
            continue
        out.update(range(first, k))
    return out


ME_FIRST = frozenset(["i", "i'll", "i've", "i'd", "i'm"])
# what answers a "No fish on a Friday?" with a yes: "I'd be lost without it"
CANNOT_DO_WITHOUT = (("do", "without"), ("manage", "without"), ("live", "without"))


def _asked_then_lost_without(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The things refused in a question ("No fish on a Friday?") that the next sentence answers
    by needing it ("Sure I'd be lost without it", "I couldn't do without them"): the question
    is said in disbelief, and the thing is wanted."""
    kept: set[int] = set()
    for q in range(1, len(words)):
        if "?" not in gaps[q]:
            continue
        start = q - 1
        while start > 0 and not SENTENCE_END.search(gaps[start]):
            start -= 1
        end = q + 1
        while end < len(words) and not SENTENCE_END.search(gaps[end]):
            end += 1
        answer = words[q:end]
        needed = any(
            w == "without"
            and answer[j + 1 : j + 2] in (["it"], ["them"])
            and (
                answer[max(0, j - 2) : j] in LOST_WITHOUT
                or (_starts(answer, j - 1, CANNOT_DO_WITHOUT) and _at(answer, j - 2) in UNABLE)
            )
            for j, w in enumerate(answer)
        )  # not "I can do without it": not needed
        if needed:
            kept.update(k for k in range(start, q) if k in out)
    return kept


def _done_myself(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The doing in a refusal followed by a clause that says the person does it themselves
    ("Don't let the carers shave me, I've done it myself for sixty years", "Don't wind my
    watch; I like doing it myself"): who does it is refused, not the doing, so the doing is
    kept; a person named as the doer stays refused, and so does the person's own thing after
    "my" (labellers differ on "my watch": where they differ, a bare picture of a thing ruled
    out is the worse error). Not a refusal of a thing given ("No cake, I bake my own")."""
    kept: set[int] = set()
    for b in range(1, len(words) - 1):
        if words[b] not in ME_FIRST or not (";" in gaps[b] or "," in gaps[b]):
            continue
        end = _clause_end(gaps, b + 1, commas=True)
        clause = words[b:end]
        mine = any(  # "I like doing it myself", "I do my own lipstick"; not "I have my own
            (w == "myself" and clause[j - 1] in ("it", "them"))  # rosary" (a thing of my own
            or (w == "own" and clause[j - 2 : j] in (["do", "my"], ["does", "my"]))  # instead),
            for j, w in enumerate(clause)  # nor "I can do my face myself" (a part of a task)
        )
        if not mine or any(w in VERB_NEGATORS or w == "used" for w in clause):
            continue  # "I can't cut my toenails, I used to do them myself": ruled out now
        start = _clause_end_before(gaps, b - 1)
        refusal = words[start:b]
        if not any(k in out for k in range(start, b)) or not {"my", "me"} & set(refusal):
            continue
        if set(refusal) & UNABLE:
            continue  # "I can't reach my feet, I..." : not able, not refused to others
        mine = next((k for k in range(start, b) if words[k] == "my"), b)
        kept.update(
            k
            for k in range(start, mine)
            if not {words[k], words[k].removesuffix("s")} & grammar.PEOPLE
        )
    return kept


I_DO = frozenset(["do", "does", "did", "will", "can", "have", "am", "would", "still"])
OTHERS = frozenset(["he", "she", "they"])


def _but_i_do(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What someone else does not do, where the person says "but I do" ("My daughter doesn't
    eat meat but I do", "He won't watch the football, but I will"): the person does it, so it
    is not ruled out for them (stop 40's blind review). The other's clause must open with who
    they are ("my daughter", "he", a name) and "but I do" must close its clause: not "I don't
    eat meat but I do eat fish" (the fish is the person's own, the meat stays ruled out)."""
    kept: set[int] = set()
    for b in range(2, len(words) - 2):
        if words[b] != "but" or words[b + 1] not in ("i", "we") or words[b + 2] not in I_DO:
            continue
        after = b + 3
        closed = after >= len(words) or BREAK.search(gaps[after]) or "," in gaps[after]
        if not closed and words[after] not in ("too", "though", "mind"):
            continue  # "but I do eat fish": a thing of the person's own
        start = _clause_start(words, gaps, b - 1, ands=False)
        who = words[start : start + 3]
        if not who or who[0] in ("i", "i'm", "we"):
            continue
        other = who[0] in OTHERS or (
            who[0] in POSSESSIVES and len(who) > 1 and grammar.a_person(who[1])
        )
        if not other:
            continue
        kept.update(k for k in range(start, b) if k in out)
    return kept


# Words of feeling about a thing, as against refusing it: "I don't like the frame".
FEELING_ABOUT = frozenset(
    ["like", "likes", "keen", "fond", "stand", "abide", "bear", "hate", "hates", "dislike"]
    + ["fan", "bothered", "love", "care"]
)
I_WILL = frozenset(["i", "i'll", "i'd", "we", "we'll"])
# Had another way: "I'd rather have it in squash", "rather take them with jam".
EASED_BY = frozenset(["have", "take", "drink", "eat"])
# What the person says they do with the thing all the same ("but I'll use it", "but I have to
# have it"); not "but I know it is offered" or "but I understand it is safer", which refuse it.
USED_ALL_THE_SAME = frozenset(
    ["use", "need", "needs", "have", "has", "take", "eat", "drink", "wear", "put", "watch"]
    + ["go", "sit", "ride", "let", "keep", "get", "do", "used", "wore", "ate", "took"]
)


def _disliked_but_used(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What the person dislikes but says they use or do all the same ("I don't like the frame
    but I'll use it on the stairs", "I can't stand the hoist, but I have to have it"): a
    feeling, not a refusal, so the frame is wanted (r3's review). Not "...but I won't use it"."""
    kept: set[int] = set()
    for b in range(2, len(words) - 3):
        if words[b] not in ("but", "though") or words[b + 1] not in I_WILL:
            continue
        after = words[b + 2 : b + 6]
        it = next((q for q, w in enumerate(after) if w in ("it", "them")), -1)
        if it < 1 or any(w in VERB_NEGATORS for w in after[:it]):
            continue
        if not USED_ALL_THE_SAME & set(after[:it]):
            continue
        start = _feeling_before(words, gaps, b)
        if start < 0:
            continue
        if after[it] == "them":  # "I don't like fish or chips but I'll eat them": all of them
            kept.update(k for k in out if start <= k < b)
            continue
        # "I don't like crowds at the show, but I watch it": "it" is the show, not the crowds
        kept.update(k for k in out if start <= k < b and not _plural(words[k]))
    return kept


def _disliked_but_eased(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What the person dislikes when a later clause says how to make it easier ("I don't like
    the hoist, it scares me, so talk me through it", "I hate the thickened tea, I'd rather have
    it with milk"): it still happens, so a cross would tell staff to stop a needed thing."""
    kept: set[int] = set()
    for c in range(2, len(words) - 2):
        if "," not in gaps[c] and ";" not in gaps[c]:
            continue
        clause = words[c : _clause_end(gaps, c + 1, commas=True)]
        if not _eased(clause):
            continue
        start = _feeling_before(words, gaps, c)
        if start >= 0:
            kept.update(k for k in out if start <= k < c)
    return kept


def _eased(clause: Sequence[str]) -> bool:
    """True for a clause that says how a disliked thing is to be done: "talk me through it",
    "I'd rather have it in squash"."""
    for q in range(1, len(clause)):
        if clause[q] not in ("it", "them"):
            continue
        if clause[q - 1] == "through" and q >= 2 and clause[q - 2] in ("me", "us", "him", "her"):
            return True  # "talk me through it", "take me through it slowly"
        if (
            "rather" in clause[:q]
            and clause[q - 1] in EASED_BY
            and _at(clause, q + 1)
            in (
                "in",
                "with",
            )
        ):
            return True  # "I'd rather have it in squash": had, another way
    return False


def _feeling_before(words: Sequence[str], gaps: Sequence[str], b: int) -> int:
    """Start of the clause before the "but" at B that says a feeling about a thing, or -1. An
    aside that says why, opening with "it" or "they", may come between: "I hate the hoist, it
    makes me feel like a sack of hops, but I know I need it"."""
    start = _clause_start(words, gaps, b - 1, ands=False)
    if start and words[start] in ("it", "it's", "they", "they're") and "," in gaps[start]:
        first = _clause_start(words, gaps, start - 1, ands=False)
        if FEELING_ABOUT & set(words[first:start]):
            return first  # the aside's own "like" ("feel like a sack") is no feeling
    return start if FEELING_ABOUT & set(words[start:b]) else -1


def _plural(word: str) -> bool:
    """A rough plural, to tell which thing "it" or "them" takes back: "crowds", not "glass"."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _only_instead(words: Sequence[str], gaps: Sequence[str], end: int) -> tuple[int, int] | None:
    """Where a refused doing is followed by the way it is wanted, with the same small word ("I
    won't drink tea from a mug, only from a china cup", "I don't go in the car, only on the
    bus"), what is refused is the thing after that word: the mug, not the tea. END is where the
    doing's scope stopped."""
    if end >= len(words) or words[end] not in ("from", "in", "on", "with", "out", "by", "at"):
        return None
    stop = _thing_scope(words, gaps, end + 1)
    if stop + 1 >= len(words) or "," not in gaps[stop] or words[stop] not in ("only", "just"):
        return None
    if words[stop + 1] != words[end]:
        return None
    return (end + 1, stop)


def _said_back(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The things a refused "it" or "them" stands for, named earlier in the sentence: "Fizzy
    drinks give me wind, so I avoid them", "Sprouts - can't stand them", "I suffer with wind
    after onions, so leave them out", "As for the bingo, I can't be doing with it". "It" is
    the thing the sentence opens with; "them" is that, or the nearest plural thing before.
    Not where only a time or place of it is refused ("Coffee keeps me awake, so I don't have
    it after lunch": the coffee is wanted), nor someone's own ("my grandchildren")."""
    found: set[int] = set()
    refused = [k for k in out if words[k] in ("it", "them")]
    refused += [k for k in out if words[k] == "any" and k and words[k - 1] in IT_TAKERS]
    refused += [
        k
        for k in range(1, len(words) - 1)
        if words[k] in ("it", "them") and words[k - 1] in LEAVE and words[k + 1] == "out"
    ]
    refused += [  # "I'm frightened of dogs, so keep them away": the dogs
        k
        for k in range(1, len(words) - 1)
        if words[k] in ("it", "them")
        and words[k - 1] in KEEP
        and words[k + 1] == "away"
        and not any(w in VERB_NEGATORS for w in words[max(0, k - 4) : k - 1])
    ]  # not "I don't keep them away": they are let near
    for k in sorted(set(refused)):
        nxt = k + 1
        runs_on = nxt < len(words) and not (BREAK.search(gaps[nxt]) or "," in gaps[nxt])
        if runs_on and words[nxt] not in IT_ENDS and words[nxt : nxt + 2] != ["at", "all"]:
            continue  # "don't have it after lunch", "can't stand it when people shout"
        start = k
        while start > 0 and not SENTENCE_END.search(gaps[start]):
            start -= 1
        clause = _subject_start(words, gaps, k)
        nobody = any(w in NOBODY for w in words[clause:k])
        if nobody and not (grammar.lemma(words[k - 1]) == "use" and words[k] == "it"):
            continue  # "the plants are dead, nobody waters them": no refusal of the plants
        if nobody:  # "Doreen's teapot stays on the side; nobody uses it, not ever": the
            # teapot, the nearest thing before it (where it stays is passed over)
            span = _nearest_thing(words, gaps, start, clause)
            if span:
                found.update(range(*span))
            continue
        span = _opening_thing(words, gaps, start, clause)
        plural = bool(span) and grammar.plural(words[span[1] - 1])
        if _not_used(words, k, clause):  # "The new commode is in the bedroom, but I won't use
            # it"; "I can't see the buttons on the cooker, so I don't use it now": the cooker
            if span is None or plural:
                span = _nearest_thing(words, gaps, start, clause, plural=False)
            if span:
                found.update(range(*span))
            continue
        if words[k] == "any":  # "Coffee is my weakness, but I'm not to have any"
            if span:
                found.update(range(*span))
            continue
        if words[k] == "it" and plural:
            continue  # "Onions are fine, but ... garlic, so leave it out": not the onions
        taken = words[k] == "them" or words[k - 1] in IT_TAKERS  # "I can't eat it"
        taken = taken or words[k - 2 : k] == ["clear", "of"]  # "so I keep clear of it"
        topic = _starts(words, start, (("as", "for"), ("as", "to")))  # "As for the bingo, ..."
        left_out = words[k - 1] in LEAVE and words[k + 1 : k + 2] == ["out"]
        if not (taken or topic or left_out):
            continue  # "Mi doctor say no more sweet bread, so don't bring it": not the doctor
        contains = _starts(words, start, IF_IT_IS)  # "If it has nuts in, I can't eat it",
        # "If it's spicy, I can't eat it" (round 91)
        if taken and contains:
            span = (start + contains, _thing_scope(words, gaps, start + contains))
        elif taken and (span is None or (words[k] == "them") != plural):
            span = _thing_before(words, start, clause, words[k] == "them")
        if span:
            found.update(range(*span))
    return found


FEARED_OF = frozenset(["scared", "frightened", "afraid", "terrified", "petrified", "nervous"])


def _feared_then_refused(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The thing feared earlier in the sentence that a refused "it" or "them" at its clause's
    end points back to: "I'm scared of the stairlift, I won't go on it" refuses the stairlift
    (blind review r4). A fear alone refuses nothing; the refusal after it does. The refusal
    must follow the fear's comma with no other thing named in between, or the "it" may be that
    thing: "frightened of the hoist, my daughter bought me a chair and I won't part with it"
    (code review). A "so" opens the refusal as a comma does: "scared of the stairlift so I
    won't go on it"."""
    found: set[int] = set()
    for k in sorted(k for k in out if words[k] in ("it", "them")):
        if k + 1 < len(words) and not (BREAK.search(gaps[k + 1]) or "," in gaps[k + 1]):
            continue  # "won't use it after dark": only when, not the thing
        start = k
        while start > 0 and not SENTENCE_END.search(gaps[start]):
            start -= 1
        for j in range(start, k - 2):
            if words[j] in FEARED_OF and words[j + 1] == "of":
                end = _thing_scope(words, gaps, j + 2)
                opens = "," in gaps[end] or words[end] == "so"
                if end < k and opens and not _names_a_thing(words[end:k]):
                    found.update(t for t in range(j + 2, end) if words[t] not in FUNCTION_WORDS)
    return found


def _names_a_thing(said: Sequence[str]) -> bool:
    """True where SAID has an article or possessive, so names a thing of its own."""
    return any(w in ARTICLES or w in POSSESSIVES for w in said)


def _nearest_thing(
    words: Sequence[str],
    gaps: Sequence[str],
    start: int,
    end: int,
    plural: bool | None = None,
    found: dict[tuple[int, int], tuple[int, int] | None] | None = None,
):
    """Span of the nearest thing named before END in the sentence at START, or in the one before
    it where END opens its sentence ("Mum's teapot is on the side. Nobody uses it."), passing
    over where something is ("on the side", "in the back room") and times; or None. What a
    refused "nobody uses it" stands for. Given PLURAL, only a thing of that number is taken, and
    a place is passed over only where such a thing comes before it ("the buttons on the cooker,
    so I don't use it": the cooker). FOUND keeps what each span gave, so a list of places
    ("in the kitchen, in the hall, ...") is read once, not once per way through it."""
    if start == end:
        start = end - 1
        while start > 0 and not SENTENCE_END.search(gaps[start]):
            start -= 1
    found = {} if found is None else found
    if (start, end) not in found:
        found[start, end] = _seek_thing(words, gaps, start, end, plural, found)
    return found[start, end]


def _seek_thing(
    words: Sequence[str],
    gaps: Sequence[str],
    start: int,
    end: int,
    plural: bool | None,
    found: dict[tuple[int, int], tuple[int, int] | None],
) -> tuple[int, int] | None:
    """_nearest_thing's search, once for each span."""
    k = end - 1
    while k >= start:
        w = words[k]
        kinds = grammar.parts_of_speech(w)
        # seeking PLURAL, a word the grammar does not know is taken as a thing ("hoover")
        known = grammar.NOUN in kinds or (plural is not None and not kinds)
        if (
            w in FUNCTION_WORDS
            or w in TIME_WORDS
            or w in WHEN_NOUNS
            or not known
            or not _a_thing(words, k)
            or _says_what_it_does(words, start, k)  # "Doreen's teapot stays on the side"
            or (plural is not None and not _it_could_be(words, start, k, plural))
        ):
            k -= 1
            continue
        first = k
        while first > start and k - first < 2 and words[first - 1] not in FUNCTION_WORDS:
            if "'" in words[first - 1] or grammar.guess(words, first - 1) == grammar.VERB:
                break  # "sewing machine", "back room"; not "Doreen's", nor "sits"
            first -= 1
        before = first - 1
        while before >= start and words[before] in ARTICLES:
            before -= 1
        # where it is ("on the side", "in the back room"); seeking PLURAL, only where a thing
        # of that number comes before it
        if (
            before >= start
            and words[before] in WHERE_IT_IS
            and (
                plural is None
                or (before > start and _nearest_thing(words, gaps, start, before, plural, found))
            )
        ):
            k = before - 1
            continue
        return first, k + 1
    return None


def _it_could_be(words: Sequence[str], start: int, k: int, plural: bool) -> bool:
    """True where WORDS[k] could be what an "it" (or "them", PLURAL) stands for: a thing of that
    number, not a person ("the foot spa my niece bought me") nor how something is ("my hoover
    is too heavy")."""
    w = words[k]
    if grammar.plural(w) != plural or w in grammar.PEOPLE:
        return False
    said = k > start and words[k - 1] in COPULAS | {"too", "very", "so", "rather", "quite"}
    return not (said and grammar.ADJ in grammar.parts_of_speech(w))


def _not_used(words: Sequence[str], k: int, clause: int) -> bool:
    """True for an "it" at K that the person will not use: "so I don't use it now", "I never
    use it", "don't use it" (the thing named before it is ruled out). Not one the person is
    unable to use ("I cannot use it": a lost skill keeps its thing), nor a condition ("put it
    in the bedroom or I won't use it": the commode is wanted there)."""
    if words[k] != "it" or k < 2 or grammar.lemma(words[k - 1]) != "use":
        return False
    if {"or", "otherwise", "else"} & set(words[max(clause - 1, 0) : k]):
        return False
    if words[k - 3 : k - 1] == ["no", "longer"]:  # "I no longer use it"
        return True
    return words[k - 2] in VERB_NEGATORS and words[k - 2] not in UNABLE


def _says_what_it_does(words: Sequence[str], start: int, k: int) -> bool:
    """True for a doing right after a thing that could be read as a plural: "the teapot stays",
    "my stick lives by the door"."""
    w = words[k]
    if not w.endswith("s") or grammar.VERB not in grammar.parts_of_speech(w) or k == start:
        return False
    before = words[k - 1]
    return grammar.NOUN in grammar.parts_of_speech(before) and not grammar.plural(before)


def _but_i_wont(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The thing offered or wished for before a "but I'd rather not." / "but I won't." / "but
    I can't." that ends the sentence: "The carers offer me a bath in the evening, but I would
    rather not" (the bath), "I'd love to go to the seaside, but I can't". Not someone's own
    ("I know I should use my frame, but I don't")."""
    found: set[int] = set()
    for b in range(1, len(words) - 2):
        if words[b] != "but":
            continue
        size = _starts(words, b + 1, BUT_I_WONT)
        end = b + 1 + size
        if not size or not (end == len(words) or SENTENCE_END.search(gaps[end])):
            continue
        start = b
        while start > 0 and not SENTENCE_END.search(gaps[start]):
            start -= 1
        for k in range(b - 1, start - 1, -1):
            w = words[k]
            if w in FUNCTION_WORDS or w in TIME_WORDS or w in WHEN_NOUNS or w in DAYS_AROUND:
                continue
            kinds = grammar.parts_of_speech(w)
            if (kinds and grammar.NOUN not in kinds) or not _a_thing(words, k):
                continue  # "a carer": a word the grammar does not know is taken as a thing
            first = k
            while first > start and words[first - 1] not in FUNCTION_WORDS and k - first < 2:
                if grammar.guess(words, first - 1) == grammar.VERB:
                    break
                first -= 1
            if first == start or words[first - 1] not in POSSESSIVES:
                found.update(range(first, k + 1))
            break
    return found


def _which_i_wont(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The thing a "which I won't have", "that I don't want", "which I never wear" refuses:
    "The nurse suggested a commode, which I won't have", "They offered me a stairlift that I
    don't want". The refusing verb takes no thing of its own; someone's own thing ("my
    wheelchair, which I can't push") is not refused."""
    found: set[int] = set()
    for r in range(1, len(words) - 2):
        if words[r] in ("which", "that") and words[r + 1] in ("i", "we"):
            j = r + 2
        elif _said_without_which(words, gaps, r):
            j = r + 1  # "a stairlift I won't use": the "that" left out
        else:
            continue
        size = _starts(words, j, REFUSALS)
        if not size and words[j] in VERB_NEGATORS:
            size = 1
        if not size:
            continue
        verb = j + size
        while verb < len(words) and (
            words[verb] in ("ever", "really", "even", "to")
            or words[verb : verb + 2] == ["want", "to"]
        ):
            verb += 1
        if verb >= len(words) or words[verb] not in WHICH_REFUSED:
            continue
        end = verb + 1
        rest_ends = end == len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
        if not (rest_ends or words[end] in ("to", "any", "now", "again", "anymore")):
            continue
        first = r
        while first > 0 and words[first - 1] not in FUNCTION_WORDS and r - first < 3:
            if BREAK.search(gaps[first]) or grammar.guess(words, first - 1) == grammar.VERB:
                break
            first -= 1
        if first < r and (first == 0 or words[first - 1] not in POSSESSIVES):
            found.update(range(first, r))
    return found


def _said_without_which(words: Sequence[str], gaps: Sequence[str], r: int) -> bool:
    """True for "I" at R opening a "which I won't" with the "which" left out, right after a
    thing said with "a", "an", "the" or "this" ("a stairlift I won't use", "the frame I never
    use"): a thing of its own, with no comma or stop before the "I"."""
    if words[r] not in ("i", "we") or r < 2 or "," in gaps[r] or BREAK.search(gaps[r]):
        return False
    if words[r - 1] in FUNCTION_WORDS:
        return False
    if words[r - 1].endswith(("ed", "ing")) and grammar.guess(words, r - 1) == grammar.VERB:
        return False  # "the day I stopped I won't ...": not "a sling I won't use"
    a = next((a for a in range(r - 2, max(0, r - 3) - 1, -1) if words[a] in ARTICLES_OF_A), -1)
    if a < 0:
        return False
    p = a - 1  # a place or time said first: "In the garden I can't sit", "After a fall I don't
    if p >= 0 and words[p] in FRONTED_PLACE_OR_TIME and (p == 0 or _clause_end_at(gaps, p)):
        return False  # sleep": where and when, not "They came with a hoist I won't use"
    return not any(w in TIME_WORDS or w in WEEKDAYS for w in words[a:r])


ARTICLES_OF_A = frozenset(["a", "an", "the", "this"])
FRONTED_PLACE_OR_TIME = frozenset(
    ["on", "in", "at", "after", "before", "during", "with", "for", "from", "by", "to", "into"]
    + ["since", "inside", "outside", "near", "upstairs", "downstairs"]
)


def _named_again(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """A thing named, then refused by name after "so" in the same sentence: "Bananas have too
    much potassium for my tablets, so no more bananas", "Mushrooms make me ill, so no
    mushrooms". The first naming is the same thing, and is ruled out too."""
    found: set[int] = set()
    for k in sorted(out):
        if words[k] in FUNCTION_WORDS or words[k - 1 : k] not in (["no"], ["more"], ["any"]):
            continue
        if k + 1 < len(words) and words[k + 1] in TIME_OR_PLACE | CLOCK:
            continue  # "tea in the morning, so no tea at night": only then
        e = k - 1
        while e >= 0 and not SENTENCE_END.search(gaps[e + 1]):
            if words[e] == words[k] and e not in out and "so" in words[e + 1 : k]:
                found.add(e)
                break
            e -= 1
    return found


# a clause that says what a refused thing has in it: "it's got nuts in", "there's milk in it"
HAS_IN = (
    ("it's", "got"),
    ("it", "has", "got"),
    ("it", "has"),
    ("it", "contains"),
    ("it's", "full", "of"),
    ("they've", "got"),
    ("they", "have", "got"),
    ("they", "have"),
    ("they", "contain"),
    ("they're", "full", "of"),
    ("there's",),
    ("there", "is"),
    ("there", "are"),
)
IN_IT = frozenset(["in", "inside"])
IN_WHAT = frozenset(["it", "them", "nearly", "almost", "most", "all", "every", "each"])


def _contained_reason(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What a refused thing has in it, said in the next clause of the same sentence as the
    reason: "I can't have the trifle, it's got nuts in", "Chocolate is a treat I can't have,
    there's milk in nearly all of it", "I won't eat the soup, there's garlic in it". The
    ingredient is ruled out too (round 203). Only where the clause says "in" after it, and
    the clause before it refuses something."""
    found: set[int] = set()
    start = 0
    for c in range(1, len(words)):
        if SENTENCE_END.search(gaps[c]):
            start = c
            continue
        if not (BREAK.search(gaps[c]) or "," in gaps[c]):
            continue
        size = _starts(words, c, HAS_IN)
        if not size or not any(start <= k < c for k in out):
            continue
        end = _clause_end(gaps, c + 1, commas=True)
        inside = next((j for j in range(c + size, end) if words[j] in IN_IT), 0)
        if inside <= c + size or not (inside + 1 == end or words[inside + 1] in IN_WHAT):
            continue  # not "there are steps in the hall": what the thing has in it
        found.update(j for j in range(c + size, inside) if words[j] not in FUNCTION_WORDS)
    return found


# "X has never passed my lips", "Pork never touches my plate": X, the subject, is never had
NEVER_PASSES = frozenset(["passed", "pass", "passes", "touched", "touch", "touches", "crossed"])
PASSED_WHAT = frozenset(["lips", "mouth", "plate"])


def _never_passed_my_lips(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The thing that opens a clause saying it never passed the person's lips or touched their
    plate: "Alcohol has never passed my lips", "Pork never touches my plate" (stop 42's blind
    review). The thing is refused, though the "never" comes after it; not "my" someone."""
    found: set[int] = set()
    for k in range(1, len(words) - 2):
        if words[k] not in ("never", "not") or words[k + 1] not in NEVER_PASSES:
            continue
        if words[k + 2] not in POSSESSIVES or _at(words, k + 3) not in PASSED_WHAT:
            continue
        start = _clause_end_before(gaps, k)
        if words[start] in POSSESSIVES:
            continue  # "My grandson has never touched my plate": someone, not a food
        found.update(j for j in range(start, k) if words[j] not in FUNCTION_WORDS)
    return found


def _refused_said_again(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """A thing refused, then named again where a later clause of the same or the next sentence
    opens with it: "a wash at the sink, not a shower; the shower makes me breathless", "No
    visitors after eight. Visitors late at night tire me out", "Bacon: not any more. The nurse
    says bacon is full of salt". It is still the thing refused; not where the clause allows it
    ("No milk in my tea. Milk on my cereal is fine")."""
    found: set[int] = set()
    sentence, n = [], 0
    for k in range(len(words)):
        n += bool(k and SENTENCE_END.search(gaps[k]))
        sentence.append(n)
    refused = {grammar.lemma(words[k]) for k in out if words[k] not in FUNCTION_WORDS}
    for j in range(1, len(words)):
        if j in out or words[j] in FUNCTION_WORDS or grammar.lemma(words[j]) not in refused:
            continue
        p = j - (words[j - 1] in ("the", "a", "an"))
        opens = p == 0 or BREAK.search(gaps[p]) or "," in gaps[p] or words[p - 1] in REPORTING
        if not opens:
            continue
        earlier = [
            k
            for k in out
            if k < p
            and sentence[j] - sentence[k] <= 1
            and grammar.lemma(words[k]) == grammar.lemma(words[j])
        ]
        if not earlier:
            continue
        end = _clause_end(gaps, j + 1, commas=True)
        clause = words[j + 1 : end]
        if any(w in ALLOWED_FIRST | WANTED_INSTEAD for w in clause) or any(
            _starts(words, q, GOOD_FOR_ME) or _starts(words, q, DOES_ME_GOOD)
            for q in range(j + 1, end)
        ):
            continue  # "I can't walk far, walking to the shop keeps me going": wanted
        first = max(earlier)
        said = set(words[first + 1 : _clause_end(gaps, first + 1, commas=True)])
        if _had_there(words, j + 1, end, said - FUNCTION_WORDS):
            continue  # "No milk in my tea. Milk goes on my cornflakes": where it is had
        if _done_for_me_instead(words, j, end):
            continue  # "I can't read the small print, read it out to me": wanted of the carer
        found.update(range(p, j + 1))
    return found


# what, said of a thing named again, says it does the person good: "walking to the shop keeps
# me going", "showering at night helps me sleep" (code review)
DOES_ME_GOOD = (
    ("keeps", "me", "going"),
    ("keep", "me", "going"),
    ("helps", "me"),
    ("help", "me"),
    ("does", "me", "good"),
    ("do", "me", "good"),
    ("does", "me", "the", "world"),
    ("perks", "me", "up"),
    ("cheers", "me", "up"),
    ("makes", "me", "smile"),
    ("makes", "me", "happy"),
    ("make", "me", "smile"),
    ("make", "me", "happy"),
)
DONE_TO_WHAT = frozenset(["it", "them", "this", "that"])


def _done_for_me_instead(words: Sequence[str], j: int, end: int) -> bool:
    """True where the doing named again at J is asked of someone else for the person ("I
    can't read my letters, read them out to me", "I can't cut my nails, cut them for me
    please"): the person lost it, the carer is to do it, so it is wanted, not refused again."""
    if _at(words, j + 1) not in DONE_TO_WHAT:
        return False
    clause = words[j + 2 : end]
    return any(clause[q : q + 2] in (["to", "me"], ["for", "me"]) for q in range(len(clause)))


def _glossed(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """A bracket right after a refused thing that names it again in a word or two ("No spice
    (sweets)", "no pop (fizzy drinks)": a plural thing) is the same thing, refused too; not a
    bracketed reason ("No nuts (allergy)", "No pork (religion)", "no sugar (diabetes)")."""
    found: set[int] = set()
    for k in sorted(out):
        if words[k] in FUNCTION_WORDS or k + 1 >= len(words) or gaps[k + 1].strip() != "(":
            continue
        end = k + 1
        while end < len(words) and end - k <= 3 and ")" not in gaps[end]:
            end += 1
        said = words[k + 1 : end]
        if end >= len(words) or ")" not in gaps[end] or end - k > 3:
            continue  # closed within two words, and before the text goes on
        if any(w in FUNCTION_WORDS for w in said):
            continue
        last = said[-1]
        kinds = grammar.parts_of_speech(last)
        if grammar.NOUN not in kinds or grammar.ADJ in kinds or grammar.lemma(last) == last:
            continue  # a plural thing: "(sweets)", not "(religion)", "(choking)", "(fizzy)"
        if set(said) & (ALLERGY | REASONS | MEDICINES):
            continue
        found.update(range(k + 1, end))
    return found


def _had_there(words: Sequence[str], k: int, end: int, refused_when: set[str]) -> bool:
    """True where the clause from K, after the thing named again, says with its doing where or
    when the thing is had or kept: "Milk goes on my cornflakes", "The dog sleeps in the
    kitchen", "the hoist is for night time", "the whisky I keep for Christmas". Not what the
    thing does to me ("onions repeat on me"), nor a setting said before the doing, which may be
    the one refused said again ("Visitors late at night tire me out", "Coffee after lunch keeps
    me awake"), nor a setting said in the refusal (REFUSED_WHEN, its words)."""
    j = k + (k < end and words[k] in ("i", "we", "she", "he", "they"))  # "the whisky I keep"
    if not (j < end and (words[j] in COPULAS or grammar.VERB in grammar.parts_of_speech(words[j]))):
        return False
    j += 1
    if j + 1 >= end or words[j] not in TIME_OR_PLACE | CLOCK | {"for", "with"}:
        return False
    if words[j + 1] in OBJECT_PRONOUNS | {"it", "you"}:
        return False  # "onions repeat on me"
    return not set(words[j + 1 : min(end, j + 4)]) & refused_when


def _examples_of(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """Examples given after a thing ruled out: "nothing with gelatine in it, like jelly
    sweets", "no fatty food, such as chips or pies": the examples are ruled out too."""
    found: set[int] = set()
    for p in range(1, len(words) - 1):
        size = 2 if words[p : p + 2] == ["such", "as"] else int(words[p] == "like")
        if not size or "," not in gaps[p] or not any(k in out for k in range(p - 3, p)):
            continue
        first = p + size
        if first >= len(words) or words[first] in SUBJECTS | OBJECT_PRONOUNS:
            continue  # "No visitors, like I said"
        if words[p - 1] in OBJECT_PRONOUNS and words[p - 2] in KEEPS_THING:
            continue  # "I can't find them, like my purse": the finding fails, they are wanted
        end = _thing_scope(words, gaps, first)
        found.update(k for k in range(first, end) if words[k] not in FUNCTION_WORDS)
    return found


def _opening_thing(words: Sequence[str], gaps: Sequence[str], start: int, clause: int):
    """Span of the thing a sentence opens with ("Fizzy drinks give me wind", "As for the
    bingo, ...", "Sprouts - can't stand them") before the clause at CLAUSE, or None."""
    j = start + _starts(words, start, (("as", "for"), ("as", "to")))
    j += j < clause and words[j] in ("a", "an", "the")
    end = j
    while end < clause and end - j < 3 and words[end] not in FUNCTION_WORDS:
        end += 1
    if end == j or end > clause or words[j] in SUBJECTS or not _a_thing(words, end - 1):
        return None
    ends = BREAK.search(gaps[end]) or "," in gaps[end] or "?" in gaps[end]
    said = words[end] in COPULAS or grammar.guess(words, end) == grammar.VERB
    return (j, end) if ends or said else None


def _thing_before(words: Sequence[str], start: int, clause: int, plural: bool):
    """Span of the nearest thing before CLAUSE that a refused "them" (PLURAL) or "it" stands
    for: "I'm scared of dogs, so keep them away", "My daughter brings me a cake every Sunday,
    but I can't eat it". A time is passed over; someone's own ("my grandchildren") or one
    named with "the" ("the nurse comes at nine, but I don't like it") is not taken."""
    for k in range(clause - 1, start - 1, -1):
        w = words[k]
        if w in FUNCTION_WORDS or w in TIME_WORDS or w in WHEN_NOUNS or w in DAYS_AROUND:
            continue
        if plural != grammar.plural(w) or grammar.NOUN not in grammar.parts_of_speech(w):
            continue
        if not plural and not _a_thing(words, k):
            continue
        first = k
        while first > start and words[first - 1] not in FUNCTION_WORDS and k - first < 2:
            if grammar.guess(words, first - 1) == grammar.VERB:
                break  # "he brings takeaway curry": not the bringing
            first -= 1
        before = words[first - 1] if first > start else ""
        if before in POSSESSIVES or (not plural and before == "the"):
            return None
        if before in ("much", "many", "more", "less"):
            return None  # "Not too much chilli, my stomach can't take it": a limit
        return first, k + 1
    return None


def _every_day(words: Sequence[str], i: int) -> bool:
    """True for "not a day goes by", "not a Sunday passes", "not one week goes by": every one."""
    if words[i] != "not" or i + 3 >= len(words) or words[i + 1] not in ("a", "one", "an"):
        return False
    return words[i + 2] in TIME_WORDS and bool(_starts(words, i + 3, EVERY_DAY))


def _still_not(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Length of "never used to" at I where a later clause of the sentence says it is still so
    ("I never used to go to the doctor, and I still won't go", "I never used to take sugar,
    and I don't want it now"), or 0. Then it rules out as "never" does; alone, or turned with a
    "but" ("I never used to like the bus, but now I can't wait"), it is then, not now."""
    size = _starts(words, i, USED_TO)
    if not size:
        return 0
    for k in range(i + size + 1, len(words)):
        if BREAK.search(gaps[k]) or words[k] in ("but", "now", "nowadays"):
            return 0
        if words[k] in VERB_NEGATORS and words[k - 1] in SUBJECTS | {"still"}:
            return size
    return 0


def _neither_nor_does(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """True for "Neither X nor Y" opening a clause whose doing says what they do or have,
    not what can be: "Neither the pills nor the cream have helped my knees", "Neither my son
    nor my daughter-in-law has a key", "Neither the cat nor the canary should go hungry". They
    are not ruled out; "Neither my son nor my daughter can come" rules them out, and so does
    "Neither eggs nor cheese – they turn my stomach" (no doing of their own). The index of
    that doing, or 0."""
    if words[i] != "neither" or (i and not (BREAK.search(gaps[i]) or "," in gaps[i])):
        return 0
    end = _clause_end(gaps, i + 1, commas=True)
    if "nor" not in words[i + 1 : end]:
        return 0
    for k in range(words.index("nor", i + 1) + 2, end):
        if words[k] in ABLE or _starts(words, k, GOOD_FOR_ME):
            return 0  # "can come", "agrees with me": they cannot, so they are ruled out
        if words[k] in COPULAS and k + 1 < end and _says_how(words[k + 1 :]):
            return 0  # "Neither the bath nor the shower is safe for me"
        kinds = grammar.parts_of_speech(words[k])
        if (
            words[k] in HAVE_OR_BE | MODALS
            or kinds == {grammar.VERB}
            or (grammar.VERB in kinds and words[k].endswith("s") and words[k - 1] not in ARTICLES)
        ):
            return k
    return 0


def _says_how(rest: Sequence[str]) -> bool:
    """True where REST, after an "is", says how a thing is: "safe", "any use", "very easy"."""
    while rest and rest[0] in DEGREE | {"very", "really", "too", "any", "much"}:
        rest = rest[1:]
    return bool(rest) and (rest[0] == "use" or grammar.ADJ in grammar.parts_of_speech(rest[0]))


def _without_first(words: Sequence[str], gaps: Sequence[str], i: int, wish: bool = False) -> int:
    """End of the thing in a "without" that opens a sentence and is followed by its main
    clause ("Without my stick I cannot get to the allotment", "Without my tablets my bones get
    worse"), or 0: a condition, so the thing is needed. Not "Without sugar, please". With
    WISH, the end only where the main clause says things are better without it ("Without
    milk my tea tastes better"): then the thing is ruled out."""
    if words[i] != "without" or (i and not BREAK.search(gaps[i])):
        return 0
    for k in range(i + 2, min(i + 8, len(words))):
        if BREAK.search(gaps[k]):
            return 0
        if words[k] in SUBJECTS - {"please"} or (
            words[k] in POSSESSIVES and words[k - 1] not in ("and", "or")
        ):
            better = bool(PREFERENCE & set(words[k : _clause_end(gaps, k + 1, commas=True)]))
            return k if better == wish else 0
    return 0


LOST_WITHOUT = (["be", "lost"], ["i'm", "lost"], ["am", "lost"], ["was", "lost"], ["feel", "lost"])


def _without_after_a_not(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the thing after a "without" at I in a clause that has already ruled something
    out ("No strangers in the house without my daughter here", "Nobody should touch the Quran
    without clean hands"), or that says the person is lost without it ("I'd be lost without my
    cat"), or that hates being without it ("I hate being without my hearing aid", "I hate tea
    without milk"), or 0: the two make a condition, so the thing after "without" is wanted."""
    if words[i] != "without":
        return 0
    if words[i - 2 : i] in LOST_WITHOUT or (i and words[i - 1] in HELPLESS_WITHOUT):
        # "I'd be lost without my cat", "I'm very deaf without my aids": needed (rounds 190, 192)
        return _thing_scope(words, gaps, i + 1)
    if _helpless_as_a(words, gaps, i):  # "deaf as a post without my hearing aids": the same
        return _thing_scope(words, gaps, i + 1)
    k = i
    while k > 0 and not BREAK.search(gaps[k]) and "," not in gaps[k]:
        k -= 1
        if words[k] in SUBJECTS and k and words[k - 1] in ("and", "but", "so"):
            return 0  # "I don't eat meat and I have my tea without milk": a new clause
        if words[k] in HATES and _new_doing(words, k + 1, i):
            return 0  # "I hate bananas and always have my cereal without sugar": not hated
        if words[k] in ("if", "too"):  # "My stomach is bad if I take it without food", "the
            return _thing_scope(words, gaps, i + 1)  # print's too small without my magnifier":
            # what goes wrong without the thing says it is needed
        if (
            words[k] in VERB_NEGATORS
            or words[k] in HATES
            or words[k] in ("no", "nae", "nobody", "no-one")
        ):
            if words[k] in VERB_NEGATORS and _starts(words, k, NOT_NEGATION):
                return 0  # "I don't mind a cup of tea without sugar": that not rules nothing out
            return _thing_scope(words, gaps, i + 1)
    return 0


def _helpless_as_a(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where a likeness ends just before the "without" at I and says how helpless the
    person is without the thing ("as deaf as a post without my hearing aids", "blind as a bat
    without her glasses"): the thing is needed, as in "deaf without my aids"."""
    for k in range(max(0, i - 5), i - 3):
        if words[k] in HELPLESS_WITHOUT and words[k + 1 : k + 3] == ["as", "a"]:
            return not any(BREAK.search(g) or "," in g for g in gaps[k + 1 : i + 1])
    return False


def _new_doing(words: Sequence[str], start: int, end: int) -> bool:
    """True when "and", "but" or "so" between START and END opens a doing of its own ("I hate
    bananas and always have my cereal without sugar"), not a second thing ("tea and coffee")."""
    for k in range(start, end - 1):
        if words[k] in ("and", "but", "so"):
            j = k + 1
            while j < end and words[j] in grammar.ADVERBS:
                j += 1  # "and always have"
            if j < end and grammar.parts_of_speech(words[j]) == {grammar.VERB}:
                return True
    return False


def _list_end(words: Sequence[str], gaps: Sequence[str], k: int) -> int:
    """Index of the first word after K past a stop (a list after a colon runs over commas, not
    past a bullet, a dash, "but" or a liking: "Dislikes: loud music – likes the radio")."""
    k += 1
    while k < len(gaps) and not LIST_STOP.search(gaps[k]):
        if words[k] in ("but", "likes", "like", "loves", "love", "enjoys", "prefers"):
            break
        k += 1
    return k


def _noted_not_in_use(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Length of the not and its word where a note or a short clause says its thing is not
    used: "Hoist – not needed", "Dentures: not worn", also with no dash when a short thing
    opens the note ("Interpreter not needed", "A hoist is not needed"), and with "isn't" or
    "no longer" ("The hoist isn't needed now", "The commode is no longer used"); else 0. Not
    a person ("I am not allowed", "He's not needed", "I'm no longer needed")."""
    size = 2 if words[i : i + 2] == ["no", "longer"] else 1
    nots = ("not", "no") if size == 2 else NEGATED_COPULAS | {"not"}
    if not (words[i] in nots and i > 0 and _at(words, i + size) in NOT_IN_USE):
        return 0
    size += 1
    if NOTE_BREAK.search(gaps[i]):
        return size
    if words[i + size - 1] == "allowed" and words[i] != "no":
        return 0  # "Biscuit is not allowed on the settee": read with what follows, below
    first = _subject_start(words, gaps, i)
    thing = [w for w in words[first:i] if w not in LINKS]
    if set(words[max(first - 1, 0) : i]) & SUBORDINATORS:
        return 0  # "When the commode is not needed, put it away": a time, not a note
    return size if 0 < len(thing) <= 3 and not set(thing) & (SUBJECTS | grammar.PEOPLE) else 0


ENDED = frozenset(["stopped", "finished", "ended"])


def _over_now(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Length of "has finished", "has stopped", "have ended" at I, or of "stopped" with a time
    long gone ("stopped years back", "ended last year"), where a short clause says its thing is
    over: "The chemo has finished", "Me free coal stopped years back" (no more of it); else 0.
    Not a person ("My carer has finished"), a time ("When Mass has finished"), nor a bare
    "stopped" ("My watch stopped, so ...": the watch is wanted, mended)."""
    if words[i] in ("has", "have") and words[i + 1 : i + 2] in [[w] for w in ENDED]:
        size = 2
    elif words[i] in ENDED and words[i + 1 : i + 2] in (["years"], ["last"], ["long"]):
        size = 1
    else:
        return 0
    end = i + size  # the clause ends, or says when: not "has stopped working"
    ends = end == len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
    if not ends and words[end] not in WHEN_STOPPED | {"and", "but", "so"}:
        return 0
    first = _subject_start(words, gaps, i)
    thing = [w for w in words[first:i] if w not in FUNCTION_WORDS]
    if set(words[max(first - 1, 0) : i]) & WHEN:
        return 0
    people = SUBJECTS | grammar.PEOPLE
    return size if 0 < len(thing) <= 3 and not set(words[first:i]) & people else 0


GIVING = frozenset(["give", "gives", "gave", "given", "giving"])
PARTED_WITH = (("sold",), ("scrapped",), ("got", "rid", "of"), ("get", "rid", "of"))


def _vehicle_parted_with(words: Sequence[str], i: int) -> int:
    """End of the car, bike or scooter the person has sold or got rid of at I ("I've sold the
    car", "we got rid of the bike"): no longer had or used, as a thing given up is; or 0. A
    house or a business sold is a life story, not a thing refused."""
    size = _starts(words, i, PARTED_WITH)
    k = i + size
    if not size or _at(words, k) not in ARTICLES | POSSESSIVES:
        return 0
    return k + 2 if _at(words, k + 1) in VEHICLES - {"foot"} else 0


def _given_up_at(words: Sequence[str], k: int, loose: bool = False) -> int:
    """Index of the "up" of a giving up at K with its thing between ("give the loft up", "gave
    my car up"), or 0; with LOOSE, of "give up" said together too ("give up my card"). Not a
    thing given up to someone ("gave my seat up for a lady", "gave it up to the nurse")."""
    if words[k] not in GIVING:
        return 0
    if loose and words[k + 1 : k + 2] == ["up"]:
        return k + 2
    if k + 2 >= len(words) or words[k + 1] not in ARTICLES | POSSESSIVES:
        return 0
    for up in range(k + 2, min(k + 5, len(words))):
        if words[up] == "up":
            after = _at(words, up + 1)
            thing = words[k + 2 : up]
            if not thing or any(w in FUNCTION_WORDS for w in thing) or after in ("for", "to"):
                return 0
            return up + 1 if loose else up
    return 0


def _given_up_next(words: Sequence[str], gaps: Sequence[str], up: int, end: int) -> int:
    """End of a second thing given up after the first ends at END, told as what came next
    ("I gave up driving and then the bicycle", "I stopped smoking, then the drink"), or 0.
    Not the start of a clause of its own ("I gave up smoking and then the cough went"). Each
    may be dated: "I gave up the pipe in 1985 and the whisky in 1999"."""
    if words[up] not in GIVING_UP:
        return 0
    dated = _said_when(words, end)
    if dated and _at(words, dated) == "and":
        return _dated_thing_next(words, gaps, dated + 1)
    and_then = words[end - 1 : end + 1] == ["and", "then"]
    comma_then = _at(words, end) == "then" and "," in gaps[end]
    if not (and_then or comma_then):
        return 0
    k = end + 1
    if k >= len(words) or words[k] not in ARTICLES | POSSESSIVES and not _ends_ing(words[k]):
        return 0
    last = k + (words[k] in ARTICLES | POSSESSIVES)
    while last < len(words) and words[last] not in FUNCTION_WORDS and last - k < 4:
        last += 1
        if last < len(words) and (BREAK.search(gaps[last]) or "," in gaps[last]):
            return last
    return last if last == len(words) else 0


def _said_when(words: Sequence[str], k: int) -> int:
    """End of a year or a time gone by said at K ("in 1990", "in the seventies", "last year",
    "years ago"), or 0."""
    if _at(words, k) == "in" and re.fullmatch(r"(19|20)\d\ds?|'\d0s", _at(words, k + 1)):
        return k + 2
    if _at(words, k) == "in" and _at(words, k + 1) == "the" and _at(words, k + 2) in DECADES:
        return k + 3
    if _at(words, k) == "last" and _at(words, k + 1) in TIME_WORDS:
        return k + 2
    if _at(words, k + 1) == "ago" and _at(words, k) in TIME_WORDS:
        return k + 2
    return 0


DECADES = frozenset(
    ["thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
)


def _dated_thing_next(words: Sequence[str], gaps: Sequence[str], k: int) -> int:
    """End of the dated thing at K in "...in 1990 and the drink in 2001", or 0: a thing named
    with "the" or "my" and dated in its turn, so it is a second thing given up, not a clause."""
    if _at(words, k) not in ARTICLES | POSSESSIVES:
        return 0
    last = k + 1
    while last < len(words) and words[last] not in FUNCTION_WORDS and last - k < 4:
        if grammar.parts_of_speech(words[last]) == {grammar.VERB} or words[last].endswith("ed"):
            return 0  # "...and my wife died in 2001": a clause of its own
        last += 1
    return last if last > k + 1 and _said_when(words, last) else 0


def _no_more_going(words: Sequence[str], i: int, first: int) -> int:
    """Index of "going" after a "no" at I ("No going to the day centre", "No more going in to
    the hospital"), or 0: a going refused, so where it goes is ruled out with it, as in "I
    stopped going to the club" (a "no" reads a thing, which ends before the "to")."""
    if words[i] not in ("no", "nae"):
        return 0
    k = first + (_at(words, first) == "more")
    return k if _at(words, k) in ("going", "goin'", "goin") else 0


def _if_so_count_me_out(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The kind of thing named in "If it's ..." or "If there's ..." before "count me out"
    ("If it's spicy, count me out", "If there's bingo, count me out"): that kind is ruled out.
    Not a doing or the weather said with "-ing" ("If it's raining, count me out": the rain is
    why, not what is refused)."""
    found: set[int] = set()
    for k in range(2, len(words) - 2):
        if words[k : k + 3] != ["count", "me", "out"] or "," not in gaps[k]:
            continue
        if k + 3 < len(words) and not SENTENCE_END.search(gaps[k + 3]):
            continue  # "count me out of the quiz": the quiz, read as a dislike
        start = k - 1
        while start > 0 and not (BREAK.search(gaps[start]) or SENTENCE_END.search(gaps[start])):
            start -= 1
        size = _starts(words, start, IF_IT_IS)
        thing = [j for j in range(start + size, k) if words[j] not in FUNCTION_WORDS]
        if not size or not thing or len(thing) > 3 or any(_ends_ing(words[j]) for j in thing):
            continue
        found.update(thing)
    return found


# how a body or an illness that ended a habit is told: "until the tremor got too bad", "till
# my knees went", "until my eyes gave out" (round 91)
DECLINED = (
    ("got", "too"),
    ("got", "worse"),
    ("became", "too"),
    ("went",),
    ("gave", "out"),
    ("packed", "up"),
    ("stopped", "me"),
)


def _done_until_too_bad(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """What the person did, up to "until" and a clause that tells how the body or an illness
    got too bad for it ("I played golf every Wednesday until the tremor got too bad", "We
    went to the club till my knees went"): a habit that has stopped, so the doing and its
    thing are ruled out. Not an end that tells of no decline ("I stayed in bed until the
    carer came")."""
    found: set[int] = set()
    for u in range(2, len(words) - 2):
        if words[u] not in ("until", "till") or "," in gaps[u] or BREAK.search(gaps[u]):
            continue
        end = _clause_end(gaps, u + 1, commas=True)
        after = words[u + 1 : end]
        if not after or after[0] not in ARTICLES | POSSESSIVES:
            continue
        if not any(_starts(after, k, DECLINED) and k >= 2 for k in range(len(after))):
            continue
        start = _clause_end_before(gaps, u)
        me = start + (words[start] in ("and", "but", "so"))
        if me + 1 >= u or words[me] not in ("i", "we"):
            continue
        verb = me + 1 + (words[me + 1 : me + 3] == ["used", "to"]) * 2
        if verb >= u or grammar.lemma(words[verb]) == words[verb] and words[me + 1] != "used":
            continue  # a past doing ("played", "went"), or "used to play"
        if any(w in VERB_NEGATORS for w in words[start:u]):
            continue
        if words[me + 1] != "used" and not set(words[verb:u]) & (EVERY | {"always"}):
            continue  # a habit ("every Wednesday", "used to"), not a working life told ("I
            # ran a nail salon until my hands got too bad", "I grew pak choi until my knees
            # went": the labellers keep those, as a life story)
        for k in range(verb, u):
            if words[k] in FUNCTION_WORDS or words[k] in TIME_WORDS or words[k] in EVERY:
                continue
            if words[k - 1] in EVERY or grammar.lemma(words[k]) in grammar.PEOPLE:
                continue  # "every Wednesday": when, not what; "for the grandchildren": whom
            found.add(k)
    return found


EVERY = frozenset(["every", "each"])


def _rather_before(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where a "rather" or "sooner" comes before the "than" at I in its sentence: "I'd
    rather sit in my own chair by the window and watch the birds than go to the day centre"
    rules out the day centre however long the wanted half runs (a count of words missed it)."""
    start = i
    while start > 0 and not BREAK.search(gaps[start]):
        start -= 1
    return any(w in ("rather", "sooner") for w in words[start:i])


def _preferred_before(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where the "to" at I sets a thing against one preferred before it in its clause:
    "I prefer a skirt to trousers", "she prefers tea to coffee" rule out what follows "to", as
    "rather than" does (blind review r7). Not "I prefer to walk" or "I prefer my tea brought
    to my room" (an errand), nor "to" before a doing ("I prefer the carers to knock")."""
    k = i - 1
    while k >= 0 and not BREAK.search(gaps[k + 1]) and "," not in gaps[k + 1]:
        if words[k] in PREFERS:
            break
        k -= 1
    else:
        return False
    if k < 0 or words[k] not in PREFERS or k + 1 == i or i + 1 >= len(words):
        return False
    between = words[k + 1 : i]
    if "to" in between or any(grammar.participle(w) or grammar.past_tense(w) for w in between):
        return False
    if words[i - 1] in GOVERN_TO or any(w in PREFER_CLAUSE for w in between):
        return False  # "my tea next to the bed", "it when the carers talk to me" (code review)
    after, kinds = words[i + 1], grammar.parts_of_speech(words[i + 1])
    plural = grammar.NOUN in kinds and after.endswith("s")  # "to sandwiches", not "to knock"
    return after in BEFORE_A_THING or grammar.VERB not in kinds or plural


PREFERS = frozenset(["prefer", "prefers", "preferred"])
# words that take their own "to" ("next to the bed", "talk to my son"), and what opens a clause
# of its own between "prefer" and "to": that "to" sets nothing against the thing preferred
GOVERN_TO = frozenset(
    ["next", "close", "closer", "near", "nearer", "nearest", "closest", "due", "back", "up"]
    + ["talk", "talks", "speak", "speaks", "listen", "listens", "go", "goes", "come", "comes"]
    + ["down"]
)
PREFER_CLAUSE = frozenset(["when", "if", "while", "whenever", "because"])
WHEN_SAID = TIME_WORDS | EVERY | {"most"}  # "to a fry-up most mornings": not the mornings


PLACE_OPENERS = frozenset(["on", "in", "at"])


def _place_runs_on(words: Sequence[str], gaps: Sequence[str], first: int, end: int) -> int:
    """End of a refused place after "than" at FIRST that runs on past END through more places:
    "I'd sooner eat at the table than on a tray in the lounge" refuses the lounge too, the
    whole place said after "than" (blind review r4). A refused thing ("than a shower in the
    bathroom") keeps its one noun."""
    if _at(words, first) not in PLACE_OPENERS:
        return end
    while (
        end + 1 < len(words)
        and words[end] in PLACE_OPENERS
        and not (BREAK.search(gaps[end]) or "," in gaps[end])
        and not _time_next(words, end)  # "than in hospital at Christmas": a time (code review)
    ):
        end = _thing_scope(words, gaps, end + 1)
    return end


def _clause_end_before(gaps: Sequence[str], k: int) -> int:
    """Start of the clause that K is in: the word after the last stop or comma before it."""
    while k > 0 and not BREAK.search(gaps[k]) and "," not in gaps[k]:
        k -= 1
    return k


def _sentence_start(gaps: Sequence[str], k: int) -> int:
    """Start of the sentence that K is in: the word after the last stop before it (a going said
    in the sentence before does not make "not even to the toilet" a going refused)."""
    while k > 0 and not BREAK.search(gaps[k]):
        k -= 1
    return k


# what "not even" narrows a refusal to with a word of how: "not even in stock cubes" (a kind
# of food it comes in); "not even for guests" says whom the refusal holds for, "not even on
# my chips" where the thing refused would go, "not even in the house" where
EVEN_IN = frozenset(["on", "in", "with", "from"])
# where a refused doing would be taken: "No bare feet, not even to the bathroom" (round 385)
EVEN_TOWARDS = frozenset(["to", "out", "into", "near", "outside", "round"])
# a doing whose "on" names what is staked on: "I never gamble, not even on the lottery"
STAKED_ON = frozenset(["gamble", "gambles", "gambling", "bet", "bets", "betting"])


def _not_even(words: Sequence[str], gaps: Sequence[str], i: int, first: int):
    """For "not even" at I after a comma, the span of the thing it names that is ruled out:
    (start, end), with start == end where it names none (a person or an occasion "for" whom
    the refusal holds, or a place or time); or None for other nots."""
    if words[i] != "not" or _at(words, first) != "even" or "," not in gaps[i]:
        return None
    k = first + 1
    with_ = _even_me_with(words, gaps, i, k)
    if with_:  # "nobody smokes in here, not even me with my old pipe": the pipe
        return with_
    if _even_them(words, gaps, i, k):
        return (k, k)  # "Nobody to smoke near me, not even my sons": the sons are among
        # the nobody, not a thing refused; what follows is read in its turn
    if _at(words, k) in EVEN_TOWARDS and not any(
        w in MOTION for w in words[_sentence_start(gaps, i) : i]
    ):
        end = _thing_scope(words, gaps, k + 1 + (_at(words, k + 1) in EVEN_IN))
        return (end, end)  # "No bare feet, not even to the bathroom", "No smoking, not even out
        # the back door": where the refused thing would be done, a place kept; but "I never go
        # out, not even to church": where the going is refused
    end = _thing_scope(words, gaps, k + (_at(words, k) in EVEN_IN | {"for"}))
    said = words[k + 1 : end]
    if not said or _at(words, k) not in EVEN_IN | {"for"}:
        return None
    if _at(words, k) == "for":  # "not even for guests", "not even for my grandson"; but "not
        whom = {said[-1], said[-1].removesuffix("s")} & grammar.PEOPLE  # even for a museum
        kinds = len(said) == 1 and grammar.plural(said[0])  # trip": the trip is refused
        return (end, end) if whom or kinds else None
    where = set(said) & (HOME_PLACES | TIME_WORDS | EVEN_PLACES)  # "not even on a Sunday"
    if _at(words, k) == "on" and _at(words, i - 1) in STAKED_ON and not where:
        return (k + 1, end)  # "I never bet, not even on the horses": what is staked on
    if said[0] in ARTICLES | POSSESSIVES or where:
        return (end, end)  # "not even on my chips", "not even in the curry": where the thing
        # refused would go; "not even in the house", "not even on a Sunday"
    return (k + 1, end)  # "not even in stock cubes": a kind of food it comes in


def _even_them(words: Sequence[str], gaps: Sequence[str], i: int, k: int) -> bool:
    """True for "not even my sons", "not even the priest" (K after "even") where the sentence
    before opened with nobody doing a thing ("Nobody to smoke near me, not even my sons",
    "nobody here can say Stanislaw, not even the priest"): the person is one of the nobody,
    whose doing is refused, not a thing refused. Not "No visitors, not even my son"."""
    j = k + (_at(words, k) in ARTICLES)
    named = []
    while j < len(words) and len(named) < 3 and words[j] not in FUNCTION_WORDS:
        named.append(words[j])
        if j + 1 < len(words) and (BREAK.search(gaps[j + 1]) or "," in gaps[j + 1]):
            break
        j += 1
    if not named or not (grammar.a_person(named[-1]) or named[-1] in YOUNG_ONES):
        return False
    return _after_nobody(words, gaps, i) or _after_a_refused_doing(words, gaps, i)


# The young of a family, people too: "not even our kid", "not even the bairns".
YOUNG_ONES = frozenset(["kid", "kids", "bairn", "bairns", "wean", "weans"])


def _after_a_refused_doing(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where the sentence before I opened with "no" and a doing ("No smoking in my house,
    not even our Lorraine's husband"): whoever comes after "not even" is one who may not do it.
    Not "No visitors, not even my son", nor "No visiting after eight, not even my son", where
    the person is the visitor refused: only the doings one does in the place (code review 61a
    item 12)."""
    start = i
    while start > 0 and not BREAK.search(gaps[start]):
        start -= 1
    return _at(words, start) == "no" and _at(words, start + 1) in DOINGS_REFUSED_IN_A_PLACE


# what "No ..., not even my nephew" refuses everyone in the place, visitors too
DOINGS_REFUSED_IN_A_PLACE = frozenset(["smoking", "vaping", "drinking", "swearing", "shouting"])


def _after_nobody(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where the sentence before I opened with nobody doing a thing ("nobody smokes in
    my trailer", "no one to drink in the house")."""
    start = i
    while start > 0 and not BREAK.search(gaps[start]):
        start -= 1
    before = words[start:i]
    return any(w in NOBODY for w in before) or any(
        before[j : j + 2] == ["no", "one"] for j in range(len(before))
    )


EVEN_ME = PEOPLE_OBJECTS | {"myself"}


def _even_me_with(words: Sequence[str], gaps: Sequence[str], i: int, k: int):
    """Span of what "not even me with my old pipe" names (K after "even"), or None: after
    "nobody smokes in my trailer" the person is one of the nobody, and what they would do it
    with is ruled out."""
    j = k
    if _at(words, j) in EVEN_ME:
        j += 1
    else:
        while j < min(len(words), k + 3) and not grammar.a_person(words[j]):
            j += 1
        j += 1
    if _at(words, j) != "with" or j > k + 3 or not _after_nobody(words, gaps, i):
        return None
    return (j + 1, _thing_scope(words, gaps, j + 1))


def _stop_go(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True for "I stop go" as a learner of English says "I stopped going" ("I stop go to Deaf
    club"): "stop" after I or we, right before a going with no comma between. Not "we stop and
    chat", nor "stop, go back"."""
    if words[i] != "stop" or not i or words[i - 1] not in ("i", "we"):
        return False
    return _at(words, i + 1) in ("go", "come", "walk") and "," not in gaps[i + 1]


def _dropped_g(word: str) -> bool:
    """True for a doing said with its last g dropped ("goin'", "walkin'", "cookin'"): a word
    ending "in" that the word list does not know, whose "-ing" form is a doing."""
    if not word.endswith("in") or grammar.parts_of_speech(word):
        return False
    return grammar.lemma(word + "g") != word + "g"


def _ends_ing(word: str) -> bool:
    """True for a doing's "-ing" form, said in full or with its g dropped ("goin'")."""
    return word.endswith("ing") or _dropped_g(word)


def _clause_end(gaps: Sequence[str], k: int, commas: bool) -> int:
    """Index of the first word from K that starts a new clause (after a stop, or a comma)."""
    while k < len(gaps) and not BREAK.search(gaps[k]) and not (commas and "," in gaps[k]):
        k += 1
    return k


def _list_start(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """Start of a list of short things, each after a comma, that ends at FIRST: "Custard, rice
    pudding, semolina – none of it", "Bananas, oranges and tomatoes are out". A part with a
    person or a word of its own ("Dumplings, yes; yam, no") is no part of the list."""
    while first > 0 and "," in gaps[first] and not BREAK.search(gaps[first]):
        before = _subject_start(words, gaps, first - 1)
        part = words[before:first]
        if len(part) > 3 or any(w in SUBJECTS | CLAUSE_ENDS | LINKS for w in part):
            break
        if any(w in ("yes", "fine", "ok", "lovely", "please", "only") for w in part):
            break  # "Male carer only, a lady is no good": the one wanted, no part of the list
        if before and not (BREAK.search(gaps[before]) or "," in gaps[before]):
            break  # "since the fall, the hill is too steep": the end of a clause, not a list
        first = before
    return first


# What is "out" in flower or in the sky, not ruled out.
BLOOMING = frozenset(
    ["flower", "snowdrop", "crocus", "daffodil", "bluebell", "tulip", "rose", "blossom", "bud"]
    + ["primrose", "heather", "sun", "moon", "star", "leaf", "lilac", "magnolia", "cherry"]
)


MINE = frozenset(["my", "me", "mi", "his", "her"])


# which of a pair: "my right side", "my left hand", "my bad leg"
SIDES = frozenset(["left", "right", "good", "bad", "weak", "strong", "other"])


def _own_body_no_good(subject: Sequence[str], said: Sequence[str]) -> bool:
    """True for the person's own body part SAID to be "no good" ("My back is no good since the
    fall", "His legs are no use in the cold"): a part that works badly, still there and still
    cared for, not a thing ruled out. Not "my left arm is off limits" (for needles): ruled out."""
    part = [w.removesuffix("'s") for w in subject[-3:] if w not in SIDES]  # "my right side's"
    mine = len(part) >= 2 and part[-2] in MINE and part[-1] in OWN_BODY | {"side"}
    return mine and list(said) in (["no", "good"], ["no", "use"])


WILL_BE = frozenset(["will", "would", "shall"])


def _future_be(words: Sequence[str], i: int) -> bool:
    """True for the "be" of "will be", "would be": a refusal still to come ("A care home will
    be over my dead body") rules its thing out as "is" does."""
    return words[i] == "be" and i > 1 and words[i - 1] in WILL_BE


def _said_after(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the thing before "is out", "are banned", "are all off my list"... at I ("Beer is
    out", "Coffee's out after noon"), or 0. Not a person said with a pronoun ("I am not allowed
    to kneel"), nor "out" meaning gone out ("My daughter is out, so ring her")."""
    fused = words[i].endswith("'s") and words[i] not in SUBJECT_IS
    denied = words[i] in NEGATED_COPULAS  # "Cake isn't allowed"
    future = _future_be(words, i)
    if words[i] not in COPULAS and not fused and not denied and not future:
        return 0
    j = i + 1
    while j < len(words) and words[j] in DEGREE:
        j += 1
    if denied and (j >= len(words) or SENTENCE_END.search(gaps[j])):
        before = words[max(0, i - 8) : i]  # "The commode is fine, but the bedpan isn't."
        size = int("but" in before and any(w in ALLOWED_FIRST for w in before))
    elif denied and words[j : j + 1] == ["safe"]:
        size = 1  # "My scooter isn't safe in the rain", as "is not safe" (a person: below)
    elif denied:  # but "My son isn't allowed to drive": the driving, read below
        size = int(words[j : j + 1] in (["allowed"], ["permitted"], ["welcome"]))
        after = j + 1  # "Cake isn't allowed.", not "...isn't allowed upstairs": the place
        ends = after >= len(words) or BREAK.search(gaps[after]) or "," in gaps[after]
        size = size if ends or words[after] in CLAUSE_ENDS else 0
    else:
        size = (
            _starts(words, j, RULED_OUT_AFTER) or _too_for_me(words, j) or _but_not(words, gaps, j)
        )
        size = size or int(words[j : j + 1] == ["off"] and _off_for_a_while(words, gaps, j))
    if not size or (future and words[j : j + size] != list(DEAD_BODY)):
        return 0
    end = i - 1 if future else i + 1 if fused else i
    first = _subject_start(words, gaps, end)
    subject = [w for w in words[first:end] if w not in LINKS]
    if not subject or all(w in SUBJECTS or w in FUNCTION_WORDS for w in subject):
        return 0
    if _allowed_something_else(words, gaps, j, size, subject):
        return 0
    if _own_body_no_good(subject, words[j : j + 2]):
        return 0
    if words[j : j + 1] == ["off"] and size == 1:  # "Anything hard is off until the ulcers
        kind = subject[0] not in ARTICLES | POSSESSIVES | SUBJECT_IS  # heal": a kind of thing,
        return end if kind and not grammar.person_first(subject) else 0  # not "the kettle"
    safe = words[j : j + 1] == ["safe"] if denied else words[j : j + 2] == ["not", "safe"]
    if safe and grammar.person_first(words[first:end]):
        return 0  # "My daughter isn't safe to drive": the driving, read below; not the daughter
    after = j + size
    if size > 1 and any(w in ("with", "because") for w in subject):
        return 0  # "with my hip the stairs are out of the question": not the hip
    if words[j : j + 1] == ["out"] and size == 1:
        if any(grammar.lemma(w) in BLOOMING for w in subject):
            return 0  # "Snowdrops and crocuses are out": in flower
        if first and words[first - 1] in CLAUSE_ENDS - {"but", "so"}:
            return 0  # "I love the moors when the heather is out": in flower, not ruled out
        contrast = words[first - 1 : first] == ["but"] and words[first] not in POSSESSIVES
        contrast = contrast and any(w in ALLOWED_FIRST for w in words[max(0, first - 6) : first])
        # kinds of thing, not the sun or my son gone out: "Any jelly sweets are out, as...",
        # "most bread is out", "nuts and sweetcorn are out"
        lead = subject[1] if subject[0] in ("and", "so") and len(subject) > 1 else subject[0]
        some = [k for k, w in enumerate(subject[:-1]) if w in ("any", "most", "all")]
        kinds = any(subject[k + 1] not in ARTICLES for k in some)
        kinds = kinds or (("and" in subject[1:] or "or" in subject) and lead not in ARTICLES)
        kinds = kinds or (  # "Wool jumpers are out": a kind named with no "the" or "my"
            lead not in ARTICLES
            and grammar.plural(subject[-1])
            and not {w.removesuffix("s") for w in subject} & (grammar.PEOPLE | SUBJECTS)
        )
        if after == len(words):  # "Dairy is fine but eggs are out."
            return end if contrast or kinds else 0  # "The sun is out.": gone out
        then = "," in gaps[after] and words[after] not in CLAUSE_ENDS | SUBJECTS
        listed = "," in gaps[after] and ("and" in subject or "or" in subject)
        listed = listed and words[first] not in POSSESSIVES  # "My son and daughter are out"
        then = then or listed or (kinds and "," in gaps[after])  # "White bread, white rice and
        # chips are out, I have brown"
        if not (BREAK.search(gaps[after]) or then or _time_next(words, after)):
            return 0
    return end


def _examples_before(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """Start of a list of short things before a colon that are examples of "anything ..."
    said at FIRST ("Crusty bread, nuts, crisps: anything hard is off until the ulcers heal"),
    or FIRST."""
    if not first or ":" not in gaps[first] or words[first] not in ("anything", "everything"):
        return first
    start = _list_start(words, gaps, _subject_start(words, gaps, first - 1))
    part = words[start:first]
    if start == first - 1 or any(w in SUBJECTS | COPULAS | MODALS for w in part):
        return first  # one word alone is a heading ("Food: anything soft is fine")
    return start


# what says for how long a kind of thing is off: "Anything hard is off until the ulcers heal"
OFF_FOR = (("until",), ("till",), ("for", "now"), ("for", "me"), ("now",), ("for", "the"))


def _off_for_a_while(words: Sequence[str], gaps: Sequence[str], j: int) -> bool:
    """True for "off" at J said of a kind of food or drink for a while, with how long after it
    ("Anything hard is off until the ulcers heal", "Beer is off for now"); not "off" alone at
    the end, which is a thing switched off or gone sour ("The milk is off")."""
    after = j + 1
    if after >= len(words) or BREAK.search(gaps[after]) or "," in gaps[after]:
        return False
    return bool(_starts(words, after, OFF_FOR)) or words[after] in TIME_WORDS


WHERE_IT_IS = frozenset(["at", "in", "on", "by", "near", "outside", "inside", "behind", "beside"])


def _where_it_is(words: Sequence[str], first: int, end: int) -> int:
    """Start of a place that says where the thing FIRST..END is ("The stairs at the chapel are
    not safe": the stairs, not the chapel; "The steps outside my flat are too steep"), or END."""
    for k in range(first + 1, end - 1):
        if words[k] in WHERE_IT_IS and words[k + 1] in ARTICLES and words[k - 1] not in LINKS:
            return k
    return end


def _where_not_to_go(words: Sequence[str], gaps: Sequence[str], i: int, out: set[int]) -> int:
    """End of a "not in my tea" aside that says where a thing ruled out earlier in the sentence
    is not to go ("No sugar, not in my tea, not in my porridge": the tea and the porridge are
    where, the sugar is what), or 0. With nothing ruled out before it the aside names a place
    refused ("I keep my keys in my bag, not in my coat": the coat)."""
    if words[i] != "not" or not i or "," not in gaps[i]:
        return 0
    if _at(words, i + 1) not in ("in", "on", "into", "onto"):
        return 0
    start = i
    while start and not BREAK.search(gaps[start]):
        start -= 1
    before = [k for k in out if start <= k < i and words[k] not in FUNCTION_WORDS]
    if not before or _wish_between(words, max(before), i):
        return 0  # "I've not got long left, so I want to be at home, not in the hospital": the
    return _clause_end(gaps, i + 1, commas=True)  # aside is on the wish, the hospital refused


def _wish_between(words: Sequence[str], last: int, i: int) -> bool:
    """True when a new clause with its own doer opens between a thing ruled out at LAST and a
    "not in" aside at I ("..., so I want to be at home, not in the hospital"): the aside is
    on that clause, and names a place refused."""
    return any(words[j] in MAIN_DOERS for j in range(last + 1, i))


def _but_not(words: Sequence[str], gaps: Sequence[str], j: int) -> int:
    """1 for a bare "not" that ends a sentence after "but" and a thing said to be fine ("The
    commode is fine, but the bedpan is not"), or 0."""
    if j >= len(words) or words[j] != "not":
        return 0
    if j + 1 < len(words) and not SENTENCE_END.search(gaps[j + 1]):
        return 0
    before = words[max(0, j - 8) : j]
    return int("but" in before and any(w in ALLOWED_FIRST for w in before))


LAST_THING_WANTS = frozenset({"want", "need", "wish", "fancy"})


def _last_thing_wanted(words: Sequence[str], i: int) -> int:
    """Start of what follows "the last thing I want is" at I, or 0: what is least wanted is
    ruled out ("The last thing I need is a fuss", "The last thing we'd want is to move"). Not
    "the last thing I do at night is" (a time, not a refusal)."""
    if words[i : i + 3] != ["the", "last", "thing"] or i + 5 >= len(words):
        return 0
    k = i + 3
    if words[k] not in ("i", "we", "i'd", "we'd", "he", "she", "they", "mum", "dad"):
        return 0
    k += 1
    if words[k] in ("would", "'d", "ever", "really"):
        k += 1
    if words[k] not in LAST_THING_WANTS or words[k + 1 : k + 2] not in (["is"], ["was"]):
        return 0
    return k + 2 if k + 2 < len(words) else 0


def _something_refused(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """End of the thing before "is something I can't stand", "is the last thing I want", "is
    not somewhere I want to go" at I, or 0: the thing is ruled out, said after it ("Loud music
    is something I can't stand", "Sugar in my tea is something I had to give up")."""
    if words[i] not in COPULAS or i == 0:
        return 0
    j = i + 1 + (words[i + 1 : i + 2] == ["not"])
    size = _starts(words, j, SOMETHING) or _a_kind_refused(words, gaps, j)
    if not size:
        return 0
    first = _subject_start(words, gaps, i)
    subject = words[first:i]
    if not subject or subject[0] in SUBJECTS or subject[0] in FUNCTION_WORDS - ARTICLES:
        return 0  # "It is something I can't do", "That is the last thing"
    thing = first  # "Sugar in my tea is something...": the sugar, not the tea
    while thing < i and (words[thing] not in FUNCTION_WORDS or words[thing] in ARTICLES):
        thing += 1
    if j > i + 1 or words[j] == "the":  # "is not something I want", "the last thing I want"
        return thing
    end = _clause_end(gaps, j + size, commas=True)
    rest = words[j + size : end]
    if any(w in TURNS_BACK for w in rest):
        return 0  # "Church is something I would never miss"
    refused = any(w in VERB_NEGATORS for w in rest) or any(
        _starts(rest, k, THING_NEGATORS) or _starts(rest, k, DISLIKES) for k in range(len(rest))
    )
    return thing if refused else 0


def _a_kind_refused(words: Sequence[str], gaps: Sequence[str], j: int) -> int:
    """Length of "a treat" at J where what follows refuses it with a doing that ends the clause:
    "Chocolate is a treat I can't have", "Beer is a drink I don't like any more"; or 0. Not "a
    treat I can't resist" (wanted), "a man I don't trust" (a person), nor "a treat I can't do
    without" (a second negation)."""
    if words[j : j + 1] not in (["a"], ["an"]) or j + 5 > len(words):
        return 0
    kind, me, nots, verb = words[j + 1 : j + 5]
    if kind in FUNCTION_WORDS or kind in grammar.PEOPLE or me not in ("i", "we"):
        return 0
    if nots not in VERB_NEGATORS or verb not in WHICH_REFUSED:
        return 0
    end = j + 5  # the clause ends, or "any more", "now": not "I can't do without"
    ends = end == len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
    return 2 if ends or words[end] in IT_ENDS - {"and", "but", "so"} else 0


def _in_the(words: Sequence[str], i: int) -> bool:
    """True where "in't" is Yorkshire "in the" (a thing follows: "in't oven"), not Black Country
    "isn't" (a doing follows: "I in't gorn")."""
    kinds = grammar.parts_of_speech(words[i + 1]) if i + 1 < len(words) else frozenset()
    return grammar.NOUN in kinds and grammar.VERB not in kinds


# The person, as the doer of a thing said first: "Pork I will never eat", "Pork I'd never eat".
SPEAKERS = frozenset(["i", "we", "i'd", "we'd", "i'll", "we'll"])
# A refusal that is itself said with a not asks for the thing: "A cuppa I would never refuse".
NEVER_REFUSED = frozenset(["refuse", "refuses", "refused", "say", "turn"])


def _fronted(words: Sequence[str], gaps: Sequence[str], i: int) -> int | None:
    """Start of the thing a negated verb at I refuses, where it is said first: "Showers I
    can't manage", "Sandwiches I won't eat, they stick", "it's cold drinks I can't have"; or
    None. Not a time ("Most days I don't eat"), nor a verb that keeps its thing ("My son I
    never see")."""
    me = _subject_back(words, i) if i > 1 else -1  # "Pork I will never eat", "Meat I do not"
    if words[i] not in VERB_NEGATORS or me < 1 or words[me] not in SPEAKERS:
        return None
    verb = i + 1
    if verb >= len(words) or words[verb] in KEEPS_THING - {"touch", "touches"}:
        return None
    if words[verb] in TURNS_BACK | NEVER_REFUSED:
        return None  # "My tablets I never forget", "A cuppa I would never refuse": wanted
    after = words[verb + 1] if verb + 1 < len(words) else ""
    if after == "to":  # "The swimming baths I haven't been to in years": the verb's own "to"
        verb += 1
        after = words[verb + 1] if verb + 1 < len(words) else ""
    ends = not after or BREAK.search(gaps[verb + 1]) or "," in gaps[verb + 1]
    # a time or place after the verb is no thing of its own: "Coffee I never drink after lunch",
    # nor a reason: "Ice cream I can't have because of the lactose"
    if not ends and after not in TIME_OR_PLACE | WHY_OR_WHEN | {
        "any",
        "anymore",
        "again",
        "now",
        "either",
    }:
        return None  # the verb has its own thing after it: "Fish I don't eat the skin of"
    first = _subject_start(words, gaps, me)
    first += words[first] in ("and", "but", "so") and first < me - 1  # ", and pork I will never"
    first += _starts(words, first, (("it's",), ("it", "is")))  # "it's cold drinks I can't"
    part = words[first:me]
    if not part or len(part) > 3:
        return None
    if part[0] in FUNCTION_WORDS - ARTICLES or any(w in TIME_WORDS for w in part):
        return None
    kinds = grammar.parts_of_speech(words[me - 1])  # "Showers I can't": not read as a verb
    if kinds and grammar.NOUN not in kinds:
        return None
    return _list_start(words, gaps, first)  # "Fish, meat and eggs I don't eat": all three


AS_LONG_AS = (["as", "long", "as"], ["so", "long", "as"])
BUT_I_WONT = (
    ("i'd", "rather", "not"),
    ("i", "would", "rather", "not"),
    ("i'd", "sooner", "not"),
    ("i", "won't"),
    ("i", "will", "not"),
    ("i", "don't", "want", "to"),
    ("i", "do", "not", "want", "to"),
    ("i", "can't"),
    ("i", "cannot"),
    ("i", "can't", "any", "more"),
    ("i", "can't", "now"),
    ("i", "cannot", "now"),
    ("i", "cannot", "any", "more"),
    ("i", "can't", "anymore"),
    ("i", "won't", "now"),
)
WHICH_REFUSED = frozenset(
    ["have", "want", "wear", "use", "eat", "drink", "take", "touch", "go", "need", "like"]
    + ["watch", "do", "read", "open", "fancy", "trust", "ride", "sit", "sleep"]
)
A_MISS = (("a", "miss"), ("a", "wide", "berth"), ("the", "go-by"), ("a", "swerve"))
GIVEN_TO = frozenset(["give", "feed", "bring", "offer", "serve", "buy", "make", "get"])
SOMETHING = (("something",), ("somewhere",), ("the", "last", "thing"), ("one", "thing"))
IF_IT_HAS = tuple(
    ("if", "it", *has) for has in (("has",), ("contains",), ("'s", "got"), ("has", "got"))
) + (("if", "it's", "got"), ("if", "there's"), ("if", "there", "is"))
# "If it's spicy, count me out": what a condition names (round 91)
IF_IT_IS = IF_IT_HAS + (("if", "it's"), ("if", "it", "is"), ("if", "they're"))
IT_TAKERS = frozenset(
    ["eat", "drink", "have", "take", "touch", "allowed", "swallow", "stand", "abide", "fancy"]
)
DAYS_AROUND = frozenset(["yesterday", "today", "tomorrow", "tonight"])
ALLOWED_FIRST = frozenset(["fine", "ok", "okay", "yes", "allowed", "lovely", "good"])
WHEN_NOUNS = frozenset(["day", "year", "week", "month", "time", "moment", "minute", "night", "way"])
IT_ENDS = frozenset(["out", "any", "now", "again", "anymore", "either", "ever", "away", "off"]) | {
    "because",
    "as",
    "since",
    "but",
    "so",
    "though",
    "and",
}


def _past_aside(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """Where a not is followed by an aside between commas ("I have never, in all my years,
    liked cabbage", "Please do not, under any circumstances, give me penicillin", "I would
    not, if I can help it, go back to hospital"), the start of what it refuses after the
    aside; else FIRST."""
    if first >= len(words) or "," not in gaps[first] or SENTENCE_END.search(gaps[first]):
        return first
    if (
        words[first] == "ever"
        and first + 1 < len(words)
        and not SENTENCE_END.search(gaps[first + 1])
    ):
        return first + 1  # "I never, ever eat pork": "ever" only stresses the not; not in "I
        # don't, ever. The beer is fine.", where the not ends with the sentence
    for k in range(first + 1, min(first + 8, len(words))):
        if SENTENCE_END.search(gaps[k]) or BREAK.search(gaps[k]):
            return first
        if "," in gaps[k]:
            return k if grammar.VERB in grammar.parts_of_speech(words[k]) else first
    return first


def _used_to_but_not(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True for "used to" at I where a later "but not since / now / any more" in the sentence
    says the habit has stopped: "I used to play the tambourine in the band, but not since my
    shoulder went", "We used to go to the pub, but not now". Not "I used to hate fish, but not
    now" (a dislike that stopped: the fish is wanted)."""
    if words[i : i + 2] != ["used", "to"] or i + 2 >= len(words):
        return False
    if _starts(words, i + 2, DISLIKES) or words[i + 2] in ("hate", "dislike", "loathe", "mind"):
        return False
    for k in range(i + 3, len(words) - 2):
        if SENTENCE_END.search(gaps[k]):
            return False
        if words[k] == "but" and words[k + 1] in ("not", "no"):
            after = words[k + 2]
            return after in ("since", "now", "any", "anymore", "nowadays", "these", "longer")
        if words[k] == "but" and words[k + 1] in SUBJECTS:  # "..., but I don't drink now"
            end = k + 2
            while end < len(words) and not SENTENCE_END.search(gaps[end]):
                end += 1
            rest = words[k + 2 : end]
            if "longer" in rest:  # "..., but I'm no longer able to"
                return True
            stopped = any(w in VERB_NEGATORS for w in rest)
            return stopped and any(w in ("now", "more", "anymore", "nowadays") for w in rest)
    return False


def _but_cannot_reach(words: Sequence[str], gaps: Sequence[str], first: int) -> bool:
    """True where the "but I can't ... now" that ends a habit said with "used to" at FIRST names
    its own thing: "I used to play dominoes at the Buck, but I can't get down the steps now",
    "I used to love a night out, but I can't manage the cobbles now". The steps or the cobbles
    are what is lost; the dominoes and the night out are still loved, and only the doing
    itself has stopped. Not "..., but I can't do it now" (round 229)."""
    for k in range(first + 1, len(words) - 3):
        if SENTENCE_END.search(gaps[k]):
            return False
        if words[k] == "but" and words[k + 1] in SUBJECTS:
            for v in range(k + 2, min(k + 5, len(words) - 2)):
                if words[v] in VERB_NEGATORS:
                    m = v + 1
                    while m < min(v + 4, len(words)) and words[m] not in ARTICLES:
                        if BREAK.search(gaps[m]) or "," in gaps[m]:
                            return False
                        m += 1
                    return m < len(words) and words[m] in ARTICLES
            return False
    return False


def _put_somewhere(words: Sequence[str], end: int) -> bool:
    """True where a reply that gives a thing up ("packed it in", "gave them up") goes on to
    where it went: "Packed them in my bag", "Given them up to the nurse". Not when: "Packed it
    in the day I retired", "Gave it up at 70"."""
    if end + 1 >= len(words) or words[end - 1] not in ("in", "up"):
        return False
    if words[end - 1] == "up":
        return words[end] == "to"
    return words[end] in ARTICLES and words[end + 1] not in TIME_WORDS | WHEN_NOUNS | {"end"}


def _asked_back(words: Sequence[str], gaps: Sequence[str], i: int) -> tuple[int, int] | None:
    """Span of the thing asked about before a "?" that a reply at I refuses: "Chips? Not
    since my gallbladder came out", "Scones at the church tea? Sadly not", "Smoking? I packed
    it in", or None. The thing is a short name, not a question ("Do you want tea? No"), and
    the reply refuses it, not a thing of its own ("Tea? No sugar"), nor says yes ("Cake?
    Never say no", "Church? Never miss it")."""
    if not i or not ("?" in gaps[i] or NOTE_BREAK.search(gaps[i]) or "," in gaps[i]):
        return None
    size = _starts(words, i, REPLIES_NO)
    if size == 1 and not ("?" in gaps[i] or NOTE_BREAK.search(gaps[i])):
        return None  # "syrup, never": a bare no after a comma is read as REFUSED_ALONE
    if not size or _starts(words, i, NOT_NEGATION) and words[i + 1 : i + 2] != ["since"]:
        return None
    end = i + size
    own = size == 1 and end < len(words) and not (BREAK.search(gaps[end]) or "," in gaps[end])
    reason = words[end : end + 1] == ["with"] and words[end + 1 : end + 2] in [
        [w] for w in POSSESSIVES
    ]
    alone = words[end : end + 1] == ["any"] and (
        end + 1 == len(words) or bool(BREAK.search(gaps[end + 1])) or "," in gaps[end + 1]
    )
    if own and words[end] not in REPLY_AFTER and not (reason or alone):  # "Sugar? Never any."
        return None  # "Tea? No sugar": the no has a thing of its own ("Fish? Not with my
        # dentures": a reason, so the fish)
    if end < len(words) and words[end] in TURNS_BACK:
        return None
    if _put_somewhere(words, end):
        return None  # "Sandwiches? Packed them in my bag": put there, not given up
    ends = end == len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
    if size > 1 and words[end - 1] == "not" and not ends:
        return None  # "Tea? I'd rather not have sugar": the sugar, read in its turn
    first = _list_start(words, gaps, _subject_start(words, gaps, i - 1))
    opener = first - (first > 0 and words[first - 1] == "as")
    if words[opener : opener + 2] == ["as", "for"]:
        first = opener + 2  # "As for the bingo, I'll give it a miss": the bingo
    part = words[first:i]
    if not part or len(part) > 5 or part[0] in FUNCTION_WORDS - ARTICLES - POSSESSIVES:
        return None
    if any(w in SUBJECTS | COPULAS | MODALS | HAVE_OR_BE for w in part):
        return None
    last = first
    while last < i and (
        words[last] not in FUNCTION_WORDS or words[last] in ARTICLES | POSSESSIVES | {"and", "or"}
    ):
        last += 1  # "Scones at the church tea?": the scones
    if words[last : last + 1] == ["with"] and last + 1 < i and size == 1:
        first = last = last + 1  # "Tea with sugar? Never.": the sugar, not the tea
        while last < i and (words[last] not in FUNCTION_WORDS or words[last] in ARTICLES):
            last += 1
    first = _how_refused(words, first, last)
    return (first, last) if last > first else None


def _how_refused(words: Sequence[str], first: int, last: int) -> int:
    """Start of what a reply refuses in the note WORDS[first:last]: its last word where that
    says how the thing is ("Pills crushed? No.": the crushing, the pills are taken), else FIRST."""
    return last - 1 if last - first >= 2 and _a_state(words[last - 1]) else first


def _fronted_refusal(words: Sequence[str], gaps: Sequence[str], i: int) -> int | None:
    """Start of the thing put first before "I refused", "I gave up", "I cut out"... at I: "The
    stairlift I refused, I'll take the stairs", "Cigarettes I gave up years ago"; or None.
    Not where the refusal has its own thing after it ("The day I gave up work"), nor a time."""
    size = _starts(words, i, FRONTED_REFUSALS)
    me = _subject_back(words, i)  # "Red wine I have given up", "Beer I had to pack in"
    if not size or me < 1 or words[me] not in ("i", "i've", "we", "i'm"):
        return None
    if (words[me] == "i'm") != (words[i] in ("allergic", "not")):
        return None  # "Eggs I'm allergic to", but "Biscuits I'm refused": no such saying
    end = i + size
    if end < len(words) and not (BREAK.search(gaps[end]) or "," in gaps[end]):
        nxt = words[end]
        ago = "ago" in words[end : end + 4]  # "Driving I stopped two years ago"
        if not (nxt.endswith("ing") or nxt in TIME_OR_PLACE or nxt in FRONTED_THEN or ago):
            return None
    if BREAK.search(gaps[me]) or "," in gaps[me]:
        return None
    first = _subject_start(words, gaps, me)
    first += words[first] in ("and", "but", "so") and first < me - 1  # ", but beer I gave up"
    if _phrasal_doing(words, first, me):  # "Going out alone I stopped": a doing, with how
        return first  # or where it was done
    last = _when_of_thing(words, first, me)  # "A wee dram at bedtime I have given up": the
    part = words[first:last]  # dram; when it was had is not what was given up
    if not part or len(part) > 3 or part[0] in FUNCTION_WORDS - ARTICLES - POSSESSIVES:
        return None
    if any(w in TIME_WORDS or w in SUBJECTS or w in WHEN_NOUNS for w in part):
        return None  # "The year I quit, I felt better": when, not what
    kinds = grammar.parts_of_speech(words[last - 1])  # "Sprouts I hate": not read as a verb
    doing = first == last - 1 and words[first].endswith("ing")  # "Driving I stopped"
    things = grammar.NOUN in grammar.parts_of_speech(grammar.lemma(words[last - 1]))  # "Crisps"
    return first if not kinds or grammar.NOUN in kinds or doing or things else None


# what says when or where a thing put first was had: "A wee dram at bedtime I have given up",
# "Sugar in my tea I gave up years ago"
WHEN_HAD = frozenset(["at", "in", "on", "after", "before", "with"])


def _when_of_thing(words: Sequence[str], first: int, me: int) -> int:
    """End of the thing put first at FIRST, before a short phrase of when or where it was had
    that runs up to the person at ME ("a wee dram at bedtime", "sugar in my tea"), or ME."""
    for k in range(first + 1, min(first + 4, me - 1)):
        if words[k] in WHEN_HAD and me - k <= 3 and words[k - 1] not in FUNCTION_WORDS:
            rest = [w for w in words[k + 1 : me] if w not in ARTICLES | POSSESSIVES]
            if rest and all(w not in FUNCTION_WORDS for w in rest):
                return k
    return me


def _phrasal_doing(words: Sequence[str], first: int, me: int) -> bool:
    """True where the words FIRST..ME put before a refusal are a doing with its particle and a
    word of how ("Going out alone", "Driving at night"): a doing given up, as "Driving I
    stopped"."""
    part = words[first:me]
    if not 2 <= len(part) <= 3 or not part[0].endswith("ing") or grammar.lemma(part[0]) == part[0]:
        return False
    return all(w not in SUBJECTS and w not in ARTICLES | POSSESSIVES for w in part[1:])


# what may follow a refusal said after its thing: "Beer I had to pack in when my heart went",
# "A dram I have given up on the doctor's say-so", "Cake I gave up for Lent"
FRONTED_THEN = frozenset(["years", "ages", "long", "when", "on", "for", "after", "now"]) | (
    WHY_OR_WHEN - {"unless", "if"}
)
# helping words between the person and a refusal said after its thing: "Pork I will never eat",
# "Meat I do not eat", "The allotment I had to give up", "Biscuits I have had to say goodbye to"
HELPERS = frozenset(["do", "did", "will", "would", "shall", "must", "have", "had", "to", "'ve"])


def _subject_back(words: Sequence[str], i: int) -> int:
    """Index of the word before the helping words (HELPERS, at most three) that lead up to I:
    the person in "Pork I will never eat" for the "never"; I - 1 where there are none."""
    k = i - 1
    while k > 0 and k > i - 4 and words[k] in HELPERS:
        k -= 1
    return k


def _a_noun(words: Sequence[str], k: int) -> bool:
    """True when WORDS[k] is a thing here: "statins" in "stopped me statins"."""
    return k < len(words) and words[k] not in FUNCTION_WORDS and _a_thing(words, k)


def _except_ruled_out(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Start of the thing after "except" or "apart from" at I where the clause it is an
    exception to wants things ("I'll eat the hospital food, except the mash", "Apart from fish,
    I eat anything"), or 0. An exception to a not is wanted ("I don't eat meat except chicken",
    "Apart from the soaps, I don't watch television", "Except for my grandson, nobody is to
    touch it"), and so is the body that gives a reason ("I'm well apart from my knees"), a time
    or a clause ("except on Fridays", "except when it rains")."""
    size = _starts(words, i, (("except", "for"), ("except",), ("apart", "from")))
    first = i + size
    if not size or first >= len(words) or words[first] in SUBORDINATORS | SUBJECTS:
        return 0
    if words[first] in TIME_OR_PLACE or (first + 1 < len(words) and words[first + 1] in REASONS):
        return 0
    if i and words[i - 1] in APART:
        return 0  # "being apart from my grandchildren": away from them, not an exception
    if _opens_sentence(gaps, i):  # said first: the clause after it is excepted
        thing = min(_thing_scope(words, gaps, first), _clause_end(gaps, first + 1, True))
        clause = words[thing : _clause_end(gaps, first + 1, False)]
        if not clause and i:  # "No visitors. Except my daughter.": the sentence before
            clause = words[:i]
    else:  # "No visitors after eight – except my daughter": the sentence before it
        start = i
        while start > 0 and not SENTENCE_END.search(gaps[start]):
            start -= 1
        clause = words[start:i]
    says_no = VERB_NEGATORS | SAYS_NO_BUT
    return 0 if any(w in says_no for w in clause) else first


def _bar_means_except(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where "bar" means "except" ("I'll eat the lot, bar the mussels", "anything bar
    liver"), not a bar to drink at ("the bar", "a bar of soap")."""
    if i == 0 or i + 1 >= len(words) or words[i - 1] in ARTICLES:
        return False
    if words[i - 1] in ("anything", "everything", "lot", "all"):
        return words[i + 1] in BEFORE_A_THING or _a_noun(words, i + 1)
    return "," in gaps[i] and words[i + 1] in ("the", "my", "any", "those", "that")


def _allowed_something_else(
    words: Sequence[str], gaps: Sequence[str], j: int, size: int, subject: Sequence[str]
) -> bool:
    """True where "not allowed" at J is followed by what is not allowed, so the one before it is
    not ruled out (round 117): a thing ("My husband is not allowed salt", "The dog isn't
    allowed chocolate": the salt, the chocolate), or a doing of a person ("My son is not allowed
    to drive me": the driving). Not "Alcohol is not allowed in my house" (the alcohol)."""
    if "allowed" not in words[j : j + size]:
        return False
    after = j + size
    if after >= len(words) or BREAK.search(gaps[after]) or "," in gaps[after]:
        return False
    nxt = words[after]
    if nxt == "to":
        return grammar.person_first(list(subject))
    if nxt in ("any", "a", "an", "some") and after + 1 < len(words):
        nxt = words[after + 1]  # "not allowed any sugar", not "not allowed any more"
    if nxt in FUNCTION_WORDS | WHY_OR_WHEN | TIME_WORDS | TIME_OR_PLACE or nxt in NOT_HERE:
        return False
    return grammar.NOUN in grammar.parts_of_speech(nxt)


# Where or when a thing is not allowed, said in one word: "not allowed anywhere", "now"
NOT_HERE = frozenset(
    ["anywhere", "here", "there", "now", "indoors", "inside", "outside", "upstairs", "downstairs"]
    + ["more", "longer", "today", "tonight", "anymore", "again", "yet"]
)


def _said_no_to_a_thing(words: Sequence[str], k: int) -> bool:
    """True where "no to" ends at K before a thing, which the no rules out ("The nurse said no to
    salt", "She says no to the walking boots with laces"; round 117); not before a person ("I
    said no to the doctor") nor a doing ("no to going out": said of the doing itself)."""
    while k < len(words) and words[k] in BEFORE_A_THING | grammar.POSSESSIVES:
        k += 1
    for thing in words[k : k + 3]:  # "salt", "fizzy drinks", "the walking boots"
        if thing in FUNCTION_WORDS or {thing, thing.removesuffix("s")} & grammar.PEOPLE:
            return False
        if grammar.NOUN in grammar.parts_of_speech(thing) and not _ends_ing(thing):
            return grammar.lemma(thing) not in grammar.PEOPLE
    return False


def _doing_to_mine(words: Sequence[str], k: int) -> bool:
    """True for a doing done to the person's own thing: "shaving my moustache"."""
    return (
        k + 1 < len(words)
        and words[k].endswith("ing")
        and words[k + 1] in POSSESSIVES
        and grammar.VERB in grammar.parts_of_speech(words[k])
    )


def _stopped_doer(words: Sequence[str], stop: int, first: int) -> bool:
    """True for "stop" before a thing and what it does ("to stop my fingers curling", "stop the
    dog barking"): the doing is stopped, the thing that does it is not ruled out."""
    if words[stop] not in ("stop", "stopped") or first + 2 >= len(words):
        return False
    if words[first] not in ARTICLES or words[first + 1] in FUNCTION_WORDS:
        return False
    return _ends_ing(words[first + 2]) and grammar.NOUN in grammar.parts_of_speech(words[first + 1])


def _doing_to_my_body(words: Sequence[str], k: int) -> bool:
    """True for a doing done to the person's own body: "colouring my hair", "shaving my legs".
    Giving it up rules out the doing; the hair is still there ("stopped taking my tablets"
    rules out the tablets)."""
    return _doing_to_mine(words, k) and k + 2 < len(words) and words[k + 2] in BODY


def _there_is_none_who_not(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True for a double negative that means every one: "There's not a fisherman in Newlyn who
    doesn't know me", "There isn't a dress here I didn't make"."""
    if words[i] not in ("not", "isn't", "wasn't", "aren't") or i + 1 >= len(words):
        return False
    if words[i + 1] not in ("a", "an", "one", "anyone", "anybody"):
        return False
    there = any(w in ("there", "there's", "there're") for w in words[max(0, i - 2) : i])
    if not there:
        return False  # "I'm not a big eater, I don't eat breakfast": the breakfast is refused
    for k in range(i + 2, _clause_end(gaps, i + 1, commas=False)):
        if words[k] in VERB_NEGATORS and words[k - 1] in ("who", "that", "which", "i", "we"):
            return True
    return False


def _main_clause_begins(words: Sequence[str], k: int) -> bool:
    """True where a doer at K starts a new clause ("...sleep I put the wireless on"), not a
    doer inside the clause ("what I want", "think I can", "than I did")."""
    return (
        words[k] in MAIN_DOERS
        and k > 0
        and words[k - 1] not in CLAUSE_TAKERS
        and not (k + 1 < len(words) and words[k + 1] in ("and", "or"))
    )


def _maybe_refused(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True when the refusing at I only may happen: a condition or a "may" (MAYBE_REFUSED)
    opens its clause within four words before it ("If she refuses a drink", "He may refuse
    the shower"), so the thing is still offered. Not a refusal that happened ("She refused
    the shower", "Refuses the commode")."""
    k = i - 1
    while k >= max(0, i - 4):
        if words[k] in MAYBE_REFUSED:
            return True
        if BREAK.search(gaps[k]) or "," in gaps[k]:
            return False
        k -= 1
    return False


def _after_subordinator(words: Sequence[str], gaps: Sequence[str], start: int) -> bool:
    """True when the clause holding the word before START opens with "when", "if"...: a
    clause put before the main one, which its comma ends."""
    k = start - 1
    while k >= 0:
        if words[k] in SUBORDINATORS and words[k + 1] != "of":  # not "because of my kidneys"
            return True
        if words[k] == "which" and "," in gaps[k]:  # "The TV, which I never watch, can go"
            return True
        if BREAK.search(gaps[k]) or "," in gaps[k]:
            return False
        k -= 1
    return False


def _how_long_after(words: Sequence[str], k: int) -> bool:
    """True when "for" at K says how long ("for the whole service", "for more than an hour",
    "for long"): a doing the person cannot keep up, not a thing ruled out."""
    after = words[k + 1 : k + 3]
    return after[:1] in (["long"], ["longer"], ["more"], ["over"]) or after in (
        ["the", "whole"],
        ["the", "full"],
        ["the", "entire"],
        ["a", "whole"],
        ["all", "of"],
    )


def _this_thing(words: Sequence[str], k: int) -> bool:
    """True for "this" at K naming a thing, not a time, in a list of refused things: "I don't
    hold with cards or this banking on the phone" (not "this morning", "this time"), nor the
    doer of a clause of its own ("I don't want a bath and this carer knows it")."""
    return (
        words[k] == "this"
        and _at(words, k - 1) in ("or", "and", "nor")
        and _at(words, k + 1) not in TIME_WORDS | WEEKDAYS | {"once", "year's"}
        and not _does_next(words, k + 2)
    )


def _does_next(words: Sequence[str], k: int) -> bool:
    """True for a doing at K after a doer ("this carer knows it", "this nurse helps me")."""
    if k >= len(words):
        return False
    said = words[k] in grammar.LINKS or grammar.guess(words, k) == grammar.VERB
    if said or not words[k].endswith("s") or grammar.VERB not in grammar.parts_of_speech(words[k]):
        return said
    # an -s word that may be a doing or a thing ("cooks", "chops") is a doing after a person
    # ("this carer cooks for me") or before its thing ("this nurse dresses my leg"), not in a
    # thing of two words ("or this lamb chops", "this chicken stews": code review)
    after = _at(words, k + 1)
    return _at(words, k - 1) in grammar.PEOPLE or after in OBJECT_PRONOUNS | POSSESSIVES | {"it"}


def _time_next(words: Sequence[str], k: int) -> bool:
    """True when a time follows the word at K: "on Fridays", "in the morning", "after six"."""
    j = k + 1
    while j < len(words) and words[j] in ("the", "a", "every", "each", "this", "that", "my"):
        j += 1
    if j >= len(words):
        return False
    hour = words[j] in HOURS or words[j][:1].isdigit()
    return words[j] in TIME_WORDS or (hour and words[k] in CLOCK)


# what opens the thing or place of a second doing: "or walk into the road", "or sit up"
SECOND_DOING_OPENS = frozenset(
    ["in", "on", "at", "to", "into", "near", "with", "up", "down", "out", "off", "away"]
)


def _or_a_second_doing(words: Sequence[str], gaps: Sequence[str], end: int) -> int:
    """Index of a second doing joined by "or" or "nor" to a negated one whose scope ended at a
    place or time at END ("I must not have salt on my food or eat crisps", "Never put me in the
    bath or give me a shower"), or 0: the not rules it out too. Not a new doer ("or I get a
    chest infection"), nor a thing ("on Fridays or Sundays"), nor after a comma."""
    if end >= len(words) or words[end] not in TIME_OR_PLACE:
        return 0
    ors = [j for j in range(end + 1, min(end + 6, len(words))) if words[j] in ("or", "nor")]
    if not ors or _clause_end(gaps, end + 1, commas=True) <= ors[0]:
        return 0
    j = ors[0]
    if j + 1 >= len(words):
        return 0
    if BREAK.search(gaps[j]) or BREAK.search(gaps[j + 1]) or words[j + 1] in FUNCTION_WORDS:
        return 0
    if grammar.guess(words, j + 1) != grammar.VERB or j + 2 >= len(words):
        return 0  # "...or smoke." ends too soon to tell a doing from a thing
    nxt = words[j + 2]  # a doing takes its thing: "or eat crisps", "or touch my things"
    if nxt in ARTICLES | POSSESSIVES | OBJECT_PRONOUNS | SECOND_DOING_OPENS:
        return j + 1
    done = grammar.parts_of_speech(words[j + 1]) == {grammar.VERB} and nxt not in FUNCTION_WORDS
    return j + 1 if done or grammar.guess(words, j + 2) == grammar.NOUN else 0


def _made_out_then_or(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """Index of a second doing joined by "or"/"nor" after a "make out X" at FIRST ("I can't
    make out faces or go to the shops", "... faces, or read the paper"), or 0: the not rules
    it out too, while what cannot be made out stays bare."""
    if words[first : first + 2] != ["make", "out"]:
        return 0
    for j in range(first + 2, _verb_scope(words, gaps, first) - 1):
        if BREAK.search(gaps[j + 1]):
            return 0
        if words[j] in ("or", "nor") and (
            words[j + 1] in MOTION
            or (words[j + 1] not in FUNCTION_WORDS and grammar.guess(words, j + 1) == grammar.VERB)
        ):
            return j + 1
    return 0


def _or_doing_runs_on(words: Sequence[str], gaps: Sequence[str], first: int, end: int) -> int:
    """End of the scope from FIRST to END, run on where its last word is a second doing joined
    by "or"/"nor" whose own thing or place the scope cut off ("I must not eat grapefruit or sit
    on a low chair": the chair too, as "I must not sit on a low chair" rules it out), else END."""
    last = end - 1
    if last <= first + 1 or words[last - 1] not in ("or", "nor") or BREAK.search(gaps[last]):
        return end
    if words[last] in FUNCTION_WORDS or grammar.guess(words, last) != grammar.VERB:
        return end
    verb = grammar.parts_of_speech(words[last]) == {grammar.VERB} and not words[last].endswith("s")
    if words[last] not in MOTION and not verb:
        return end  # "I can't open jars or tins with my hands": a thing, not a second doing
    return max(end, _verb_scope(words, gaps, last))


def _a_thing(words: Sequence[str], k: int) -> bool:
    """True when WORDS[k] names a thing here ("sugar" in "I don't take sugar", "shul"), so a
    place after it is not what the not rules out ("I don't take sugar in my tea")."""
    word = words[k]
    if word in FUNCTION_WORDS or word in NOT_THINGS:
        return False
    if word in MOTION and word.endswith("ing"):
        return False  # "I don't like sitting in the lounge": a doing, where it is done refused
    if word in MOTION and k and words[k - 1] == "than":
        return False  # "I'd rather sit in the garden than stay in the lounge": a doing
    if word == "flat" and k and words[k - 1] in ("lie", "lies", "lying", "lay"):
        return False  # "than lie flat in bed": how, not a flat; where is refused
    return not grammar.parts_of_speech(word) or grammar.guess(words, k) == grammar.NOUN


def _given_a_miss(words: Sequence[str], i: int) -> int:
    """Index of "a miss" / "a wide berth" in "give the bingo a miss", "give the pub a wide
    berth" at I, or 0: the thing between is not wanted."""
    if words[i] not in ("give", "giving", "gave", "given"):
        return 0
    for k in range(i + 2, min(i + 7, len(words))):
        if _starts(words, k, A_MISS):
            return k
    return 0


def _with_it_off(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Index of "off" in "with the (big) light off", "with my telly off" starting at I, or 0:
    the thing is wanted switched off, as "leave the light off" says. Not "with the dog off
    the lead": "off" before a thing says where from."""
    if words[i] != "with" or _at(words, i + 1) not in ARTICLES | POSSESSIVES:
        return 0
    for k in range(i + 2, min(i + 5, len(words))):
        if BREAK.search(gaps[k]) or "," in gaps[k]:
            return 0
        if words[k] == "off":
            after = _at(words, k + 1)
            return k if k > i + 2 and after not in ARTICLES | POSSESSIVES else 0
        if words[k] in FUNCTION_WORDS:
            return 0
    return 0


# what ends a keeping's reach: "I keep my rings on, but...", "though the pattern gets away from me"
KEEP_ENDS = SUBORDINATORS | frozenset(["but", "though", "although"])


def _kept_away(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Index of "away" in "keep ... away from me" (or of "off" in "keep the dog off the
    sofa") starting at I, or 0: the thing in between is not wanted there. Not "keep my tablets
    out of reach": kept safe, and wanted. A thing left out at the end of its
    clause is left out of the food or the plan ("Please leave the onions out", "leave the
    sugar out of my tea"), said as an order; not "leave my clothes out for the morning",
    "leave the butter out of the fridge", "the carers leave the tin out"."""
    asked = not i or BREAK.search(gaps[i]) or "," in gaps[i] or words[i - 1] in ("please", "just")
    if words[i] in LEAVE and asked and _at(words, i + 1) in ARTICLES | {"any", "all"}:
        for k in range(i + 2, min(i + 5, len(words))):
            if BREAK.search(gaps[k]) or "," in gaps[k] or words[k] in FUNCTION_WORDS - {"out"}:
                return 0
            if words[k] == "out" and k > i + 2:
                ends = k + 1 == len(words) or BREAK.search(gaps[k + 1]) or "," in gaps[k + 1]
                mine = _at(words, k + 1) == "of" and _at(words, k + 2) in POSSESSIVES
                return k if ends or mine or _at(words, k + 1) == "please" else 0
        return 0
    if words[i] not in KEEP:
        return 0
    # "I keep knitting ganseys": goes on doing, nothing kept away; but "keep cleaning products
    # away from me" names a thing by its -ing word, and only "away" says so (code review)
    doing = _ends_ing(_at(words, i + 1))
    for k in range(i + 1, min(i + 12, len(words))):  # "keep the smoke and the hay well away"
        if BREAK.search(gaps[k]) or words[k] in KEEP_ENDS:
            return 0  # "I keep my rings on, but take the big one off for baking": worn
        if doing and words[k] != "away":
            continue
        if words[k] == "away":
            rest = tuple(words[k + 1 : k + 3])
            if rest == ("from", "my") and (
                _moved_aside(words, i, k, k + 3) or _mine_kept_apart(words, i, k)
            ):
                return 0  # "keep the mobile phone away from my chest": the phone is kept
            return k if rest in (("from", "me"), ("from", "my")) else 0
        if words[k] == "off" and k > i + 1 and words[k - 1] not in ARTICLES:
            if _moved_aside(words, i, k, k + 1):
                return 0  # "keep the oxygen tube off the floor": the tube, moved, is kept
            return k  # "keep the dog off the sofa", "keep the oil heater off at night"
        if _kept_from_me(words, gaps, i, k):
            return k  # "keep the matches from me": as "away from me" (blind review r4)
        if words[k : k + 2] == ["out", "of"] and k > i + 1 and words[k - 1] not in ARTICLES:
            rest = words[k + 2 : k + 4]  # "keep the dog out of my bedroom": the dog
            if _moved_aside(words, i, k, k + 2):
                return 0  # "keep my mobile out of my shirt pocket": the mobile is kept
            return k + 1 if "reach" not in rest and words[k - 1] not in OBJECT_PRONOUNS else 0
    return 0


# Who fasts, the word before "fast": "I fast from meat", "we still fast from...", "to fast from".
FASTERS = SUBJECTS | frozenset(
    ["still", "always", "usually", "also", "to", "and", "must", "am", "are", "is", "was", "i'm"]
)
# When a fast runs, not what it goes without: "fast from sunrise to sunset", "from dawn".
FAST_TIMES = TIME_WORDS | frozenset(["sunrise", "sunup", "dawn", "daybreak", "first", "midnight"])


def _fasts_from_a_food(words: Sequence[str], i: int) -> bool:
    """True for "fast from" at I said of the person going without a food ("In Lent I fast from
    meat"); not of when the fast runs ("I fast from sunrise to sunset"), nor "fast" as quick
    ("I got up fast from the chair")."""
    said_of = i > 0 and words[i - 1] in FASTERS
    return said_of and _at(words, i + 2) not in FAST_TIMES and _at(words, i + 3) not in FAST_TIMES


# The forms of "be" that make "kept off" passive: what is kept off is the subject.
BE_FORMS = COPULAS | frozenset(["be", "been", "being"])
# Where a thing in use is kept off, out of or away from, and still wanted: the floor and the
# stairs it could trip the person on ("keep the oxygen tube off the floor"), and the chest or
# the pocket by a pacemaker ("keep my mobile out of my shirt pocket and away from my chest").
# Not a table, a plate or a foot: "keep the salt cellar off the table" and "keep the blanket
# off my foot" rule the salt and the blanket out, as the labelled plans read them.
MOVED_OFF = frozenset(
    ["floor", "stairs", "stair", "steps", "landing", "hall", "hallway", "doorway", "carpet"]
    + ["chest", "pacemaker", "pocket"]
)
# What opens the person's own thing in use: "the oxygen tube", "my mobile".
OWN_THING = frozenset(["the", "my", "his", "her", "our", "their"])
# Who or what is kept away as itself: an animal or a person ("keep the dog off the stairs").
ALIVE = (
    grammar.PETS
    | grammar.PEOPLE
    | OBJECT_PRONOUNS
    | frozenset(
        ["pets", "pet", "animal", "animals", "kids", "grandkids", "visitors", "bird", "birds"]
    )
)


# Things that are themselves the danger where they are kept off or out of: a rug or a mat on the
# floor trips the person, cigarettes and matches burn ("keep the rugs off the floor").
HAZARDS = frozenset(
    ["rug", "mat", "runner", "clutter", "cigarette", "cig", "fag", "match", "lighter", "rubbish"]
)


def _moved_aside(words: Sequence[str], keep: int, k: int, place: int) -> bool:
    """True when a lifeless thing, between KEEP and K, is kept off, out of or away from a
    place of MOVED_OFF named from PLACE on: it is moved out of harm's way and still wanted
    ("keep the oxygen tube off the floor", "keep my mobile out of my shirt pocket"). An animal
    or a person kept off the stairs is kept away ("keep the dog off the stairs"), and so is a
    kind of thing or someone else's ("keep mobile phones away from my chest")."""
    thing = [w for w in words[keep + 1 : k] if w not in FUNCTION_WORDS]
    if not thing or len(thing) > 4 or _place_head(words, place) not in MOVED_OFF:
        return False
    if _at(words, keep + 1) not in OWN_THING or any(w.endswith("'s") for w in thing):
        return False  # "keep mobile phones away from my chest", "keep the grandchildren's toys
        # off the stairs": a kind of thing, or someone else's, kept away (the older sets)
    if any({w, grammar.lemma(w)} & HAZARDS for w in thing):
        return False  # "keep the rugs off the floor": the rugs are the danger, and refused
    return not any({w, grammar.lemma(w)} & ALIVE for w in thing)  # "the visitors' bags"


def _mine_kept_apart(words: Sequence[str], keep: int, k: int) -> bool:
    """True for the person's own lifeless thing kept apart from another of theirs: "keep my
    peas away from my gravy", "keep my tablets away from my tea". It is set apart and still
    had; an animal, a person or a danger kept away is refused."""
    thing = [w for w in words[keep + 2 : k] if w not in FUNCTION_WORDS]
    if _at(words, keep + 1) != "my" or not thing or len(thing) > 3 or len(thing) < k - keep - 2:
        return False
    return not any({w, grammar.lemma(w)} & (ALIVE | HAZARDS) for w in thing)


def _place_head(words: Sequence[str], start: int) -> str:
    """The last word of the place named from START ("the floor", "my shirt pocket"): the word
    before the first function word or the clause's end, at most three words on."""
    head = ""
    for w in words[start : start + 4]:
        if w in FUNCTION_WORDS and head:
            break
        if w not in FUNCTION_WORDS:
            head = w
    return head


KEPT_FROM = frozenset(["me", "him", "her", "them", "us"])


def _kept_from_me(words: Sequence[str], gaps: Sequence[str], keep: int, k: int) -> bool:
    """True for "from" at K in "keep the matches from me" after KEEP: the thing in between is
    kept from the person, as with "away from me". Not "keep it from me" (no thing named). KEEP
    asked ("Please keep the scissors from him since...") or "from me" ending its clause
    ("They keep the pills from her, ..."): not dialect "me" for my, "I keep the letters from me
    mam in a box" (code review)."""
    if not (
        words[k] == "from"
        and k > keep + 1
        and _at(words, k + 1) in KEPT_FROM
        and words[k - 1] not in OBJECT_PRONOUNS | ARTICLES | {"it"}
    ):
        return False
    asked = not keep or BREAK.search(gaps[keep]) or "," in gaps[keep]
    asked = asked or words[keep - 1] in ("please", "just", "always", "and")
    return bool(asked or k + 2 == len(words) or BREAK.search(gaps[k + 2]) or "," in gaps[k + 2])


CAUSES = frozenset(["make", "makes", "made", "give", "gives", "gave", "bring", "brings"])
# What a thing the person reacts to does to them: "makes me ill", "makes my lips swell", "gives
# me a rash", "brings me out in hives". Not "makes me cough" or "makes my knees worse", said of
# weather, noise or needed tablets as often as of a thing kept away.
REACTIONS = frozenset(
    ["ill", "sick", "poorly", "swell", "swells", "itch", "itchy", "rash", "hives", "blotches"]
    + ["bleed"]  # "alcohol makes me bleed" (with blood thinners)
)
# Saying, before what a named helper warns of: "the doctor says alcohol makes me bleed".
SAYS = frozenset(["says", "said", "thinks", "reckons"])


# What makes the person ill and is no thing kept away: the weather and what life brings.
WEATHERS = WEATHER_IN | frozenset(
    ["cold", "damp", "weather", "humidity", "stress", "worry", "travel"]
)


def _reacted_to(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The thing a sentence opens with, where what it does to the person is a reaction
    ("Strawberries make my lips swell", "Penicillin makes me very ill", "Prawns bring me out in
    hives"): a thing that harms the person is ruled out, as "I'm allergic to" rules it out
    (stop 40's blind review). Only a bare kind of thing ("Strawberries", "Penicillin"), not
    "my tablets", "the water tablets" or "even crumbs": the person's own medicine is needed
    whatever it does, and a thing said with "the" is often a thing that must be put up with."""
    found: set[int] = set()
    for c in range(1, len(words) - 1):
        if words[c] not in CAUSES_OR_UPSETS or words[c + 1] not in SUFFERER:
            continue
        first = c
        while first > 0 and not BREAK.search(gaps[first]):
            first -= 1
        first = _after_who_says(words, first, c)  # "the doctor says alcohol makes me bleed"
        then = words[c + 1 : _clause_end(gaps, c + 1, commas=True)]
        gut = _upsets_the_gut(words, c, then)
        named = first + (gut and words[first] == "the")  # "the coconut upsets my stomach"
        subject = words[named:c]
        if not 1 <= len(subject) <= 3 or any(w in FUNCTION_WORDS for w in subject):
            continue
        if any("," in gaps[k] for k in range(first + 1, c + 1)):
            continue
        last = subject[-1]
        if grammar.NOUN not in grammar.parts_of_speech(last) and not grammar.plural(last):
            continue
        if last in WEATHERS or last in MEDICINES or _ends_ing(last):
            continue  # "Heat makes my ankles swell", "Standing makes me ill": not a thing
        if not gut and not REACTIONS & set(then[:6]):
            continue
        found.update(range(first, c))
    return found


FRIGHTENS = frozenset(
    ["frighten", "frightens", "scare", "scares", "terrify", "terrifies", "petrify", "petrifies"]
)
# Startling noises and skies a frightened person shuts out (Bonfire Night, a storm). Not bills,
# brown envelopes, fees or crowds: the labels keep those, as things to be helped through.
STARTLERS = frozenset(
    ["fireworks", "firework", "thunder", "lightning", "storms", "thunderstorms", "bangers"]
)


def _frighten_me(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """The startling noises a clause opens with that frighten the person ("Fireworks and
    thunder frighten me", "Bangs and fireworks make my heart race"): the labels rule them out,
    as a harm is ("Strawberries make my lips swell"), and the plan's answer is to shut them out.
    Only STARTLERS: a bill or a crowd that frightens is still a thing of the person's life."""
    found: set[int] = set()
    floor = 0  # where the last such clause ended: "Crowds scare me and fireworks scare me too"
    for c in range(1, len(words) - 1):
        frightens = words[c] in FRIGHTENS and words[c + 1] == "me"
        races = (
            words[c] in ("make", "makes")
            and words[c + 1 : c + 3] == ["my", "heart"]
            and _at(words, c + 3) in ("race", "pound", "thump")
            and not set(words) & GLAD_WORDS  # "make my heart race with joy, I love them"
        )
        if not (frightens or races):
            continue
        first, last = c, floor
        floor = c + 2
        while first > last and not BREAK.search(gaps[first]) and "," not in gaps[first]:
            first -= 1
        first += words[first] in ("and", "but", "so")
        subject = words[first:c]
        if len(subject) > 5 or any(w in FUNCTION_WORDS - SUBJECT_WORDS for w in subject):
            continue  # "When the phone rings late it frightens me"
        found |= {k for k in range(first, c) if words[k] in STARTLERS}  # every clause: "Crowds
        # scare me and fireworks scare me too"
    return found


GLAD_WORDS = frozenset(
    ["joy", "excitement", "delight", "love", "loves", "like", "likes", "enjoy", "enjoys", "adore"]
)
SUBJECT_WORDS = frozenset(["and", "or", "the", "those", "these"])  # "The fireworks frighten me"


def _after_who_says(words: Sequence[str], first: int, c: int) -> int:
    """Where the thing starts after who said it, at FIRST: "the doctor says alcohol makes me
    bleed", "my GP says cheese gives me a rash" (the thing is what follows "says"); FIRST
    where no one is named as saying it."""
    j = first + (_at(words, first) in ARTICLES)
    if j + 1 < c and _a_role(words[j]) and words[j + 1] in SAYS:
        return j + 2
    return first


CAUSES_OR_UPSETS = CAUSES | frozenset(["upsets", "upset"])
SUFFERER = frozenset(["me", "my", "him", "her", "his"])  # "makes me sick", "upsets my stomach"
GUT = frozenset(["stomach", "tummy", "belly", "guts", "insides", "bowels"])
GUT_REACTIONS = frozenset(["heartburn", "indigestion", "wind", "diarrhoea", "gripes", "colic"])


def _upsets_the_gut(words: Sequence[str], c: int, then: Sequence[str]) -> bool:
    """True where the doing at C upsets the person's stomach ("Coconut upsets my stomach",
    "the pastry gives me heartburn"): a food that harms the person, so ruled out even when
    said with "the", as a food is (stop 42's blind review); the person's tablets never are."""
    if words[c] in ("upsets", "upset") and words[c + 1] == "my":
        return bool(GUT & set(then[1:3]))
    return words[c] in CAUSES and bool(GUT_REACTIONS & set(then[:3]))


def _none_back(words: Sequence[str], gaps: Sequence[str], i: int) -> tuple[int, int] | None:
    """Span of the thing a clause is about, where "so none" or ", none of it" after it rules it
    out ("Red wine gives me gout, so none of it with my dinner", "The water tablets make me run,
    so none after four o'clock"); or None. Not a person or a pronoun ("I'm full, so none for
    me"), nor "none" with a thing of its own ("so none of the cake")."""
    if words[i] != "none" or i < 2:
        return None
    if not (words[i - 1] == "so" or "," in gaps[i]):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt and not BREAK.search(gaps[i + 1]) and nxt not in NONE_BACK:
        return None
    if nxt == "of" and (i + 2 >= len(words) or words[i + 2] not in ("it", "that", "them", "those")):
        return None
    if (
        nxt == "of"
        and words[i + 2] in ("that", "those")
        and i + 3 < len(words)
        and not BREAK.search(gaps[i + 3])
        and words[i + 3] not in FUNCTION_WORDS
    ):
        return None  # "none of that instant muck": a thing of its own, said after
    first = i
    while first > 0 and not BREAK.search(gaps[first]):
        first -= 1
    while first < i and words[first] in ARTICLES | POSSESSIVES:
        first += 1
    end = first
    while end < i and words[end] not in FUNCTION_WORDS and words[end] not in COPULAS:
        if end > first and grammar.guess(words, end) == grammar.VERB:
            break
        end += 1
    if end == first or end - first > 3 or words[first] in SUBJECTS or end >= i:
        return None
    return first, end


def _let_do_to_me(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Index of the thing in "don't let anyone give me X" / "don't let them put me in X" at I,
    or 0: what someone is not to give the person, or put the person in. Not "don't let the dog
    jump up": nothing is done to "me"."""
    if words[i] not in VERB_NEGATORS or i + 4 >= len(words) or words[i + 1] != "let":
        return 0
    k = i + 2
    if words[k] in LET_SOMEONE:
        k += 1
    elif words[k] in ARTICLES:
        k += 2 if i + 5 < len(words) and words[k + 2] != "me" else 1
        k += 1
    else:
        return 0
    if k + 2 >= len(words) or words[k] in ARTICLES or words[k + 1] != "me":
        return 0
    k += 2
    if words[k] in ("in", "on", "into", "onto"):
        k += 1
    if k < len(words) and words[k] in NO_THING_AFTER_ME:
        return 0  # "don't let the night nurses wake me just to ask": the waking, no thing given
    if k < len(words) and (BREAK.search(gaps[k]) or "," in gaps[k]):
        return 0  # "don't let her lift me, she has a bad back": a clause of its own
    return k if k < len(words) else 0


# Words after "let them X me" opening a purpose or clause, not a thing given to the person
NO_THING_AFTER_ME = frozenset(
    ["just", "to", "if", "when", "because", "so", "and", "but", "or", "unless", "until"]
    + ["before", "after", "by", "under"]  # "don't let them lift me by my arms": how, not what
)


def _no_way(words: Sequence[str], i: int) -> int:
    """Index of the doing in "no way I'm using a stairlift" at I, or 0."""
    if tuple(words[i : i + 2]) not in (("no", "way"), ("nae", "way")) or i + 3 >= len(words):
        return 0
    k = i + 2
    if words[k] not in SUBJECTS and words[k] not in ("ah'm",):
        return 0
    k += 1
    while k < len(words) and words[k] in ("am", "will", "be", "is", "are", "was", "going", "to"):
        k += 1
    return k if k < len(words) else 0


def _a_doing_follows(words: Sequence[str], gaps: Sequence[str], start: int) -> bool:
    """True when the thing named from START does something ("None of my children live near
    me"), rather than being what is refused ("None of your fizzy drinks for me"). The doing
    comes after the thing: a word that says what the thing is like, before it, is no doing
    ("None of that tinned soup", "none of the boiled sweets")."""
    end = _thing_scope(words, gaps, start)
    return any(
        grammar.parts_of_speech(words[k]) & {grammar.VERB}
        and grammar.NOUN not in grammar.parts_of_speech(words[k])
        and words[k - 1] not in FUNCTION_WORDS
        for k in range(start + 1, end)
        if words[k] not in FUNCTION_WORDS
    )


def _too_when(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True when the "too ... to" at I is in a clause opened by "if" or "when" at most five
    words before it ("If I am shaking too much to hold the cup", "when I'm too tired to hold
    the beads"): a condition, so what it is too much to do is still needed, not ruled out
    (round 202). Not "I'm too tired to go to church" said of every day."""
    k = i - 1
    while k >= max(0, i - 5):
        if words[k] in ("if", "when", "whenever"):
            return True
        if BREAK.search(gaps[k]) or "," in gaps[k]:
            return False
        k -= 1
    return False


def _too_to(words: Sequence[str], i: int) -> int:
    """Length of "too tired to" at I ("I'm too breathless to manage the bus"), or 0."""
    if words[i] == "too" and i + 2 < len(words) and words[i + 2] == "to":
        return 3
    return 0


def _too_for_me(words: Sequence[str], j: int) -> int:
    """Length of "too steep for me", "too much for me", "too sweet for my diabetes" at J, or
    0: said after a thing and its "is", the thing is ruled out ("the bread is too dry for me")."""
    if j + 3 >= len(words) or words[j] != "too" or not _too_much(words[j + 1]):
        return 0
    if words[j + 2] != "for":
        return 0
    if words[j + 3] in ("me", "us"):
        return 0 if words[j + 4 : j + 5] == ["to"] else 4  # "too hot for me to drink": wait
    return 5 if words[j + 3] in POSSESSIVES and words[j + 4 : j + 5] in REASON_LISTS else 0


def _too_much(word: str) -> bool:
    """True for a word that says how much or how: "too dry", "too much", "too steep"."""
    return word in ("much", "many") or grammar.ADJ in grammar.parts_of_speech(word)


def _too_for(words: Sequence[str], gaps: Sequence[str], i: int) -> tuple[int, int] | None:
    """Span of the thing "too ... for" rules out at I: the thing after "for" ("My hands are too
    stiff for buttons", "too sore for kneeling", "shake too much for a cup and saucer"), or,
    where "Too salty for me," opens the sentence, the thing said after its comma ("Too salty
    for me, the hospital soup"). Not a person the thing is too much for ("too big for my son to
    manage"), nor the body that gives the reason ("too sweet for my diabetes": see too_for_me)."""
    if words[i] != "too" or i + 3 >= len(words) or not _too_much(words[i + 1]):
        return None
    if words[i + 2] != "for" or BREAK.search(gaps[i + 3]) or "," in gaps[i + 3]:
        return None
    after = i + 3
    if words[after] in ("me", "us"):
        opens = i == 0 or BREAK.search(gaps[i])
        if not opens or after + 1 >= len(words) or "," not in gaps[after + 1]:
            return None
        first = after + 1
        while first < len(words) and words[first] in ("that", "those", "these", "this"):
            first += 1
        end = min(_thing_scope(words, gaps, first), _clause_end(gaps, first + 1, commas=True))
        return (first, end) if end > first else None  # "the bathroom, put the heater on"
    if words[after] in POSSESSIVES and words[after + 1 : after + 2] in REASON_LISTS:
        return None
    end = _thing_scope(words, gaps, after)
    if end < len(words) and words[end] == "to":
        return None  # "too big for my son to manage": the son is not ruled out
    return after, end


REASON_LISTS = [[w] for w in REASONS]
# What is said of a thing for a reason: "not safe with my kidneys", "not good with my heart".
VERDICTS = [[w] for w in ("safe", "good", "allowed", "wise", "advised", "recommended", "ok")]


def _refused_after(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Length of a refusal that follows its thing and ends its clause ("Custard? No thank
    you", "Sugar – none.", "the new songs, no", "syrup, never"), or 0. "No thank you to the
    books" and "No sugar" look forward instead."""
    size = _starts(words, i, NO_THANKS)
    if not size and i and (BREAK.search(gaps[i]) or "," in gaps[i]):
        size = _starts(words, i, REFUSED_ALONE)
    if not size and words[i] in ("no", "never") and _terse_no(words, gaps, i):
        size = 1  # a short note: "My daughter good. Daughter-in-law no.", "coffee never."
    if not size and words[i] in ("refused", "declined") and _terse_no(words, gaps, i):
        size = int(words[i - 1] not in grammar.PEOPLE)  # "Commode refused.", not "Nurse refused"
    end = i + size
    ends = end == len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
    ends = ends or words[end] in CLAUSE_ENDS  # "Port, brandy – none of it since my stroke"
    # a label's answer says where or when: "Smoking: none in the flat", "Salt – never at table"
    ends = ends or (bool(NOTE_BREAK.search(gaps[i])) and words[end] in TIME_OR_PLACE)
    return size if size and ends else 0


def _terse_no(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True for a "no" that ends a short note after its thing, with no comma or dash between:
    "Daughter-in-law no.", "Chilli too much no." Not "I said no", "there's no", "a shake of
    my head means no"."""
    if i + 1 < len(words) and not (BREAK.search(gaps[i + 1]) or "," in gaps[i + 1]):
        return False  # "Shower no, it frightens me" ends its note at the comma
    first = _subject_start(words, gaps, i)
    if i - first > 3:
        return False  # "a shake of my head means no": a sentence, not a note
    k = i - 1
    if words[k] == "much" and k > 0 and words[k - 1] == "too":
        k -= 2
    # the note's own first word is its thing: "Bath no." is no order to bath
    return k >= 0 and words[k] not in FUNCTION_WORDS and (k == first or _a_thing(words, k))


def _subject_start(words: Sequence[str], gaps: Sequence[str], end: int) -> int:
    """Start of the clause whose subject ends at END: "Tea is not for me" -> "Tea"."""
    k = end
    while k > 0 and not BREAK.search(gaps[k]) and "," not in gaps[k]:
        if words[k - 1] in CLAUSE_ENDS or (words[k - 1] in ("and", "but") and words[k] in SUBJECTS):
            break  # "I like tea and coffee is not for me"; but "Cake and biscuits are not"
        if _and_mine_after_a_clause(words, k):
            break  # "I had a stroke and my arm's no good": the arm, not the stroke
        k -= 1
    return k


OWNERS = frozenset(["my", "his", "her", "our", "their"])


def _and_mine_after_a_clause(words: Sequence[str], k: int) -> bool:
    """True where "and my"/"but my" at K opens a clause of its own after one with a doer in it
    ("I had a stroke last year and my right arm's no good now"): what is said of the arm is not
    said of the stroke. Not "My tea and my toast are not to be rushed" (no doer before)."""
    if k < 2 or words[k - 1] not in ("and", "but") or words[k] not in OWNERS:
        return False
    before = words[max(0, k - 9) : k - 1]
    return any(w in SUBJECTS - {"please", "it", "there"} for w in before)


def _a_doing_that_takes_it(words: Sequence[str], k: int, end: int) -> bool:
    """Verbs that usually leave their thing wanted, used in a way that does not: "I never touch
    whisky" (drink it; but "don't touch my prayer mat"), "move into a care home" (go there)."""
    nxt = words[k + 1] if k + 1 < end else ""
    if words[k] in ("touch", "touches", "touched"):  # "I've not touched rum since"
        return bool(nxt) and (nxt not in BEFORE_A_THING or _said_of_oneself(words, k))
    if words[k] in ("read", "reads") and nxt in OBJECT_PRONOUNS and not _said_of_oneself(words, k):
        return _at(words, k + 2) in ("the", "a", "any")  # "Please don't read me the headlines":
        # the headlines, as "don't give me sugar" (round 90); "I can't read the paper" wants it
    if words[k] in ("understand", "understood"):  # "I can't understand the forms": crossed,
        whom = words[k + 1 + (nxt in ARTICLES | POSSESSIVES) : end]  # as lost for good; but
        return not (whom and grammar.a_person(whom[0]))  # "...the doctor": still wanted
    return words[k].startswith("mov") and nxt in INTO


def _said_of_oneself(words: Sequence[str], k: int) -> bool:
    """True where the doing at K is what its doer says they do not do, not an order to others:
    "I don't touch the cards or the PIN" (the person does not use them), "She never touches her
    purse"; but "Please don't touch my kara", "Never touch his hair", "Nobody should touch it"
    keep the thing."""
    j = k - 1
    while j >= 0 and (words[j] in VERB_NEGATORS | HAVE_OR_BE | MODALS or words[j] == "ever"):
        j -= 1
    return j < k - 1 and j >= 0 and words[j] in SUBJECTS - {"you", "please", "it", "there"}


def _switched_on(words: Sequence[str], k: int) -> bool:
    """True for a switching on at K: "I don't switch on lights", "don't turn the gas on". Not
    switching on rules the thing out; not switching it off keeps it ("don't switch off the
    lamp")."""
    if words[k] in LEAVE:
        return _left_running(words, k)
    if words[k] not in ("switch", "switched", "turn", "turned"):
        return False
    after = words[k + 1 : k + 5]
    return "on" in after and "off" not in after


def _left_running(words: Sequence[str], k: int) -> bool:
    """True for "leave the radio on", "leave the big light on when I'm asleep" at K: the thing
    left running is what is refused, as a thing switched on is. Not a place ("leave the tray on
    the table") nor "leave it on" (no thing named)."""
    if _at(words, k + 1) not in ARTICLES:
        return False
    for j in range(k + 2, min(k + 5, len(words))):
        if words[j] == "on":
            return _at(words, j + 1) not in ARTICLES | {"top", "here", "there"}
        if words[j] in FUNCTION_WORDS:
            return False
    return False


# things a person has on or off: what is only there while on (the radio, the lights), and what
# stays there when off ("the heating on", "the gas on")
LEFT_ON = ON_OR_NOTHING | frozenset(
    ["heating", "fire", "gas", "fan", "kettle", "oven", "cooker", "computer", "tap", "taps"]
)


def _left_on(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True at "on" or "off" that says the state of the thing before it, where a second thing
    or the clause's end follows: "I don't like the radio on, or the television, in the
    morning" rules out the television too (the stop 46 blind review found it bare). "The telly
    on the news" is a place and still ends what is ruled out."""
    if words[k] not in ("on", "off") or words[k - 1] not in LEFT_ON:
        return False
    return k + 1 == len(words) or "," in gaps[k + 1] or words[k + 1] in ("or", "and")


def _turned_back(scope: Sequence[str]) -> bool:
    """True when a second negation or a wish for more turns a negated verb back: "I never go
    out without my glasses" (going out is wanted, with the glasses), "I do not drink enough",
    "I don't drink anything other than tea" (tea is all that is wanted). "I can't go out on my
    own" stays ruled out: where a reader may take either, a bare picture of a thing ruled out
    is the worse error."""
    if "without" in scope or "enough" in scope:
        return True
    return any(
        w in ANY_BUT and _starts(scope, k + 1, ONLY_THIS) for k, w in enumerate(scope)
    )  # "Never put my shoes anywhere but by the door": always by the door (round 91)


# "anything other than", "anywhere but", "anyone except": only the one named is wanted
ANY_BUT = frozenset(["anything", "nothing", "anywhere", "anyone", "anybody"])


# A thing qualified after it: what is ruled out is the quality ("food that is lukewarm").
QUALIFIED_BY = (
    ("that", "is"),
    ("that", "are"),
    ("which", "is"),
    ("which", "are"),
    ("that", "has", "gone"),
    ("that", "have", "gone"),
    ("that", "was"),
    ("that", "were"),
)


# answering the phone to someone: the phone is still answered, to others ("I don't answer the
# phone to numbers I don't know", blind review r6). The door is left out: labels of "don't open
# the door to anyone" cross the door, and taking it in left one of them bare on held.
ANSWERING = frozenset(["answer", "answers", "answering"])
ANSWERED = frozenset(["phone", "telephone", "landline", "mobile"])
# no kind of caller: "I don't answer the phone to anyone" refuses the phone itself
ANY_CALLER = frozenset(["anyone", "anybody", "everyone", "everybody", "nobody", "no-one"])


def _answered_to(words: Sequence[str], start: int, end: int) -> int:
    """Start of whom a negated "answer the phone to" refuses, or 0: the callers after "to" are
    refused, the phone itself is still used."""
    if _at(words, start) not in ANSWERING or _at(words, start + 1) not in ARTICLES:
        return 0
    if _at(words, start + 2) not in ANSWERED or _at(words, start + 3) != "to":
        return 0
    if _at(words, start + 4) in ANY_CALLER:
        return 0  # "I don't answer the phone to anyone": no kind of caller, the phone is refused
    return start + 4 if start + 4 < len(words) else 0


def _pressed_on_me(words: Sequence[str], k: int, end: int) -> bool:
    """True for "push" at K with a thing pressed "on me": "don't push food on me", "don't push
    the pudding on me". The thing is what is refused, not a push of the person's own thing."""
    if words[k] not in ("push", "pushed", "pushing", "press", "pressed", "pressing"):
        return False
    for j in range(k + 2, min(k + 6, len(words) - 1)):
        if words[j] in ("on", "onto") and words[j + 1] in ("me", "us"):
            return True
    return False


def _mark(words: Sequence[str], start: int, end: int, out: set[int], gaps: Sequence[str]) -> None:
    """Mark START..END ruled out, except what a second negation or 'don't forget' turns back."""
    if _turned_back(words[start : end + 2]):  # the scope stops before "other than tea"
        if _done_unasked(words, start, end) and words[start] not in FUNCTION_WORDS:
            out.add(start)  # "Please do not touch me without asking": the touching, not me;
            # "must not come into my bedroom without knocking": the coming, not the bedroom
        return  # "I won't have a bath without my music", "I do not drink enough"
    if (
        start + 2 < min(end, len(words))
        and _asked_not_to(words, start)
        and words[start] not in FUNCTION_WORDS
        and words[start + 1] == "too"
        and words[start + 2] not in FUNCTION_WORDS
        and words[start + 2] not in ("much", "many")
    ):  # "Don't walk too fast with me": the speed is ruled out, not the walk
        out.update(range(start + 1, end))
        return
    to = _answered_to(words, start, end)
    if to:  # "I don't answer the phone to strangers": the strangers, not the phone
        who = to
        while who + 1 < len(words) and who < to + 3 and words[who] in FUNCTION_WORDS:
            who += 1  # "to the man from the bank": the man at least
        out.update(k for k in range(to, max(end, who + 1)) if words[k] not in FUNCTION_WORDS)
        return
    too = _too_after_thing(words, start, end)
    if too:  # "Please do not tie my shoes too tight": the tightness, not the tying or the shoes
        out.update(range(too, max(end, too + 2)))
        return
    state = _state_of_thing(words, start, end)
    if state and words[state] in DONE_UNSAID:  # "I don't want my brother told about my health":
        out.add(state)  # the telling, not the brother, nor what he would be told about
        return
    if state:  # "Please don't put the telly on loud": the loudness, not the telly
        out.update(range(state, max(end, state + 1)))
        return
    k = start
    while k < end:
        kin = _kin_likeness_then_or(words, k) if k > start else 0
        if kin:  # "I don't eat meat like my husband does, or fish": not the husband
            k = kin
            continue
        barefoot = _gone_barefoot(words, k, max(end, _clause_end(gaps, k + 1, commas=True)))
        if barefoot:  # "I must not walk barefoot": the bare feet, not the walking; what
            out.update(barefoot)  # follows is still read ("... or have a hot water bottle")
            k = barefoot.stop
            continue
        if words[k] in SAT_ON and words[k + 1 : k + 3] == ["on", "my"]:
            out.add(k)  # "Do not sit on my bed, it is for praying": the sitting, not the bed,
            return  # which is the person's own and wanted
        if words[k] in HELPERS_AT_LARGE and _done_to_me(words, k + 1) and not _sexed(words, k):
            out.add(k + 1)  # "I don't want carers touching my money", "I don't like young staff
            # using my first name": the doing is ruled out, not the carers or staff
            if _someone_else_does_it(words, k + 2):
                out.add(k)  # "..., I want my son to do it": who does it is what is refused
            return
        if _contacted_mine(words, k):
            out.add(k)  # "Please don't ring my son about every little thing": the ringing is
            return  # ruled out, the son is still wanted
        if words[k] in MISSING and _at(words, k + 1) in OBJECT_PRONOUNS | POSSESSIVES:
            out.add(k)  # "I never miss them", "I don't miss my husband's snoring": the longing
            # is ruled out, as "I'm not sad" is; the husband is no refusal
            return
        up = _given_up_at(words, k, loose=True)
        if up:  # "I would never give up my library card", "I won't give the allotment up":
            out.update((k, up - 1))  # the giving up is ruled out, so the thing is kept
            return
        if words[k] in PROMPTS and _at(words, k + 1) == "to":
            out.add(k)  # "I don't need reminding to take my tablets": the reminding is ruled
            return  # out; the tablets are taken
        if words[k] in TURNS_BACK or words[k : k + 2] in TURNED_DOWN:
            if words[k] == "late":  # "I am never late for my lunch club": the lateness is
                out.add(k)  # ruled out, the club is wanted
            return  # "don't forget my tablets": nothing is ruled out
        if words[k] in ("let", "lets") and _let_out(words, k):
            out.add(k)  # "don't let my cat out at night", "don't let him out of the cage": the
            return  # letting out is ruled out; the cat is kept in, and wanted, as the cage is
        if words[k] in ("let", "lets") and k + 2 < end and words[k + 1] in OBJECT_PRONOUNS:
            k += 2  # "don't let me drive the tractor": the driving and the tractor
            continue
        if words[k] in ("let", "lets") and k + 2 < end and words[k + 1] in LET_SOMEONE:
            k += 2 + (words[k + 2] == "else")  # "don't let anyone smoke near me": the smoking;
            if k + 1 < len(words) and words[k + 1] in POSSESSIVES:  # "let anyone else cut my
                out.add(k)  # hair", "let anyone take my stick": the doing, not the person's own
                return
            continue
        if words[k] in ("let", "lets") and _someone_let_do(words, k, end):
            k += 3 + _two_word_doer(words, k)  # "don't let the hairdresser use hairspray": the
            continue  # hairspray, not the hairdresser (round 60); "the night nurses wake me"
        let_in = _let_in(words, k)
        if let_in:  # "don't let cold callers into the house": the callers, not the house
            out.update(j for j in range(k + 1, let_in) if words[j] not in FUNCTION_WORDS)
            return
        into = _made_into(words, k, end)
        if into:  # "do not turn my rosary beads into a necklace": the necklace, not the beads
            out.update(j for j in range(into, end) if words[j] not in FUNCTION_WORDS)
            return
        if _taken_away(words, k, end):
            out.add(k)  # "don't take the photo off the wall": the taking, not the photo
            return
        if words[k] in ("help", "helps", "helped") and words[k + 1 : k + 2] == ["my"]:
            out.add(k)  # "The physio doesn't help my back": the help, not the back
            return
        given_to = _given_to(words, k, end)
        if given_to:  # "Please don't feed the birds bread": the bread, not the birds
            out.add(k)
            k = given_to
            continue
        if _left_lying(words, k):  # "Do not leave the hoover in the hall": the hoover
            k += 1
            continue
        if words[k] in ("feel", "feels") and words[k + 1 : k + 2] in (["safe"], ["secure"]):
            out.add(k + 1)  # "I don't feel safe in the shower": not safe, the shower as said
            return
        state = _feels_a_state(words, k, end)
        if state:  # "I don't feel sad": the sadness; "I can't feel my feet": the feet
            out.update(range(k, state))
            return
        describing = k > start and words[k - 1] in ARTICLES  # "my left hand": not leaving
        if (
            words[k] in KEEPS_THING
            and not describing
            and not _cannot_open(words, k, start)
            and not _a_doing_that_takes_it(words, k, end)
            and not _switched_on(words, k)
            and not _refused_visit(words, k, start)
            and not _left_for_someone(words, k)
            and not _pressed_on_me(words, k, end)
            and not _shut_in(words, k)  # "not to be locked in my room": the room too
            and not _moved_somewhere(words, gaps, k)
        ):
            out.add(k)  # "don't move my armchair": the moving is ruled out, not the armchair
            then = _or_another_doing(words, k, end)
            if then:  # "I can't read or write": the writing too
                k = then
                continue
            return
        said = _starts(words, k + 1, QUALIFIED_BY)
        if said and k + 1 + said < len(words) and words[k + 1 + said] not in ("not", "never"):
            return  # "I do not like food that is lukewarm": the lukewarm, not the food
        if (
            words[k] in ("no", "nae")
            and k == start + 1
            and k + 1 < end
            and words[start] not in SAID_NO
            and words[k + 1] not in ("to", "for", "more", "longer", "one", "way")
        ):
            k += 1  # "I don't want no counselling", "I haven't got no religion": the "no"
            continue  # says the not again (as people speak), the thing is ruled out
        size = _starts(words, k, (("no",), ("rather", "than"), ("instead", "of")))
        if size:  # "I don't want tea, no sugar": the second is its own negation
            after = _thing_scope(words, [""] * len(words), k + size)
            if words[k] == "no" and (
                _at(words, k - 1) in OBJECT_PRONOUNS or _joined_no(words, start, k)
            ):
                # "Don't give me no porridge": the no says the not again, as people speak, so
                # the porridge is ruled out too ("with no company" still turns it back); "I
                # never married and had no children": a clause of its own, with its own no
                out.update(j for j in range(k + 1, after) if words[j] not in FUNCTION_WORDS)
            k = after
            continue
        out.add(k)
        k += 1


# The verbs of a clause joined on with its own "no": "and had no children", "but want no fuss".
HAVING_NO = frozenset(
    ["have", "has", "had", "got", "want", "wants", "wanted", "need", "needs", "needed"]
)


def _joined_no(words: Sequence[str], start: int, k: int) -> bool:
    """True for "no" at K in a clause joined by "and" or "but" to a negated one from START:
    "I never married and had no children" says no twice, each of its own thing, so the second
    thing is ruled out too, not turned back."""
    return _at(words, k - 1) in HAVING_NO and bool({"and", "but"} & set(words[start : k - 1]))


# "I never say no to a scone", "I won't take no for an answer": "no" is what is said
SAID_NO = frozenset(["say", "says", "said", "saying", "take", "takes", "took", "taking"])
SAT_ON = frozenset(["sit", "sitting", "stand", "standing", "lean", "leaning", "perch"])

# People who help the person, named as a kind: "carers", "staff". What they do to the person's
# own things can be refused without refusing them ("I don't want carers touching my money").
HELPERS_AT_LARGE = frozenset(["carers", "staff", "people", "doctors", "nurses", "folk", "folks"])


SEXED = frozenset(["men", "male", "man", "women", "female", "woman", "lady", "ladies", "gents"])


def _sexed(words: Sequence[str], k: int) -> bool:
    """True where the people at K are said to be men or women ("men carers", "male staff"):
    the kind of person is what is refused ("I don't want any men carers washing me")."""
    return k > 0 and words[k - 1] in SEXED


def _uneasy_with_a_man(words: Sequence[str]) -> set[int]:
    """The man or woman in "I wouldn't feel right with a man washing me", "I'm not comfortable
    with a male carer": a soft way to refuse who does the person's care, as "no male carers"."""
    out: set[int] = set()
    for i in range(len(words) - 3):
        if words[i] not in VERB_NEGATORS | {"not"}:
            continue
        j = i + 1 + (_at(words, i + 1) in ("feel", "be", "ever"))
        j += _at(words, j) in ("feel", "be")  # "wouldn't ever feel"
        if _at(words, j) not in UNEASY_WITH or _at(words, j + 1) != "with":
            continue
        who = j + 2 + (_at(words, j + 2) in ("a", "any"))
        if _at(words, who) not in SEXED:
            continue
        out.add(who)
        if grammar.a_person(_at(words, who + 1)):
            out.add(who + 1)  # "a male carer": the carer's picture
    return out


ORDERED_NOT = frozenset(["must", "should", "may", "mustn't", "shouldn't"])


def _sex_kept_out(words: Sequence[str], gaps: Sequence[str], i: int) -> range:
    """The man or woman ruled out where one of that sex is told not to do a thing, the not at I:
    "a man must not see me without my dupatta", "men mustn't wash me", as "no men carers". The
    doing stays as read; "my son must not worry" names who, and leaves him."""
    modal = i - 1 if words[i] in ("not", "never") else i
    if modal < 1 or words[modal] not in ORDERED_NOT:
        return range(0)
    who = modal - 1
    if words[who] not in SEXED:
        who -= 1  # "a male carer must not", "no men carers should"
        if who < 0 or words[who] not in SEXED or words[who + 1] in FUNCTION_WORDS:
            return range(0)
    first = who - (who > 0 and words[who - 1] in ("a", "any"))  # no words[-1] at the start
    opens = not first or BREAK.search(gaps[first]) or "," in gaps[first]
    if not opens and words[first - 1] not in ("and", "but", "so"):
        return range(0)
    return range(first, modal)


def _done_by_sexed(words: Sequence[str], first: int, end: int) -> tuple[int, int] | None:
    """The span of the man or woman in a negated passive, "I won't be examined by a man", "I
    don't want to be bathed by male carers", from FIRST to END, or None: who does the care is
    refused, as in "not having a woman wash my hair"; the doing is still wanted."""
    passive = False
    for k in range(first, min(end + 1, len(words))):  # the scope stops before "by" (a place)
        if words[k] in BE_FORMS:
            passive = True
        if words[k] != "by" or not passive:
            continue
        who = k + 1 + (_at(words, k + 1) in ("a", "any"))
        if _at(words, who) not in SEXED:
            return None
        last = who + 1 if grammar.a_person(_at(words, who + 1)) else who  # "a male nurse"
        return (who, last + 1)
    return None


HAVE_OR_LET = frozenset(["have", "having", "let"])
CONTACTING = frozenset(["call", "ring", "phone", "bother", "trouble", "worry", "wake", "disturb"])


# what limits a calling, so the person called is still wanted: "about every little thing"
CONTACT_LIMITS = frozenset(
    ["about", "after", "before", "at", "every", "with", "unless", "until", "during", "over"]
)


def _contacted_mine(words: Sequence[str], k: int) -> bool:
    """True for a calling or bothering at K of one of the person's own people ("don't ring my
    daughter after nine", "don't bother my wife with it"): the doing is refused, the daughter
    is wanted. Only with a limit after the person: "Never call my son, he stole from me"
    refuses the son (code review). Not "don't call him my friend" (a name refused)."""
    return (
        words[k] in CONTACTING
        and _at(words, k + 1) in ("my", "our")
        and grammar.a_person(_at(words, k + 2))
        and (bool(CONTACT_LIMITS & set(words[k + 3 : k + 5])) or _at_a_time(words, k + 3))
    )


def _at_a_time(words: Sequence[str], k: int) -> bool:
    """True for a time of day or week said with "in" or "on" at K: "in the evening", "on a
    Sunday", "in the night" (a limit on a calling, as "after nine" is)."""
    return _at(words, k) in ("in", "on") and bool(TIME_WORDS & set(words[k + 1 : k + 4]))


def _sexed_doer(words: Sequence[str], k: int) -> tuple[int, int] | None:
    """The span of the man or woman in "not having a woman wash my hair", "won't let a man bath
    me" at K, or None: who does the person's care is refused, as in "no men carers"; the
    washing is still wanted."""
    if _at(words, k) not in HAVE_OR_LET | {"or", "nor", "and"} or _at(words, k + 1) not in (
        "a",
        "any",
    ):
        return None  # "or" etc. only for a second doer after a first
    who = k + 2
    if _at(words, who) not in SEXED:
        return None
    doing = who + 1 + (grammar.a_person(_at(words, who + 1)))  # "a male carer wash me"
    if _at(words, doing + 1) not in ("my", "me"):
        return None
    if grammar.VERB not in grammar.parts_of_speech(words[doing]) or _ends_ing(words[doing]):
        return None  # "...a man washing me" is read by _someone_doing's rule
    return (k + 1, doing)


def _someone_else_does_it(words: Sequence[str], k: int) -> bool:
    """True where the sentence goes on from K to name another person to do the thing: "I don't
    want the carers giving me my tablets, I want my son to do it", "... my wife does that". The
    helpers are then refused for this task, and the thing itself is still wanted."""
    for j in range(k, len(words) - 1):
        if words[j] in DOES and words[j + 1] in DONE_THING:
            return any(w in grammar.PEOPLE for w in words[max(k, j - 4) : j])
    return False


def _done_to_me(words: Sequence[str], k: int) -> bool:
    """True for a doing at K done to the person or their own thing: "touching my money",
    "using my first name", "fussing over me", "poking at me"."""
    if not _ends_ing(_at(words, k)) or grammar.VERB not in grammar.parts_of_speech(words[k]):
        return False
    j = k + 1 + (_at(words, k + 1) in ("over", "at", "with", "about", "round", "around"))
    return _at(words, j) in ("my", "me")


def _done_unasked(words: Sequence[str], start: int, end: int) -> int:
    """Index of "without" in "Please do not touch me without asking first", "Never move my
    things without telling me", an order to others whose doing starts at START, or 0: the
    doing others are not to do unasked is still ruled out (the touching; what it is done to
    stays), and the asking is wanted (round 90). What the person says they never do without a
    doing is done with it ("I never go to bed without saying my prayers": bed is wanted), and
    so is a thing ("Don't let me go out without my stick")."""
    if _said_of_oneself(words, start):
        return 0
    for k in range(start + 1, min(end + 2, len(words) - 1)):
        if words[k] == "without":
            doing = words[k + 1]
            if doing.endswith("ing") and grammar.VERB in grammar.parts_of_speech(doing):
                return 0 if _turned_back(words[start:k]) else k
            return 0
    return 0


def _too_after_thing(words: Sequence[str], start: int, end: int) -> int:
    """Where "too" and a describing word follow the thing a doing asked not to be done is done
    to ("Please don't tie my shoes too tight", "don't cut my hair too short"), the index of
    "too": the manner is ruled out, as in "don't walk too fast"; else 0. "Too much" and "too
    many" say how much of the thing, which stays ruled out."""
    if start + 2 >= min(end, len(words)) or start + 3 >= len(words):
        return 0
    if not (_asked_not_to(words, start) or words[start] in STATE_VERBS):
        return 0  # round 60: "I don't want the television so loud", "I don't like my tea too hot"
    if words[start] in FUNCTION_WORDS - STATE_VERBS or words[start + 1] not in ARTICLES:
        return 0
    for j in range(start + 2, min(start + 5, end + 1, len(words) - 1)):
        if words[j] == "so" and _a_state(words[j + 1]):
            return j  # "so loud" (where the scope stopped at "so"): as "too loud"
        if j == end:
            return 0
        if words[j] == "too":
            manner = words[j + 1]
            return j if manner not in FUNCTION_WORDS and manner not in ("much", "many") else 0
        if words[j] in FUNCTION_WORDS:
            return 0
    return 0


FEELS = frozenset(["feel", "feels", "felt", "feeling"])
MISSING = frozenset(["miss", "misses", "missed"])


def _feels_a_state(words: Sequence[str], k: int, end: int) -> int:
    """End of the state after a "feel" at K ("I don't feel sad", "never feel lonely",
    "don't feel very hungry"), or 0: the state is what the not rules out, not what follows it
    ("I don't feel happy about the new carer": the carer is no refusal). Before a thing ("I
    can't feel my feet", "the cold", "it"), or "like" ("I don't feel like eating"), feeling
    keeps its thing."""
    if words[k] not in FEELS or k + 1 >= min(end, len(words)):
        return 0
    j = k + 1
    while j + 1 < min(end, len(words)) and words[j] in INTENSIFIERS:
        j += 1  # "I don't feel very hungry"
    state = words[j]
    if state in ARTICLES | OBJECT_PRONOUNS | FUNCTION_WORDS:
        return 0
    return j + 1 if grammar.ADJ in grammar.parts_of_speech(state) else 0


def _or_another_doing(words: Sequence[str], k: int, end: int) -> int:
    """Where the doing at K is joined by "or"/"and"/"nor" to a second doing inside the scope
    ("I can't read or write", "I can't see or hear the telly"), the second doing's place, else
    0: the second doing is ruled out as the first is."""
    j = k + 2
    if (
        k + 4 < end
        and words[k + 1] in POSSESSIVES
        and words[k + 3] in ("or", "nor")
        and _a_thing(words, k + 2)
    ):
        j = k + 4  # "I must not cross my legs or sit on a low chair": past the doing's thing
        k += 2
    if j >= end or words[k + 1] not in ("or", "and", "nor") or words[j] in FUNCTION_WORDS:
        return 0
    if grammar.VERB not in grammar.parts_of_speech(words[j]):
        return 0
    return j if grammar.guess(words, j) == grammar.VERB else 0


def _asked_not_to(words: Sequence[str], start: int) -> bool:
    """True where START follows a bare "don't" or "do not" that asks something of the reader
    ("Please don't walk too fast"), not one that says what the person does ("I don't walk far")."""
    if start >= 1 and words[start - 1] in ("don't", "dont"):
        before = start - 2
    elif start >= 2 and words[start - 2 : start] == ["do", "not"]:
        before = start - 3
    else:
        return False
    return before < 0 or words[before] in ("please", "and", "but", "so", "just")


def _just_in_an_order(words: Sequence[str], gaps: Sequence[str], k: int) -> int:
    """1 for "just" at K in an order to leave or put a thing ("Don't just leave it on the
    floor", "please don't just put them on the side"): the doing after it is what is asked not
    to be done, read as if "just" were not there; else 0. "I don't just eat fish" (not only) is
    no order, and other doings after "just" may mean "not only" too (the held quarters)."""
    if _at(words, k) != "just" or k + 1 >= len(words) or words[k - 1] not in ("don't", "dont"):
        return 0
    opens = k == 1 or BREAK.search(gaps[k - 1]) or "," in gaps[k - 1]
    if not (opens or _asked_not_to(words, k)):
        return 0
    return int(words[k + 1] in LEAVE | PUT)  # "don't just give me tea" may mean "not only"


LEFT_PLACES = (
    ("the", "house"),
    ("the", "flat"),
    ("the", "home"),
    ("home",),
    ("the", "room"),
    ("my", "room"),
    ("the", "ward"),
    ("the", "hospital"),
)


# The people whose job brings them to see the person: grammar's doers who are not family, and
# more (_refused_visit).
PROFESSIONALS = (grammar.DOERS - grammar.FAMILY) | frozenset(
    ["doctors", "gp", "nurses", "counsellor", "therapist", "psychiatrist", "psychologist"]
    + ["chaplain", "rabbi", "pastor", "physio", "physiotherapist", "dentist", "optician"]
    + ["consultant", "specialist", "social", "podiatrist", "dietitian", "surgeon", "cpn", "barber"]
)


def _refused_visit(words: Sequence[str], k: int, start: int) -> bool:
    """Seeing or visiting someone whose job it is, said not to be wanted or needed: "I don't
    want to see a counsellor", "I don't need to see the doctor". The person is ruled out, where
    "I can't see the doctor's face" (a lost sense) keeps them."""
    if words[k] not in VISITING or not any(w in WISHES for w in words[max(0, start - 1) : k]):
        return False
    return any(w in PROFESSIONALS for w in words[k + 1 : k + 4])


def _cannot_open(words: Sequence[str], k: int, start: int) -> bool:
    """True for a thing the person cannot open, which a doing that usually keeps its thing
    rules out here ("I can't open jars or tins": no jars; but "Please don't open my post" wants
    the post, and "I cannot open envelopes easily" refuses only the ease). A thing left lying
    about is _left_lying's."""
    unable = k == start and k and words[k - 1] in ("can't", "cannot", "couldn't")
    if not unable or words[k] not in ("open", "undo", "unscrew") or _own_or_none(words, k):
        return False
    return not any(w in ("easily", "myself", "alone") for w in words[k + 1 : k + 6])


def _own_or_none(words: Sequence[str], k: int) -> bool:
    """The doing at K is done to the person's own thing or to no thing named: "open my post",
    "leave it", "leave them out", "leave the light on"."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return nxt in POSSESSIVES or nxt in OBJECT_PRONOUNS or nxt in ("it", "them", "out", "on", "off")


def _given_to(words: Sequence[str], k: int, end: int) -> int:
    """Start of the thing in "feed the birds bread", "give the rabbits lettuce", "bring my
    husband chips" at K, or 0: who is given it is not refused, what is given is."""
    if words[k] not in GIVEN_TO or k + 3 >= min(end, len(words)):
        return 0
    j = k + 1
    if words[j] not in ("the", "my", "his", "her", "our", "their"):
        return 0
    j += 1
    if words[j] in FUNCTION_WORDS or not _a_thing(words, j):
        return 0
    j += 1
    if j >= end or words[j] in FUNCTION_WORDS - {"a", "an", "any", "some"}:
        return 0  # "give the tablets to my wife", "feed the cat at six"
    nxt = j + (words[j] in ("a", "an", "any", "some"))
    if nxt >= end or words[nxt] in FUNCTION_WORDS or not _a_thing(words, nxt):
        return 0
    return j


# Where someone is left, not what is left for them: "don't leave me outside", "... upstairs".
LEFT_WHERE = PLACE_ADVERBS | frozenset(["home", "here", "there", "behind"])


def _left_for_someone(words: Sequence[str], k: int) -> bool:
    """True for "leave" at K with whom it is left for and what ("Please don't leave me letters",
    "don't leave him sweets"): what is left is ruled out, as in "don't give me letters"; not
    "don't leave me alone", where the leaving is."""
    if words[k] not in LEAVE or _at(words, k + 1) not in PEOPLE_OBJECTS or k + 2 >= len(words):
        return False
    thing = k + 2 + (words[k + 2] in ("any", "some"))
    if thing >= len(words) or words[thing] in FUNCTION_WORDS | LEFT_WHERE:
        return False  # "leave me in the chair", "don't leave me outside": where, not what
    if _a_state(words[thing]):
        return False  # "leave me alone", "leave me be"
    kinds = grammar.parts_of_speech(words[thing])  # after "me" a noun reads as a verb to the
    return not _ends_ing(words[thing]) and (not kinds or grammar.NOUN in kinds)  # guesser


def _left_lying(words: Sequence[str], k: int) -> bool:
    """True for "leave" at K with a thing, not the person's own, left lying about: "Do not
    leave the hoover in the hall", "don't leave rugs or mats on the floor", "Do not leave bags
    or shoes on the stairs", "Don't leave the tablets": the thing is not to be there. Not the
    person's own thing ("don't leave my glasses in the bathroom", "never leave my rosary in the
    drawer"), a state it is left in ("don't leave the light on", "the door open"), a place left
    ("I don't leave the house at night"), how ("the house in a mess") or "where" ("the tablets
    where I can't see them")."""
    if words[k] not in LEAVE or k + 1 >= len(words) or _starts(words, k + 1, LEFT_PLACES):
        return False
    if _own_or_none(words, k):
        return False
    j = k + 1 + (words[k + 1] in ("a", "an", "the", "any"))
    if j >= len(words) or words[j] in FUNCTION_WORDS:
        return False  # "leave me", "leave it"
    for m in range(j + 1, min(j + 6, len(words) - 1)):
        if words[m] in ("on", "in", "by", "near", "under", "around", "about", "at"):
            if words[m + 1] in ("a", "an"):
                return False  # "don't leave the house in a mess": how, not where
            if words[m + 1] in ARTICLES | {"me"} or _a_thing(words, m + 1):
                return True
            break
        if words[m] in FUNCTION_WORDS - {"or", "and", "of", "a", "an", "the"} or _a_state(words[m]):
            break
    for m in range(k + 2, min(k + 5, len(words))):  # no place said: not a state or a "where"
        after = words[m + 1] if m + 1 < len(words) else ""
        if (words[m] in LEFT_STATES and after not in ARTICLES) or words[m] == "where":
            return False
    return True


# Done to a thing so that it is there: not wanting it so is not wanting the thing ("I don't
# want a priest called", "I don't want my dinner brought up"), as "left on" and "left out" are.
BROUGHT_THERE = frozenset(["called", "brought", "fetched", "sent"])
# Past doings without "-ed" that say what is done to someone or something the person keeps: "I
# don't want my brother told", "I don't want my flat sold" (the telling, the selling).
DONE_UNSAID = frozenset(["told", "sold", "shown", "woken"])
LEFT_STATES = frozenset(
    ["open", "on", "off", "out", "shut", "closed", "unlocked", "locked", "running", "alone", "ajar"]
)


def _whose(words: Sequence[str], k: int) -> bool:
    """True where WORDS[k] says whose the thing after it is: "my grandson's boat", "his wife's
    car", "the doctor's pills". The owner is not what a not refuses (but "not the home's soap"
    is said as one)."""
    owner = words[k].removesuffix("'s")  # "the doctor's pills": a person's, as "my son's"
    return (
        words[k].endswith("'s")
        and words[k] not in SUBJECT_IS
        and k
        and (words[k - 1] in POSSESSIVES or (words[k - 1] == "the" and owner in grammar.PEOPLE))
        and k + 1 < len(words)
        and words[k + 1] not in FUNCTION_WORDS
        and _a_thing(words, k + 1)
    )


# how a door, window or curtain stands: "I don't like the curtains open at night"
STOOD = frozenset(["open", "shut", "closed", "drawn", "ajar", "locked", "unlocked"])


def _state_of_thing(words: Sequence[str], start: int, end: int) -> int:
    """Start of the state a negated "put", "have", "like"... refuses for its thing, or 0: "don't
    put the telly on loud", "I will not have my cup filled to the brim". The thing itself is
    wanted, as it should be."""
    if start + 2 >= min(end, len(words)) or words[start] not in STATE_VERBS:
        return 0
    if words[start + 1] not in ARTICLES:
        return 0
    j = start + 2
    while (
        j < end
        and j < start + 5
        and words[j] not in FUNCTION_WORDS
        and words[j] not in DONE_UNSAID
        and words[j] not in STOOD
        and not _a_state(words[j])
    ):
        if words[j : j + 2] in (["left", "on"], ["left", "out"]):
            return 0  # "I don't want the light left on": the light, as "...the light on"
        if words[j] == "left" and _at(words, j + 1) in LEFT_STATES:
            return j  # "I don't want the door left open": the leaving open, not the door
        j += 1
    if j < end and words[j] in BROUGHT_THERE:
        return 0  # "I don't want a priest called": the priest, who would come
    if words[start] in STATE_WISHES:  # "I don't want the bird feeders moved": the moving, not the
        done = j < end and grammar.parts_of_speech(words[j]) == {grammar.VERB}  # feeders; but
        done = done and words[j].endswith("ed") or _at(words, j) in DONE_UNSAID  # "I don't want my
        # brother told", "my flat sold": the telling, the selling; "my hair washed": the thing
        said = j < end and words[start] in ("like", "likes")
        said = said and (_a_state(words[j]) or words[j] in STOOD)
        said = said and j + 1 >= min(end, len(words))  # "I don't like my porridge lumpy": how
        # it is, said at the end of the not's reach
        how = j + 1 + (_at(words, j + 1) == "too")
        if (
            words[start] in ("like", "likes")
            and _at(words, j) in ("on", "up")
            and how < len(words)
            and _a_state(words[how])
            and not BODY & set(words[start:j])
        ):
            return how  # "I do not like the radio on loud": the loudness, not the radio
        return j if (done or said) and not BODY & set(words[start:j]) else 0
    if j == start + 2 or j > end:
        return 0  # the scope may stop at "on": "on loud" is said right after the thing
    if j + 1 >= len(words):  # "I don't take my tablets crushed": the state ends the sentence
        return j if j < end and _a_state(words[j]) else 0
    if (
        words[j] in ("on", "up", "too")
        and _a_state(words[j + 1])
        and not _opens_phrase(words, j + 1)
    ):
        return j + 1
    if words[j : j + 3] in (["to", "the", "top"], ["to", "the", "brim"]):
        return j  # "Please don't fill my glass to the top": how full, not the glass
    if words[j] in ("on", "up") and words[j + 1] in ("too", "so") and j + 2 < len(words):
        degree = words[j + 1] == "too" and words[j + 2] not in FUNCTION_WORDS
        return j + 1 if degree or _a_state(words[j + 2]) else 0  # "turn the radio on too loud",
        # "don't put the heating up too high"
    return j if j < end and _a_state(words[j]) else 0


def _opens_phrase(words: Sequence[str], k: int) -> bool:
    """True for a small word at K that opens a phrase rather than saying a state: "Don't put the
    news on about the war" (what the news is about), unlike "on loud". The thing put on stays
    ruled out."""
    return words[k] in FUNCTION_WORDS and _at(words, k + 1) in ARTICLES | POSSESSIVES


def _done_to_it(word: str) -> bool:
    """True for a past doing that can say how a thing is served: "mixed", "made", "hidden"."""
    past = word.endswith("ed") or word in ("made", "hidden", "put", "done", "given")
    return past and grammar.VERB in grammar.parts_of_speech(word)


def _a_state(word: str) -> bool:
    """True for a word that can only say how a thing is: "loud", "filled", "crushed"."""
    kinds = grammar.parts_of_speech(word)
    return kinds == {grammar.ADJ} or (kinds == {grammar.VERB} and word.endswith("ed"))


def _people_at_large(word: str) -> bool:
    """True for people named by their role in the plural, with no "the" or "my": "carers",
    "nurses", "visitors" (not "strangers", who are refused for who they are)."""
    return word in ("people", "children", "grandchildren", "visitors", "staff") or (
        word.endswith("s") and word[:-1] in grammar.PEOPLE
    )


def _asked_of_someone(words: Sequence[str], k: int) -> int:
    """Index of the doing in "want my son to sell", "ask my wife to interpret", "want the
    carers to call me" at K, or 0: someone known is not to do a thing, and only the doing is
    ruled out. Not "want a male carer to ..." (any male carer is refused), nor someone to help
    or wash the person: who does the person's care is what is refused."""
    if k + 3 >= len(words) or words[k] not in ASKING | {"like", "likes"}:
        return 0  # "I do not like the carers to wear gloves": the gloves, not the carers
    j = k + 1
    if words[j] in OBJECT_PRONOUNS | {"you"} or _people_at_large(words[j]):
        j += 1  # "I do not want carers to rush me": the rushing
    elif words[j] in POSSESSIVES | {"the"}:
        j += 2
        while j < min(k + 5, len(words)) and words[j] != "to" and words[j] not in FUNCTION_WORDS:
            j += 1
    else:
        return 0
    if j + 1 >= len(words) or words[j] != "to" or words[j + 1] in CARING:
        return 0  # "I don't want the new man to help me in the bathroom": the man is refused
    if words[j + 1] in ("give", "do") and CARING & set(words[j + 2 : j + 5]):
        return 0  # "I don't want carers to give me a bath": who bathes the person is refused
    return j + 1 if grammar.guess(words, j + 1) == grammar.VERB else 0


SOMEONE = frozenset(["anyone", "anybody", "someone", "somebody", "people"])


def _someone_doing(words: Sequence[str], gaps: Sequence[str], k: int) -> int:
    """Index of the doing in "I don't want the bank ringing me", "I don't want a carer of a
    morning rushing me" at K, or 0: someone is not to do a thing to the person, and the doing
    is ruled out (round 212). Not the person's own care ("I won't have a man washing me": who
    washes the person is what is refused)."""
    if k + 3 >= len(words) or words[k] not in ASKING | {"like", "likes", "have"}:
        return 0
    who = words[k + 1]
    if who not in ARTICLES and who not in SOMEONE and not _people_at_large(who):
        return 0
    for m in range(k + 2, min(k + 8, len(words) - 1)):
        if any(c in gaps[m] for c in ",;:.!?()") or words[m] in ("and", "or", "but", "to", "who"):
            return 0
        if not words[m].endswith("ing") or words[m + 1] not in OBJECT_PRONOUNS:
            continue
        if grammar.VERB not in grammar.parts_of_speech(words[m]):
            return 0
        base = words[m][:-3]
        care = {grammar.lemma(words[m]), base, base + "e"} & CARING
        sexed = SEXED & set(words[k + 1 : m])  # "I don't want a male nurse rushing me"
        nxt = _at(words, m + 2)
        given = (
            nxt
            and not any(c in gaps[m + 2] for c in ",;:.!?()")
            and (nxt in ARTICLES or nxt not in FUNCTION_WORDS)
        )  # "I don't want people giving me sweets": the sweets, as before
        return 0 if care or sexed or given else m
    return 0


def _kept_from(words: Sequence[str], i: int, first: int) -> bool:
    """True for a thing that must not be near another, the "not" at I: "My oxygen concentrator
    must not be near my cigarettes or the cooker". The thing is kept from the other, as in
    "keep the oxygen away from the cooker"; neither is refused. Not a person ("I must not be
    near the stove": the stove)."""
    if not i or words[i - 1] in SUBJECTS or words[i - 1] in grammar.PEOPLE:
        return False
    if words[i] == "not" and i > 1 and words[i - 2] in SUBJECTS | grammar.PEOPLE:
        return False  # "I must not be near", "my son should not be near"
    where = words[first : first + 3]
    return where[:2] in (["be", "near"], ["be", "beside"]) or where in (
        ["be", "next", "to"],
        ["be", "close", "to"],
    )


KEPT_OUT_MODALS = frozenset(["must", "should", "shall", "may", "mustn't", "shouldn't"])
COME_IN = frozenset(["in", "into", "inside", "indoors"])


def _kept_out_place(words: Sequence[str], first: int) -> int:
    """Index of the "in" or "into" in "come into my kitchen", "be brought into the house"
    after a not's verb at FIRST, or 0."""
    j = first + (words[first] == "be") + 1
    if words[first] not in ("come", "go", "be") or (
        words[first] == "be" and _at(words, first + 1) not in ("brought", "taken", "let")
    ):
        return 0
    return j if _at(words, j) in COME_IN else 0


def _kept_out(words: Sequence[str], gaps: Sequence[str], i: int, first: int) -> list[int]:
    """The thing in "Beef must never come into my kitchen", "her dog mustn't come in my
    garden", "Pork should not be brought into the house", the not at I: a thing that must
    not come in is kept out, and is ruled out, as in "The dog isn't allowed in the kitchen";
    the place is wanted (round 90). Not a doer ("I must not go into the garden": the garden),
    nor a thing that will not go in ("The key won't go in the lock": a fault)."""
    modal = i if words[i] in KEPT_OUT_MODALS else i - 1
    if modal < 1 or words[modal] not in KEPT_OUT_MODALS or (modal < i and words[i] == "mustn't"):
        return []
    if first >= len(words) or not _kept_out_place(words, first):
        return []
    if _turned_back(words[first : _clause_end(gaps, first + 1, commas=True)]):
        return []  # "My grandson must not come in without knocking": the coming in unasked
    start = _subject_start(words, gaps, modal)
    thing = [k for k in range(start, modal) if words[k] not in FUNCTION_WORDS]
    doers = SUBJECTS | FUNCTION_WORDS - ARTICLES
    if not thing or any(words[k] in doers for k in range(start, modal)):
        return []  # "I must not go in", "Nothing but kosher food should come in"
    return thing


def _will_not_work_with(words: Sequence[str], i: int, first: int) -> bool:
    """True for a thing that does not work with another, the "not" at I: "The hearing aids
    don't work with the phone", "the remote won't work with the new telly". It says what is
    broken or does not fit together; neither is ruled out. Not a person ("I don't work with
    children any more")."""
    if not i or words[i - 1] in SUBJECTS or words[i - 1] in grammar.PEOPLE:
        return False
    return words[first : first + 2] in (["work", "with"], ["works", "with"], ["working", "with"])


def _fits_over_me(words: Sequence[str], i: int, first: int) -> bool:
    """True for a thing that will not go over or fit on the body, the "not" at I: "My ring
    won't go over my knuckles", "the shoes don't fit on my feet". The body says why it does
    not fit; it is not ruled out. Not a person going ("I won't go on my own")."""
    if not i or words[i - 1] in SUBJECTS or words[i - 1] in grammar.PEOPLE:
        return False
    if words[first : first + 1] not in [[w] for w in MOTION | {"fit", "fits"}]:
        return False
    where = words[first + 1 : first + 4]
    return (
        len(where) == 3
        and where[0] in ("over", "on", "onto", "past", "round", "around", "through", "into")
        and where[1] in POSSESSIVES
        and where[2] in BODY
    )


def _reported_against(words: Sequence[str], gaps: Sequence[str], i: int) -> range:
    """The thing of the clause before "but the nurse says not with my tablets" at I (the "not"):
    "I love a drop of whiskey, but the nurse says not with my tablets" refuses the whiskey, as
    "Whiskey? Not with my tablets" does. Empty where no one reports it right before the "not"."""
    if not i or words[i - 1] not in REPORTING:
        return range(0)
    k = i - 1
    while k > 0 and words[k - 1] != "but" and not BREAK.search(gaps[k]):
        k -= 1
    if k < 2 or words[k - 1] != "but":
        return range(0)
    end = k - 1
    start = _subject_start(words, gaps, end - 1)
    doing = next((j for j in range(start, end) if grammar.guess(words, j) == grammar.VERB), None)
    if doing is None:
        return range(0)
    stop = next((j for j in range(doing + 1, end) if words[j] in TIME_OR_PLACE), end)
    return range(doing + 1, stop)  # "a drop of whiskey at Christmas": not the Christmas


def _judged_subject(words: Sequence[str], gaps: Sequence[str], i: int) -> range:
    """The thing a not at I judges, the subject of "is" before it: "Salt isn't good with my
    blood pressure", "Grapefruit is not allowed with my tablets" rule out the salt and the
    grapefruit; "I'm not good with my hands" and "It's not safe" name no thing."""
    cop = i - 1 if words[i] == "not" else i
    if cop < 1 or not (words[cop] in COPULAS or words[cop] in NEGATED_COPULAS):
        return range(0)
    start = _subject_start(words, gaps, cop)
    if start >= cop or any(w in FUNCTION_WORDS - ARTICLES for w in words[start:cop]):
        return range(0)
    return range(start, cop)


def _bad_for_my(words: Sequence[str], i: int) -> int:
    """Length of "bad for my blood pressure" at I, said of the thing before it ("the salt is bad
    for my blood pressure" rules the salt out, as "bad for me" does), or 0. Only the body and its
    conditions give such a reason ("bad for my son" is not one), and "not bad for my age" is
    praise."""
    if words[i : i + 2] != ["bad", "for"] or (i and words[i - 1] == "not"):
        return 0
    if words[i + 2 : i + 3] and words[i + 2] in POSSESSIVES:
        k = i + 3
        while k < len(words) and words[k] in REASONS:
            k += 1
        return k - i if k > i + 3 else 0
    return 0


def _with_my(words: Sequence[str], k: int) -> bool:
    """True for "with my heart" at K after a not: the reason a thing is refused ("Salt fish is
    a treat, but not with my blood pressure"), not a thing refused. Only the body and its
    conditions give such reasons: "church with my daughter, not with my son" refuses the son;
    and so do the person's medicines ("not with my tablets", "not with the new tablets")."""
    if words[k : k + 1] != ["with"] or k + 2 >= len(words):
        return False
    if words[k + 1] in POSSESSIVES and words[k + 2] in REASONS:
        return True  # "not with my son" refuses the son
    if words[k + 1] not in POSSESSIVES | {"the"}:
        return False
    return bool(set(words[k + 2 : k + 4]) & MEDICINES)  # "the new tablets", "my water pills"


def _nobody_does(words: Sequence[str], i: int) -> int:
    """Index of the doing in "nobody smokes", "nobody must smoke near me", "nobody needs to
    shout" at I, or 0: a doing nobody is to do."""
    one = words[i : i + 2] == ["no", "one"]  # "No one should bring me chocolate"
    if words[i] not in ("nobody", "no-one") and not one:
        return 0
    k = i + 1 + one
    while k < len(words) and words[k] in ("must", "should", "is", "needs", "to", "may", "can"):
        k += 1
    modal = k > i + 1 + one  # "No one should cut my hair"; a bare "no one" may be a number
    if k > i + 3 + one or k >= len(words) or (one and not modal and words[k] not in GIVEN_TO):
        return 0
    if words[k] in GIVEN_TO and words[k + 1 : k + 2] == ["me"]:
        return k  # "nobody should give me aspirin"
    if modal and words[k] in NOBODY_LIGHT_VERBS:
        return k  # "Nobody must use that soap on me": a doing, though a common word
    if words[k] in FUNCTION_WORDS or words[k] == "blame":
        return 0  # "No one is to blame for my fall": no doing is ruled out
    return k if grammar.VERB in grammar.parts_of_speech(words[k]) else 0


# Common verbs (function words elsewhere) that after "nobody must" are the doing ruled out.
NOBODY_LIGHT_VERBS = frozenset(["use", "take", "make", "move", "wear"])


GOES = frozenset(["go", "goes", "went", "gone", "going"])
NOBODY_MODALS = frozenset(["must", "should", "will", "shall", "would", "ever", "is", "has", "'ll"])
# Thirst is pictured by a drink, and a crossed drink says "no drinks", the opposite of "No one
# will go thirsty": that state is left bare.
SHOWN_BY_REMEDY = frozenset(["thirsty"])


def _nobody_goes(words: Sequence[str], i: int) -> int:
    """Index of the state in "nobody goes hungry", "no one will go cold", "nobody should go
    unwashed" at I, or 0: the state is what is ruled out, not where ("in my house")
    (round 156)."""
    one = words[i : i + 2] == ["no", "one"]
    if words[i] not in ("nobody", "no-one") and not one:
        return 0
    k = i + 1 + one
    while _at(words, k) in NOBODY_MODALS | {"be", "been"}:
        k += 1
    state = k + 1
    if _at(words, k) not in GOES or _at(words, state) in FUNCTION_WORDS | SHOWN_BY_REMEDY:
        return 0
    if words[state] in PLACE_ADVERBS | HOME_PLACES:  # "Nobody goes outside alone": where
        return 0
    kinds = grammar.parts_of_speech(words[state])  # "hungry", "cold"; not "home", "missing"
    return state if grammar.ADJ in kinds and grammar.VERB not in kinds else 0


def _nobody_among(words: Sequence[str], i: int) -> int:
    """Index of the doing in "Nobody in the family drives now", "no one else touches it",
    "nobody here smokes" at I, or 0: the doing is ruled out, as in "nobody smokes"; what it is
    done to is not ("nobody else knows the code", "Nobody in my family likes fish") (round 90)."""
    one = words[i : i + 2] == ["no", "one"]
    if words[i] not in ("nobody", "no-one") and not one:
        return 0
    k = i + 1 + one
    if _at(words, k) in ("else", "here"):
        k += 1
    elif (
        _at(words, k) in ("in", "at", "from")
        and _at(words, k + 1) in ("the", "my", "this", "our")
        and _at(words, k + 2) not in FUNCTION_WORDS
    ):
        k += 3
    else:
        return 0
    while k < len(words) and words[k] in ("must", "should", "is", "needs", "to", "may", "can"):
        k += 1
    doing = _at(words, k)
    if not doing or doing in FUNCTION_WORDS or grammar.VERB not in grammar.parts_of_speech(doing):
        return 0
    return k


EXCEPTED = (("except",), ("apart", "from"), ("other", "than"), ("besides",), ("save", "for"))
# an exception of a time or a case, not of a person: the refusal stands
EXCEPTED_WHEN = frozenset(
    ["in", "at", "on", "when", "if", "during", "after", "before", "for", "with", "by", "once"]
)


def _nobody_but(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where the nobody at I has an exception in its sentence ("No one but my son handles
    my money", "No one should give me my insulin except the district nurse", "Apart from my
    son, nobody knows my PIN"): someone may do it, so the doing and its thing are wanted."""
    after = i + 1 + (words[i : i + 2] == ["no", "one"])
    if words[after : after + 1] == ["but"]:
        return True
    start = i
    while start and not SENTENCE_END.search(gaps[start]):
        start -= 1
    end = after
    while end < len(words) and not BREAK.search(gaps[end]):
        end += 1
    for k in range(start, end):
        size = _starts(words, k, EXCEPTED)
        if not size or k + size >= len(words) or "," in gaps[k + size]:
            continue  # "Nobody should give me sugar, besides, I am diabetic": refused
        if words[k + size] not in EXCEPTED_WHEN:
            return True  # someone excepted; not "except in an emergency", "other than at..."
    return False


def _also_done_to_mine(words: Sequence[str], gaps: Sequence[str], doing: int) -> int:
    """Index of a second doing joined to the one at DOING by "or" or "and", done to the
    person's own thing ("cut my hair or trim my beard") or to a thing ("smoke near me or light
    a candle"), or 0."""
    for k in range(doing + 2, min(_clause_end(gaps, doing + 1, commas=True), len(words) - 2)):
        if words[k] in ("or", "and") and words[k + 2] in POSSESSIVES | {"a", "an", "the"}:
            return k + 1 if grammar.VERB in grammar.parts_of_speech(words[k + 1]) else 0
    return 0


def _or_doing_to_mine(words: Sequence[str], doing: int) -> int:
    """Index of a second doing joined by "or"/"and" straight after the one at DOING, where the
    two act on the person's own thing ("cut or shave my hair", "wash and set my hair"), or 0:
    the doings are refused, as in "nobody is to cut my hair", and the hair is still wanted."""
    second = doing + 2
    if _at(words, doing + 1) not in ("or", "and") or _at(words, second + 1) != "my":
        return 0
    if {words[doing], words[second]} & GIVEN_TO:
        return 0  # "Nobody should bring or give my husband whisky": the whisky is refused
    return second if grammar.VERB in grammar.parts_of_speech(words[second]) else 0


def _done_like_someone(words: Sequence[str], gaps: Sequence[str], doing: int) -> bool:
    """True when what nobody does is done "like" someone ("Nobody makes gravy like my mum"):
    praise of that someone, the thing is wanted."""
    end = _clause_end(gaps, doing + 1, commas=True)
    for k in range(doing + 1, min(end, len(words) - 1)):
        if words[k] == "like" and words[k + 1] in POSSESSIVES | OBJECT_PRONOUNS | LIKE_WHOM:
            return True
    return False


LIKE_WHOM = frozenset(["mine", "yours", "hers", "his", "you", "mum", "mam", "mother", "nan"])


def _left_alone(words: Sequence[str], gaps: Sequence[str], first: int) -> range:
    """Where "alone" or "on my own" is, after a refused "be left" near FIRST ("I must not be
    left alone", "I don't want to be left on my own"): being alone is what is refused, as in
    "Don't leave me alone" (round 188); or an empty range. Only in the not's own clause:
    "Don't worry, I will be left alone for an hour" refuses the worry."""
    for j in range(first, min(first + 4, len(words) - 1)):
        if j > first and _clause_end_at(gaps, j):
            break
        if (
            words[j] in ("be", "being")
            and words[j + 1] == "left"
            and not _clause_end_at(gaps, j + 1)
        ):
            if _at(words, j + 2) == "alone":
                return range(j + 2, j + 3)
            if _at(words, j + 2) == "on" and _at(words, j + 4) == "own":
                return range(j + 2, j + 5)
    return range(0)


def _left_alone_with(words: Sequence[str], k: int) -> int:
    """Start of the thing in "leave me alone with the grill" at K, or 0: what the person is not
    to be left with is ruled out; the leaving and the being alone are what the not is about."""
    if k >= len(words) or words[k] not in LEAVE or words[k + 1 : k + 4] != ["me", "alone", "with"]:
        return 0
    return k + 4 if k + 4 < len(words) else 0


SELVES = frozenset(["myself", "himself", "herself", "ourselves", "themselves"])


def _let_near(words: Sequence[str], k: int) -> int:
    """Start of the thing in "let me near the stove", "trust myself near the gas", "let him
    anywhere near the cooker" after a not at K, or 0: the person is not to go near it, so the
    thing is ruled out, as in "I'm not allowed near the stove". Not "let our Tracey near my
    purse": someone named is kept from the person's own thing, which stays wanted."""
    if _at(words, k) not in ("let", "lets", "trust") or _at(words, k + 1) not in (
        OBJECT_PRONOUNS | SELVES
    ):
        return 0
    j = k + 2 + (_at(words, k + 2) == "anywhere")
    return j + 1 if _at(words, j) == "near" and j + 1 < len(words) else 0


ANY_THING = frozenset(["anything", "something", "owt", "nothing"])
OPENINGS = frozenset(["mouth", "ears", "ear", "eyes", "eye", "nose"])


def _put_where(words: Sequence[str], k: int) -> int:
    """Start of the place in "put my cricket bat in the loft", "put my boots near the fire" at
    K, or 0: a thing of the person's own, or one named, put somewhere refused. The place is
    ruled out and the thing is wanted. Not "put sugar in my tea" (the sugar is refused), nor
    "put it in the dosette box", nor "put me in the bath" (going there)."""
    if (
        k + 3 < len(words)
        and words[k] == "be"
        and words[k + 1] in PUT
        and words[k + 2] in ("in", "on", "into", "onto", "under")
        and words[k + 3] in ARTICLES
    ):
        return k + 3  # "it must never be put on the floor": the place is what is refused
    if (
        k + 4 < len(words)
        and words[k] in PUT
        and words[k + 1] in ANY_THING
        and words[k + 2] in ("in", "into")
        and words[k + 3] == "my"
        and words[k + 4] in OPENINGS
    ):
        return k + 3  # "don't put anything in my mouth": nothing by mouth (but "don't put
        # anything on the stairs" keeps the stairs: it is the clutter that is refused)
    if k + 3 >= len(words) or words[k] not in PUT | LEAVE or words[k + 1] in ("a", "an"):
        return 0  # "don't put a Christmas tree in the lounge": the tree is refused
    if words[k] in LEAVE and words[k + 1] in ("it", "them") and _a_place_at(words, k + 2):
        return k + 3  # "don't leave them on the floor": the floor is what is refused (but
        # "don't put it in the dosette box": the it is the refused thing, the box is wanted)
    if words[k] in LEAVE and words[k + 1] not in POSSESSIVES:
        return 0  # "Do not leave the hoover in the hall": the hoover
    if words[k + 1] not in ARTICLES:
        return 0
    for j in range(k + 3, min(k + 6, len(words) - 1)):
        if _a_place_at(words, j):
            return j + 1
        if words[j] in FUNCTION_WORDS:
            return 0
    return 0


def _wanted_elsewhere(words: Sequence[str], gaps: Sequence[str], k: int) -> int:
    """Start of the place in "I don't want the commode in the living room; put it in the
    bedroom" at K, or 0: the next clause puts the thing somewhere else, so the thing is wanted
    and only the place is refused. Without that clause ("I don't want a tree in the lounge")
    the thing is what is refused."""
    if _at(words, k) not in STATE_WISHES | {"have"} or _at(words, k + 1) not in ARTICLES:
        return 0
    for j in range(k + 2, min(k + 6, len(words) - 1)):
        if _a_place_at(words, j):
            end = _thing_scope(words, gaps, j + 1)
            return j + 1 if _put_there_instead(words, gaps, end) else 0
        if words[j] in FUNCTION_WORDS:
            return 0
    return 0


def _put_there_instead(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where a new clause at K puts "it" somewhere: "; put it in the bedroom", ", keep
    them upstairs". Not "it can go in the hall" (round 274 tried it: one more bare picture on
    the plans' held parts)."""
    if k >= len(words) or not (BREAK.search(gaps[k]) or "," in gaps[k]):
        return False
    first = k + (words[k] in ("please", "just"))
    moved = _at(words, first) in PUT | LEAVE | MOVED_TO_PLACE
    return moved and _at(words, first + 1) in ("it", "them")


def _a_place_at(words: Sequence[str], j: int) -> bool:
    """True where a place a thing is put starts at J: "on the floor", "in my drawer"."""
    return _at(words, j) in PUT_PLACES and _at(words, j + 1) in ARTICLES


def _or_another_place(words: Sequence[str], gaps: Sequence[str], end: int) -> int:
    """End of a second place after a refused one ending at END ("don't leave them on the floor
    or in the laundry basket", "never put my aids on the radiator or in the drawer"), or END:
    the second place is refused as the first is."""
    while True:
        at = end + (_at(words, end) == "or")  # the thing's scope may end before or after "or"
        if _at(words, at - 1) != "or" or not _a_place_at(words, at):
            return end
        if any(BREAK.search(g) or "," in g for g in gaps[at - 1 : at + 2]):
            return end
        end = _thing_scope(words, gaps, at + 1)


def _let_someone(words: Sequence[str], k: int) -> int:
    """Index of the doing in "let anyone put", "let the carers give" at K, or 0: what someone
    is not to be let do is read as if the not were on the doing itself."""
    if k + 3 >= len(words) or words[k] not in ("let", "lets"):
        return 0
    j = k + 1
    if words[j] in LET_SOMEONE:
        j += 1
    elif words[j] in ("the", "my") and words[j + 1] not in FUNCTION_WORDS:
        j += 2
    else:
        return 0
    return j if words[j] in PUT | GIVE_WITH else 0


# after a thing's "in" with nothing put in it: a when or a why, so "in" says the thing is worn
# ("I don't have my teeth in for meals", "my hearing aids in at night"; blind review r6)
WORN_THEN = frozenset(
    ["for", "when", "at", "during", "while", "until", "till", "now", "overnight", "if", "because"]
)


def _given_with(words: Sequence[str], k: int) -> int:
    """Start of the thing in "give me my tablets with grapefruit juice", "take my tea with
    sugar", "give me the tablets crushed in jam" after a not at K, or 0: the person's own thing
    (or the one named) is wanted, what comes with it is refused. Not "with my dinner" (a time)
    or "with my heart" (a reason), nor "a bath with the hoist" (any bath is refused)."""
    if k + 4 >= len(words) or words[k] not in GIVE_WITH:
        return 0
    j = k + 1 + (words[k + 1] in OBJECT_PRONOUNS)
    if words[j] not in POSSESSIVES | {"the"}:
        return 0
    j += 1
    start = j
    while j < min(start + 3, len(words)) and words[j] not in FUNCTION_WORDS:
        if j > start and _a_state(words[j]) and words[j + 1 : j + 2] in (["in"], ["with"]):
            j += 1  # "the tablets crushed in jam"
            break
        j += 1
    if (
        j > start
        and words[j : j + 3] in (["if", "they", "are"], ["if", "it", "is"])
        and (_a_state(words[j + 3]) or _done_to_it(words[j + 3]))
        and _at(words, j + 4) in ("in", "with")
    ):
        j += 4  # "I won't take my tablets if they are crushed in jam": the jam (round 212)
    if j == start or j + 1 >= len(words) or words[j] not in ("with", "in"):
        return 0
    if words[j] == "in" and words[j + 1] in WORN_THEN:
        return 0  # "I don't have my teeth in for meals": the teeth worn, not the meals
    when = words[j + 1] in BEFORE_A_THING or words[j + 1] in TIME_WORDS
    if words[j] == "in" and not _a_state(words[j - 1]) and when:
        return 0  # "give me my tablets in the morning": a time ("the pills in jam": jam)
    return 0 if words[j + 1] in POSSESSIVES else j + 1


MADE_INTO = frozenset(
    ["turn", "turns", "turned", "turning", "make", "makes", "made", "making"]
    + ["change", "changes", "changed", "changing", "convert", "converts", "converted"]
)


def _made_into(words: Sequence[str], k: int, end: int) -> int:
    """Index after "into" in "turn my rosary beads into a necklace", "make the dining room
    into a bedroom" at K, or 0: what the thing would be made is refused, the thing itself is
    kept. A thing must come between: "I don't want to turn into my mother" refuses no mother
    (round 156)."""
    if words[k] not in MADE_INTO:
        return 0
    for j in range(k + 2, min(end, k + 7)):
        if words[j] == "into":
            return j + 1 if j + 1 < end else 0
    return 0


SEND = frozenset(["send", "sends", "sent"])


def _taken_away(words: Sequence[str], k: int, end: int) -> bool:
    """True where WORDS[k] takes, puts or sends a thing away: "Please do not put my chopsticks
    away", "Don't take the photo off the wall", "do not send my children away". A negated
    taking away wants the thing kept (not "take me off the tablets", where the person is taken
    off)."""
    if words[k] not in PUT | TAKE | SEND:
        return False
    ways = ("away", "awa") if words[k] in SEND else ("away", "awa", "off", "down")
    for j in range(k + 1, min(end + 1, len(words), k + 7)):
        if words[j] in ways and words[j - 1] != "me":  # Scots "awa"
            return j > k + 1 or words[k] in TAKE  # "put down" alone is no putting away
    return False


# verbs after "and that" that go on naming what the not rules out (code review)
INCLUDING = frozenset(
    ["includes", "include", "included", "means", "meant", "goes", "covers", "counts", "applies"]
)


def _this_does(words: Sequence[str], k: int) -> bool:
    """True for "this" or "that" at K as the doer of a clause of its own: "and this breaks my
    heart", "and that makes me sad". Not "and that sort of thing" (a thing named)."""
    if _at(words, k) not in ("this", "that"):
        return False
    verb = _at(words, k + 1)
    if verb in INCLUDING:
        return False  # "I don't eat pork, and that includes my bacon": more of what is refused
    if verb in FINITE or verb in HAVE_OR_BE:
        return True
    after = _at(words, k + 2)  # "breaks my heart": a doing, with what it is done to after it
    return (
        verb.endswith("s")
        and grammar.VERB in grammar.parts_of_speech(verb)
        and after in POSSESSIVES | OBJECT_PRONOUNS | ARTICLES
    )


def _told_not(words: Sequence[str], gaps: Sequence[str], start: int) -> bool:
    """True when the not before START opens an order to the carers: "Don't be sad", "Please
    do not ring", "and don't move it". Its sentence may go on with a wanted order of its own."""
    k = start - 1
    if _at(words, k) == "not" and _at(words, k - 1) == "do":
        k -= 1
    if k < 0 or words[k] not in ("don't", "dont", "do", "never"):
        return False
    before = k - 1
    while before >= 0 and words[before] in ("please", "just", "so", "and", "but"):
        if BREAK.search(gaps[before + 1]) or "," in gaps[before + 1]:
            return True
        before -= 1
    return before < 0 or bool(BREAK.search(gaps[before + 1])) or "," in gaps[before + 1]


def _an_order_after_not(words: Sequence[str], gaps: Sequence[str], start: int, k: int) -> bool:
    """True for "and" at K opening a wanted order after an order not to do a thing at START:
    "Don't be sad, and have the minister take the service". Not an order that itself rules
    its thing out ("Don't serve pork, and remove the sausages": code review)."""
    verb = _at(words, k + 1)
    if verb in REFUSING_ORDERS or (
        (verb == "cut" and set(words[k + 2 : k + 7]) & {"away", "out", "off"})
        or (verb == "keep" and "away" in words[k + 2 : k + 7])
    ):
        return False  # "and keep the eggs away", "and cut the salt out": refused too (not
        # "and keep the cat off my bed": the not's reach over "off" would un-cross the cat)
    return _told_not(words, gaps, start) and _an_order(words, gaps, k + 1)


# orders that rule out what they are done to, so the not's reach goes on through them ("skip",
# "avoid" refuse by their own rule, and a not over them would keep the thing)
REFUSING_ORDERS = frozenset(["remove", "hold"])


def _an_order(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for a plain doing at K said to someone, with what it is done to after it: "stir it
    well", "add a bit of honey", "put the lid on". Not one of a list of doings the not rules
    out, which goes on with "or" ("I can't do my shopping, cook a meal or clean the house")."""
    kinds = grammar.parts_of_speech(words[k])
    after = words[k + 1] if k + 1 < len(words) else ""
    plain = not words[k].endswith(("ed", "ing", "s"))
    if after in ("to", "at") and _at(words, k + 2) in OBJECT_PRONOUNS:
        after = words[k + 2]  # "speak to me", "look at me": said to the person
    if not (grammar.VERB in kinds and plain and after in OBJECT_PRONOUNS | ARTICLES | {"it"}):
        return False
    end = _clause_end(gaps, k + 1, commas=False)
    return not any(w in ("or", "nor") for w in words[k + 1 : end])


# Words after "in a" that say how, not in what: "in a minute", "in a hurry", "in a mess".
IN_A_HOW = frozenset(
    ["while", "minute", "bit", "hurry", "rush", "row", "mess", "state", "mood", "way", "moment"]
    + ["second", "jiffy", "sec", "tick", "flash", "muddle", "panic", "line", "queue", "sense"]
    + ["fortnight", "week", "day", "month", "year", "hour", "morning", "night", "lot", "good"]
    + ["bad", "temper", "rage", "fuss", "minute's", "pinch"]
)


def _served_in_a(words: Sequence[str], k: int) -> bool:
    """True for "in a" or "from a" at K with a thing after a refused thing: what it comes in or
    from is the kind refused ("soup from a packet", "the stuff from a jar", "a hot drink in a
    glass", "not a tea bag in a cup"), so it is ruled out with it (round 81). The person's own
    or a known one names where ("sugar in my tea", "biscuits from the tin"), "in a minute",
    "in a hurry" say how, and where another one follows ("tea from a mug, only from a china
    cup") the one before is what is refused, not the tea."""
    if words[k] not in ("in", "from") or _at(words, k + 1) not in ("a", "an"):
        return False
    if k and words[k - 1] in ("far", "away", "apart"):
        return False  # "I can't be far from a loo": how far, not what from
    if words[k] in words[k + 3 : k + 9] and {"only", "just"} & set(words[k + 3 : k + 9]):
        return False  # "I won't drink tea from a mug, only from a china cup": the mug alone
    j = k + 2
    while j + 1 < len(words) and words[j] not in FUNCTION_WORDS and not _a_thing(words, j):
        j += 1  # "a hot drink in a plastic cup"
    word = _at(words, j)
    if not word or word in FUNCTION_WORDS or word in IN_A_HOW or word in TIME_WORDS:
        return False
    return _a_thing(words, j) and _at(words, j + 1) != "of"  # "in a cup of tea": a drink


# "anything with gelatine", "owt from a pig" (owt: northern for anything)
SOME_THING = frozenset(["anything", "owt", "something", "food", "foods"])


RELATIVES = frozenset(["who", "whom", "whose", "where", "which"])


def _relative_clause(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where a clause that tells more about the thing before it opens at K: "I don't
    drink milk, which upsets my stomach", "I won't go to the club where my husband drank".
    What that clause names is not what the not rules out."""
    if words[k] not in RELATIVES or k < 1:
        return False
    return "," in gaps[k] or words[k] in ("where", "whose") or _at(words, k + 1) in SUBJECTS


def _for_whom_not_that(words: Sequence[str], start: int, k: int) -> bool:
    """True where "for" at K follows "that", "this" or "it" standing for an event said before
    and names whom it would befall: "I don't want that for my children" (round 196)."""
    return (
        start < k - 1
        and words[k] == "for"
        and words[k - 1] in ("that", "this", "it")
        and words[k - 2] in ("want", "wish")
        and (_at(words, k + 1) in POSSESSIVES or _at(words, k + 1) in grammar.PEOPLE)
    )


def _thing_is(words: Sequence[str], k: int) -> bool:
    """True where "the form's on the fridge" starts at K: a thing and a short "is" ('s) with no
    thing after it, so a clause of its own, not a thing owned ("the doctor's advice")."""
    return (
        words[k] in ARTICLES
        and _at(words, k + 1).endswith("'s")
        and _at(words, k + 2) in FUNCTION_WORDS
    )


# what is worn on the feet or over the clothes, said with "in": "don't come in in your boots"
WORN = frozenset(
    ["shoes", "boots", "wellies", "wellingtons", "trainers", "sandals", "heels", "slippers"]
    + ["outdoor", "street", "muddy", "wet", "dirty"]
)


def _worn_in(words: Sequence[str], k: int) -> bool:
    """True for "in" at K with what is worn after it: "don't step on my prayer mat in shoes",
    "don't walk on the carpet in your boots". What is worn is the thing refused, not a place
    that ends the not's reach."""
    if words[k] != "in":
        return False
    j = k + 1 + (_at(words, k + 1) in POSSESSIVES | ARTICLES | {"your"})
    return _at(words, j) in WORN


def _a_second_not(words: Sequence[str], k: int) -> bool:
    """True for a not at K that opens a second negated clause after "and" or "or": "and not
    at the hospital", "and don't step on it"."""
    return _at(words, k) in ("not", "never") or _at(words, k) in VERB_NEGATORS - {"neither", "nor"}


def _verb_scope(words: Sequence[str], gaps: Sequence[str], start: int) -> int:
    """End (exclusive) of what a negated verb starting at START rules out."""
    k = start
    seen_content = seen_thing = seen_noun = False
    while k < len(words):
        if k > start and words[k] != "but" and _starts(words, k, ONLY_THIS):
            break  # "I don't eat meat except chicken": the chicken is wanted
        if k > start and _and_only(words, k):
            break  # "I don't eat meat and only eat fish": the fish is wanted
        if _for_whom_not_that(words, start, k):
            break  # "I don't want that for my children": the event refused, not the children
        gap = gaps[k]
        if k > start and BREAK.search(gap):
            break
        if k > start and "," in gap and words[k] in SUBJECTS | BUT_ONLY | SUBJECT_IS:
            break  # "I can't have a bath, only a strip wash": the wash is wanted; "Don't put
            # me by the window, it's cold": the cold is why, not a thing refused
        if k > start and "," in gap and _thing_is(words, k):
            break  # "I don't want to be resuscitated, the form's on the fridge": a new clause
        if k > start and "," in gap and _an_order(words, gaps, k):
            break  # "I don't like my porridge lumpy, stir it well": a clause of its own
        if k > start and "," in gap and _only_after(words, gaps, k):
            break  # "I don't want men carers washing me, a woman only please": wanted
        if k > start and words[k] in CLAUSE_ENDS:
            break
        if k > start and words[k : k + 2] == ["now", "that"]:
            break  # "I don't need the hoist now that my legs are stronger": not the legs
        if k > start and words[k] == "now" and _at(words, k + 1) in POSSESSIVES | SUBJECTS:
            break  # "I can't peel potatoes now my fingers are bent": "now that", said short
        if words[k] in ("and", "or") and _at(words, k + 1) in SUBJECTS | SUBJECT_IS:
            break  # "...never in the evening, or I am up all night": the night is not ruled
            # out; "we never married, and she's my next of kin": she is, nothing refused
        if words[k] in ("and", "but", "so") and _this_does(words, k + 1):
            break  # "She cannot come, and this breaks my heart": a clause of its own
        if "," in gap and words[k] == "and" and _an_order_after_not(words, gaps, start, k):
            break  # "Don't be sad, and have the minister take the service": wanted
        if words[k] == "of" and _at(words, k - 1) in ("out", "off") and "cut" in words[start:k]:
            break  # "Don't fuss, and cut the salt out of my diet": the salt, not the diet
        if "," in gap and words[k] == "or" and k + 1 < len(words) and words[k + 1] in POSSESSIVES:
            break  # "never in the morning, or my eyes sting": what would happen, not refused
        if "," in gap and words[k] == "even" and _then_time_or_place(words, k):
            break  # "I must not walk barefoot, even in the house": not the house
        went = any(
            (w in MOTION and (w not in DYING or _dies_at_a_place(words, j)))
            or (w in PUT and _put_someone(words, j))
            or _shut_in(words, j)
            for j, w in enumerate(words[start:k], start)
        )
        moving = (not seen_noun and went) or _shut_in(words, k - 1)  # "be locked in"
        # "I must not sit in low chairs or on the settee": a second place to go, ruled out too
        or_place = went and _at(words, k - 1) == "or" and not _time_next(words, k)  # not "and":
        # "I can't go upstairs and in the lounge I have my bed": a new clause, all of it wanted
        moving = moving or (k == start + 1 and _work_left(words, start))
        if "," in gap and _a_not_of_its_own(words, k):
            break  # "never meat and milk at the same meal, and no shellfish": a not of its own
        if k > start and words[k] in ("and", "or") and _a_second_not(words, k + 1):
            break  # "not in a hospice and not at the hospital": the second not is read in its
            # own turn, so the hospital is ruled out too (the first scope swallowed its not);
            # "don't move it and don't step on it in shoes": the shoes
        if k > start and _like_my_kin(words, gaps, k):
            if _kin_likeness_then_or(words, k):  # "... like my mum did, or a hospital":
                k = _kin_likeness_then_or(words, k)  # the hospital too (_mark skips the mum)
                continue
            break  # "I don't want to die in the hospital like my father did": not the father
        if k > start and words[k] in ("all", "last", "next") and _time_next(words, k):
            break  # "than watch the television all afternoon", "I'm not up all night": not the time
        if seen_content and words[k] == "the" and _a_time_clause(words, k):
            break  # "I stopped smoking the day my grandson was born": not the grandson
        if k > start and words[k] in ("after", "before") and _a_clause_after(words, k):
            break  # "I stopped going after my wife died": not the wife
        together = words[k + 1 : k + 3] == ["the", "same"]  # "on the same plate": the plate
        # "or switch on lights": no place; "or anything from a pig": what it is made of
        particle = words[k] in ("on", "off") and _switched_on(words, k - 1)
        particle = particle or _left_on(words, gaps, k)
        particle = particle or (words[k] == "on" and words[k - 1] in PUT)  # "won't put on a
        # dress": what is put on is what is refused, no place
        particle = particle or (words[k] == "in" and words[k - 1] in BELIEVING)  # "I don't
        # believe in doctors": what is believed in is what is refused, no place
        made_of = words[k] == "from" and words[k - 1] in SOME_THING
        made_of = made_of or (seen_content and _served_in_a(words, k))
        held_at = _held_at(words, start, k)  # "going to the Christmas lunch at the club"
        held_at = held_at or words[k - 2 : k] == ["set", "foot"]  # "I haven't set foot in the
        # church since": going there, so the church is what is ruled out
        held_at = held_at or _someone_from(words, k)  # "anyone from the council"
        held_at = held_at or _worn_in(words, k)  # "don't step on it in shoes": the shoes
        if (
            words[k] in TIME_OR_PLACE
            and seen_content
            and (_time_next(words, k) or not moving or words[k] in ONLY_TIME)
            and not (together or particle or made_of or held_at or or_place)
            and not _this_thing(words, k)
        ):
            break  # "I never drink coffee after six"; not "I don't go out in the boat"
        if words[k] == "for" and seen_noun:
            break  # "don't send male carers for my personal care": the carers
        if (
            words[k] == "to"
            and k - 1 > start
            and words[k - 1] in ("it", "that", "this", "them")
            and any(grammar.lemma(w) in TELLING for w in words[start : k - 1])
        ):
            break  # "I'd not admit it to my brother": the telling, not the brother
        if k > start and _said_is(words, start, k):
            break  # "He won't admit he's tired": what he would say is so, not a thing refused
        if k > start and _taken_from(words, start, k):
            break  # "not flown off the island": the flying, not the island left behind
        if k > start and words[k] in ASKED_WHAT and _asked_me(words, start, k):
            break  # "don't ask me what I had for dinner": the asking, not the dinner
        if k > start and words[k] in ("about", "over", "to") and _nagged(words[start:k]):
            break  # "Don't nag me about the fags", "don't nag me to drink": the nagging, not
            # what it is about or what it urges
        if k > start and words[k] == "for" and _how_long_after(words, k):
            break  # "I cannot stand for the whole service": how long, not the service
        if words[k] in ("into", "onto", "up", "down", "to") and words[k - 1] in PATHS and k > start:
            break  # "I can't manage the step into the shower": the step, not the shower
        if words[k] in ("into", "in") and seen_noun and words[start] in BRINGING:
            break  # "Please don't bring bacon into the flat": the bacon, not the flat
        if (
            words[k] == "than"
            and k > start
            and (words[k - 1].endswith("er") or words[k - 1] in ("more", "less", "fewer"))
            and words[k - 1] != "other"
        ):
            break  # "anything heavier than a kettle", "not more than a litre of fluid": a measure
        if (
            words[k] == "with"
            and k - start >= 2
            and words[k - 1] not in SOME_THING | {"up", "on"}
            and not _trusted_with_a_thing(words, gaps, k)
            and not _pestered_with(words, gaps, k)
            and not (_says_which_with(words, gaps, k) and "," not in "".join(gaps[start:k]))
        ):
            break  # "I don't need help with my money": not the money ("hold with": a verb;
            # "I can't be trusted with a knife": the knife is kept from the person);
            # "I don't eat pork or anything with gelatine": the gelatine too
        if "," in gap and words[k] in POSSESSIVES:
            break  # "Don't bother with the crossword, my eyes can't manage it"
        if seen_noun and words[k] in ("that", "which") and _at(words, k + 1) in ARTICLES | {"i"}:
            break  # "I won't use the frame that the physio gave me": not the physio
        if seen_noun and _relative_clause(words, gaps, k):
            break  # "I don't drink milk, which upsets my stomach": not the stomach
        if k > start and _a_clause_of_its_own(words, gaps, k):
            break  # "rather than go to the surgery, the road is too steep": not the road
        if "," in gap and (words[k] == words[start] or words[k - 2 : k] == ["any", "more"]):
            break  # "Don't bring me chocolates, bring me a scratchcard"; "...any more, the lift"
        if seen_thing and _doing_to_mine(words, k):
            break  # "I don't want my nephew handling my money": the nephew, not the money
        if "," in gap and _after_subordinator(words, gaps, start):
            break  # "When I cannot get to church, the priest brings me Communion"; "If I
            # cannot decide, ask my son": the clause put first ends at its comma
        if (
            seen_content
            and _main_clause_begins(words, k)
            and _after_subordinator(words, gaps, start)
        ):
            break  # "When I can't sleep I put the wireless on": no comma, yet the clause put
            # first ends where the main clause's doer comes
        if "," in gap and words[k] == "and" and k + 1 < len(words) and words[k + 1] in ARTICLES:
            break  # "since I stopped driving, and the bus stop is a long walk"
        if (
            seen_thing
            and k + 1 < len(words)
            and words[k + 1] in OBJECT_PRONOUNS
            and grammar.VERB in grammar.parts_of_speech(words[k])
            and words[start] not in ("let", "lets")
        ):
            break  # "I will not have a male carer wash me": the carer, not the wash; but
            # "don't let the driver hurry me": the hurrying
        if (
            words[k] == "to"
            and k > start
            and words[k - 1] in ("down", "up", "over", "round", "kneel", "bend", "stoop")
            and k + 1 < len(words)
            and grammar.guess(words, k + 1) == grammar.VERB
        ):
            k += 2  # "I cannot bend down to cut my toenails": the bending and the cutting,
            break  # not the toenails; "I can't kneel to weed the borders": not the borders
        if (
            words[k] == "to"
            and seen_noun
            and k - 1 > start
            and k + 1 < len(words)
            and words[k + 1] in POSSESSIVES
        ):
            break  # "please do not add salt to my food": the salt, not the food
        if (
            seen_thing
            and words[k] == "to"
            and not _and_again(words, k, start)
            and not _trip_to(words, k)
            and not _gone_on_to(words, start, k)
        ):
            break  # "I don't want a male carer to help me shower": the carer, not the shower
        seen_thing = seen_thing or (
            k > start and words[k - 1] in ("a", "an", "the", "my", "any", "some")
        )
        seen_noun = seen_noun or seen_thing or _a_thing(words, k)
        seen_content = seen_content or words[k] not in (
            "be",
            "been",
            "have",
            "to",
            "a",
            "an",
            "the",
            "my",
            "any",
            "like",
            "want",
            "get",
            "go",
        )
        k += 1
    return k


# Going on at someone: "don't nag me about", "don't lecture me over", "don't go on at me about".
NAGGING = frozenset(
    ["nag", "nags", "nagging", "nagged", "lecture", "lecturing", "lectured", "preach", "preaching"]
    + ["mither", "mithering", "mithered", "badger", "badgering", "badgered", "harp", "harping"]
    + ["moan", "moaning", "fuss", "fussing", "pester", "pestering", "pestered", "hassle"]
    + ["hassling", "hassled"]
)


# Taking a person away from where they are: "flown off the island", "taken out of my home".
TAKEN_AWAY = frozenset(
    ["taken", "took", "flown", "flew", "fly", "carted", "shipped", "whisked", "moved", "sent"]
    + ["carried", "ferried", "airlifted", "shifted", "take", "takes", "taking", "put", "puts"]
    + ["putting", "turf", "turfed", "send", "move", "moving"]
)


# Owning up to a thing: what follows is reported, "won't admit he's tired" (not an order
# about what others say: "don't say I look silly" refuses the word, round 373).
OWNING_UP = frozenset(
    ["admit", "admits", "admitted", "confess", "confesses", "confessed", "own", "owns"]
)


def _said_is(words: Sequence[str], start: int, k: int) -> bool:
    """True where K opens a clause reported after a not on owning up ("He won't admit he's
    tired", "I won't admit that I'm lonely"): the tiredness is real, the not is on the
    admitting; a cross would say he is not tired."""
    said = next((j for j in range(start, k) if words[j] in OWNING_UP), -1)
    if said < 0 or k - said > 3:
        return False
    if words[k] == "that":
        k += 1
    return words[k] in SUBJECT_IS or words[k] in ("i'm", "he", "she", "i", "they're", "we're")


def _taken_from(words: Sequence[str], start: int, k: int) -> bool:
    """True where K opens the place a person would be taken from after a refused taking
    ("I don't want to be flown off the island", "not taken out of my home"): the place is
    where the person wants to stay, not a thing ruled out."""
    if words[k - 1] not in TAKEN_AWAY and not (
        words[k - 1] in OBJECT_PRONOUNS and _at(words, k - 2) in TAKEN_AWAY
    ):
        return False
    if {"to", "into", "in"} & set(words[k + 1 : k + 6]):
        return False  # "shipped off the island to a home": where to is still ruled out
    return (words[k] == "off" or words[k : k + 2] in (["out", "of"], ["away", "from"])) and any(
        w in TAKEN_AWAY for w in words[start:k]
    )


# What opens a question put to the person: "ask me what", "ask me where".
ASKED_WHAT = frozenset(["what", "where", "who", "when", "which", "how", "whether", "if"])


def _asked_me(words: Sequence[str], start: int, k: int) -> bool:
    """True for a question word at K right after a refused "ask me" ("don't ask me what I had
    for dinner", "don't keep asking me where my wife is"): the asking is refused; what the
    question is about is still in the person's life."""
    return words[k - 1] in ("me", "him", "her") and _at(words, k - 2) in ("ask", "asking")


def _nagged(said: Sequence[str]) -> bool:
    """True where SAID, a refused doing so far, goes on at the person: what it is about is the
    person's own business ("Don't nag me about the fags", "don't go on at me about my weight"),
    not a thing ruled out."""
    return bool(NAGGING & set(said)) or _starts(said, 1, (("on", "at"),)) > 0


def _second_place(words: Sequence[str], gaps: Sequence[str], i: int, first: int, end: int) -> int:
    """END run on over a second place where a bare "not" at I refuses a place ("not on a
    trolley in A&E", "not in a side room at the hospital"): the two say one place, refused
    together. A time after it ("not in the bath at night") is left to be read as a time."""
    if (
        words[i] != "not"
        or _at(words, first) not in PLACE_OPENERS
        or _at(words, end) not in PLACE_OPENERS
    ):
        return end
    if BREAK.search(gaps[end]) or "," in gaps[end] or _time_next(words, end):
        return end
    return max(end, _thing_scope(words, gaps, end + 1))


def _gone_on_to(words: Sequence[str], start: int, k: int) -> bool:
    """True for "to the" at K after a refused going that has passed a first place: "I'm not to
    go down the lane to the road", "than taken over the water to the hospital". The place
    gone on to is where the going ends, and is refused with it. Not a going the person has
    lost, whose end is still wanted."""
    if set(words[max(0, start - 2) : start]) & UNABLE:
        return False  # "I can't get down the garden to the birds": a loss; the birds are wanted
    if set(words[max(0, start - 5) : start]) & {"able", "longer"}:
        return False  # "I'm no longer able to go down the lane to the pub": a loss too
    went = {w for w in words[start:k] if w in MOTION | CARRIED or w == "taken"}
    return bool(went) and words[start] in went | {"to", "be"} and _at(words, k + 1) == "the"


PUT_PLACES = frozenset(["in", "into", "on", "onto", "by", "near", "beside", "next", "under"])


# Shutting a person or pet in somewhere, said of them: "not to be shut in the kitchen".
SHUT_IN = frozenset(["shut", "locked", "kept", "cooped", "stuck"])


def _shut_in(words: Sequence[str], j: int) -> bool:
    """True for a shutting in at J said of the one shut in ("she's not to be shut in the
    kitchen", "I don't want to be locked in my room", "...locked away in a home", "...to be
    stuck in my room all day"): kept there, so the place is what is refused, as with going
    there. Not getting stuck ("get stuck on the toilet", "get stuck in the bath" fear a mishap,
    the toilet and the bath are still used), nor "kept awake by the telly"."""
    if j < 1 or words[j] not in SHUT_IN:
        return False
    k = j + 1 + (_at(words, j + 1) == "away")  # "locked away in a home" (code review)
    if _at(words, k) not in ("in", "inside", "up"):
        return False  # "I don't like being kept awake by the telly": no place
    if words[j - 1] not in ("be", "being", "get", "getting"):
        return False
    if words[j] == "stuck" and words[j - 1] in ("get", "getting"):
        return False  # "I don't want to get stuck in the bath": a mishap, the bath still used
    k += 1
    while k < len(words) and words[k] in POSSESSIVES | ARTICLES:
        k += 1
    if words[j] == "stuck" and _at(words, k) in STUCK_IN_FIXTURES:
        return False  # "I don't want to be stuck in the bath again": a mishap too
    return _at(words, k) not in SEATS_KEPT_IN  # "being kept in my wheelchair": still used


# What a person is kept in for too long yet still uses: no place refused.
SEATS_KEPT_IN = frozenset(["chair", "wheelchair", "armchair", "recliner", "bed", "pyjamas"])
# What a person gets stuck in by a mishap, and still uses.
STUCK_IN_FIXTURES = frozenset(["bath", "shower", "toilet", "loo", "lift", "commode", "bathtub"])


def _put_someone(words: Sequence[str], j: int) -> bool:
    """True for a person put somewhere at J ("put me in the bath", "put us by the window",
    "put him in the big chair"): going there, so the place is what is refused. "me" is always
    the person; "her", "him", "us", "them" only before a place word, so "put her teeth in the
    glass" stays a thing put somewhere (round 156)."""
    who = _at(words, j + 1)
    if who == "me":
        return True
    if who in PUT_PLACES and _put_passive_of_a_person(words, j):
        return True  # "She's not to be put in the kennel": the kennel
    return who in OBJECT_PRONOUNS and _at(words, j + 2) in PUT_PLACES


# Believing in a thing: "believe in" takes its object, as "hold with" does.
BELIEVING = frozenset(["believe", "believes", "believed", "believing"])


# Who is put somewhere in a passive "to be put in": a person or pet, not a thing.
PUT_PERSONS = frozenset(
    ["i", "i'm", "he", "he's", "she", "she's", "we", "we're", "they", "they're"]
)


def _put_passive_of_a_person(words: Sequence[str], j: int) -> bool:
    """True for a passive putting at J said of a person or pet ("She's not to be put in the
    kennel", "I don't want to be put in a home"): going there, so the place is refused. Not a
    thing put ("my tablets are not to be put in my tea": the tea is still drunk)."""
    if _at(words, j - 1) not in ("be", "being", "get", "getting"):
        return False
    back = words[max(0, j - 7) : j]
    who = max((m for m, w in enumerate(back) if w in PUT_PERSONS), default=-1)
    if who < 0 or POSSESSIVES & set(back):
        return False
    # the person is the one put only where linking words alone follow it: in "I don't want
    # the tablets to be put in my tea" the "I" wants, and the tablets are put
    return all(w in PASSIVE_LINK for w in back[who + 1 :])


# What may stand between the person and a passive "be put": "I don't want to be put",
# "she's not to be put", "he mustn't ever get put".
PASSIVE_LINK = frozenset(
    ["not", "never", "ever", "to", "be", "being", "get", "getting", "want", "wants", "wanted"]
    + ["like", "need", "needs", "rather", "would", "i'd", "must", "should", "will", "shall"]
    + ["don't", "doesn't", "didn't", "won't", "mustn't", "shouldn't", "wouldn't", "shan't"]
)


def _held_at(words: Sequence[str], start: int, k: int) -> bool:
    """True for "at the club" at K after a going to an event ("I shan't be going to the
    Christmas lunch at the club", "I won't go to the dance at the church hall"): where the
    event is held is where the person will not go too. Not a time ("at the weekend")."""
    if words[k] != "at" or _at(words, k + 1) not in ARTICLES | POSSESSIVES or _time_next(words, k):
        return False
    if _at(words, k + 2) in WHEN_NOUNS | TIME_WORDS | {"end", "start"}:
        return False  # "at the moment", "at the end of the month"
    if not WILL_NOT & set(words[max(0, start - 3) : start]):
        return False  # a plan refused ("I won't be going"), not a habit or a lack ("I can't
        # get to the service at the chapel": the chapel stays as it was read)
    went = [j for j in range(start, k) if words[j] in MOTION]
    return bool(went) and "to" in words[went[0] + 1 : k] and "at" not in words[start:k]


# working somewhere: "I no longer work in the restaurant kitchen" says the place is left
WORKING = frozenset(["work", "works", "worked", "working"])


def _work_left(words: Sequence[str], start: int) -> bool:
    """True for a place of work no longer gone to, "work" at START right after "no longer" ("I
    no longer work in the restaurant kitchen"): the place is ruled out as a going would be.
    Not a work that cannot be done ("I can't work in the garden now": the garden is kept)."""
    return words[start] in WORKING and words[max(0, start - 2) : start] == ["no", "longer"]


WILL_NOT = frozenset(["won't", "shan't", "will", "shall", "i'll", "we'll"])


def _says_which_with(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for "with" at K after a refused thing, naming what that thing has or is done with,
    which says which one is refused: "cold drinks with ice", "walking boots with laces", "a
    bath with the hoist", "no shaving with the electric razor". Not the person's own thing or
    body, a reason or a time ("alcohol with my tablets", "laces with one hand"), nor a person
    ("bingo with the girls")."""
    if words[k] != "with" or not k or k + 2 > len(words) or "," in gaps[k]:
        return False  # "My tea without sugar, with a splash of milk": wanted again
    before = words[k - 1]
    j = k + 1 + (words[k + 1] in ("a", "an", "the", "any", "some"))
    has_in = any(  # "no pad thai with seafood in it": what the dish has in it (round 212)
        words[h : h + 2] in (["in", "it"], ["in", "them"]) for h in range(j + 1, j + 3)
    )
    if before in FUNCTION_WORDS or (grammar.guess(words, k - 1) != grammar.NOUN and not has_in):
        return False  # "anyone to fuss with the thermostat": a doing, what it is done to
    if grammar.ADJ in grammar.parts_of_speech(before) and not has_in:
        return False  # "I'm no good with stairs": how the person copes, not a thing
    thing = _at(words, j)
    meal = thing in WITH_A_MEAL and not has_in  # "no pies with meat in them": the meat refused
    if not thing or thing in FUNCTION_WORDS or thing in TIME_WORDS or meal:
        return False  # "no milk with meat", "no pudding with my tea": when, the meal is had
    return grammar.lemma(thing) not in grammar.PEOPLE | grammar.BODY


# A meal said after "with" says when a refused thing is not had (blind review r7): the meal
# itself is eaten ("I keep kosher, so no milk with meat").
MEALTIMES = frozenset(["breakfast", "dinner", "lunch", "tea", "supper", "dinnertime", "teatime"])
WITH_A_MEAL = MEALTIMES | {"meat", "meal", "meals", "dinners", "lunches"}


def _a_time_clause(words: Sequence[str], k: int) -> bool:
    """True where "the day", "the year"... at K opens a clause saying when ("the day my
    grandson was born", "the year we moved")."""
    if k + 2 >= len(words) or words[k + 1] not in ("day", "night", "week", "year", "month", "time"):
        return False
    return words[k + 2] in SUBJECTS | POSSESSIVES


def _a_clause_after(words: Sequence[str], k: int) -> bool:
    """True where "after" or "before" at K opens a clause with its own doer and doing ("after
    my wife died", "before I moved"), not a thing or a time ("after my dinner", "after six")."""
    for j in range(k + 1, min(k + 5, len(words))):
        if words[j] in ("i", "we", "they", "he", "she"):
            return True
        if j > k + 1 and grammar.parts_of_speech(words[j]) == {grammar.VERB}:
            return True
    return False


def _a_not_of_its_own(words: Sequence[str], k: int) -> bool:
    """True where a second not opens at K (or after an "and" there): "..., and no shellfish",
    "..., not milk", "..., never on a Sunday". Not "..., not on one leg": a not of a place or
    time that goes with the first ("Showers I can't manage, not on one leg")."""
    for j in range(k, min(k + 2, len(words))):
        if words[j] in ("no", "never"):
            return True
        if words[j] == "not":
            return j + 1 < len(words) and words[j + 1] not in TIME_OR_PLACE
    return False


def _a_clause_of_its_own(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where a comma before WORDS[k] opens a clause with its own "is" or "are" ("...,
    the wireless is enough", "..., the road is too steep in winter"), or its own doing after a
    thing ("..., the district nurse comes Fridays", "..., coffee gives me a headache", "...,
    the heart nurse would have my hide"). Not a list of things ("no tea, sugar or biscuits")."""
    if "," not in gaps[k]:
        return False
    clause = words[k : _clause_end(gaps, k + 1, True)]
    if any(w in COPULAS for w in clause):
        return True
    return any(
        j and clause[j - 1] not in FUNCTION_WORDS and _says_a_doing(clause, j)
        for j in range(len(clause))
    )


def _says_a_doing(clause: Sequence[str], j: int) -> bool:
    """True for a word that can only be a clause's own doing here: "would", "gives", "comes",
    "killed me"."""
    word = clause[j]
    if word in MODALS or word in FINITE:
        return True
    after = clause[j + 1] if j + 1 < len(clause) else ""
    if (
        word == "need"
        and j
        and clause[j - 1].endswith("s")
        and (after.endswith("ing") or after == "to")
    ):
        return True  # "..., the batteries need changing" (round 60)
    kinds = grammar.parts_of_speech(word)
    if grammar.VERB in kinds and word.endswith("s") and clause[j + 1 : j + 2] == ["me"]:
        return True  # "..., the noise of the jets upsets me"
    people = j > 1 and clause[j - 2] in ARTICLES and grammar.plural(clause[j - 1])
    if people and grammar.VERB in kinds and after in ARTICLES | OBJECT_PRONOUNS | {"it"}:
        return True  # "..., the carers find the hoist safer" (round 64)
    if grammar.parts_of_speech(word) != {grammar.VERB}:
        return False
    if word.endswith("ed") and (not after or after in DONE_THEN or _ends_ing(after)):
        return True  # "I no longer feed the foxes, the neighbours complained": not the
        # neighbours; "..., the bus stopped running" (stop 42's blind review)
    return word.endswith("s") or clause[j + 1 : j + 2] in ([p] for p in OBJECT_PRONOUNS | {"it"})


# What may follow a clause's own past doing: "..., the neighbours complained about it".
DONE_THEN = frozenset(["about", "that", "when", "because", "so", "and", "last", "years", "ages"])


def _then_time_or_place(words: Sequence[str], k: int) -> bool:
    """True when a word of time or place follows WORDS[k] ("even in the house")."""
    return k + 1 < len(words) and words[k + 1] in TIME_OR_PLACE


UNABLE = frozenset(
    [
        "can't",
        "cannot",
        "couldn't",
        "cannae",
        "canna",
        "cant",
        "couldnae",
        "couldna",
        "cor",
        "cyaan",
    ]
)
MOVES = frozenset(["kneel", "bend", "stoop", "crouch", "squat", "stand", "twist", "rush", "walk"])


SHUT_OUT = frozenset(["shut", "shuts", "shutting", "lock", "locks", "locking", "locked"])


def _shut_out(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """Index of "shut" or "lock" in a refused "shut the cat out (of the bedroom)", "won't have
    her shut out", "never lock me out" after a not's verb at FIRST, or 0. What is refused is
    the shutting out: the one shut out and the place are both wanted (round 202)."""
    for s in range(first, min(first + 4, len(words))):
        if s > first and BREAK.search(gaps[s]):
            return 0
        if words[s] not in SHUT_OUT:
            continue
        for k in range(s + 1, min(s + 5, len(words))):
            if BREAK.search(gaps[k]) or "," in gaps[k]:
                return 0
            if words[k] == "out":
                return s
        return 0
    return 0


def _moved_to(words: Sequence[str], i: int, first: int) -> int:
    """End of the movement the person cannot make at FIRST when "to" follows it: "I can't kneel
    to pray", "I cannot bend down to load the washer", "I can't walk to the park": the body
    cannot do it, but what it is for is still wanted (the praying, the park)."""
    if words[i] not in UNABLE or words[first : first + 1] not in [[w] for w in MOVES]:
        return 0
    end = first + 1
    if words[end : end + 1] in (["up"], ["down"], ["round"], ["over"]):
        end += 1
    return end if words[end : end + 1] == ["to"] else 0


def _asked_not(words: Sequence[str], gaps: Sequence[str], i: int, tail: str) -> bool:
    """True for the not of a question that asks or offers ("Would you not sit down with me?",
    "Is there not any fruit left?", "Isn't it time for my tea?", "Do you not have custard?"):
    the thing is wanted, not ruled out. So for a question that asks why not, which suggests
    ("Why don't you bring the dog?", "Why not take the bus?")."""
    start = i
    while start and not SENTENCE_END.search(gaps[start]):
        start -= 1
    if i - start > 3:
        return False
    k = start
    if words[k] == "why" and k + 1 == i and (words[i] == "not" or words[i].endswith("n't")):
        k = i  # "Why don't you", "Why not": asked at once after "why"
    elif words[k] in ASKED_WITH:
        k += 1
        if k < i and words[k] in ASKED_WHO:
            k += 1
        if k != i or words[i] not in ("not", "no"):
            return False
    elif k != i or not words[k].endswith("n't"):
        return False
    for g in [*gaps[i + 1 :], tail]:
        found = SENTENCE_END.search(g)
        if found:
            return found.group() == "?"
    return False


ASKED_WITH = frozenset(
    ["is", "are", "do", "does", "would", "will", "could", "can", "have", "has", "shall", "isn't"]
)
ASKED_WHO = frozenset(["you", "there", "it", "we", "they", "i", "he", "she"])
BOUND = (("have", "to"), ("has", "to"), ("need", "to"))


# a thing said to be good enough for a use: "my English is all right for shopping"
ADEQUATE = frozenset(["good", "fine", "right", "alright", "ok", "okay", "grand", "enough"])


def _short_for(words: Sequence[str], gaps: Sequence[str], i: int, first: int) -> int:
    """End of "but not for ..." or "but not when ..." where the sentence before the "but" says a
    thing is good for one use ("My English is all right for shopping but not for doctors", "My
    eyes are fine for the telly, but not when I'm tired"): what it falls short for is not ruled
    out, so no cross on the doctors. 0 otherwise: "I use my tablet for calls, but not for the
    bank" (nothing said to be good), "Tea is fine, but not coffee" (no "for")."""
    if words[i] != "not" or words[i - 1 : i] != ["but"] or first >= len(words):
        return 0
    if words[first] not in ("for", "when"):
        return 0
    k = i - 1
    while k > 1 and not BREAK.search(gaps[k]):
        k -= 1
        if words[k] == "for" and words[k - 1] in ADEQUATE:
            if words[first] == "when":
                return _clause_end(gaps, first + 1, commas=True)
            return _thing_scope(words, gaps, first + 1)
    return 0


# the person spoken to: "you needn't bring me anything" turns a gift down
YOU = frozenset(["you", "yous", "youse", "ye", "yer"])


def _not_bound_to(words: Sequence[str], gaps: Sequence[str], i: int, first: int) -> int:
    """The doing in "I don't have to take my tablets with food", "I needn't weigh myself daily"
    (its index, or 0): the doing is not a must, but the things it is done with are still there.
    Not after "so" ("so I don't have to walk to the toilet": the walking is avoided), nor when it
    has stopped ("any more", "now")."""
    if words[i] == "needn't":
        size = 0
    else:
        size = _starts(words, first, BOUND)
        done = words[i] == "not" and i and words[i - 1] in ("do", "does")
        if not size or not (done or words[i] in ("don't", "doesn't", "dont", "doesnt")):
            return 0
    back = words[max(0, i - 4) : i]
    if "so" in back or "then" in back or first + size >= len(words):
        return 0
    doing = first + size + (_at(words, first + size) == "be")
    if _at(words, i - 1) in YOU and _at(words, doing + 1) in OBJECT_PRONOUNS:
        return 0  # "You don't need to buy me flowers": a polite no to what is brought (but
        # "You needn't peel my apple": the apple is still eaten)
    end = _clause_end(gaps, first + size, commas=True)
    rest = words[first + size : end]
    return 0 if {"now", "more", "anymore", "longer"} & set(rest) else first + size


def _limited(words: Sequence[str], first: int) -> bool:
    """True when the negated verb at FIRST is limited, not ruled out: "I do not drink more than
    a litre a day", "Don't let me drink more than the jug holds"."""
    let = words[first : first + 1] in (["let"], ["lets"]) and first + 2 < len(words)
    if let and words[first + 1] in OBJECT_PRONOUNS:
        first += 2
    if first + 1 < len(words) and _starts(words, first + 1, LIMITS):
        return grammar.VERB in grammar.parts_of_speech(words[first])
    few = _at(words, first + 1) == "many" and words[first] not in STATE_WISHES
    if few and grammar.VERB in grammar.parts_of_speech(words[first]):
        return True  # "I don't get many visitors": a few come, and they are wanted (not "I
        # don't want many people there": the crowd is refused)
    return words[first : first + 2] == ["eat", "much"]  # "I don't eat much at night": a little


WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "time"]
)


def _not_that_often(words: Sequence[str], gaps: Sequence[str], first: int) -> int:
    """The end of "not every week", "not every Sunday" at FIRST, or 0: how often a thing
    happens ("I go to chapel, but it's not every week"), so the week is no thing refused. A
    thing before the "every" keeps its cross: the labels read "I do not want porridge every
    morning" as ruling the porridge out."""
    if _not_always_the_cause(words, first):
        return _clause_end(gaps, first + 1, commas=True)
    if _at(words, first) not in EVERY:
        return 0
    if _at(words, first + 1) in TIME_WORDS or _at(words, first + 1) in WEEKDAYS:
        return first + 2
    return 0


def _not_always_the_cause(words: Sequence[str], first: int) -> bool:
    """True for "it's not always the pain", "that's not always the tablets" at FIRST: a cause
    said to be only sometimes the one, so nothing is refused. Not "I do not always eat when I
    am low" or "it does not always mean I am sad", which the labels read as ruled out."""
    said = words[max(0, first - 3) : first - 1]
    if _at(words, first) not in ("always", "necessarily") or not said:
        return False
    return (said[-1] in ("it's", "that's") or said[-2:] == ["it", "is"]) and _at(
        words, first + 1
    ) in ARTICLES | POSSESSIVES


def _cut_mine(words: Sequence[str], k: int) -> int:
    """The end of a cutting of the person's own food at K ("cut my food", "cut up his meat",
    "mash her potatoes"), or 0: the cutting is refused, the food is still eaten. Not the body:
    "never cut my hair or trim my beard" keeps the hair and the beard as they are."""
    if k >= len(words) or words[k] not in CUTTING:
        return 0
    if _cut_thing_off(words, k):  # "Don't cut the crusts off my sandwiches": the cutting;
        return k + 1  # the crusts and the sandwiches are eaten as they are
    end = k + 1 + (words[k + 1 : k + 2] == ["up"])
    if not (words[end : end + 1] and words[end] in POSSESSIVES):
        return 0
    thing = end + 1 + (words[end + 1 : end + 2] == ["own"])  # "cut my own nails"
    return end if words[thing : thing + 1] and words[thing] not in BODY else 0


def _cut_thing_off(words: Sequence[str], k: int) -> bool:
    """True for a cutting at K of a named thing off where it is, body parts aside: "cut the
    crusts off", "trim the fat off my chop", "don't cut the plaster off my leg": the thing is
    wanted where it is, so only the cutting is refused (not only food: the name said so before
    the code review)."""
    if _at(words, k + 1) not in ARTICLES:
        return False
    return "off" in words[k + 2 : k + 5] and not BODY & set(words[k + 2 : k + 5])


def _never_more_than(words: Sequence[str], first: int) -> bool:
    """True when the negated word at FIRST (after a "felt" or "been") is a comparative before
    "than" ("I'm never happier than in my garden", "I've never felt better than now"): praise
    of what follows, nothing ruled out."""
    if words[first : first + 1] in (["felt"], ["been"], ["feel"], ["looked"]):
        first += 1
    if words[first + 1 : first + 2] != ["than"] or words[first] in ("more", "less", "other"):
        return False
    return words[first] == "better" or words[first].endswith("er")


AT_THAT_HOUR = frozenset(["before", "at"])


def _not_at_that_hour(words: Sequence[str], gaps: Sequence[str], i: int, first: int) -> int:
    """Index of the hour in "I never go to bed before two", "I don't want to be put to bed at
    seven like a child", or 0: what the person says of their own day is done, only at another
    hour, so the bed is not ruled out. Only the person's own habit (not "Don't give me my
    tablets at six": an order, read as before) and only a clock hour ("at night" is no hour)."""
    if words[i] not in CHOSEN_NOT or not _said_of_oneself(words, first):
        return 0
    if _at(words, first) in WANTS_SET and _at(words, first + 1) != "to":
        return 0  # "I don't want the carers in before nine": the carers, then, are refused
    end = min(_clause_end(gaps, first + 1, commas=True), len(words))
    for k in range(first + 1, end - 1):
        if words[k] in CLAUSE_ENDS or words[k] in SINCE_THEN:
            return 0  # "I don't eat meat after my heart attack at 70": a time of life, no hour
        if words[k] in ("and", "or") and words[k + 1] in SUBJECTS:
            return 0  # "I don't smoke and I stopped at 65": another clause
        if words[k] in AT_THAT_HOUR and _clock_hour(words[k + 1]):
            return k + 1
    return 0


# Meals that tell the hour of the person's day: "I don't go out before dinner".
def _before_a_meal(words: Sequence[str], out: set[int]) -> set[int]:
    """A meal after "before" in a refused doing ("I don't go out before dinner", "I won't
    shower before my breakfast"): the meal says when, and the going out is what is ruled out;
    the dinner is still eaten."""
    kept: set[int] = set()
    for k in out:
        if words[k] != "before":
            continue
        meal = k + 1 + (_at(words, k + 1) in MINE)
        if _at(words, meal) in MEALTIMES:
            kept.update(range(k, meal + 1))
    return kept


SINCE_THEN = frozenset(["after", "since"])


def _clock_hour(word: str) -> bool:
    """True for an hour of the clock: "two", "9", "10.30", "7pm"; not an age ("at 65", "at 90")."""
    if word in HOURS:
        return True
    digits = re.match(r"\d+", word)
    if not digits:
        return False
    return word[digits.end() :].startswith(("am", "pm", ":", ".")) or int(digits.group()) <= 12


# "I can't get my feet going": the body part is stuck, not refused
GOING = frozenset(["going", "moving", "working", "started", "goin", "movin"])


def _got_going(words: Sequence[str], first: int) -> bool:
    """True for "get my feet going", "get my legs moving" at FIRST after a not: the person's
    body will not start; it is their own and wanted, with nothing refused."""
    return (
        _at(words, first) in ("get", "gets")
        and _at(words, first + 1) in POSSESSIVES | {"me"}
        and _at(words, first + 3) in GOING
    )


def _put_off(words: Sequence[str], gaps: Sequence[str], first: int) -> bool:
    """True when the negated verb at FIRST lasts only "until" a time in its own clause: the
    thing is put off, not refused ("I don't take my water tablet on meeting days until I come
    home", "Please don't give me my tablets until after breakfast"). Not a wait itself said
    to last until then: "don't wait till morning" refuses the waiting."""
    end = min(_clause_end(gaps, first + 1, commas=True), len(words))
    for k in range(first, end):
        if words[k] in ("until", "till"):
            return not (
                words[k - 1] in WAITS
                or _quiet_until(words, first, k)
                or _bare_doing(words, first, k)
            )
        if words[k] in CLAUSE_ENDS:
            return False
    return False


# what may stand between a doing and "until" with no thing done: "go out", "touch me", "get up"
BARE_DOING_WORDS = PEOPLE_OBJECTS | PARTICLES | frozenset(["out", "off", "go", "come", "get"])


def _bare_doing(words: Sequence[str], first: int, until: int) -> bool:
    """True when nothing but a doing, a person done to and a particle stands from FIRST to
    UNTIL: "don't touch me till I'm calm", "I don't go out till after dinner". The doing is
    ruled out for that time, as the labelled plans read it; a thing put off ("don't give me
    my tablets until after breakfast") is still wanted."""
    return until > first and all(w in BARE_DOING_WORDS for w in words[first + 1 : until])


# What breaks the quiet or the dark the person keeps until a time: talk, a light, the telly.
NOT_UNTIL = ON_OR_NOTHING | frozenset(["talk", "talking", "speak", "speaking", "chat", "natter"])


def _quiet_until(words: Sequence[str], first: int, until: int) -> bool:
    """True when what is not done until a time, between FIRST and UNTIL, is a sound or a light
    the person keeps off till then: it is ruled out for that time, as the labelled plans read
    "don't put the light on till you hear me", "don't talk to me till the final score" and "I
    don't want the television on until Saturday night". Tablets or a meal put off until after
    breakfast are still wanted."""
    if {"off", "out"} & set(words[first:until]):
        return False  # "don't switch the light off until I'm asleep": the light is wanted on
    return bool(NOT_UNTIL & set(words[first:until]))


def _and_again(words: Sequence[str], k: int, start: int) -> bool:
    """True where WORDS[k], after "and" or "or", repeats a word that opened the scope:
    "allergic to penicillin and to nuts", "not in the bath or in the shower"."""
    return k - 1 > start and words[k - 1] in ("and", "or") and words[k] in words[start - 1 : k - 1]


def _said_again(words: Sequence[str], gaps: Sequence[str], k: int, start: int) -> bool:
    """True where the word that opened the scope at START ("without") comes again in the
    clause that starts at K: the two are said side by side, each with its own thing."""
    opener = words[start - 1] if start else ""
    again = words[k + 1 : _clause_end(gaps, k + 1, commas=True)]
    return opener in ("without", "no", "not", "never") and opener in again


def _nothing_of_a_kind(words: Sequence[str], i: int) -> int:
    """Index of the describing word in "nothing spicy", "nothing too hot", "nothing fried" at
    I, or 0: a kind of thing refused. Not "nothing makes me happier" (a doing follows)."""
    if words[i] != "nothing":
        return 0
    k = i + 1
    while k < len(words) and words[k] in ("too", "very", "so", "really"):
        k += 1
    if k >= len(words):
        return 0
    kinds = grammar.parts_of_speech(words[k])
    done = words[k].endswith("ed") and grammar.VERB in kinds  # "Nothing fried for me"
    done = done and words[k + 1 : k + 2] in ([], ["for"], ["in"], ["with"], ["please"])
    if grammar.ADJ not in kinds and not done:
        return 0
    if words[k] in ("else", "more", "like") or words[k + 1 : k + 2] == ["than"]:
        return 0  # "nothing better than a cup of tea": the tea is the best
    return k


def _offered_after_kind(words: Sequence[str], gaps: Sequence[str], kind: int, end: int) -> int:
    """End of the kind refused in "nothing crunchy" at KIND, read up to END: where a comma
    after it opens a list of things that ends in "please" or "instead", the list is what is
    offered, so the refusal ends at the comma ("nothing crunchy, soup or mince and tatties
    please": the soup is wanted). A list of more describing words runs on ("nothing hard,
    crunchy or chewy please"), and so does a list with no please ("nothing crunchy, toast or
    nuts")."""
    if end >= len(words) or words[end] not in WANTED_INSTEAD:
        return end
    for k in range(kind + 1, end):
        if "," not in gaps[k]:
            continue
        first = words[k + 1] if words[k] in ("and", "or") and k + 1 < end else words[k]
        if grammar.ADJ not in grammar.parts_of_speech(first):
            return k
    return end


def _opens_sentence(gaps: Sequence[str], i: int) -> bool:
    """True where the word at I is the first of its sentence."""
    return i == 0 or bool(SENTENCE_END.search(gaps[i]))


AGREEING = frozenset(["agree", "agrees", "agreed", "disagree", "disagrees", "disagreed"])


def _a_person_disagrees(words: Sequence[str], i: int, size: int) -> bool:
    """True where the one that "doesn't agree with me" or "disagrees with me" at I is a person
    ("My son doesn't agree with me", "The doctor disagreed with me"): a difference of views,
    not a food that upsets the person ("Milk disagrees with me")."""
    if not i or not AGREEING & set(words[i : i + size]):
        return False
    return grammar.a_person(words[i - 1])


NO_WAY_ASKED = frozenset(["am", "will", "would", "shall", "do", "does", "is", "are", "can"])


def _no_way_do_i(words: Sequence[str], i: int) -> int:
    """Index of the doing in "No way am I having a bath", "No way will I use a commode" (a
    "no way" put first, its helping verb before the doer) at I, or 0."""
    if words[i : i + 2] != ["no", "way"] or i + 4 >= len(words):
        return 0
    if words[i + 2] not in NO_WAY_ASKED or words[i + 3] not in ("i", "we"):
        return 0  # not "No way is he taking my car": his taking, not the car
    return i + 4


def _named_after_comma(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where a thing is named at K after a comma, closing its sentence: "Not for me, the
    bingo", "Not my thing, crosswords." (not a clause of its own: "Not for me, I'm full")."""
    if k >= len(words) or "," not in gaps[k] or words[k] in SUBJECTS | CLAUSE_ENDS:
        return False
    end = _thing_scope(words, gaps, k)
    return end > k and (end == len(words) or bool(SENTENCE_END.search(gaps[end])))


RESTATED_NO = frozenset(["no", "not", "never", "nor", "nae"])


def _each_with_its_no(words: Sequence[str], gaps: Sequence[str], start: int, k: int) -> bool:
    """True where the thing at START is the second "no" of a list said with a "no" to each ("no
    pork, no prawns") and the "and" at K goes on without one: "no pork, no prawns, and meat and
    dairy kept apart" names the meat as wanted, for a list that rules it out would say "no"
    again."""
    if words[k] != "and" or "," not in gaps[k] or _at(words, k + 1) in RESTATED_NO:
        return False
    said_again = start >= 2 and words[start - 1] == "no" and "," in gaps[start - 1]
    return said_again and "no" in words[max(0, start - 6) : start - 1]


def _pestered_with(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for "with" at K in "don't mither me with the telly", "don't bother her with the
    bills": what the person is pestered with is what is kept from them, so the refusal reaches
    past "with" to it (blind review r4). Only where asked not to: "It doesn't bother her with
    her frame" keeps the frame (code review)."""
    return (
        _at(words, k - 1) in OBJECT_PRONOUNS
        and grammar.lemma(_at(words, k - 2)) in PESTERS
        and k >= 3
        and _asking_negator(words, gaps, k - 3)
    )


def _someone_from(words: Sequence[str], k: int) -> bool:
    """True for "from" at K right after "anyone", "somebody"...: "don't send anyone from the
    church round" keeps the church away, where it says who, not where or when (blind review r4)."""
    return words[k] == "from" and _at(words, k - 1) in SOMEONE


def _trusted_with_a_thing(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for "with" at K after "trusted" or "bothered" and before a thing named there ("I
    can't be trusted with a blade now", "I don't want to be bothered with letters"): the thing
    is kept from the person. "I'm not to be trusted with them,
    my daughter does them" points back at a thing still wanted, which someone else handles, as
    does "I can't be trusted with my tablets, my daughter gives them to me": another person named
    after one's own thing handles it for the person (a tool named with "the" is still kept from
    them: "trusted with the carving knife, so my son carves")."""
    if words[k - 1] not in ("trusted", "bothered") or _at(words, k + 1) in OBJECT_PRONOUNS:
        return False
    return not _handled_by_another(words, gaps, k + 1)  # "the carving knife ... my son carves"


# what may open the clause that says who handles one's own thing: "... so my son pays them"
# ("and" and "but" only after a comma: "my post and the carers" is a list)
HANDLED_OPENS = frozenset(["so", "as", "because", "since"])


def _handled_by_another(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for one's own thing at K with another person the subject of the clause after it,
    "with my tablets, my daughter gives them to me", "... my bills as my son pays them": someone
    else handles the thing, which is still wanted. A person named elsewhere ("... my post or
    people at the door", "... my tablets. The carer comes at eight") is no such subject."""
    if _at(words, k) not in POSSESSIVES:
        return False
    for j in range(k + 1, len(words)):
        if BREAK.search(gaps[j]):
            return False
        comma = "," in gaps[j]
        if not comma and words[j] not in HANDLED_OPENS:
            continue
        c = j + (words[j] in HANDLED_OPENS | ({"and", "but"} if comma else set()))
        c += _at(words, c) in POSSESSIVES | {"the"}
        who = _at(words, c)
        person = who in grammar.PEOPLE or (who.endswith("s") and who[:-1] in grammar.PEOPLE)
        if person and c < len(words) and not BREAK.search(gaps[c]):
            return True
        if comma:
            return False  # only the clause right after the thing says who handles it
    return False


def _thing_scope(words: Sequence[str], gaps: Sequence[str], start: int) -> int:
    """End (exclusive) of the thing named after 'no', 'without', 'rather than'... at START.
    Nothing where a stop or comma comes first: "Bath no. Strip wash at the sink", "Shower no,
    it frightens me" (the no answers what came before it)."""
    if (
        0 < start < len(words)
        and words[start - 1] == "no"
        and (BREAK.search(gaps[start]) or "," in gaps[start])
    ):
        return start
    k = start
    while k < len(words):
        if k > start and words[k] != "but" and _starts(words, k, ONLY_THIS):
            break  # "no use for church, other than funerals": the funerals are wanted
        gap = gaps[k]
        if k > start and (
            BREAK.search(gap) or ("," in gap and words[k] in SUBJECTS | CLAUSE_ENDS | BUT_ONLY)
        ):
            break
        if k > start and _and_only(words, k):
            break  # "no rice wine and only a small bowl of rice": the rice is wanted
        if _and_again(words, k, start):
            k += 1  # "allergic to penicillin and to nuts": the nuts too
            continue
        if "," in gap and words[k] in POSSESSIVES | SUBJECT_IS | {"me"}:
            break  # "rather than the hospital transport, my son drives me"; "me knees"
        if (
            k > start
            and "," in gap
            and words[k] == "too"
            and _at(words, k + 1) in ("much", "many")
            and not _reason_then_or(words, gaps, k)  # "No biscuits, too much sugar, or cake"
        ):
            break  # "not a great one for the garden, too much rain": why, not a thing refused
        if k > start and "," in gap and _only_after(words, gaps, k):
            break  # "No men carers, a woman only please", "No visitors, family only": wanted
        if (
            k > start
            and _at(words, k + 1) == "only"
            and words[k] not in FUNCTION_WORDS
            and not gaps[k + 1].strip()
        ):
            break  # "No fuss family only at my funeral": the family is wanted (round 196)
        if k > start and "," in gap and words[k] == "and" and _at(words, k + 1) in POSSESSIVES:
            break  # "no church and no fuss, and my scarf in with me": a new thing, wanted
        if k > start and "," in gap and words[k] == "and" and _at(words, k + 1) in VERB_NEGATORS:
            break  # "no pork, and don't cook with wine": a negated clause read in its turn
        if k > start and _each_with_its_no(words, gaps, start, k):
            break  # "no pork, no prawns, and meat and dairy kept apart": the meat is wanted
        if (
            k > start
            and "," in gap
            and words[k] in ("the", "a", "an")
            and _contrast(words, gaps, start, k)
        ):
            break  # "Not the soup, the fish pie please": the pie is wanted
        if _a_clause_of_its_own(words, gaps, k):
            break  # "no patience for television, the wireless is enough"
        if "," in gap and _told_to_do(words, k):
            break  # "no gelatine sweets, check the packet": what to do, not a thing refused
        if words[k] in ("and", "or") and _said_again(words, gaps, k, start):
            break  # "fish without sauce and vegetables without butter": the vegetables wanted
        if k > start and words[k] == "without":
            break  # "No bath without the hoist": the hoist is wanted (read in its turn)
        if words[k] == "with" and words[k - 1] in ("one", "ones", "kind", "sort"):
            k += 1  # "not the ones with laces": the laces say which
            continue
        if _trip_to(words, k):
            place = k + 1 + (_at(words, k + 1) == "the")
            if words[place] not in TRIP_PLACES and _at(words, place + 1) not in ("or", "and"):
                return place + 1  # "No trips to the pub anymore, the doctor won't let me"
            k += 1  # "no more trips to hospital": the hospital is what is ruled out
            continue
        if k > start and _says_which_with(words, gaps, k) and "," not in "".join(gaps[start:k]):
            k += 1  # "No shaving with the electric razor": the razor says which, ruled out
            continue
        if k > start and _served_in_a(words, k):
            k += 1  # "not the stuff from a jar", "not a tea bag in a cup": the kind refused
            continue
        if k > start and _left_on(words, gaps, k):
            k += 1  # "I can't bear the wireless on, or the telly": the telly too, as "I don't
            continue  # like the radio on, or the television" rules out both
        if k > start and words[k] == "off" and _at(words, k + 1) in POSSESSIVES | ARTICLES:
            break  # "no titbits off my plate": where they would come from, as "from" (round 202)
        if k > start and words[k] in TIME_OR_PLACE | CLAUSE_ENDS | SUBJECTS | {
            "with",
            "for",
            "to",
            "please",
            "thanks",
            "thank",
            "is",
            "are",
            "was",
            "will",
            "would",
        }:
            break
        if words[k] in ("and", "or") and k + 1 < len(words) and words[k + 1] in SUBJECTS:
            break
        if k > start and words[k] in ("last", "next", "that") and _at(words, k + 1) in TIME_WORDS:
            break  # "I gave up my allotment last spring", "no visitors that evening": when
        if words[k] == "and" and _a_doing_again(words, k + 1):
            break  # "I have no teeth of my own and wear full dentures": the dentures are wanted
        if k - 1 > start and _a_doing_of_the_thing(words, k - 1):
            break  # "I can't abide quad bikes roaring up the lane": the bikes and the roaring
        if k > start and words[k] in ("and", "or") and _a_not_of_its_own(words, k):
            break  # "no shellfish, and never meat and milk in the same meal", "no grapefruit
            # and not too much green vegetables": the second not is read in its own turn
        if k > start and _doing_to_mine(words, k):
            break  # "not a student doing my injections": the student, not the injections
        if k > start and "," in gap and words[k] in ("no", "nae", "never"):
            break  # "No bending, no crossing my legs": the second no is read in its own turn
        k += 1
    return k


def _reason_then_or(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where the "too much X" at K runs to a comma and an "or"/"nor" then goes on with the
    list ("No biscuits, too much sugar, or cake"): the reason is said in the middle of it."""
    j = k + 1
    while j < len(words) and not BREAK.search(gaps[j]) and "," not in gaps[j]:
        j += 1
    return j < len(words) and "," in gaps[j] and words[j] in ("or", "nor")


def _only_after(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True where the words from K to the next comma or stop end in "only" (before a "please"
    at most): "a woman only please", "family only" name what IS wanted (round 190)."""
    j = k
    while j + 1 < len(words) and not BREAK.search(gaps[j + 1]) and "," not in gaps[j + 1]:
        j += 1
    while j > k and words[j] in ("please", "thanks", "thank", "you"):
        j -= 1
    if j > k and words[j] == "only" and not {"no", "not", "never"} & set(words[k:j]):
        return True
    return _only_named(words, k, j)


def _only_named(words: Sequence[str], k: int, end: int) -> bool:
    """True where a short name of a thing at K is followed by "only" before END, with words
    after it that say where or when: "No fuss, family only at my funeral", "No flowers, a
    single rose only on the coffin" (round 196)."""
    for j in range(k + 1, min(end, k + 4)):
        if words[j] == "only":
            named = words[k:j]
            return words[j + 1] in TIME_OR_PLACE and all(
                w not in FUNCTION_WORDS or w in ARTICLES or w in POSSESSIVES for w in named
            )
        if words[j] in FUNCTION_WORDS and words[j] not in ARTICLES:
            return False
    return False


def _and_only(words: Sequence[str], k: int) -> bool:
    """True where "and only" / "and just" at K turns from what is ruled out to what is wanted."""
    return words[k] == "and" and words[k + 1 : k + 2] in (["only"], ["just"])


def _at(words: Sequence[str], k: int) -> str:
    """The word at K, or "" past the end."""
    return words[k] if k < len(words) else ""


def _one_set_against_none(words: Sequence[str], start: int, k: int) -> bool:
    """True for "a" or "an" at K after "no" and a bare thing at START: "No church, a humanist
    to say a few words", "No sugar, a drop of milk": one of a new thing, set against none."""
    return start > 0 and words[start - 1] == "no" and words[k] in ("a", "an")


def _contrast(words: Sequence[str], gaps: Sequence[str], start: int, k: int) -> bool:
    """True when the thing at K, after a comma, is set against the ruled-out thing at START
    ("not the soup, the fish pie"), not a list that runs on ("no pork, the bacon or ham")."""
    one = _one_set_against_none(words, start, k)
    if words[start] not in ("the", "a", "an") and not one:
        return False
    past = False  # past the set-against thing's own comma ("No church, a humanist, and ...")
    for j in range(k + 1, len(words)):
        if BREAK.search(gaps[j]):
            break
        if one and "," in gaps[j] and not past:
            past = True  # "No pork, a sausage, bacon or ham": a list runs on past the comma
            if words[j] not in FUNCTION_WORDS and grammar.guess(words, j) == grammar.NOUN:
                return False
        if words[j] in ("or", "nor") or (words[j] == "and" and not past):
            return False  # "No church, a humanist, and my ashes at sea": "and" after it is new
    return True


TRIPS = frozenset(
    ["trip", "trips", "visit", "visits", "journey", "journeys", "admission", "admissions", "dash"]
    + ["trek", "treks", "traipse", "traipses"]  # "not the trek to the toilet": the toilet
)
TRIP_PLACES = frozenset(
    ["hospital", "hospitals", "a&e", "casualty", "hospice", "clinic", "clinics", "surgery"]
)


def _trip_to(words: Sequence[str], k: int) -> bool:
    """True for "to" at K in "trips to hospital", "admissions into the hospital": the place the
    trips go to is the thing ruled out, not an outing."""
    if words[k] not in ("to", "into", "in") or not k or words[k - 1] not in TRIPS:
        return False
    j = k + 1 + (words[k + 1 : k + 2] == ["the"])
    if j < len(words) and words[j] in TRIP_PLACES:
        return True
    # "No trips to the pub anymore": any place the trips would go to (not a person visited)
    return (
        words[k] == "to"
        and j == k + 2
        and j < len(words)
        and words[j] not in grammar.PEOPLE
        and _a_thing(words, j)
    )


def _told_to_do(words: Sequence[str], k: int) -> bool:
    """True for a doing told after a comma, with its own thing: "check the packet", "ask my
    daughter", "tell me first" (not a list of things: "no tea, coffee or cake")."""
    if k + 1 >= len(words) or grammar.VERB not in grammar.parts_of_speech(words[k]):
        return False
    return words[k + 1] in BEFORE_A_THING | OBJECT_PRONOUNS | {"it", "them"}


INSTEAD = (("rather", "than"), ("instead", "of"))


WALKS = frozenset(
    ["walk", "walks", "walking", "go", "goes", "going", "wander", "wandering", "get", "be"]
    + ["stand", "standing", "step"]
)


def _gone_barefoot(words: Sequence[str], k: int, end: int) -> range | None:
    """The bare feet after a negated walking or going up to END, the end of its clause ("I must
    not walk barefoot", "don't let me walk about in my bare feet", "... about the house in my
    bare feet"): how the person walks is ruled out; the walking and where it goes are wanted
    (the labels cross the bare feet only). A "no walking barefoot" is said as one thing."""
    if words[k] not in WALKS or (k and words[k - 1] in ("no", "nae")):
        return None
    j = k + 1
    if _at(words, j) in ("about", "around", "round", "out", "outside", "in", "up", "down"):
        j += 1
    if j + 1 < end and words[j] == "in" and words[j + 1] in POSSESSIVES:
        j += 2  # "in my bare feet"
    elif j < end and words[j] == "in" and _at(words, j + 1) == "bare":
        j += 1
    if j < end and words[j] in ("barefoot", "barefooted", "bare-footed"):
        return range(j, j + 1)
    if j + 1 < end and words[j] == "bare" and words[j + 1] in ("feet", "foot"):
        return range(j, j + 2)
    if _at(words, k + 1) in WALKED_WHERE:  # "don't let me walk about the house in my bare
        for j in range(k + 2, end):  # feet": where the walk goes is wanted, the feet are not
            if words[j] in ("or", "nor", "and", "but"):
                return None
            if words[j] in ("barefoot", "barefooted", "bare-footed"):
                return range(j, j + 1)
            if words[j] == "bare" and _at(words, j + 1) in ("feet", "foot") and j + 1 < end:
                return range(j, j + 2)
    return None


# what opens the place a walk goes before its bare feet: "walk round the house in bare feet"
WALKED_WHERE = frozenset(
    ["about", "around", "round", "in", "into", "on", "to", "through", "across", "up", "down"]
    + ["out", "outside"]
)


KIN = frozenset(
    ["father", "mother", "dad", "mum", "mam", "brother", "sister", "husband", "wife", "nan"]
    + ["gran", "granny", "grandad", "grandfather", "grandmother", "parents", "aunt", "uncle"]
    + ["son", "daughter", "friend", "neighbour", "sisters", "brothers"]
)


# what may stand between "don't" and the verb "like": "I don't really like my sister"
LIKED_HOW = frozenset(["really", "much", "particularly", "very", "ever", "always", "just"])


def _kin_likeness_end(words: Sequence[str], k: int) -> int:
    """End (exclusive) of "like my father" or "like my father did" at K, or 0: the words of
    a likeness with kin, where "like" is no verb (not "I don't (really) like my sister")."""
    if words[k] not in ("like", "as"):
        return 0
    m = k - 1
    while m > k - 3 and m >= 0 and words[m] in LIKED_HOW:
        m -= 1  # "I don't really like my sister": the verb
    if m >= 0 and words[m] in VERB_NEGATORS | SUBJECTS:
        return 0
    j = k + 1
    if _at(words, j) not in ("my", "our", "his", "her", "their"):
        return 0
    j += 1 + (_at(words, j + 1) in ("late", "own", "poor", "old"))
    if _at(words, j) not in KIN:
        return 0
    return j + 1 + (_at(words, j + 1) in ("did", "does", "had", "was", "before", "used"))


def _like_my_kin(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for "like my father did" at K, said after a refused doing: the kin is who did it
    before, a likeness, not a thing ruled out ("I don't want to die in hospital like my
    mother", "I won't end up in a home like my brother did")."""
    end = _kin_likeness_end(words, k)
    if not end:
        return False
    ends = end >= len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
    return bool(ends) or words[end - 1] in ("did", "does", "had", "was", "before", "used")


def _kin_likeness_then_or(words: Sequence[str], k: int) -> int:
    """End of a "like my husband does" at K that an "or" follows ("I don't eat meat like my
    husband does, or fish"): the scope reads on past the likeness to the fish, or 0."""
    end = _kin_likeness_end(words, k)
    return end if end and _at(words, end) in ("or", "nor") else 0


# how a moving is done, which is then all that is refused: "don't move me to the chair too
# early", "... on my own", "... quickly"
MOVED_HOW = frozenset(
    ["too", "early", "late", "without", "own", "alone"]
    + ["quickly", "fast", "slowly", "roughly", "yet", "first"]
)
# when a moving is done ("before ten", "after lunch") is all that is refused only for a place
# the person is moved to every day; a home or a hospital said with a time ("move me into a
# home one day", "... after my husband dies") is still refused
MOVED_WHEN = frozenset(["before", "after", "until", "till"]) | frozenset(TIME_WORDS)
MOVED_DAILY = frozenset(["chair", "bed", "toilet", "lounge", "wheelchair"])


def _moved_somewhere(words: Sequence[str], gaps: Sequence[str], k: int) -> bool:
    """True for moving the person somewhere, "rather than moving me to the bathroom", "don't
    move her into a home": a going, so the place is ruled out as "don't take me to" rules it
    out (not "don't move my chair", where the chair is kept). Where the rest of the clause says
    when or how ("don't move me to the bed on my own"), that is what is refused: the place is
    wanted, unless it is refused against another ("rather than", "instead of")."""
    if not (
        words[k].startswith("mov")
        and _at(words, k + 1) in ("me", "him", "her", "us")
        and _at(words, k + 2) in ("to", "into")
    ):
        return False
    if k and words[k - 1] in ("than", "of"):
        return True
    end = k + 3
    while end < len(words) and not (BREAK.search(gaps[end]) or "," in gaps[end]):
        end += 1
    rest = words[k + 3 : end]
    if any(w in MOVED_HOW for w in rest):
        return False
    return not (any(w in MOVED_DAILY for w in rest) and any(w in MOVED_WHEN for w in rest))


def _a_doing(words: Sequence[str], k: int) -> bool:
    """True when WORDS[k] can only be a doing here: "go" in "rather than go to the surgery",
    "going" in "instead of going to church" (not "rather than coffee")."""
    kinds = grammar.parts_of_speech(words[k])
    if words[k] in MOTION or kinds == {grammar.VERB}:
        return True
    return words[k].endswith("ing") and grammar.VERB in kinds


def _a_doing_of_the_thing(words: Sequence[str], k: int) -> bool:
    """True for a doing said of the thing before it, "roaring" in "quad bikes roaring up the
    lane": what the thing does is refused with it, not where it does it. Not a doing with a
    thing of its own ("no point putting the telly on": the telly)."""
    return (
        words[k].endswith("ing")
        and grammar.parts_of_speech(words[k]) == {grammar.VERB}
        and words[k - 1] not in FUNCTION_WORDS
        and words[k + 1 : k + 2] in ([w] for w in PARTICLES)
    )


def _a_doing_again(words: Sequence[str], k: int) -> bool:
    """True when WORDS[k], after "and", starts a doing of the same person with its own thing:
    "...and wear full dentures", "...and eat anything" (not "no salt and pepper on it")."""
    if k + 1 >= len(words) or grammar.guess(words, k) != grammar.VERB:
        return False
    after = words[k + 1]
    return after in BEFORE_A_THING or after not in FUNCTION_WORDS | CLAUSE_ENDS | TIME_OR_PLACE


# ---- round 267: a quality, a doing, an amount or a setting refused, not the whole thing ----
# (the blind reviewers' finding: "I don't want a carer who smokes" crossed the carer, who is
# wanted; "I don't like spicy food" crossed the meal; "I don't drink much water" the water)

# Words that open what is said of a person refused: "a carer who smokes", "carers being late".
SAID_OF = frozenset(["who", "being"])


def _said_of_the_person(words: Sequence[str], out: set[int]) -> set[int]:
    """The people a refusal names with what they do or are, to take out of it: "I don't want a
    carer who smokes", "I don't like carers being late", "a carer of a morning rushing me". The
    smoking, the lateness, the rushing are refused; the carer is wanted."""
    drop: set[int] = set()
    for k in out:
        if not (_a_role(words[k]) and k + 1 in out):
            continue
        j = k + 1
        if words[j] == "of" and _at(words, j + 1) in ARTICLES and j + 3 < len(words):
            j += 3  # "a carer of a morning rushing me": when, said between
        if _a_doing_to_me(words, j) and _someone_else_does_it(words, j + 1):
            continue  # "..., I want my daughter to do it": the carers are refused for it
        if words[j] in SAID_OF or _a_doing_to_me(words, j):
            drop |= {k} | set(range(k + 1, j + (words[j] in SAID_OF)))
    return drop


def _own_person_doing(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """One's own person refused with what they would do or have: "I don't want my neighbour
    having a key", "I don't want my son holding my money". The key is refused; the neighbour,
    a person the reader knows, is not (stop 49's blind review). Kinds of people stay refused
    ("I don't want men carers washing me")."""
    drop: set[int] = set()
    for k in out:
        if not (k and words[k - 1] in POSSESSIVES and grammar.a_person(words[k])):
            continue
        doing = _at(words, k + 1)
        a_doing = _ends_ing(doing) and grammar.VERB in grammar.parts_of_speech(doing)
        clause = min(k + 6, _clause_end(gaps, k + 2, commas=True))  # what they would have,
        if a_doing and any(k + 1 < j < clause for j in out):  # crossed in the same clause
            drop.add(k)
    return drop


def _a_role(word: str) -> bool:
    """True for a person named by the job they do for the person: "carer", "nurses", "GP"."""
    return word in PROFESSIONALS or word.removesuffix("s") in PROFESSIONALS or word == "staff"


def _a_doing_to_me(words: Sequence[str], j: int) -> bool:
    """True for a doing at J done to the person: "rushing me", "ringing me", "giving me"."""
    if not _ends_ing(_at(words, j)) or grammar.VERB not in grammar.parts_of_speech(words[j]):
        return False
    return _at(words, j + 1) in ("me", "my", "us", "our")


# A medicine, as people name its forms: what it comes with or in can be refused, not it.
MEDICINE_FORMS = MEDICINES | frozenset(
    ["painkillers", "painkiller", "capsules", "capsule", "vaccine", "jab", "jabs", "injections"]
)
# Words that say what a medicine comes with or in: "with gelatine", "that come in capsules".
COMES_WITH = frozenset(["with", "that", "which"])
# Words that say, in what is said of a medicine, what it is made of: "that come in gelatine
# capsules", "that is made with gelatine" (not "the tablets that the GP gave me").
MADE_OF = frozenset(["with", "in", "from", "containing"])


def _medicines(words: Sequence[str]) -> set[int]:
    """Indexes of the words naming a medicine's form: "tablets", "capsules"."""
    return {j for j, w in enumerate(words) if w in MEDICINE_FORMS}


def _medicine_refused_for_what_it_has(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> tuple[set[int], set[int]]:
    """The medicine to take out of a refusal of what it comes with, and what it comes with to
    rule out: "I won't take tablets with gelatine in", "I do not take painkillers with codeine",
    "I won't take tablets that come in gelatine capsules". The gelatine and the codeine are
    refused; the tablets, which the person still takes, are not. (The sets' labels split on
    other things, "no flowers with a strong scent", so only medicines are read so.)"""
    drop: set[int] = set()
    add: set[int] = set()
    for k in out:
        if words[k] not in MEDICINE_FORMS or _at(words, k + 1) not in COMES_WITH:
            continue
        if _at(words, k + 2) in POSSESSIVES | OBJECT_PRONOUNS:
            continue  # "tablets with my breakfast": when, not what they have in them
        end = _clause_end(gaps, k + 2, commas=True)
        made = next((j for j in range(k + 1, end) if words[j] in MADE_OF), end)
        has = {j for j in range(made + 1, end) if _a_thing(words, j)} - _medicines(words)
        if has:
            drop.add(k)
            add |= has
    return drop, add


def _done_but_not_with(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The doing, and what it is done to, in a refused cooking, eating, drinking, making,
    serving, washing or shaving (WITH_DOINGS) that is refused only for what it is done with
    or comes from: "Don't cook with wine or beer", "I
    won't eat anything with gluten", "I won't eat anything out of a tin", "No shaving with the
    electric razor", "I'll not eat rice with a fork". The wine, the gluten, the tin and the
    razor are ruled out; the cooking, the eating and the rice are still wanted, and a cross on
    them would tell the reader to have none (blind review r5). "With my" is the person's own
    hand or pills ("I can't eat with my left hand"), and liking is left alone ("I don't like
    cold drinks with ice" refuses the drinks)."""
    kept: set[int] = set()
    for w in [k for k, word in enumerate(words) if word in DONE_WITH]:
        if words[w] == "out" and _at(words, w + 1) != "of":
            continue  # "I don't eat out": no thing it comes from
        after = w + 1 + (words[w : w + 2] == ["out", "of"])  # "anything out of a tin"
        if after >= len(words) or _at(words, after) in POSSESSIVES | OBJECT_PRONOUNS:
            continue
        if _at(words, after) in ANY_THING | {"everything"}:
            continue  # "I don't eat pork with anything": the pork in any form is refused
        thing = after + (_at(words, after) in ARTICLES | {"any"})
        if thing not in out:
            continue
        doing = next(
            (
                j
                for j in range(w - 1, max(w - 6, -1), -1)
                if words[j] in WITH_DOINGS and _refused_doing(words, j)
            ),
            None,
        )
        if doing is None or any(
            BREAK.search(gaps[t]) or "," in gaps[t] for t in range(doing + 1, w + 1)
        ):
            continue
        if words[w] in ("out", "from") and words[doing + 1 : w] not in (["anything"], ["owt"]):
            continue  # "I won't drink water from the tap": the water from there is refused
        if words[w - 1] in MADE_BY:  # "I don't eat cheese made with rennet": that cheese is
            kept |= {doing} & out  # refused, the eating is not
            continue
        last = max((j for j in range(doing, w) if words[j] in ("or", "and", "nor")), default=doing)
        kept |= ({doing} | set(range(last + 1, w))) & out  # "pork or anything with gelatine":
        # the pork is refused in its own right
    return kept


def _put_in_beside_another(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The cup, dryer or bed a refused putting puts a thing in, where what is refused is what
    it would be in there with: "Please don't put my teeth in the cup with bleach", "do not put
    the tea towels in the dryer with my woollens", "Never put me in a bed with the rails up".
    The cup is still where the teeth go; the bleach, the rails, the mixing are refused (blind
    review r5). Without "with" the place is what is refused ("Don't put my hearing aids in the
    drawer")."""
    kept: set[int] = set()
    for k in [k for k, word in enumerate(words) if word in PUT | {"leave", "pop"}]:
        if not _refused_doing(words, k):
            continue
        into = next((j for j in range(k + 1, min(k + 6, len(words))) if words[j] in INTO_PLACE), 0)
        if not into or any(BREAK.search(gaps[t]) or "," in gaps[t] for t in range(k + 1, into + 1)):
            continue
        first = into + 1 + (_at(words, into + 1) in ARTICLES)
        if not CONTAINERS & {grammar.lemma(x) for x in words[first : first + 3]}:
            continue  # "Don't put me in a home with strangers": the home is refused
        w = next((j for j in range(first, min(first + 4, len(words))) if words[j] == "with"), 0)
        if w and not any(BREAK.search(gaps[t]) or "," in gaps[t] for t in range(first, w + 1)):
            kept |= set(range(first, w)) & out
    return kept


# What a thing is put in or on: "in the cup", "into the dryer", "on the plate".
INTO_PLACE = frozenset(["in", "into", "on", "onto"])
# What holds a thing put in it, still wanted where what it would share is refused: the cup, the
# dryer, the bed; not a care home, a hospice, a wheelchair or a commode, refused themselves.
CONTAINERS = frozenset(
    ["cup", "glass", "mug", "beaker", "tumbler", "pot", "bowl", "jar", "tub", "dish", "plate"]
    + ["dryer", "drier", "machine", "washer", "dishwasher", "basket", "bin", "drawer", "bed"]
    + ["box", "tin", "case", "bag", "purse", "basin", "sink", "bucket", "pan", "jug", "bottle"]
    + ["fridge", "freezer", "cupboard", "wardrobe", "oven", "microwave", "cabinet", "larder"]
)


# The going out that "out of the house" follows: "been out of", "get out of", "moved out of".
GOING_OUT = GOES | frozenset(
    ["been", "be", "get", "gets", "got", "getting"]
    + ["come", "came", "coming", "move", "moved", "moving", "step", "stepped", "set", "foot"]
    + ["walk", "walks", "walked", "walking", "allowed", "let", "venture", "ventured", "stir"]
)


# where one may not want to die: "in hospital", "on the ward", "in a care home"
DYING_PLACES = TRIP_PLACES | HOME_PLACES | frozenset(["ward", "wards", "ambulance", "street"])
# people one might die among, besides those grammar.a_person knows
STRANGERS = frozenset(["stranger", "strangers"])


def _dies_at_a_place(words: Sequence[str], k: int) -> bool:
    """True where the dying at K is somewhere one may not want to be ("die in hospital", "die
    at home alone", "on the ward"); not "die in my sleep", "in pain", "on my own"."""
    at = next((j for j in (k + 1, k + 2) if _at(words, j) in ("in", "at", "on")), 0)
    return bool(at) and any(w in DYING_PLACES for w in words[at + 1 : at + 4])


def _where_one_dies(words: Sequence[str], out: set[int]) -> set[int]:
    """The dying in a refused dying somewhere ("I don't want to die in hospital", "not dying
    at the hospice"), and whom it would be with ("...in hospital with strangers"): the place is
    what is refused; death itself is not a thing to rule out, nor are the people."""
    kept = set()
    for k in out:
        if words[k] not in DYING or _at(words, k + 1) not in ("in", "at", "on"):
            continue
        if not _dies_at_a_place(words, k) or not any(j in out for j in range(k + 2, k + 6)):
            continue  # "I don't want to die in my sleep", "on my own": no place, the dying stays
        kept.add(k)
        with_ = next((j for j in range(k + 2, min(k + 8, len(words))) if words[j] == "with"), 0)
        kept.update(
            j
            for j in range(with_ + 1, with_ + 4)
            if with_ and j in out and (grammar.a_person(words[j]) or words[j] in STRANGERS)
        )  # the people only: "with a catheter" is kit that is refused too
    return kept


def _home_gone_out_of(words: Sequence[str], out: set[int]) -> set[int]:
    """The home or room a refused or lost going out is out of: "I haven't been out of the house
    since Christmas", "I don't get out of the flat much". The going out is what is not done; the
    house is where the person is, and a cross on it would say they have none (blind review r5).
    A bath or a chair one cannot get out of is not a home place, and keeps its cross."""
    kept: set[int] = set()
    for k in out:
        if words[k] not in HOME_PLACES or k < 2:
            continue
        before = k - 1 if words[k - 1] in ARTICLES else k
        if words[before - 2 : before] == ["out", "of"] and GOING_OUT & set(
            words[max(before - 5, 0) : before - 2]
        ):
            kept.add(k)  # not "I don't want the dog out of the kitchen": no going out
    return kept


def _refused_doing(words: Sequence[str], j: int) -> bool:
    """True where the doing at J follows its not: "don't cook", "I won't ever eat", "no
    shaving", "I'd rather not have to cook" (not "I do not like cold drinks", a thing)."""
    n = j - 1
    while n >= 0 and words[n] in ("to", "want", "ever", "be", "have"):
        n -= 1
    return n >= 0 and (words[n] in VERB_NEGATORS or (words[n] in ("no", "nae") and n == j - 1))


# What a refused doing is done with or comes from (_done_but_not_with): "with wine", "out of a
# tin", "from a can".
DONE_WITH = frozenset(["with", "wi", "wi'", "out", "from"])
# Doings refused for what they are done with (_done_but_not_with): cooking, eating, drinking,
# making, serving, washing and shaving.
WITH_DOINGS = frozenset(
    ["cook", "cooks", "cooked", "cooking", "eat", "eats", "eaten", "eating", "ate"]
    + ["shave", "shaves", "shaved", "shaving", "drink", "drinks", "drinking", "make", "made"]
    + ["bake", "baked", "fry", "fried", "serve", "served", "wash"]
)


# Verbs of wanting before a thing set so: "I don't want the heating on high".
WANTS_SET = frozenset(["want", "wants", "like", "likes"])
# How a thing is set, said after "on" or "up": "on high", "on loud" ("shut" is DONE_TO's).
SETTINGS = frozenset(["high", "loud", "low", "full", "max", "blasting", "blaring"])
# How a thing is played too loud, said straight after it: "the radio blaring".
BLARING = frozenset(["blaring", "blasting", "booming", "thumping"])


def _wanted_set_otherwise(words: Sequence[str], out: set[int]) -> set[int]:
    """The thing to take out of a refusal of how it is set: "I don't want the heating on high",
    "I don't want the telly on loud", "I don't like the radio blaring", "I don't want the
    window shut at night". The setting is refused; the heating, the telly, the radio and the
    window are wanted. So is a thing refused only as it
    is done to or does ("I don't like the curtains closed in the day", "I won't take tablets
    crushed in my food", "I don't like my food touching"), see _done_to_otherwise."""
    drop: set[int] = set()
    for k in out:
        if _done_to_otherwise(words, k):
            drop.add(k)
            if _named_by_two(words, k):
                drop.add(k - 1)  # "the kitchen window closed": the whole kitchen window kept
            continue
        if not (k > 1 and words[k - 1] in ARTICLES | POSSESSIVES and words[k - 2] in WANTS_SET):
            continue
        set_so = _at(words, k + 1) in ("on", "up") and _at(words, k + 2) in SETTINGS
        if set_so or _at(words, k + 1) in BLARING:  # "the radio blaring": the loudness refused
            drop.add(k)
    return drop


# Verbs of the person's own thing had some way: "I don't take my tablets on an empty stomach".
OWN_WAY = frozenset(["take", "takes", "have", "has", "want", "wants", "like", "likes", "use"])
# A not of the person's choosing, not a lost ability ("I can't use my hand at the table").
CHOSEN_NOT = frozenset(["don't", "dont", "never", "won't", "doesn't", "not"])
# What follows the thing to say how, when or where it is not had.
HOW_OR_WHERE = frozenset(["on", "in", "at", "before", "during"])


def _own_thing_had_otherwise(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> tuple[set[int], set[int]]:
    """The person's own thing to keep and the place to rule out in "I don't take my blood
    pressure tablets on an empty stomach", "I don't want my hair washed in the shower, I'd
    rather go to the hairdresser's": the tablets are taken and the hair washed, only not so
    (r3's review); a place after "in"/"at" is what is refused, a time is not."""
    drop: set[int] = set()
    add: set[int] = set()
    for v in range(1, len(words) - 4):
        if words[v] not in OWN_WAY or words[v - 1] not in CHOSEN_NOT:
            continue
        if not _said_of_oneself(words, v):
            continue  # "Never take my blood pressure on the right arm": an order, refused
        if words[v + 1] not in OWNERS or v + 2 not in out:
            continue
        j = v + 2
        while j < min(v + 5, len(words)) and words[j] not in FUNCTION_WORDS:
            j += 1
        if j >= len(words) or words[j] not in HOW_OR_WHERE or BREAK.search(gaps[j]):
            continue
        if _at(words, j + 1) not in ARTICLES:
            continue  # "I don't want my dentures in at night": "in" says worn, not where
        end = _thing_scope(words, gaps, j + 1)
        if TIME_WORDS & set(words[j + 1 : end]):
            continue  # "I do not want my hair washed on a Sunday": when, read as before
        drop.update(k for k in range(v, j) if k in out)
        if words[j] in ("in", "at"):
            add.update(k for k in range(j + 1, end) if _a_thing(words, k))
    return drop, add


# Where a thing is put beside another, the other being the place refused: "in front of the telly".
BESIDE = (("in", "front", "of"), ("next", "to"))


def _contrasted(words: Sequence[str], k: int) -> bool:
    """True where WORDS[k] opens the one refused of two: "rather a pot than a tea bag in a mug",
    "not a tea bag in a cup", "instead of tea in a mug": there what it comes in is part of what
    is refused. Not a doing's not ("I will not go to church in a jumper")."""
    if _at(words, k) in ("than", "instead") or words[k - 1 : k + 1] == ["instead", "of"]:
        return True
    return _at(words, k) == "not" and _at(words, k + 1) in ARTICLES


def _had_in_a_manner(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """What a refusal names before what it comes in or is worn in, to take out of it: "I won't
    drink tea from a mug", "don't give me coffee in a beaker", "I don't want carers in
    shoes on my carpet". The mug, the beaker and the shoes keep the cross; the tea, the coffee
    and the carers are wanted, just not that way."""
    drop: set[int] = set()
    for m in out:
        if words[m] not in HELD_OR_WORN_IN:
            continue
        prep = next((p for p in (m - 1, m - 2, m - 3) if _at(words, p) in ("in", "from")), 0)
        if prep < 1 or any(BREAK.search(gaps[p]) or "," in gaps[p] for p in range(prep, m + 1)):
            continue
        if any(words[p] in FUNCTION_WORDS - {"a", "an"} for p in range(prep + 1, m)):
            continue  # "in a plastic cup", not "in the garden with shoes"
        k = prep - 1
        run: set[int] = set()
        while (
            k in out
            and not (words[k] in ("or", "and", "nor") and _at(words, k + 1) not in ("in", "from"))
            and not BREAK.search(gaps[k + 1])
            and "," not in gaps[k + 1]
        ):
            run.add(k)
            k -= 1
        if not _contrasted(words, k):
            drop |= run  # not "than a tea bag in a mug": the whole of it is the one refused
    return drop


def _own_thing_taken_from(words: Sequence[str], gaps: Sequence[str], out: set[int]) -> set[int]:
    """The person's own thing that a refused thing or doing comes off or from: "he's not to have
    scraps off my plate", "Nip mustn't be fed off my plate", "don't take the photos off my wall".
    What is taken or given from it is refused; the plate and the wall are the person's and stay
    (labels key them bare). Only after "off" or "from", not "away from my chest" (kept apart from
    it), not the person eating off it ("I never eat off my best china"), and not a thing not the
    person's ("I won't eat off a paper plate": the paper plate is how, and crossed)."""
    drop: set[int] = set()
    for k in sorted(out):
        if words[k] in FUNCTION_WORDS:
            continue
        m = next((p for p in (k - 1, k - 2, k - 3) if p >= 0 and words[p] in ("my", "our")), -1)
        if m < 0 or any(_at(words, p) in FUNCTION_WORDS for p in range(m + 1, k)):
            continue  # "off my best plate", "from my left arm"; not "from my son's plate"
        if not (
            m >= 2
            and words[m] in ("my", "our")
            and words[m - 1] in ("off", "from")
            and not BREAK.search(gaps[m])
            and not BREAK.search(gaps[m - 1])
        ):
            continue
        if _at(words, m - 2) == "away":
            continue  # "keep it away from my chest": kept apart, as with "out of"
        if _i_eat_off(words, m - 2):
            continue  # "I never eat off my best china": the person's own plate is refused
        drop.update(j for j in range(m - 1, k + 1) if j in out)
    return drop


def _i_eat_off(words: Sequence[str], k: int) -> bool:
    """True where the person eats or drinks at K, right before "off" or "from": "I don't want to
    eat off my plate" (code review 58a item 5); not "I don't want the dog to eat off my plate"."""
    if k < 1 or words[k] not in EATS_OFF:
        return False
    j = k - 1
    while j > 0 and words[j] in VERB_NEGATORS | {"to", "want", "wanna", "will", "do", "ever"}:
        j -= 1
    return words[j] == "i"


# eating or drinking off a plate or from a cup
EATS_OFF = frozenset(["eat", "eating", "eats", "ate", "drink", "drinking", "drinks", "drank"])


def moved_as_a_warning(text: str, tokens: Sequence[Token]) -> set[int]:
    """The one rule for moving the person's things said as a warning: "if you move my glasses
    I'm lost", "if you shift my specs I canna find them", "if you move the kettle I can't find
    it", "if you move things I'll trip". The plan means "don't move them", so the moving gets
    the cross (`negated` calls this) and the moving picture (matcher.find_all pictures these
    movings and no other moving after "if you"); the glasses and the kettle are wanted where
    they are, so they stay bare. Only for the person's things (the, my, things: not "if you
    move too fast", not moving house, not the person's own body: "if you move my legs"), with
    a harm said as happening (MOVED_HARMS, or a not before MOVED_NOT_ABLE) in the clause
    straight after it: not a harm kept off ("if you move the rug I won't trip", "I never
    mind"), not one in another clause ("if you move my chair, tell me; I can't see well"), and
    not "even if". Returns the indexes of the moving words."""
    if not any(t.norm in MOVED_THINGS for t in tokens):
        return set()
    words = [SPOKEN_NEGATORS.get(t.norm, t.norm) for t in tokens]
    gaps = [text[tokens[k - 1].end : tokens[k].start] if k else "" for k in range(len(tokens))]
    return _moved_or_i_am_lost(words, gaps)


def _moved_or_i_am_lost(words: Sequence[str], gaps: Sequence[str]) -> set[int]:
    """moved_as_a_warning on the sentence's WORDS and the GAPS before them."""
    found: set[int] = set()
    for i in range(len(words) - 3):
        if words[i] != "if" or words[i + 1] != "you" or words[i + 2] not in MOVED_THINGS:
            continue
        if i and words[i - 1] == "even":
            continue  # "even if you move my chair, I never fall"
        if words[i + 3] not in MOVED_WHOSE and not words[i + 3].endswith("'s"):
            continue  # "if you move too fast I'll fall", "if you move me": not the things
        if words[i + 3] in ("it", "them") and _body_said_before(words, gaps, i):
            continue  # "my legs are stiff, so if you move them too fast I fall": the limbs
        thing = next(
            (w for w in words[i + 3 : i + 6] if w not in FUNCTION_WORDS and not w.endswith("'s")),
            "",
        )  # "if you move Mam's photos": the photos
        if thing in BODY_PARTS or thing in BODY_WORDS or thing in MOVED_NOT_THINGS:
            continue  # "if you move my legs for me": care the person wants
        commas = 0
        for k in range(i + 3, len(words)):
            if SENTENCE_END.search(gaps[k]) or ";" in gaps[k]:
                break
            commas += "," in gaps[k]
            if commas > 1 or words[k] in ("but", "so", "because", "though"):
                break  # only the clause straight after the if-clause
            said_not = any(w in VERB_NEGATORS for w in words[max(i + 3, k - 2) : k])
            if (words[k] in MOVED_HARMS and not said_not) or (
                words[k] in MOVED_NOT_ABLE and said_not
            ):
                found.add(i + 2)
                break
    return found


def _body_said_before(words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
    """True where the person's body is named before the "if" at I, in its own sentence or the
    one before: "My arm is weak. If you move it quickly I'm lost", so "it" is the arm, moved
    with care, and no thing of the person's (code review 59a item 3)."""
    stops = 0
    for j in range(i - 1, -1, -1):
        if words[j] in BODY_PARTS or words[j] in BODY_WORDS:
            return True
        if SENTENCE_END.search(gaps[j]) or ";" in gaps[j]:
            stops += 1
            if stops > 1:
                return False
    return False


# moving the person's things about, which a warning after it refuses
MOVED_THINGS = frozenset(["move", "shift", "rearrange", "moved", "shifted"])
# the words that start the things moved: "my glasses", "the kettle", "things", "it", "that
# chair", "any of my things" (and a name's: "Mam's photos", code review 59a item 8)
MOVED_WHOSE = ARTICLES | DEMONSTRATIVES
MOVED_WHOSE |= frozenset(["things", "stuff", "anything", "everything", "it", "them"])
# moved, but no thing of the person's to be left where it is: moving house or into care, or
# a time put off ("if you move my appointment I get muddled"). Not the furniture: moved, the
# classic fall for a person who cannot see (code review 59a item 8)
MOVED_NOT_THINGS = frozenset(["house", "home", "flat", "bungalow", "care", "nursing"])
MOVED_NOT_THINGS |= frozenset(["hospital", "hospice", "abroad", "area", "town", "country"])
MOVED_NOT_THINGS |= frozenset(["appointment", "appointments", "visit", "visits", "time", "times"])
MOVED_NOT_THINGS |= frozenset(["call", "calls"])
# the harm said as happening after it: "I'm lost", "I'll trip", "I get in a muddle"
MOVED_HARMS = frozenset(["lost", "trip", "fall", "muddle", "muddled", "confused"])
# and what the person cannot do then: "I can't find them", "I don't know where they are"
MOVED_NOT_ABLE = frozenset(["find", "know"])
# the person's own body moved, besides BODY_PARTS: "if you move my arm slowly"
BODY_WORDS = frozenset(["arm", "arms", "leg", "legs", "hand", "hands", "feet", "knee", "knees"])
BODY_WORDS |= frozenset(["shoulder", "hip", "hips", "body", "bowels", "bowel", "toes", "fingers"])


def _put_beside_a_place(
    words: Sequence[str], gaps: Sequence[str], out: set[int]
) -> tuple[set[int], set[int]]:
    """The thing to keep and the place to rule out in "I don't want my dinner in front of the
    telly", "I don't like my chair next to the radiator": where it is put is refused, the dinner
    and the chair are wanted (stop 49's blind review)."""
    drop: set[int] = set()
    add: set[int] = set()
    for k in out:
        if not (k > 1 and words[k - 1] in ARTICLES | POSSESSIVES and words[k - 2] in WANTS_SET):
            continue
        beside = next((len(b) for b in BESIDE if tuple(words[k + 1 : k + 1 + len(b)]) == b), 0)
        place = k + 1 + beside
        if not beside or _at(words, place) not in ARTICLES | POSSESSIVES:
            continue
        end = _thing_scope(words, gaps, place + 1)
        things = {j for j in range(place + 1, end) if _a_thing(words, j)}
        if things:
            drop.add(k)
            add |= things
    return drop, add


# Verbs whose object may come with how it is to be: "take tablets crushed", "have it drawn".
TAKES_AS = WANTS_SET | frozenset(["take", "takes", "have", "has"])
# Said of a thing after it, how it is or what is done to it: "the curtains closed". (Not "open":
# the sets cross the window in "I won't have the window open", an open window being refused.)
DONE_TO = frozenset(["closed", "shut", "drawn", "crushed", "mashed", "touching"])


def _done_to_otherwise(words: Sequence[str], k: int) -> bool:
    """True where WORDS[k], a thing (never a person: "I don't want the carers giving me my
    medicine" refuses them), is refused only as it is done to or is: "I don't like the curtains
    closed", "I won't take tablets crushed in my food", "I don't like my food touching". The
    thing is wanted, open, whole, apart."""
    if not _done_to_after(words, k + 1) or words[k] in grammar.DOERS:
        return False
    j = k - 1 if k and words[k - 1] in ARTICLES | POSSESSIVES else k
    if j == k and _named_by_two(words, k):
        j = k - 2  # "the bedroom door closed"
    return j > 0 and words[j - 1] in TAKES_AS


def _named_by_two(words: Sequence[str], k: int) -> bool:
    """WORDS[k] ends a thing named by two nouns after its article: "the bedroom door"."""
    return k > 1 and words[k - 2] in ARTICLES | POSSESSIVES and _a_thing(words, k - 1)


# Words said after a doing that end it ("put out", "shaved off"), no place of their own.
DONE_PARTICLES = frozenset(["out", "off", "up", "away", "down", "back"])
# Past forms the lexicon cannot tell from the present: "put", "cut", "set", "let".
SAME_PAST = frozenset(["put", "cut", "set", "let"])
# Doings that take the thing from the person or bring it to them: the labellers read its going
# or coming as refused ("my glasses taken off", "my dinner brought up to my room", round 80).
NOT_JUST_DONE_TO = BRINGING | frozenset(["remove", "send", "call"])


def _done_to_after(words: Sequence[str], j: int) -> bool:
    """WORDS[j] says what is done to the thing before it: "closed", "crushed", or a past form
    with its particle ("my cat put out", "my beard shaved off"). The doing is refused, the
    thing kept (stop 49's blind review: a cross on a loved pet or a beard upsets)."""
    word = _at(words, j)
    if word in DONE_TO:
        return True
    past = word in SAME_PAST or (
        grammar.verb_lemma(word) != word and not word.endswith(("ing", "s"))
    )  # "shaved", "thrown", not "having" or "puts"
    if grammar.verb_lemma(word) in NOT_JUST_DONE_TO:
        return False  # "I don't want my glasses taken off": the sets cross the glasses
    return past and _at(words, j + 1) in DONE_PARTICLES
