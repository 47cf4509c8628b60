"""Which words of a sentence name a thing that is NOT wanted, done or allowed.

Easy Read never shows the bare picture of a thing the sentence rules out: "I do not eat fish"
shows fish with a red cross ("not fish"), or no fish at all. This module finds those words; the
words it reads by are listed in negation_words.py.

The ways people rule a thing out, as a reader hears them:
- a negated verb (not, never, don't, can't, won't, no longer, refuse to...) rules out the
  action and what it acts on, up to the end of the clause or a word of time or place ("I never
  drink coffee after six": coffee, not six; "I don't take sugar in my tea": sugar, not tea),
  except that going somewhere rules out where ("I won't come on the coach trip");
- a negated thing (no, without, rather than, instead of, allergic to, avoid, none of, not a...)
  rules out the thing named next ("No sugar in my tea": sugar; "a wash at the sink, not a
  shower": shower), and so do giving up, stopping and disliking ("I gave up smoking", "I'm not
  keen on fish"), and keeping a thing away ("keep the dog off the sofa");
- a thing said to be not for the person rules out what came before it ("Tea is not for me",
  "Custard? No thank you", "my nut allergy").
A second negation turns the first back ("I never go out without my glasses"), and some nots
rule nothing out ("I can't wait for Christmas", "don't forget my tablets").
"""

from __future__ import annotations

from collections.abc import Sequence

from . import grammar
from .negation_words import (
    ALLERGY,
    BEFORE_A_THING,
    BREAK,
    BUT_ONLY,
    CLAUSE_ENDS,
    CLOCK,
    DISLIKES,
    DOINGS,
    FEELINGS_ABOUT,
    GIVING_UP,
    HOURS,
    INTO,
    KEEP,
    KEEPS_THING,
    LINKS,
    MOTION,
    NO_THANKS,
    NOT_A_THING,
    NOT_FOR_ME,
    NOT_NEGATION,
    NOT_THINGS,
    OBJECT_PRONOUNS,
    ONLY_THIS,
    POSSESSIVES,
    REFUSALS,
    REFUSED_ALONE,
    STOPPERS,
    SUBJECTS,
    SUBORDINATORS,
    THING_NEGATORS,
    TIME_OR_PLACE,
    TIME_WORDS,
    TURNS_BACK,
    VERB_NEGATORS,
)
from .words import ARTICLES, FUNCTION_WORDS, Token


def _starts(words: Sequence[str], i: int, phrases) -> int:
    """Length of the longest phrase in PHRASES that starts at WORDS[i], or 0."""
    return max(
        (len(phrase) for phrase in phrases if tuple(words[i : i + len(phrase)]) == phrase),
        default=0,
    )


def negated(text: str, tokens: Sequence[Token]) -> set[int]:
    """Indexes of the tokens of TEXT that name something ruled out."""
    words = [t.norm for t in tokens]
    gaps = [text[tokens[k - 1].end : tokens[k].start] if k else "" for k in range(len(tokens))]
    out: set[int] = set()
    i = 0
    while i < len(words):
        if _starts(words, i, NOT_NEGATION):
            i += _starts(words, i, NOT_NEGATION)
            continue
        if tuple(words[i : i + 2]) in (("not", "allowed"), ("isn't", "allowed")):
            first = i + 2  # "not allowed on the settee": the settee
            while first < len(words) and words[first] in ("on", "in", "into", "at", "near", "to"):
                first += 1
            end = _thing_scope(words, gaps, first)
            out.update(range(first, end))
            i = max(end, i + 1)
            continue
        if words[i] == "than" and any(w in ("rather", "sooner") for w in words[max(0, i - 8) : i]):
            # "a bath rather than a shower", split; "...than get in the bath": the doing, its thing
            thing = i + 1 < len(words) and words[i + 1] in BEFORE_A_THING
            scope = _thing_scope if thing else _verb_scope
            end = scope(words, gaps, i + 1)
            out.update(range(i + 1, end))
            i = max(end, i + 1)
            continue
        size = _starts(words, i, DISLIKES)
        if size:
            end = _thing_scope(words, gaps, i + size)
            out.update(range(i + size, end))
            i = max(end, i + 1)
            continue
        if words[i] in ALLERGY and i > 0 and words[i - 1] not in FUNCTION_WORDS:
            out.add(i - 1)  # "my nut allergy": not nuts
            i += 1
            continue
        refused = _refused_after(words, gaps, i)
        size = _starts(words, i, NOT_FOR_ME) or refused
        if size:  # "Tea is not for me", "Sprouts? No thank you."
            first = _subject_start(words, gaps, i)
            if refused and first == i and i:  # the thing is the clause before: "Custard? No"
                first = _subject_start(words, gaps, i - 1)
            out.update(k for k in range(first, i) if words[k] not in LINKS)
            i += size
            continue
        if tuple(words[i : i + 3]) == ("no", "need", "to"):  # "no need to bring the paper"
            end = _verb_scope(words, gaps, i + 3)
            _mark(words, i + 3, end, out)
            i = max(end, i + 1)
            continue
        refuse = _starts(words, i, REFUSALS) or _too_to(words, i)
        if refuse:  # "I refuse to use a walking frame", "too tired to go to church"
            end = _verb_scope(words, gaps, i + refuse)
            _mark(words, i + refuse, end, out)
            i = max(end, i + 1)
            continue
        away = _kept_away(words, gaps, i)
        if away:  # "keep the dog away from me": the dog
            out.update(range(i + 1, away))
            i = away + 1
            continue
        if words[i] in VERB_NEGATORS or tuple(words[i : i + 2]) == ("no", "longer"):
            first = i + (2 if words[i] == "no" else 1)
            if (
                words[i] == "not"
                and first < len(words)
                and words[first] in ("a", "an", "the", "my", "any")
            ):
                end = _thing_scope(words, gaps, first)  # "not a shower": a thing
            elif first < len(words) and words[first] in FEELINGS_ABOUT:
                end = first + 1  # "I'm not scared of dying": the fear, not dying
            else:
                end = _verb_scope(words, gaps, first)
            _mark(words, first, end, out)
            i = max(end, i + 1)
            continue
        size = _starts(words, i, THING_NEGATORS)
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if size == 1 and words[i] in DOINGS and nxt in TIME_OR_PLACE | NOT_A_THING:
            size = 0  # "I'd hate to miss church", "the bus stopped at the door"
        if size == 1 and words[i] == "no" and nxt in ("to", "for", "at", "in", "on", "one"):
            size = 0  # "I said no to the doctor": the doctor is not ruled out
        if size == 1 and words[i] == "stop" and (i == 0 or words[i - 1] not in STOPPERS):
            size = 0  # "the bus stop", "a stop on the way": a place, not a stopping
        if size and words[i + size - 1] in GIVING_UP:
            nxt = words[i + size] if i + size < len(words) else ""
            kinds = grammar.parts_of_speech(nxt)
            if not (nxt.endswith("ing") or nxt in ARTICLES or kinds == {grammar.NOUN}):
                size = 0  # "the taxi stopped outside", "we stop and chat": nothing given up
        if size and words[i : i + 2] == ["none", "of"] and _a_doing_follows(words, gaps, i + 2):
            size = 0  # "None of my children live near me": they are not ruled out
        if size and words[i : i + 2] == ["leave", "out"]:
            end = _thing_scope(words, gaps, i + 2)
            if end < len(words) and words[end] == "for":
                size = 0  # "leave out my clothes for the morning": laid out, wanted
        if size:
            first = i + size
            if (
                words[i + size - 1] in GIVING_UP
                and first < len(words)
                and words[first].endswith("ing")
            ):
                end = _verb_scope(words, gaps, first)  # "I stopped going to shul"
                _mark(words, first, end, out)
            else:
                end = _thing_scope(words, gaps, first)
                out.update(range(first, end))
            i = max(end, i + 1)
            continue
        i += 1
    return out


def _after_subordinator(words: Sequence[str], gaps: Sequence[str], start: int) -> bool:
    """True when the clause holding the word before START opens with "when", "if"...: a
    clause put before the main one, which its comma ends."""
    k = start - 1
    while k >= 0:
        if words[k] in SUBORDINATORS:
            return True
        if BREAK.search(gaps[k]) or "," in gaps[k]:
            return False
        k -= 1
    return False


def _time_next(words: Sequence[str], k: int) -> bool:
    """True when a time follows the word at K: "on Fridays", "in the morning", "after six"."""
    j = k + 1
    while j < len(words) and words[j] in ("the", "a", "every", "each", "this", "that", "my"):
        j += 1
    if j >= len(words):
        return False
    hour = words[j] in HOURS or words[j][:1].isdigit()
    return words[j] in TIME_WORDS or (hour and words[k] in CLOCK)


def _a_thing(words: Sequence[str], k: int) -> bool:
    """True when WORDS[k] names a thing here ("sugar" in "I don't take sugar", "shul"), so a
    place after it is not what the not rules out ("I don't take sugar in my tea")."""
    word = words[k]
    if word in FUNCTION_WORDS or word in NOT_THINGS:
        return False
    return not grammar.parts_of_speech(word) or grammar.guess(words, k) == grammar.NOUN


def _kept_away(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Index of "away" in "keep ... away from me" (or of "off" in "keep the dog off the
    sofa") starting at I, or 0: the thing in between is not wanted there. Not "keep my tablets
    out of reach": kept safe, and wanted."""
    if words[i] not in KEEP:
        return 0
    for k in range(i + 1, min(i + 7, len(words))):
        if BREAK.search(gaps[k]):
            return 0
        if words[k] == "away":
            rest = tuple(words[k + 1 : k + 3])
            return k if rest in (("from", "me"), ("from", "my")) else 0
        if words[k] == "off" and k > i + 1 and words[k - 1] not in ARTICLES:
            return k  # "keep the dog off the sofa", "keep the oil heater off at night"
    return 0


def _a_doing_follows(words: Sequence[str], gaps: Sequence[str], start: int) -> bool:
    """True when the thing named from START does something ("None of my children live near
    me"), rather than being what is refused ("None of your fizzy drinks for me")."""
    end = _thing_scope(words, gaps, start)
    return any(
        grammar.parts_of_speech(w) & {grammar.VERB}
        and grammar.NOUN not in grammar.parts_of_speech(w)
        for w in words[start + 1 : end]
        if w not in FUNCTION_WORDS
    )


def _too_to(words: Sequence[str], i: int) -> int:
    """Length of "too tired to" at I ("I'm too breathless to manage the bus"), or 0."""
    if words[i] == "too" and i + 2 < len(words) and words[i + 2] == "to":
        return 3
    return 0


def _refused_after(words: Sequence[str], gaps: Sequence[str], i: int) -> int:
    """Length of a refusal that follows its thing and ends its clause ("Custard? No thank
    you", "Sugar – none.", "the new songs, no", "syrup, never"), or 0. "No thank you to the
    books" and "No sugar" look forward instead."""
    size = _starts(words, i, NO_THANKS)
    if not size and i and (BREAK.search(gaps[i]) or "," in gaps[i]):
        size = _starts(words, i, REFUSED_ALONE)
    end = i + size
    ends = end == len(words) or BREAK.search(gaps[end]) or "," in gaps[end]
    return size if size and ends else 0


def _subject_start(words: Sequence[str], gaps: Sequence[str], end: int) -> int:
    """Start of the clause whose subject ends at END: "Tea is not for me" -> "Tea"."""
    k = end
    while k > 0 and not BREAK.search(gaps[k]) and "," not in gaps[k]:
        if words[k - 1] in CLAUSE_ENDS or (words[k - 1] in ("and", "but") and words[k] in SUBJECTS):
            break  # "I like tea and coffee is not for me"; but "Cake and biscuits are not"
        k -= 1
    return k


def _a_doing_that_takes_it(words: Sequence[str], k: int, end: int) -> bool:
    """Verbs that usually leave their thing wanted, used in a way that does not: "I never touch
    whisky" (drink it; but "don't touch my prayer mat"), "move into a care home" (go there)."""
    nxt = words[k + 1] if k + 1 < end else ""
    if words[k] in ("touch", "touches"):
        return bool(nxt) and nxt not in BEFORE_A_THING
    return words[k].startswith("mov") and nxt in INTO


def _turned_back(scope: Sequence[str]) -> bool:
    """True when a second negation or a wish for more turns a negated verb back: "I never go
    out without my glasses" (going out is wanted, with the glasses), "I do not drink enough",
    "I don't drink anything other than tea" (tea is all that is wanted). "I can't go out on my
    own" stays ruled out: where a reader may take either, a bare picture of a thing ruled out
    is the worse error."""
    if "without" in scope or "enough" in scope:
        return True
    return any(
        w in ("anything", "nothing") and _starts(scope, k + 1, ONLY_THIS)
        for k, w in enumerate(scope)
    )


def _mark(words: Sequence[str], start: int, end: int, out: set[int]) -> None:
    """Mark START..END ruled out, except what a second negation or 'don't forget' turns back."""
    if _turned_back(words[start : end + 2]):  # the scope stops before "other than tea"
        return  # "I won't have a bath without my music", "I do not drink enough"
    k = start
    while k < end:
        if words[k] in TURNS_BACK:
            return  # "don't forget my tablets": nothing is ruled out
        describing = k > start and words[k - 1] in ARTICLES  # "my left hand": not leaving
        if words[k] in KEEPS_THING and not describing and not _a_doing_that_takes_it(words, k, end):
            out.add(k)  # "don't move my armchair": the moving is ruled out, not the armchair
            return
        size = _starts(words, k, (("no",), ("rather", "than"), ("instead", "of")))
        if size:  # "I don't want tea, no sugar": the second is its own negation
            k = _thing_scope(words, [""] * len(words), k + size)
            continue
        out.add(k)
        k += 1


def _verb_scope(words: Sequence[str], gaps: Sequence[str], start: int) -> int:
    """End (exclusive) of what a negated verb starting at START rules out."""
    k = start
    seen_content = seen_thing = seen_noun = False
    while k < len(words):
        if k > start and words[k] != "but" and _starts(words, k, ONLY_THIS):
            break  # "I don't eat meat except chicken": the chicken is wanted
        gap = gaps[k]
        if k > start and BREAK.search(gap):
            break
        if k > start and "," in gap and words[k] in SUBJECTS | BUT_ONLY:
            break  # "I can't have a bath, only a strip wash": the wash is wanted
        if k > start and words[k] in CLAUSE_ENDS:
            break
        if words[k] == "and" and k + 1 < len(words) and words[k + 1] in SUBJECTS:
            break
        moving = not seen_noun and any(w in MOTION for w in words[start:k])
        if words[k] in TIME_OR_PLACE and seen_content and (_time_next(words, k) or not moving):
            break  # "I never drink coffee after six"; not "I don't go out in the boat"
        if words[k] == "for" and seen_noun:
            break  # "don't send male carers for my personal care": the carers
        if (
            words[k] == "than"
            and k > start
            and words[k - 1].endswith("er")
            and words[k - 1] != "other"
        ):
            break  # "anything heavier than a kettle": a measure, not a thing ruled out
        if words[k] == "with" and k - start >= 2 and words[k - 1] not in ("up", "on"):
            break  # "I don't need help with my money": not the money ("hold with": a verb)
        if "," in gap and words[k] in POSSESSIVES:
            break  # "Don't bother with the crossword, my eyes can't manage it"
        if "," in gap and words[k] in ARTICLES and _after_subordinator(words, gaps, start):
            break  # "When I cannot get to church, the priest brings me Communion"
        if "," in gap and words[k] == "and" and k + 1 < len(words) and words[k + 1] in ARTICLES:
            break  # "since I stopped driving, and the bus stop is a long walk"
        if (
            seen_thing
            and k + 1 < len(words)
            and words[k + 1] in OBJECT_PRONOUNS
            and grammar.VERB in grammar.parts_of_speech(words[k])
        ):
            break  # "I will not have a male carer wash me": the carer, not the wash
        if (
            words[k] == "to"
            and k > start
            and words[k - 1] in ("down", "up", "over", "round")
            and k + 1 < len(words)
            and grammar.guess(words, k + 1) == grammar.VERB
        ):
            break  # "I cannot bend down to cut my toenails": the bending, not the toenails
        if seen_thing and words[k] == "to" and not _and_again(words, k, start):
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


def _and_again(words: Sequence[str], k: int, start: int) -> bool:
    """True where WORDS[k], after "and" or "or", repeats a word that opened the scope:
    "allergic to penicillin and to nuts", "not in the bath or in the shower"."""
    return k - 1 > start and words[k - 1] in ("and", "or") and words[k] in words[start - 1 : k - 1]


def _thing_scope(words: Sequence[str], gaps: Sequence[str], start: int) -> int:
    """End (exclusive) of the thing named after 'no', 'without', 'rather than'... at START."""
    k = start
    while k < len(words):
        if k > start and words[k] != "but" and _starts(words, k, ONLY_THIS):
            break  # "no use for church, other than funerals": the funerals are wanted
        gap = gaps[k]
        if k > start and (
            BREAK.search(gap) or ("," in gap and words[k] in SUBJECTS | CLAUSE_ENDS | BUT_ONLY)
        ):
            break
        if _and_again(words, k, start):
            k += 1  # "allergic to penicillin and to nuts": the nuts too
            continue
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
        k += 1
    return k
