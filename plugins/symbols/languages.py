"""Pictures for plans in Welsh, Polish, Punjabi and Urdu: a word list per language, read simply.

The English matcher (matcher.py) knows English grammar, senses and idioms. For the other
languages planbook serves, each has a hand-written list of everyday care words
(data/words/<code>.yml): the picture of each concept in its words, the words that say "not",
and the words that end a clause. Welsh and Polish words are also looked up by their lemma
(simplemma's dictionary, kept as a small table: "nghath" -> cath, "herbatę" -> herbata), a
phrase lemma by lemma ("gadair freichiau", "kawę zbożową"), and a mutated Welsh form the table
lacks by undoing its mutation ("nglin" -> glin) where that gives a word of the list.
Concepts the hand list lacks take the names Unicode CLDR gives their emoji in the language
(data/words/cldr/<code>.yml). A thing in a clause with "not" is
marked negated, whichever side the negative stands (Urdu and Punjabi put it after the thing).
Where a list names the words that end a negative's reach (Welsh and Polish prepositions), the
negative rules out the first thing after it and what follows it up to such a word: the verb and
what it is done to ("Nie jem mięsa"), not where or when ("... w piątek", "... yn y nos").
Names and capitalised words inside a sentence never get a picture, unless the list writes the
word with its capital ("dydd Sul", "Nadolig"); nor does a given name (grammar.given_name)
opening a sentence right before what a person does, where the list names those doings
(person_doings: "Róża przynosi mi zakupy", "Haf sy'n dod â'r siopa"). Where a language's list is
thin, fewer pictures are better than wrong ones: nothing else is guessed.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import yaml

from . import grammar
from .matcher import Match
from .vocabulary import load

CODES = ("cy", "pl", "pa", "ur")
LEMMAS = {"cy", "pl"}  # the languages simplemma knows
LEMMA_DIR = Path(__file__).parent / "data" / "words" / "lemmas"
STOPS = ".!?۔؟।"
JOINERS = {"\u200c", "\u200d"}


class Token(NamedTuple):
    text: str
    norm: str
    start: int
    end: int


def tokenise(text: str) -> list[Token]:
    """Words: letters and their marks (Gurmukhi and Urdu vowel signs are marks, not letters);
    an apostrophe ends a word, as Welsh writes "i'n" and "gyda'r"."""
    tokens, start = [], None
    for i, ch in enumerate(text + " "):
        inside = (
            unicodedata.category(ch)[0] in "LM"
            or ch in JOINERS
            or (ch == "-" and start is not None)
        )
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            word = text[start:i].rstrip("-")
            tokens.append(Token(word, word.lower(), start, start + len(word)))
            start = None
    return tokens


@dataclass
class Term:
    """One entry of a word list: the words, and the neighbours they need (or must not have)."""

    words: tuple[str, ...]
    concept: str
    before: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    proper: bool = False  # written with a capital in the list ("dydd Sul"): capitals don't stop it

    def fits(
        self,
        tokens: list[Token],
        i: int,
        little: frozenset[str] = frozenset(),
        opener: str = "",
        ends: frozenset[str] = frozenset(),
    ) -> bool:
        """LITTLE: the language's function words; a word "!>" names counts past one of them
        ("gwisgo fy sbectol" as "gwisgo sbectol": wearing the glasses, no dressing), a little
        word too unless the one skipped opens a place or time of its own (ENDS: "codi yn y bore"
        is no "codi y"; "chodzę już do kościoła" is "chodzę do"). OPENER: the word opening the
        clause where it is one Polish puts first ("Do kościoła nie chodzę" is "chodzę do
        kościoła": going to church, no walk)."""
        previous = tokens[i - 1].norm if i > 0 else "^"  # "^": the text's start ("Te cyn ...")
        # a word "!<" names counts past one little word too: "mae'r ffôn yn canu" (it rings)
        earlier = tokens[i - 2].norm if previous in little and i > 1 else ""
        end = i + len(self.words)
        following = tokens[end].norm if end < len(tokens) else ""
        past = tokens[end + 1].norm if following in little and end + 1 < len(tokens) else ""
        return (
            (not self.before or previous in self.before)
            and previous not in self.not_before
            and earlier not in self.not_before
            and (not self.after or following in self.after)
            and following not in self.not_after
            and (past not in self.not_after or (past in little and following in ends))
            and opener not in self.not_after
        )


def _term(entry: str, concept: str) -> Term:
    words, *conditions = entry.split()
    phrase = [words]
    rules: dict[str, frozenset[str]] = {}
    names = {"<": "before", "!<": "not_before", ">": "after", "!>": "not_after"}
    for part in conditions:
        sign = next((s for s in ("!<", "!>", "<", ">") if part.startswith(s)), None)
        if sign is None:
            phrase.append(part)
        else:
            rules[names[sign]] = frozenset(w.lower() for w in part[len(sign) :].split("|"))
    proper = any(ch.isupper() for w in phrase for ch in w)
    return Term(tuple(w.lower() for w in phrase), concept, proper=proper, **rules)


@dataclass
class WordList:
    code: str
    terms: dict[tuple[str, ...], list[Term]] = field(default_factory=dict)
    negation: frozenset[str] = frozenset()
    negation_after: bool = False
    negation_first: frozenset[str] = frozenset()  # negatives only at a clause's start (Welsh ni)
    not_negation_before: frozenset[str] = frozenset()  # "nie tylko", "dim ond": not a negative
    taken_by: frozenset[str] = frozenset()  # "ਯਾਦ ਨਹੀਂ" (don't remember): the "not" is theirs
    own: frozenset[str] = frozenset()  # "ڈر نہیں" (not afraid): the fear alone is ruled out
    agent: frozenset[str] = frozenset()  # "ਨੇ", "نے": the thing before it does the deed
    limit: frozenset[str] = frozenset()  # "ਜ਼ਿਆਦਾ", "زیادہ": "not too much" limits, rules out none
    place_after: frozenset[str] = frozenset()  # "ਵਿੱਚ", "میں": a place or time, not the thing
    reach_ends: frozenset[str] = frozenset()  # words that end a negative's reach past a thing
    reach_cause: frozenset[str] = frozenset()  # "od", "przez": since or because, never the thing
    objects: frozenset[str] = frozenset()  # "dim byd", "pethau", "nic": a thing with no picture
    genitive: frozenset[str] = frozenset()  # "drws y gegin": the thing after it is the owner
    without: frozenset[str] = frozenset()  # "without" after a "not": the two cancel
    gave_up: frozenset[str] = frozenset()  # "rzuciłem": a negative that is the speaker's verb
    examples: frozenset[str] = frozenset()  # "such as": examples of a thing ruled out before
    needs_next: dict[str, frozenset[str]] = field(default_factory=dict)  # "'m" only before "yn"
    fronted: frozenset[str] | None = None  # Polish: a thing put before "nie" + my verb (below)
    carry_verbs: frozenset[str] = frozenset()  # "Nie chcę, żeby ...": the "not" carries over
    carry_into: frozenset[str] = frozenset()  # into a clause these open
    than: frozenset[str] = frozenset()  # negatives that say "than" after a comparative (Welsh na)
    comparative: frozenset[str] = frozenset()  # "well", "mwy": a "than" after one rules nothing out
    together: frozenset[str] = frozenset()  # "with": a light doing keeps its picture before it
    rather: frozenset[str] = frozenset()  # "yn hytrach na": a "than" right after these rules out
    clause: frozenset[str] = frozenset()
    function: frozenset[str] = frozenset()
    person_doings: frozenset[str] = frozenset()  # "przynosi": a given name before it is a person
    person_links: frozenset[str] = frozenset()  # "sy'n": may stand between the name and doing
    person_is: frozenset[str] = frozenset()  # "yw": "Haf yw fy merch" says who Haf is
    longest: int = 1
    phrases: dict[tuple[str, ...], list[Term]] = field(default_factory=dict)  # by word lemmas


@cache
def word_list(code: str) -> WordList | None:
    """The language's word list, or None when planbook has none for it."""
    source = resources.files("plugins.symbols").joinpath("data", "words", f"{code}.yml")
    if not source.is_file():
        return None
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    found = WordList(
        code,
        negation=frozenset(str(w).lower() for w in data.get("negation") or ()),
        negation_after=bool(data.get("negation_after")),
        negation_first=frozenset(str(w).lower() for w in data.get("negation_first") or ()),
        not_negation_before=frozenset(
            str(w).lower() for w in data.get("not_negation_before") or ()
        ),
        taken_by=frozenset(str(w).lower() for w in data.get("negation_taken_by") or ()),
        own=frozenset(str(w).lower() for w in data.get("negation_own") or ()),
        agent=frozenset(str(w).lower() for w in data.get("agent") or ()),
        limit=frozenset(str(w).lower() for w in data.get("negation_limit") or ()),
        place_after=frozenset(str(w).lower() for w in data.get("place_after") or ()),
        reach_ends=frozenset(str(w).lower() for w in data.get("negation_reach_ends") or ()),
        reach_cause=frozenset(str(w).lower() for w in data.get("negation_reach_cause") or ()),
        objects=frozenset(str(w).lower() for w in data.get("negation_objects") or ()),
        genitive=frozenset(str(w).lower() for w in data.get("negation_genitive") or ()),
        without=frozenset(str(w).lower() for w in data.get("negation_without") or ()),
        gave_up=frozenset(str(w).lower() for w in data.get("negation_gave_up") or ()),
        examples=frozenset(str(w).lower() for w in data.get("negation_examples") or ()),
        than=frozenset(str(w).lower() for w in data.get("than") or ()),
        person_doings=frozenset(str(w).lower() for w in data.get("person_doings") or ()),
        person_links=frozenset(str(w).lower() for w in data.get("person_links") or ()),
        person_is=frozenset(str(w).lower() for w in data.get("person_is") or ()),
        carry_verbs=frozenset(str(w).lower() for w in data.get("negation_carry_verbs") or ()),
        carry_into=frozenset(str(w).lower() for w in data.get("negation_carry_into") or ()),
        fronted=(
            frozenset(str(w).lower() for w in data["negation_fronted"])
            if data.get("negation_fronted") is not None
            else None
        ),
        needs_next={
            str(w).lower(): frozenset(str(n).lower() for n in after)
            for w, after in (data.get("negation_needs_next") or {}).items()
        },
        comparative=frozenset(str(w).lower() for w in data.get("comparative") or ()),
        rather=frozenset(str(w).lower() for w in data.get("rather") or ()),
        together=frozenset(str(w).lower() for w in data.get("with") or ()),
        clause=frozenset(str(w).lower() for w in data.get("clause") or ()),
        function=frozenset(str(w).lower() for w in data.get("function") or ()),
    )
    concepts = load().concepts
    hand = data.get("concepts") or {}
    cldr = [(c, e, False) for c, e in _cldr_names(code).items()]
    for concept, entries, own_list in (*((c, e, True) for c, e in hand.items()), *cldr):
        if concept not in concepts:
            continue  # a list written for a concept the vocabulary no longer has
        for entry in entries:
            term = _term(str(entry), concept)
            term.proper = term.proper and own_list  # CLDR's capitals are names, not days
            if concept not in hand and term.words in found.terms:
                continue  # a CLDR name never takes a word the hand list gives another concept
            found.terms.setdefault(term.words, []).append(term)
            found.longest = max(found.longest, len(term.words))
    for key, terms in found.terms.items():
        if len(key) > 1:  # "cadair freichiau" is found as "gadair freichiau", "kawa zbożowa" as
            # "kawę zbożową": lemma by lemma
            lemmas = tuple(lemma_table(code).get(w, w) for w in key)
            found.phrases.setdefault(lemmas, []).extend(terms)
    return found


def _cldr_names(code: str) -> dict[str, list[str]]:
    """The CLDR names of OpenMoji's pictures in the language, for concepts the hand list lacks
    (written by scripts/cldr_words.py)."""
    source = resources.files("plugins.symbols").joinpath("data", "words", "cldr", f"{code}.yml")
    if not source.is_file():
        return {}
    return yaml.safe_load(source.read_text(encoding="utf-8")) or {}


@cache
def lemma_table(code: str) -> dict[str, str]:
    """form -> lemma for the forms that lead to a picture (scripts/lemma_tables.py writes it
    from simplemma's dictionary); {} for a language read by exact forms."""
    source = LEMMA_DIR / f"{code}.json"
    if code not in LEMMAS or not source.is_file():
        return {}
    return json.loads(source.read_text(encoding="utf-8"))


def _lemma(word: str, code: str) -> str:
    table = lemma_table(code)
    if word in table or code != "cy":
        return table.get(word, word)
    return _radical(word)


# Welsh mutations, mutated start -> radical starts, longest first: nasal (fy nghath, fy
# mhen-glin, fy nannedd), aspirate (a chanu, ei phen) and soft (ei gath, i'r wely)
MUTATIONS = (
    ("ngh", ("c",)), ("mh", ("p",)), ("nh", ("t",)), ("ng", ("g",)),
    ("ch", ("c",)), ("ph", ("p",)), ("th", ("t",)), ("dd", ("d",)),
    ("m", ("b",)), ("n", ("d",)), ("g", ("c",)), ("b", ("p",)), ("d", ("t",)),
    ("f", ("b", "m")), ("l", ("ll",)), ("r", ("rh",)),
)  # fmt: skip


# everyday Welsh words that only look mutated: "pob math o fwyd" (every kind of food) is no
# bath, "ar fin" (about to) no bin, "ganddo" (he has) no fox
NOT_MUTATED = frozenset(
    ["math", "fin", "marc", "ganddo", "ganddi", "nai", "naid", "nei", "ne", "dde", "leiaf"]
    + ["mwydo", "god", "mad", "fad", "nid", "mai", "dim", "gall", "gan", "bod", "mae"]
)


@cache
def _known_words() -> frozenset[str]:
    """Every word of the Welsh list's entries."""
    words = word_list("cy")
    return frozenset(w for key in (words.terms if words else ()) for w in key)


VOWELS = frozenset("aeiouwyâêîôûŵŷ")


@cache
def _radical(word: str) -> str:
    """A mutated Welsh form simplemma does not know, read as the word of the list it mutates:
    "nghymhorthion" -> cymhorthion, "nglin" -> glin (a word the list has, else the word itself).
    Negatives and function words stay as they are ("ddim", "fy")."""
    words = word_list("cy")
    if words is None or word in words.negation or word in words.function:
        return word
    known = _known_words()
    if word in known or word in NOT_MUTATED:
        return word
    starts = [(m, r) for m, rs in MUTATIONS if word.startswith(m) for r in rs]
    if word[:1] in VOWELS:
        starts.append(("", "g"))  # soft mutation drops a g: "wely" -> gwely
    if word[:1] == "h" and word[1:2] in VOWELS:
        starts.append(("h", ""))  # an h before a vowel after 'm, ei (her), ein, eu: "a'm hwyrion"
    for mutated, radical in starts:
        candidate = radical + word[len(mutated) :]
        lemma = lemma_table("cy").get(candidate, candidate) if mutated else candidate
        if mutated == "h" and lemma[:1] not in VOWELS:
            continue  # an h goes only before a word that starts with a vowel: "hardd" (lovely)
            # is no "ardd" (gardd, the garden, with its g lost)
        if candidate in known or lemma in known:  # a lost g is put back only before a list word:
            return lemma  # "oed" (hyd yn oed: even) is no "goed" (trees)
    return word


def _clauses(text: str, tokens: list[Token], words: WordList) -> list[int]:
    """The clause of each token: a new one at a stop, a comma, a colon or a clause word. Where
    the negative follows the thing (Punjabi, Urdu), a list item of one or two words before a
    comma belongs to what follows it: "ਮੀਟ, ਮੱਛੀ ਤੇ ਆਂਡਾ ਕਦੇ ਨਹੀਂ" rules out the meat too."""
    clause, out, at, comma = 0, [], 0, []
    for token in tokens:
        between = text[at : token.start]
        if any(ch in between for ch in STOPS + ",;:،؛") or token.norm in words.clause:
            clause += 1
        comma.append(between.strip() in (",", "،"))
        out.append(clause)
        at = token.end
    if words.negation_after:
        size = Counter(out)
        for k in range(len(out) - 2, -1, -1):  # from the end, so a list joins up item by item
            item, opens = out[k], tokens[k + 1].norm in words.clause
            if item != out[k + 1] and comma[k + 1] and size[item] <= 2 and not opens:
                for j in range(k, k - size[item], -1):
                    out[j] = out[k + 1]
    return out


def _is_name(
    tokens: list[Token], i: int, text: str, names: frozenset[str], words: WordList, lemmas
) -> bool:
    """A person's own name, or a capitalised word inside a sentence (Latin script only), or a
    given name (grammar.given_name) opening a sentence right before what a person does (the
    list's person_doings, a word or its lemma, or two words: "dod â"), with at most three of the
    list's person_links between: "Róża przynosi mi zakupy" (Róża brings my shopping), "Haf
    sy'n dod â'r siopa" (Haf brings the shopping), "Eira sy'n fy ffonio" (Eira phones me)."""
    token = tokens[i]
    if token.norm in names:
        return True
    if not token.text[:1].isupper():
        return False
    before = text[: token.start].rstrip()
    if bool(before) and before[-1] not in STOPS + ":\"'“‘(–-":
        return True
    if not grammar.given_name(token.norm):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].norm in words.person_is:
        return _family(tokens, i + 2, words, lemmas)  # "Haf yw fy merch": who Haf is
    k = i + 1
    while k < min(len(tokens) - 1, i + 4) and tokens[k].norm in words.person_links:
        k += 1
    if k >= len(tokens):
        return False
    doing = {tokens[k].norm, lemmas[k]}
    if k + 1 < len(tokens):  # "dod â'r siopa": "dod â"
        nxt = tokens[k + 1].norm.split("'")[0]
        doing.add(f"{tokens[k].norm} {nxt}")
    return bool(doing & words.person_doings)


def _family(tokens: list[Token], k: int, words: WordList, lemmas) -> bool:
    """From K, at most two of the list's person_links and then a word the list pictures as one
    of the person's family (a concept named in grammar.FAMILY): "fy merch", "ei ferch", "'n
    chwaer"."""
    end = min(len(tokens) - 1, k + 2)
    while k < end and tokens[k].norm in words.person_links:
        k += 1
    if k >= len(tokens):
        return False
    terms = [*words.terms.get((tokens[k].norm,), ()), *words.terms.get((lemmas[k],), ())]
    return any(term.concept in grammar.FAMILY for term in terms)


def find_all(
    text: str, code: str, names: tuple[str, ...] = (), *, heading: bool = False
) -> list[Match]:
    """Every word of TEXT the language's list pictures, in order; [] for a language without one."""
    words = word_list(code)
    if words is None:
        return []
    concepts = load().concepts
    tokens = tokenise(text)
    own = frozenset(n.lower() for name in names for n in name.split())
    clause = _clauses(text, tokens, words)
    negative = [
        (
            t.norm in words.negation
            or (t.norm in words.negation_first and (k == 0 or clause[k] != clause[k - 1]))
        )
        and not _before_not_negation(tokens, k, words)
        and not (
            k > 0
            and clause[k - 1] == clause[k]
            and tokens[k - 1].norm in words.taken_by | words.limit
        )
        and not (t.norm in words.than and _after_comparative(tokens, clause, k, words))
        and (
            t.norm not in words.needs_next
            or (k + 1 < len(tokens) and tokens[k + 1].norm in words.needs_next[t.norm])
        )
        for k, t in enumerate(tokens)
    ]
    owned = set()  # "ਮੈਂ ਇਕੱਲਾ ਬਾਹਰ ਜਾਣ ਤੋਂ ਨਹੀਂ ਡਰਦਾ" (I'm not afraid to go out alone): a word of
    # the list's "own" right beside a negative takes its "not" for itself; going out stays
    for k in range(len(tokens)):
        beside = [j for j in (k - 1, k + 1) if 0 <= j < len(tokens) and clause[j] == clause[k]]
        mine = [j for j in beside if tokens[j].norm in words.own]
        if negative[k] and mine:
            negative[k] = False
            owned.update(mine)
    for k in range(1, len(tokens)):  # "Nie rzuciłem palenia": not given up, the habit goes on
        if tokens[k].norm in words.gave_up and negative[k - 1] and clause[k - 1] == clause[k]:
            negative[k - 1] = negative[k] = False
    carried = _carry(tokens, clause, negative, words) if words.carry_verbs else set()
    lemmas = [_lemma(t.norm, code) for t in tokens]
    first: dict[int, str] = {}  # each clause's first word
    for k, t in enumerate(tokens):
        first.setdefault(clause[k], t.norm)
    fronted = words.fronted or frozenset()
    opens = [first[c] if first[c] in fronted else "" for c in clause]  # "Do kościoła ..."
    found: list[Match] = []
    reach = _Reach(tokens, clause, negative, words, carried) if words.reach_ends else None
    needed, examples = _needed_and_examples(tokens, clause, negative, words)
    i = 0
    while i < len(tokens):
        match = None
        for size in range(min(words.longest, len(tokens) - i), 0, -1):
            span = range(i, i + size)
            if not heading and any(tokens[k].norm in own for k in span):
                continue
            capitals = not heading and any(
                _is_name(tokens, k, text, own, words, lemmas) for k in span
            )
            if size == 1 and tokens[i].norm in words.function:
                continue
            norms, lemma_key = tuple(tokens[k].norm for k in span), tuple(lemmas[k] for k in span)
            for key, table in (
                (norms, words.terms),
                (lemma_key, words.terms),
                (lemma_key, words.phrases),
            ):
                term = next(
                    (
                        t
                        for t in table.get(key, ())
                        if t.fits(tokens, i, words.function, opens[i], words.reach_ends)
                        and (t.proper or not capitals)
                    ),
                    None,
                )
                if term is not None:
                    match = (term, size)
                    break
            if match:
                break
        if match is None:
            i += 1
            continue
        term, size = match
        first, last = tokens[i], tokens[i + size - 1]
        if reach is not None:
            negated = reach.negated(tokens, i, i + size)
        else:
            negated = _negated(i, i + size, clause, negative, words.negation_after)
            negated = (negated and clause[i] not in needed) or clause[i] in examples
        negated = negated or any(k in owned for k in range(i, i + size))
        found.append(
            Match(
                text[first.start : last.end],
                concepts[term.concept],
                first.start,
                last.end,
                negated,
                rule=f"{code} word list",
            )  # fmt: skip
        )
        i += size
    if words.fronted is not None:
        _fronted(found, tokens, clause, negative, words)
    found = _answered_never(found, text, tokens, words)
    found = _named_again(found, text, words)
    if words.negation_after:
        return _settings_and_doers(found, tokens, clause, negative, words)
    return _give_way(found, tokens, clause, words)


def _settings_and_doers(
    found: list[Match], tokens: list[Token], clause: list[int], negative: list[bool], words
) -> list[Match]:
    """Where the negative follows the things (Punjabi, Urdu), it rules out the thing done, not
    who does it, where or when: the doer marked by "ਨੇ"/"نے" ("ਨਰਸ ਨੇ ਟੀਕਾ ਨਹੀਂ ਲਾਇਆ": the
    nurse stays), nor a place or time before another thing ("ਚਾਹ ਵਿੱਚ ਖੰਡ ਨਾ ਪਾਓ": the tea
    stays; "رات کو چائے نہیں پیتی": the night stays). Alone before the negative, the place is
    the thing ruled out ("ਟੱਬ ਵਿੱਚ ਨਾ ਬਿਠਾਓ"). "Not too much" limits the thing, as "not too
    loud" does ("ਜ਼ਿਆਦਾ ਲੂਣ ਨਾ ਪਾਓ": the salt is still had)."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    out = []
    for m in found:
        first, last = starts[m.start], ends[m.end]
        here = clause[first]
        later = [j for j in range(last + 1, len(tokens)) if clause[j] == here and negative[j]]
        if (
            not m.negated
            or not later
            or any(negative[j] and clause[j] == here for j in range(first))
        ):
            out.append(m)
            continue
        after = tokens[last + 1].norm if last + 1 < len(tokens) else ""
        doer = after in words.agent and last + 2 < len(tokens) and clause[last + 2] == here
        limited = first > 0 and tokens[first - 1].norm in words.limit  # "زیادہ چائے نہ"
        things = [
            n
            for n in found
            if starts[n.start] > last + (after in words.place_after)
            and starts[n.start] < later[0]
            and clause[starts[n.start]] == here
            and n.concept.weight >= 2
        ]
        setting = bool(things) and (after in words.place_after or m.concept.weight < 2)
        out.append(replace(m, negated=False) if doer or setting or limited else m)
    return out


def _answered_never(
    found: list[Match], text: str, tokens: list[Token], words: WordList
) -> list[Match]:
    """A question answered by a sentence that is only a negative ("Te cyn cysgu? Byth.": tea
    before sleep? never) rules out what it asks about: its first thing, and the things after
    it up to a place or time word of the list's (the sleep stays). A longer answer ("Te? Dim
    ond gyda llaeth") is read as its own clauses."""
    out = list(found)
    for k, token in enumerate(tokens):
        if token.norm not in words.negation or k == 0:
            continue
        asked = text[tokens[k - 1].end : token.start]
        answer_end = tokens[k + 1].start if k + 1 < len(tokens) else len(text)
        if "?" not in asked or not (
            any(ch in text[token.end : answer_end] for ch in STOPS) or k + 1 == len(tokens)
        ):
            continue
        mark = tokens[k - 1].end + asked.index("?")
        opening = max((at for at in range(mark) if text[at] in STOPS), default=-1)
        question = [n for n, m in enumerate(out) if opening < m.start < mark]
        for n in question:
            gap = text[out[n - 1].end : out[n].end] if n != question[0] else ""
            if any(w in words.reach_ends for w in gap.lower().split()):
                break  # a place or time ("cyn cysgu", "wieczorem") is not what is asked about
            out[n] = replace(out[n], negated=True)
    return out


def _named_again(found: list[Match], text: str, words: WordList) -> list[Match]:
    """A thing ruled out and named again at once in its clause is still ruled out: "Nie chcę
    kąpieli w wannie" (no bath in the tub), where the place word would end the reach. Not after
    a sense ruled out ("Nie słyszę na lewe ucho": the hearing, not the ear)."""
    out = list(found)
    for n in range(1, len(out)):
        before, this = out[n - 1], out[n]
        between = text[before.end : this.start]
        if (
            before.negated
            and not this.negated
            and this.concept.id == before.concept.id
            and before.term.lower() not in words.reach_ends
            and not any(ch in between for ch in STOPS + ",;:")
            and all(
                w in words.function and w not in words.not_negation_before  # "tylko": only
                for w in between.lower().split()
            )
        ):  # only a place word between: not "Dw i ddim eisiau ci ond ci bach" (but a puppy)
            out[n] = replace(this, negated=True)
    return out


def _carry(tokens: list[Token], clause: list[int], negative: list[bool], words) -> set[int]:
    """A clause that only says "I don't want" or "I don't like" hands its "not" to the clause it
    introduces: "Nie chcę, żeby ktoś mył mnie pod prysznicem" rules out the washing, "Nie lubię,
    jak ktoś mył mnie" the washing. NEGATIVE is changed in place: the opening word says not (the
    words returned), and its reach stops at the first place or time word, as the thing ruled out
    comes first there: "Nie lubię, jak ktoś przestawia rzeczy w kuchni" keeps the kitchen."""
    carried = set()
    for k in range(len(tokens) - 2):
        if not negative[k] or tokens[k + 1].norm not in words.carry_verbs:
            continue
        rest = [j for j in range(k + 2, len(tokens)) if clause[j] == clause[k]]
        if any(tokens[j].norm not in words.function for j in rest):
            continue
        after = (rest[-1] if rest else k + 1) + 1
        if after >= len(tokens) or tokens[after].norm not in words.carry_into:
            continue
        subject = tokens[after + 1].norm if after + 1 < len(tokens) else ""
        if (subject,) in words.terms and _lemma(subject, words.code) == subject:
            after += 1  # "żeby córka płaciła rachunki": the daughter does it, is not ruled out
        negative[after] = True
        carried.add(after)
    return carried


def _fronted(
    found: list[Match], tokens: list[Token], clause: list[int], negative: list[bool], words
) -> None:  # found is changed in place
    """Polish puts the thing first to stress it: "Wody gazowanej nie piję", "Do kościoła nie
    chodzę", "Ja mięska nie jem". Where the words after "not" are the speaker's own verb (first
    person: -ę, -m), the thing just before the "not" at the start of its clause is what is ruled
    out; the speaker is the subject, so it cannot be. Not a time or place before it ("W nocy nie
    śpię", "Rano nie piję"), and not a verb that is itself the thing ("Herbaty nie słodzę": the
    tea stays). A negative that is itself the speaker's verb ("gave up") does the same: "Fajkę
    rzuciłem" rules out the pipe."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    for k, token in enumerate(tokens):
        own = token.norm in words.gave_up  # "Fajkę rzuciłem": the negative is the verb
        if not negative[k] or token.norm in words.without or (k + 1 >= len(tokens) and not own):
            continue
        verb = token if own else tokens[k + 1]
        if not own and (clause[k + 1] != clause[k] or not verb.norm.endswith(("ę", "m"))):
            continue
        if verb.norm in words.reach_ends or any(
            negative[j] and clause[j] == clause[k] for j in range(k)
        ):
            continue
        before = [m for m in found if m.end <= token.start and clause[ends[m.end]] == clause[k]]
        if not before:
            continue
        v = k if own else k + 1  # the verb's own thing right after it is what is ruled out, and
        after = [starts[m.start] for m in found if m.start >= verb.end]  # the thing put first
        if (
            after
            and clause[after[0]] == clause[k]
            and after[0] - v <= 2
            and all(tokens[j].norm not in words.reach_ends for j in range(v + 1, after[0]))
        ):
            continue  # is its setting: "Do kawy nie dodaję cukru" (the coffee stays)
        thing = before[-1]
        first, last = starts[thing.start], ends[thing.end]
        if any(tokens[j].norm in words.reach_ends for j in range(first, last + 1)):
            continue  # a time: "Rano nie piję kawy"
        between = range(last + 1, k)
        if len(between) > 1 or any(m.end <= token.start and m.start > thing.end for m in found):
            continue
        lead = [j for j in range(first) if clause[j] == clause[k]]
        if all(
            tokens[j].norm in words.fronted
            or (tokens[j].norm in words.function and tokens[j].norm not in words.reach_ends)
            for j in lead
        ):
            found[found.index(thing)] = replace(thing, negated=True)


def _before_not_negation(tokens: list[Token], k: int, words: WordList) -> bool:
    """True when the negative at K stands right before a word that takes its "not" away ("dim
    ond te": only tea), or past up to three little words or other negatives: "byth yn colli'r
    capel" (never misses chapel), "sa i byth yn colli oedfa" (I never miss a service)."""
    for j in range(k + 1, min(k + 5, len(tokens))):
        if tokens[j].norm in words.not_negation_before:
            return True
        if tokens[j].norm not in words.function and tokens[j].norm not in words.negation:
            return False
    return False


def _after_comparative(tokens: list[Token], clause: list[int], k: int, words: WordList) -> bool:
    """A "than" word after a comparative in its clause: "Mae'n well gen i de na choffi" (I prefer
    tea to coffee) rules the coffee out no more than English "than" does; "yn hytrach na"
    (rather than) still does."""
    if k > 0 and tokens[k - 1].norm in words.rather:
        return False
    return any(tokens[j].norm in words.comparative and clause[j] == clause[k] for j in range(k))


def _give_way(
    found: list[Match], tokens: list[Token], clause: list[int], words: WordList
) -> list[Match]:
    """An action whose picture says little (its weight as an action below 2: eating, drinking,
    reading) gives way to the thing it is done to, next after it in its clause, as in English:
    "Nie jem ryby" shows the fish, "Dw i'n yfed te" the tea. (The Punjabi and Urdu lists say
    this word by word: "ਪੀਣਾ !<ਚਾਹ", the thing standing before the doing there.) A thing after a
    "with" word (the list's "with") is who or what it is done with, not to: "Słuchamy z
    wnukiem" keeps the listening, "Herbatę piję z cytryną" the drinking."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}

    def light(m: Match) -> bool:  # an action (the concept's weight as one is set) of little weight
        return m.concept.action_weight is not None and m.concept.action_weight < 2

    out = []
    for n, m in enumerate(found):
        thing = found[n + 1] if n + 1 < len(found) else None
        if light(m) and thing is not None and thing.concept.weight >= 2:
            end, start = ends[m.end], starts[thing.start]
            between = range(end + 1, start)
            if (
                start - end <= 2
                and clause[end] == clause[start]  # "jem ryby", "jem dużo ryb"
                and not any(tokens[j].norm in words.together for j in between)
            ):
                continue
        out.append(m)
    return out


def _needed_and_examples(
    tokens: list[Token], clause: list[int], negative: list[bool], words: WordList
) -> tuple[set[int], set[int]]:
    """The clauses where a "without" and another "not" say the thing is needed ("ਮੈਂ ਸੋਟੀ ਤੋਂ
    ਬਿਨਾਂ ਬਾਹਰ ਨਹੀਂ ਜਾਂਦਾ": I don't go out without my stick), and the clauses that give examples
    of a thing ruled out just before ("نمک والی چیزیں مت کھاؤ، جیسے اچار اور پاپڑ": the pickle
    too)."""
    needed = {
        clause[k]
        for k, t in enumerate(tokens)
        if negative[k]
        and t.norm in words.without
        and any(
            negative[j] and clause[j] == clause[k] and tokens[j].norm not in words.without
            for j in range(len(tokens))
        )
    }
    examples = {
        clause[k]
        for k, t in enumerate(tokens)
        if t.norm in words.examples
        and k > 0
        and clause[k - 1] != clause[k]  # it opens its clause; the one before says "not"
        and any(negative[j] and clause[j] == clause[k - 1] for j in range(k))
        and clause[k - 1] not in needed
    }
    return needed, examples


def _negated(start: int, end: int, clause: list[int], negative: list[bool], after: bool) -> bool:
    """True when a negative word stands in the thing's clause: before it, or (Urdu, Punjabi)
    after it."""
    here = clause[start]
    before = any(negative[k] and clause[k] == here for k in range(0, start))
    later = any(negative[k] and clause[k] == here for k in range(end, len(clause)))
    return before or (after and later)


class _Reach:
    """A negative's reach where the list names the words that end it: from the negative, the
    first thing is ruled out and so is each thing after it until one of those words (or the
    clause) ends the reach. "Proszę nie zamykać drzwi do mojego pokoju": the door, not the room;
    "Nie jem mięsa w piątek": the meat (and the eating), not Friday. The first thing may stand
    after such a word ("Nie chcę iść do szpitala": the hospital)."""

    def __init__(
        self,
        tokens: list[Token],
        clause: list[int],
        negative: list[bool],
        words,
        carried: set[int] = frozenset(),
    ):
        self.clause, self.negative, self.ends = clause, negative, words.reach_ends
        self.cause = words.reach_cause
        self.objects, self.genitive = words.objects, words.genitive
        self.gave_up, self.given = words.gave_up, -1  # where a "gave up" verb opened the reach
        self.carried, self.strict = carried, False  # a carried "not" reaches no further place
        self.at = 0  # the next token to read
        self.active = self.reached = False
        # "not ... without" says the thing is needed: "Nie mogę chodzić bez balkonika" (I can't
        # walk without my frame), "Peidiwch â mynd allan heb gôt": nothing in it is ruled out
        self.cancelled, seen = set(), set()
        for k, token in enumerate(tokens):
            if negative[k] and token.norm in words.without and clause[k] in seen:
                self.cancelled.add(clause[k])
            elif negative[k]:
                seen.add(clause[k])
        # "without" before a "not" in its clause: "Bez aparatu nic nie słyszę" (without the aid I
        # hear nothing) needs the aid; the "not" still rules out the hearing
        self.needed = {
            k
            for k, token in enumerate(tokens)
            if negative[k]
            and token.norm in words.without
            and any(
                negative[j] and clause[j] == clause[k] and tokens[j].norm not in words.without
                for j in range(k + 1, len(tokens))
            )
        }
        # and the "not" after it refuses not the verb right after it: "Bez telefonu nie wychodzę"
        # (I never go out without my phone) keeps the going out; "Bez okularów nie mogę czytać"
        # (can't read) still rules out the reading, "nic nie słyszę" the hearing (a sense)
        self.kept = {
            j + 1
            for k in self.needed
            for j in range(k + 1, len(tokens))
            if negative[j] and clause[j] == clause[k] and tokens[j].norm not in words.without
        }

    def negated(self, tokens: list[Token], start: int, end: int) -> bool:
        for k in range(self.at, start):
            if k > 0 and self.clause[k] != self.clause[k - 1]:
                self.active = False
            if k in self.needed:
                self.active = False
            elif self.negative[k]:
                self.active, self.reached, self.strict = True, False, k in self.carried
                self.given = k if tokens[k].norm in self.gave_up else -1
            elif (self.reached or self.strict) and tokens[k].norm in self.ends:
                self.active = False
            elif tokens[k].norm in self.cause:  # "Ręka nie działa od udaru": since the stroke,
                self.active = False  # which the "not" does not rule out
            elif self.active and tokens[k].norm in self.objects:
                self.reached = True  # "Peidiwch â symud pethau yn y gegin": the things
            elif (
                self.reached and k == self.at and k + 1 == start and tokens[k].norm in self.genitive
            ):
                self.active = False  # "drws y gegin" (the kitchen's door): the door only
        if start > 0 and self.clause[start] != self.clause[start - 1]:
            self.active = False
        if self.reached and tokens[start].norm in self.ends:  # a time after the thing: "rano"
            self.active = False
        if self.given >= 0 and not self.reached and start != self.given + 1:
            self.active = False  # "gave up" is "threw" but right before the habit: "Rzuciłem
            # palenie" rules out the smoking, "Rzuciłem piłkę psu" (threw the dog a ball) nothing
        self.at = end
        # a sense word is itself ruled out even where a "without" says the thing is needed:
        # "Dw i'm yn clywed y ffôn heb fy nghymorth clyw" (the hearing, not the aid)
        sense = end - start == 1 and tokens[start].norm in self.ends  # a sense word alone:
        # not "heb fy nheclyn clywed", "bez kropli do oczu" (a thing with a place word in it)
        negated = self.active and (self.clause[start] not in self.cancelled or sense)
        negated = negated and (start not in self.kept or sense)
        if self.active:
            self.reached = True
            # a listed word that is itself the thing ends the reach after it: "Nie słodzę
            # herbaty" rules out the sugar, and the tea is still drunk
            self.active = not any(tokens[k].norm in self.ends for k in range(start, end))
        return negated
