"""The care vocabulary: concepts, their pictures, and every word form that means them.

Read once from data/vocabulary.yml (see the comment at its top for the format) into an index
from word forms to candidate senses, so matching a page is a dictionary look-up per word.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import yaml

from ..plan.build import default_cache_dir
from . import grammar
from .grammar import inflections
from .negation_words import SAYS_NOT
from .words import ARTICLES, FUNCTION_WORDS, MACROS, normalise, norms, plural, verb_forms

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Concept:
    id: str
    symbol: str  # reference in vocabulary.yml, e.g. "openmoji:teapot"
    file: str  # the SVG under data/, e.g. "openmoji/1FAD6.svg"
    alt: str
    words: frozenset[str]  # every listed form, normalised, for "does the word say the same?"
    proper: bool = False
    weight: int = 2  # 0 vague, 1 background, 2 a thing, place, role or action (salience.py)
    action_weight: int | None = None  # its weight where the word is an action ("help me": 0)
    person: bool = False  # it happens to a person: none where a thing does it ("the tea went cold")
    # its words that are the name of a shop, paper, programme, venue, club, team or race ("Co-op",
    # "Coronation Street"): written with a capital, a name with no picture (matcher._a_name)
    names: frozenset[str] = frozenset()

    @property
    def says_no(self) -> bool:
        """The picture already says "no" (no-smoking, no-alcohol): "I quit smoking" is that
        picture as it is, never with a second "not" across it."""
        return self.id.startswith("no-")

    @property
    def never_crossed(self) -> bool:
        """The picture only says where something is (the left and right arrows): "I've no
        feeling down my right side" refuses the feeling, never the side, so no "not" across it."""
        return self.id in WHERE_ONLY

    @property
    def site_path(self) -> str:
        """Where the SVG is written in a person's site (relative to the site root)."""
        return f"assets/symbols/{self.file}"

    @property
    def not_site_path(self) -> str:
        """The same picture under a red "not" cross (plugins/symbols/notmark.py)."""
        return f"assets/symbols/not/{self.file}"

    @property
    def source(self) -> Path:
        return DATA / self.file


@dataclass(frozen=True)
class Sense:
    """One way a run of words can mean a concept, with the words allowed around it."""

    concept: Concept
    words: tuple[str, ...]
    listed: bool  # written in the vocabulary (True) or a made word form (False)
    prev: frozenset[str] | None = None
    not_prev: frozenset[str] = frozenset()
    next: frozenset[str] | None = None
    not_next: frozenset[str] = frozenset()
    near: frozenset[str] | None = None  # one of the two words before ("use my tablet")
    not_near: frozenset[str] = frozenset()
    # the next word that is not a function word, at most three words on in the clause ("sit on
    # the beach": beach)
    ahead: frozenset[str] | None = None
    not_ahead: frozenset[str] = frozenset()
    pos: str | None = None  # n, v or a: the part of speech the word must have here
    caps: bool = False  # written in capitals, as an abbreviation ("SALT" is speech therapy)
    # written with a capital first letter, as a people's name is ("I'm a Traveller"; "a traveller
    # on the train" is a passenger: code review 61c item 3)
    capital: bool = False
    # the doer must be a person, as for a concept's "doer: person", for this sense only ("the box
    # sits by the door" is no chair, "my chair" still is)
    person: bool = False
    # the doer must be named as a person, I, she, Mum, before the words of being and of how
    # often or how much ("I'm always so parched"; none in "the pasture was always so parched")
    who: bool = False
    within: frozenset[str] | None = None  # a word of the sentence must be one of these (lemmas)
    not_within: frozenset[str] = frozenset()  # no word of the sentence may be one of these
    # a word of its own clause before it must be one of these ("~~dog": "the dog gets his food",
    # not "after I walk the dog, my husband has his food"); never read from sentences before
    within_clause: frozenset[str] | None = None
    # a kind the vocabulary does not list, pictured as its category ("guppy": fish), from
    # data/categories.tsv
    kind: bool = False

    def fits_sentence(
        self, lemmas: frozenset[str], guess: str | None, concepts: frozenset[str] | None = None
    ) -> bool:
        """The conditions that look at the whole sentence: its words and this word's role.
        CONCEPTS: "@" and the ids of the concepts the sentence's other words were given on a
        first reading ("@sugar" for "sugar in my tea", not for "my sugar runs high"), or None
        on that first reading, when "~@x" is not yet met and "!~@x" not yet broken."""
        if self.pos is not None and guess is not None and guess != self.pos:
            return False
        said = lemmas | concepts if concepts else lemmas
        if self.within is not None and not (self.within & said):
            return False
        return not (self.not_within & said)

    @cached_property
    def asks_concepts(self) -> bool:
        """The sense names a concept of another word ("!~@sugar"): matched on a second reading."""
        words = (self.within or frozenset()) | self.not_within
        return any(word.startswith(CONCEPT) for word in words)

    @property
    def specificity(self) -> int:
        """0 when the sense asks for its sentence (~words, a part of speech, capitals) or for a
        word further on (>>words), else 1.

        Those senses are tried first: "my tea in the evening" is the meal only because the
        sentence says evening, "sugar in my blood" blood sugar only because blood comes next.
        Otherwise the vocabulary's order decides, first listed first.
        """
        asks = self.within is not None or self.ahead is not None or self.within_clause is not None
        return 0 if asks or self.pos is not None or self.caps or self.capital else 1

    @property
    def plain(self) -> bool:
        """True when nothing around the word is asked for: a sense that always fits."""
        return (
            self.prev is None
            and self.next is None
            and self.near is None
            and self.ahead is None
            and self.pos is None
            and not self.caps
            and not self.capital
            and not self.who
            and self.within is None
            and not (
                self.not_prev or self.not_next or self.not_near or self.not_ahead or self.not_within
            )
        )

    @property
    def thing(self) -> bool:
        """The sense asks for "a", "the" or "my" before it (<DET): it names a thing, so the
        thing with no determiner at all fits it too ("no men", "without sauce")."""
        return self.prev is not None and self.prev >= ARTICLES

    def fits(
        self,
        before: str | None,
        after: str | None,
        before2: str | None = None,
        described: str | None = None,
        bare: bool = False,
        after_thing: bool = False,
        after_person: bool = False,
        before_thing: bool = False,
        ahead: str | None = None,
        after_word: bool = False,
        opens: bool = False,
        broken: bool = False,
        recipient: bool = False,
    ) -> bool:
        """DESCRIBED is the word before the describing words in front of this one: "the
        little train", "my blue bowl" fit "<DET" as "the train" and "my bowl" do. BARE: the
        word is a thing standing with no determiner ("no men", "weak squash"). AFTER_THING:
        the word after is one the vocabulary pictures ("Jewish cemetery"), for "!>THING".
        AFTER_PERSON: the words after name a person ("grill the carers"), for "!>PERSON".
        BEFORE_THING: the word before is one the vocabulary pictures ("my cold passed"), for
        "!<THING". RECIPIENT: the word two before is a person given the thing ("get Walter his
        tea", "feed her her tea"), for "<<RECIPIENT". AHEAD: the next word after it that is not
        a function word, at most three words on and not past a break ("beach" in "sit on the
        beach"), for ">>" and "!>>".
        AFTER_WORD: the word right after, not past a break, is a word of its own (no function
        word, no -ly word), for "!>WORD": "a wee bet" goes on, "a wee in the night" stops.
        OPENS: the word opens its sentence or comes right after a note's label, for "<START":
        "Cat: Tibbles. Biscuits morning and night" (the label decides the sense). BROKEN: a
        break (a comma, a stop) comes right after the word, so no "!>" word goes on with it:
        "!>and" keeps "tea and biscuits" off the meal, not "breakfast and tea, and sugar"."""
        if (
            self.prev is not None
            and before not in self.prev
            and described not in self.prev
            and not (bare and self.thing)
            and not (opens and START in self.prev)
        ):
            return False
        if before in self.not_prev or (before_thing and THING in self.not_prev):
            return False
        if (
            self.near is not None
            and before not in self.near
            and before2 not in self.near
            and not (recipient and RECIPIENT in self.near)
        ):
            return False
        if before in self.not_near or before2 in self.not_near:
            return False
        if (
            self.next is not None
            and after not in self.next
            and not (END in self.next and (after is None or broken))
        ):
            return False
        if after_thing and THING in self.not_next:
            return False
        if after_person and PERSON in self.not_next:
            return False
        if after_word and WORD in self.not_next:
            return False
        if self.ahead is not None and ahead not in self.ahead:
            return False
        if ahead in self.not_ahead:
            return False
        return broken or after not in self.not_next


@dataclass
class Vocabulary:
    concepts: dict[str, Concept]
    senses: dict[tuple[str, ...], list[Sense]] = field(default_factory=dict)
    longest: int = 1
    no_picture: frozenset[tuple[str, ...]] = frozenset()  # idioms whose words mean no thing
    # the words one of them must follow, just before it ("<") or one word further ("<<":
    # "head off <<laughed|sang"): "lift his head off the pillow" is no idiom
    idiom_after: dict[tuple[str, ...], tuple[frozenset[str], int]] = field(default_factory=dict)
    # the words that may not come right after one ("!>": "there is a pain in my chest" is a
    # pain, "the time difference is a pain" none)
    idiom_not_before: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # the words it may not follow, one or two before it ("!<<": "too much on my plate")
    idiom_not_after: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # the first words of senses that name another word's concept ("tea ... !~@sugar"): a text
    # with one of them is read twice (matcher.find_all)
    asks_concepts: frozenset[str] = frozenset()

    def lookup(self, words: tuple[str, ...]) -> list[Sense]:
        return self.senses.get(words, [])


# the concepts whose picture only says where something is, never crossed out (code review 57c)
WHERE_ONLY = frozenset(["left-r389", "right-r389"])

# "!>THING": not before a word that has its own picture ("Jewish cemetery" shows the cemetery);
# "!<THING" not after one ("my cold passed" is no death, "my Ruth passed" is)
THING = "<thing>"
# "!>PERSON": not before a person ("grill the carers" is asking questions, not cooking)
PERSON = "<person>"
# "!>WORD": not before a word of its own that goes on with the phrase: "wee <a !>WORD" is the
# toilet in "a wee in the night" or "after a wee, so", none in "a wee bet", "a wee Paris bun"
WORD = "<word>"
# "<START": the word opens its sentence, or comes right after a note's label ("Cat: biscuits"),
# where no word before it says which sense it has and the label or the sentence before may
START = "<start>"
# ">END": the word ends its clause (a stop or a comma right after it): "haven't been >END|for"
# is the bowels in "I haven't been, so ring the nurse", none in "I haven't been myself"
END = "<end>"
# "<<RECIPIENT": the word two before is a person given the thing, "him", "her", "them", "me",
# "us" or a given name written with a capital: "tea <his|her <<RECIPIENT" is a meal in "get
# Walter his tea", "feed her her tea", none in "the carer makes her tea" (code review 61d)
RECIPIENT = "<recipient>"
# "~UNSEEN": the sentence says what is seen is not there, or that nobody else sees it ("that
# aren't there", "who isn't really there", "nobody else sees"; matcher._sentences), not just a
# not anywhere ("they aren't friends any more": code review 61a item 5)
UNSEEN = "<unseen>"
# "!~STAFF_AWAY": the sentence gives as a reason that the staff are away ("because the nurses are
# off sick", "cos the staff are on strike"; matcher._says_staff_away), not just a "sick" anywhere
# ("since I was off sick", "I'm sick of being on my own": code review 61a item 6)
STAFF_AWAY = "<staff-away>"
SPECIAL = {
    "STAFF_AWAY": STAFF_AWAY,
    "THING": THING,
    "PERSON": PERSON,
    "WORD": WORD,
    "START": START,
    "END": END,
    "RECIPIENT": RECIPIENT,
    "UNSEEN": UNSEEN,
}
# the lists that read each of them (Sense.fits); anywhere else one would never match, so the
# loader turns it down ("!<<THING" did nothing in died-r228, code review 60d item 2)
SPECIAL_READ = {
    THING: frozenset({"not_prev", "not_next"}),
    PERSON: frozenset({"not_next"}),
    WORD: frozenset({"not_next"}),
    START: frozenset({"prev"}),
    END: frozenset({"next"}),
    RECIPIENT: frozenset({"near"}),
    UNSEEN: frozenset({"within"}),
    STAFF_AWAY: frozenset({"not_within"}),
}
# "~@sugar", "!~@sugar": a word of the sentence the matcher pictures as the concept sugar (the
# drink's sugar in "sugar in my tea"; "my sugar runs high" is the diabetes picture)
CONCEPT = "@"


# the named lists a ~, <, > list may use: DET and FEEL (words.py) and NOT, the words that say
# no, not or never (negation_words.py), kept in one place with the negation rules that use them
NAMED_LISTS = MACROS | {"NOT": SAYS_NOT}


def _word_set(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for word in spec.split("|"):
        if word.startswith(CONCEPT):
            out.add(word)  # a concept id, kept as written
            continue
        out |= {SPECIAL[word]} if word in SPECIAL else NAMED_LISTS.get(word, {normalise(word)})
    return frozenset(out)


@cache
def parse_term(term: str) -> tuple[tuple[str, ...], dict[str, frozenset[str]]]:
    """'ring <DET|wedding !>of' -> (('ring',), {'prev': {...}, 'not_next': {'of'}})."""
    words: list[str] = []
    conditions: dict[str, frozenset[str]] = {}
    names = {
        "<<": "near",
        "!<<": "not_near",
        ">>": "ahead",
        "!>>": "not_ahead",
        "<": "prev",
        "!<": "not_prev",
        ">": "next",
        "!>": "not_next",
        "~": "within",
        "!~": "not_within",
        "~~": "within_clause",
    }
    for part in str(term).split():
        if part in (":n", ":v", ":a"):
            conditions["pos"] = part[1]  # type: ignore[assignment]
            continue
        if part == ":caps":
            conditions["caps"] = True  # type: ignore[assignment]
            continue
        if part == ":cap":
            conditions["capital"] = True  # type: ignore[assignment]
            continue
        if part == ":person":
            conditions["person"] = True  # type: ignore[assignment]
            continue
        if part == ":who":
            conditions["who"] = True  # type: ignore[assignment]
            continue
        for mark in ("!<<", "<<", "!>>", ">>", "!<", "!>", "!~", "~~", "<", ">", "~"):
            if part.startswith(mark):
                if names[mark] in conditions:  # a second list would silently replace the first
                    raise ValueError(f"vocabulary.yml: {term!r}: two {mark!r} lists in one term")
                conditions[names[mark]] = _word_set(part[len(mark) :])
                wrong = sorted(
                    name
                    for name, token in SPECIAL.items()
                    if token in conditions[names[mark]] and names[mark] not in SPECIAL_READ[token]
                )
                if wrong:  # "!<<THING" would never match (code review 60d item 2)
                    raise ValueError(f"vocabulary.yml: {term!r}: {mark!r} cannot read {wrong}")
                break
        else:
            if conditions:  # "watch !>out|my step|it": a space inside a list of conditions
                raise ValueError(f"vocabulary.yml: {term!r}: the word {part!r} after a condition")
            words.extend(norms(part))
    return tuple(words), conditions


# the lists of a concept's terms; "names" are matched as written, like "fixed"
KINDS = ("words", "verbs", "fixed", "names")


def _forms(words: tuple[str, ...], kind: str) -> set[tuple[str, ...]]:
    """The phrase itself plus its plural (nouns) or its verb forms (verbs), irregular ones too."""
    if kind == "words" and words[-1] not in FUNCTION_WORDS and "-" not in words[-1]:
        last = {plural(words[-1])} | inflections(words[-1], "NOUN")
        return {words} | {words[:-1] + (form,) for form in last}
    if kind == "words":
        return {words, words[:-1] + (plural(words[-1]),)}
    if kind == "verbs":
        return {
            (form,) + words[1:] for form in verb_forms(words[0]) | inflections(words[0], "VERB")
        }
    return {words}


def _first_words(entry: dict) -> str:
    """The first word or phrase listed: what the picture shows, when no alt is written."""
    for kind in KINDS:
        for term in entry.get(kind, []):
            words = parse_term(term)[0]
            if words:
                return " ".join(words)
    return ""


def _all_words(entry: dict) -> frozenset[str]:
    """Every listed word and phrase of a concept, normalised."""
    listed = [parse_term(t)[0] for kind in KINDS for t in entry.get(kind, [])]
    return frozenset(" ".join(w) for w in listed)


def _unique_keys(node: yaml.Node, where: str = "") -> None:
    """Refuse a key given twice in one mapping, naming it and both lines.

    YAML lets a second key silently replace the first, so a concept id written twice in
    vocabulary.yml would lose the first entry's words and picture with no word said.
    """
    if isinstance(node, yaml.MappingNode):
        first: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                line = key.start_mark.line + 1
                if key.value in first:
                    what = "the concept id" if where == "concepts" else "the key"
                    raise ValueError(
                        f"vocabulary.yml line {line}: {what} {key.value!r} is given twice "
                        f"(first on line {first[key.value]}); YAML would keep only the second"
                    )
                first[key.value] = line
            _unique_keys(value, key.value if isinstance(key, yaml.ScalarNode) else "")
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _unique_keys(item)


def read_document(text: str) -> dict:
    """The parsed vocabulary.yml TEXT, refused where a concept id (or any key) is given twice."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml: ten times faster
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        _unique_keys(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


@cache
def load() -> Vocabulary:
    """The shipped vocabulary (read once per process)."""
    return read_or_parse()


def read_or_parse() -> Vocabulary:
    """The vocabulary from the user's cache folder, where the same files were parsed there
    before by the same code; else parsed afresh, and kept there for the next process. The cache
    only saves time (about a second a process): it never changes a picture.

    Its objects (some 100,000, alive as long as the process) are built with the garbage
    collector paused and then frozen out of its reach (gc.freeze): collecting while they grow,
    and walking them again at every later full collection, only costs time."""
    key = cache_key()
    path = cache_path(key)
    with _no_gc():
        vocabulary = _read_cache(path, key)
        if vocabulary is None:
            vocabulary = parse()
            _write_cache(path, key, vocabulary)
    return vocabulary


# What the parsed vocabulary is made from: its files, and the code that reads them. A change
# to any of them (or another Python) makes a new cache key, so a stale cache is never read.
CACHE_VERSION = 1
_CODE = ("vocabulary.py", "words.py", "grammar.py", "negation_words.py")
STALE_AFTER = 24 * 3600  # other keys' caches older than a day are removed
KEEP_OTHERS = 2  # and of the rest, the two newest are kept (another checkout, a branch)


def cache_key() -> str:
    digest = hashlib.sha256(f"{CACHE_VERSION} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode())
    here = Path(__file__).parent
    sources = [here / name for name in _CODE]
    sources += [DATA / "vocabulary.yml", DATA / "symbols.json", grammar.LEXICON, CATEGORIES]
    for source in sources:
        content = source.read_bytes()
        digest.update(f"\0{source.name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def cache_dir() -> Path:
    """symbols/ in the cache folder the audio uses too ($PLANBOOK_CACHE, or the user's own)."""
    return default_cache_dir() / "symbols"


def cache_path(key: str) -> Path:
    return cache_dir() / f"vocabulary-{key[:32]}.pickle"


@contextlib.contextmanager
def _no_gc():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _only_mine(path: Path) -> bool:
    """True where PATH is this user's and nobody else may write it. Loading a pickle runs code,
    so only a cache no one else could have put there is read: not one in a cache folder shared
    by several staff accounts, nor one in a folder another user made first under /tmp."""
    if not hasattr(os, "getuid"):
        return True  # Windows: the user's own profile folder
    try:
        status = path.stat()
    except OSError:
        return False
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _read_cache(path: Path, key: str) -> Vocabulary | None:
    """The cached vocabulary, or None where it is missing, corrupt, made from other files, or in
    a folder or file someone else may write (_only_mine)."""
    if not (_only_mine(path.parent) and _only_mine(path)):
        return None
    try:
        with path.open("rb") as file:
            stored = pickle.load(file)  # noqa: S301 - only this user could have written it
    except Exception:  # noqa: BLE001 - missing, cut short, corrupt: parse afresh
        return None
    if (
        isinstance(stored, tuple)
        and len(stored) == 2
        and stored[0] == key
        and isinstance(stored[1], Vocabulary)
    ):
        return stored[1]
    return None


def _write_cache(path: Path, key: str, vocabulary: Vocabulary) -> None:
    """Keep VOCABULARY at PATH, written whole to a file of its own and then renamed, so a
    process reading at the same time (a worker, a test, another build) sees the old file or
    the new one, never half of one. A folder that cannot be written only means no cache."""
    tmp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            path.parent.chmod(0o700)  # a folder made by an older planbook, or by hand
        if not _only_mine(path.parent):
            return  # another user's folder, or one others may write: no cache here
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".vocabulary-", suffix=".tmp")
        with os.fdopen(fd, "wb") as file:
            pickle.dump((key, vocabulary), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        _prune(path)
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(kept: Path) -> None:
    """Remove the caches of other keys (older code or files, about 7 MB each) beyond the
    KEEP_OTHERS newest, and any not written for STALE_AFTER: each edit of the vocabulary makes
    a new one, and a day of edits would otherwise fill the disk."""
    others = []
    for other in kept.parent.glob("*vocabulary-*"):
        with contextlib.suppress(OSError):
            if other != kept:
                others.append((other.stat().st_mtime, other))
    others.sort(reverse=True)
    old = time.time() - STALE_AFTER
    for place, (written, other) in enumerate(others):
        if place >= KEEP_OTHERS or written < old:
            with contextlib.suppress(OSError):
                other.unlink()


def parse() -> Vocabulary:
    """The shipped vocabulary, parsed afresh from data/vocabulary.yml and data/symbols.json."""
    document = read_document((DATA / "vocabulary.yml").read_text(encoding="utf-8"))
    raw = document["concepts"]
    files = json.loads((DATA / "symbols.json").read_text(encoding="utf-8"))["symbols"]
    vocabulary = Vocabulary(concepts={})
    for phrase in document.get("no_picture", []):
        words, conditions = parse_term(str(phrase))
        vocabulary.no_picture |= {words}
        if "prev" in conditions:
            vocabulary.idiom_after[words] = (conditions["prev"], 1)
        elif "near" in conditions:
            vocabulary.idiom_after[words] = (conditions["near"], 2)
        if "not_next" in conditions:
            vocabulary.idiom_not_before[words] = conditions["not_next"]
        if "not_near" in conditions:
            vocabulary.idiom_not_after[words] = conditions["not_near"]
    made: list[Sense] = []
    for cid, entry in raw.items():
        if not any(kind in entry for kind in KINDS):
            entry = {**entry, "words": [cid.replace("-", " ")]}  # kettle: the word is the id
        if entry["symbol"] not in files:
            raise RuntimeError(
                f"vocabulary.yml: {cid}: {entry['symbol']} is not shipped yet; "
                "run python scripts/build_symbols.py"
            )
        concept = Concept(
            id=cid,
            symbol=entry["symbol"],
            file=files[entry["symbol"]],
            alt=str(entry.get("alt") or _first_words(entry) or cid.replace("-", " ")),
            words=_all_words(entry),
            proper=bool(entry.get("proper", False)),
            weight=int(entry.get("w", 2)),
            action_weight=int(entry["wv"]) if "wv" in entry else None,
            person=entry.get("doer") == "person",
            names=frozenset(" ".join(parse_term(t)[0]) for t in entry.get("names", [])),
        )
        vocabulary.concepts[cid] = concept
        for kind in KINDS:
            for term in entry.get(kind, []):
                words, conditions = parse_term(term)
                for form in sorted(_forms(words, kind)):
                    sense = Sense(concept, form, listed=form == words, **conditions)
                    if sense.listed:
                        vocabulary.senses.setdefault(form, []).append(sense)
                    else:
                        made.append(sense)
    for sense in made:  # made word forms come after every listed one
        vocabulary.senses.setdefault(sense.words, []).append(sense)
    for senses in vocabulary.senses.values():  # the sense whose context is there wins
        senses.sort(key=lambda s: (not s.listed, s.specificity))  # stable: file order after
    _add_kinds(vocabulary)
    vocabulary.longest = max(len(words) for words in vocabulary.senses)
    asking = [
        words for words, senses in vocabulary.senses.items() if any(s.asks_concepts for s in senses)
    ]
    vocabulary.asks_concepts = frozenset(words[0] for words in asking)
    return vocabulary


CATEGORIES = DATA / "categories.tsv"


def _add_kinds(vocabulary: Vocabulary) -> None:
    """The nouns of data/categories.tsv ("guppy", "bloodhound", "camisole"), each as its
    category's picture (fish, dog, clothes), as a careful writer pictures a kind the
    vocabulary does not list. Only where the vocabulary knows no form of the word, so every
    listed word and rule comes first; used as a thing only ("a flounder", not "I flounder"). The
    table is made from WordNet by scripts/build_categories.py; WordNet is not needed here."""
    if not CATEGORIES.is_file():
        return
    for line in CATEGORIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, cid = line.split("\t")
        concept = vocabulary.concepts.get(cid)
        words = (normalise(word),)
        if concept is None or any(form in vocabulary.senses for form in _forms(words, "words")):
            continue
        for form in sorted(_forms(words, "words")):
            sense = Sense(concept, form, listed=False, pos="n", kind=True)
            vocabulary.senses[form] = [sense]


def collisions(vocabulary: Vocabulary) -> list[str]:
    """Word forms that two concepts claim with no context to tell them apart."""
    found = []
    for words, senses in vocabulary.senses.items():
        first = [s for s in senses if s.listed] or senses
        plain = {s.concept.id for s in first if s.plain}
        if len(plain) > 1:
            found.append(f"{' '.join(words)}: {', '.join(sorted(plain))}")
    return found
