"""The kind of each word (stop, ordinary, word-name, name, unknown) and the Token record."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from operator import attrgetter
from typing import TYPE_CHECKING

from ._everyday_acronyms import is_everyday_acronym
from ._lexicon import Lexicon, lexicon
from ._macron_words import without_macrons
from ._vocab import (
    AREA_SUFFIXES,
    KNOWN_ACRONYMS,
    ORG_SUFFIXES,
    PEOPLE_SHORTHAND,
    STREET_SUFFIXES,
)

Candidate = tuple[int, int, str]

# A word: letters, joined by hyphens or apostrophes. As a group to split on, possessive (no
# letter is ever given back: faster), and on ASCII text with an ASCII pattern (faster still).
_WORD_SPLIT = re.compile(r"([^\W\d_]++(?:[-'’][^\W\d_]++)*+)")
_ASCII_WORD_SPLIT = re.compile(r"([A-Za-z]++(?:[-'][A-Za-z]++)*+)")
_CONTRACTION = re.compile(r"(?i)(.+?)['’](?:s|d|ll|ve|re|m|t)$")
# "(?<![\w.])(?:[A-Z]\.){2,4}(?!\w)", written to start on a capital (found faster)
_INITIALS = re.compile(r"[A-Z](?<![\w.][A-Z])\.(?:[A-Z]\.){1,3}(?!\w)")
_SENTENCE_BREAK = re.compile(r"[.!?:;\"“”(•*>\n]|\s[-–—]\s|^\s*[-–—]")
_HOUSE_NUMBER = re.compile(r"(\d{1,6}[A-Za-z]?)\s+$")
_STATE_AFTER = re.compile(r",\s*[A-Z]{2}\b")
_MIN_FREQ_BARE_LOWERCASE = 3
_DIRECTIONS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})
_DIRECTION_AFTER = re.compile(r"\.?\s(?:N|S|E|W|NE|NW|SE|SW)\b\.?")
_LOOSE_PLACE_PREPS = frozenset({"in", "from", "near", "outside", "around", "visiting"})
_LOOSE_ORG_PREPS = frozenset({"at", "for"})
_MONTHS_AS_NAMES = frozenset({"may", "april", "june", "jun", "august"})
_DAY_AFTER = re.compile(r"\s+\d")
_WITH_SLASH = re.compile(r"\bw/\s*$")


_CACHE_LIMIT = 50_000
_PLACE_SUFFIXES = STREET_SUFFIXES | AREA_SUFFIXES
_ALL_SUFFIXES = _PLACE_SUFFIXES | ORG_SUFFIXES
# street words after which a word naming a kind of area is the street's own name ("County
# Street", "Harbor Road"); "court", "place" and "square" also name things ("District Court")
_NAMED_BY_AREA_STREETS = frozenset(
    "st street ave avenue rd road blvd boulevard lane ln drive terrace crescent highway "
    "parkway".split()
)


class Kind(Enum):
    """How a single word behaves with respect to names."""

    STOP = 0  # weekday, month, relation title, app, drug: never an identifier
    ORDINARY = 1  # everyday English
    WORD_NAME = 2  # everyday word that is also a given name (hope, will)
    NAME = 3  # given name that is not everyday English
    UNKNOWN = 4  # in no list: rare name, surname, brand, place

    # ``Enum.__hash__`` is Python code (the hash of the member's name), run at each look-up
    # in a set of kinds; members are singletons compared by identity, so the identity hash
    # of ``object`` is as good and runs in C (the name's hash varies between runs anyway, so
    # nothing can depend on the order of a set of kinds)
    __hash__ = object.__hash__


if not TYPE_CHECKING:
    # Python 3.11 reads every ``Kind.STOP`` through the enum metaclass's ``__getattr__``
    # hook (gone in 3.12), which costs more than the rules that test it: at run time
    # ``Kind`` is a plain class holding the same members (no lookup by value, no iteration).
    Kind = type("Kind", (), {"__doc__": Kind.__doc__, **{m.name: m for m in Kind}})


@dataclass(slots=True)
class Token:
    start: int
    end: int  # possessive "'s" excluded
    word: str
    kind: Kind
    capital: bool
    acronym: bool
    possessive: bool
    initial: bool = False
    title: bool = False
    low: str = ""


# words that open a noun phrase and leave no room for a name right after them ("the
# Valborg picnic", "the whole Koncerts")
DETERMINERS = frozenset("the a an her his my their our your this that".split())


def run_start(text: str, toks: list[Token], first: int) -> int:
    """The index of the first word of the run of capitalised words, one space apart, that
    ``toks[first]`` belongs to."""
    start = first
    while start > 0 and toks[start - 1].capital and spaced(text, toks, start):
        start -= 1
    return start


def spaced(text: str, toks: list[Token], k: int) -> bool:
    """Whether exactly one space stands between ``toks[k - 1]`` and ``toks[k]``."""
    return text[toks[k - 1].end : toks[k].start] == " "


def opens_sentence_capitalised(text: str, tok: Token) -> bool:
    """``tok`` is typed with only its first letter capital and opens the text or a sentence
    (as a phone capitalises the first word: "Client lucky gave consent.")."""
    if not tok.word[1:].islower():
        return False
    before = text[: tok.start].rstrip(" ")
    return not before or before[-1] in ".!?\n"


def _classify(word: str, lex: Lexicon) -> Kind:
    low = word.lower()
    cached = _CLASS_CACHE.get(low)
    if cached is None:
        cached = _classify_lower(low, lex)
        if len(_CLASS_CACHE) < _CACHE_LIMIT:
            _CLASS_CACHE[low] = cached
    return cached


def _classify_lower(low: str, lex: Lexicon) -> Kind:
    if low in lex.always_ordinary or lex.is_region_word(low):
        return Kind.STOP
    if (plain := without_macrons(low)) and plain in lex.always_ordinary:  # "hāngī": "hangi"
        return Kind.STOP
    if low in lex.word_names:
        return Kind.WORD_NAME
    if low in lex.ordinary:
        return Kind.ORDINARY
    if low.endswith("nt") and low[:-2] in _NEGATABLE:
        return Kind.ORDINARY  # "didnt", "arent": a negation typed without its apostrophe
    if _contraction_without_apostrophe(low):
        return Kind.ORDINARY  # "thats", "theres", "theyre": as the negations above
    if low in lex.given_names or low in lex.surnames:
        return Kind.NAME
    if _gerund_of_ordinary(low, lex):
        return Kind.ORDINARY  # "journaling", "doomscrolling" when the stem is everyday
    if _gerund_without_g(low, lex):
        return Kind.ORDINARY  # "meetin", "sleepin"
    if "-" in low:
        head, _, rest = low.partition("-")
        if head in _KIN_PREFIXES and _classify_lower(rest, lex) in (Kind.STOP, Kind.ORDINARY):
            return Kind.STOP  # "great-nan", "step-mum"
        if rest in _HONORIFICS and _classify_lower(head, lex) is Kind.STOP:
            return Kind.STOP  # "dada-ji", "obaa-chan": a kinship word with an honorific
        parts = [_hyphen_part(p, lex) for p in low.split("-") if p]
        if parts and all(p in (Kind.ORDINARY, Kind.STOP) for p in parts):
            return Kind.ORDINARY
        if _everyday_compound(parts):
            return Kind.ORDINARY  # "rose-tinted", "sky-high": not "Summer-Rain"
        if (
            head in _ENGLISH_PREFIXES
            and len(rest) >= _MIN_PREFIXED_WORD
            and _prefixed_compound(parts)
        ):
            return Kind.ORDINARY  # "x-ray", "co-parenting", "de-escalation": not "Seo-yeon"
        if any(p is Kind.NAME for p in parts):
            return Kind.NAME
    return Kind.UNKNOWN


def _prefixed_compound(parts: list[Kind]) -> bool:
    """An English prefix and one everyday word; a word-name after it only where the prefix
    is no name itself ("x-ray", but not "de-rose")."""
    if len(parts) != 2:
        return False
    return parts[1] is Kind.ORDINARY or (parts[1] is Kind.WORD_NAME and parts[0] is not Kind.NAME)


_MIN_PREFIXED_WORD = 3  # "co-op", "pre-op": a two-letter word after the prefix is a name's
_MIN_LOWER_ACRONYM = 3  # "ob", "pi", "na": two letters are words and initials of too much


def _everyday_compound(parts: list[Kind]) -> bool:
    """A hyphenated word of everyday words, one of them a word-name, ending in an everyday
    word as English compounds do ("rose-tinted"; not "Star-Lily" or "Ruby-May")."""
    return (
        Kind.WORD_NAME in parts
        and parts[-1] is Kind.ORDINARY
        and all(p in (Kind.ORDINARY, Kind.WORD_NAME) for p in parts)
    )


def _gerund_of_ordinary(low: str, lex: Lexicon) -> bool:
    """An "-ing" form of an everyday word the word list lacks ("journaling")."""
    stem = low[:-1] if low.endswith("ings") else low
    if not stem.endswith("ing") or len(stem) < _MIN_GERUND:
        return False
    base = stem[:-3]
    doubled = len(base) > 2 and base[-1] == base[-2]
    return (
        base in lex.ordinary
        or base + "e" in lex.ordinary
        or (doubled and base[:-1] in lex.ordinary)
    )


_MIN_GERUND = 7


def _hyphen_part(part: str, lex: Lexicon) -> Kind:
    if len(part) <= _SYLLABLE and part in lex.always_ordinary:
        return Kind.UNKNOWN
    return _classify_lower(part, lex)


_CLASS_CACHE: dict[str, Kind] = {}
# Contractions of pronouns, determiners and question words typed without the apostrophe
# ("thats the exception", "theres no time"): a closed class, by the ending the apostrophe
# stood before. Only words of five letters or more ("hes", "shes", "ive" are left alone).
_CONTRACTED = {
    "s": frozenset("that there what where who here how why when".split()),
    "re": frozenset("you they we".split()),
    "ll": frozenset("you they that there".split()),
    "ve": frozenset("you they we could would should might must".split()),
    "d": frozenset("you they".split()),
}
_MIN_CONTRACTION = 5


def _contraction_without_apostrophe(low: str) -> bool:
    """A pronoun, determiner or question word and a contracted verb, typed as one word."""
    if len(low) < _MIN_CONTRACTION:
        return False
    return any(
        low.endswith(end) and low[: -len(end)] in bases for end, bases in _CONTRACTED.items()
    )


_MIN_G_DROPPED = 6  # "meetin", "sleepin": shorter ones ("goin") are too close to names


def _gerund_without_g(low: str, lex: Lexicon) -> bool:
    """An "-ing" form typed without its final "g" as it is said ("sleepin", "dancin"), of an
    everyday English word."""
    return len(low) >= _MIN_G_DROPPED and low.endswith("in") and low + "g" in lex.ordinary


_NEGATABLE = frozenset(
    "do does did is are was were have has had could would should must might need".split()
)
_KIN_PREFIXES = frozenset({"great", "step", "grand", "half"})
# letters and prefixes that open English compounds ("x-ray", "e-mail", "co-parenting",
# "re-entry", "pre-op", "de-escalation"); no syllable of a romanised given name among them
_ENGLISH_PREFIXES = frozenset(
    "x e t u co re pre non ex self anti post mid sub semi multi inter over under out de dis "
    "mis hyper hypo".split()
)
_HONORIFICS = frozenset(
    # Hindi and Bengali "-ma", "-maa" ("Nani-ma"), Korean "-nim", Rajasthani "-sa"
    {"ji", "jee", "san", "chan", "sama", "saab", "sahib", "ma", "maa", "nim", "sa"}
)
_SYLLABLE = 3  # "Min-jun": a part this short that is a stop word is a name syllable


_WordInfo = tuple[Kind, bool, bool, str]  # kind, capitalised, acronym, lower case
_WORD_INFO: dict[str, _WordInfo] = {}


def _word_info(word: str, lex: Lexicon) -> _WordInfo:
    """What a word is, however often it occurs: one dictionary look-up per token."""
    info = _WORD_INFO.get(word)
    if info is None:
        kind = _classify(word, lex)
        capital = word[0].isupper()
        if capital and word[-1] == "s" and word[:-1] in KNOWN_ACRONYMS:
            kind = Kind.STOP  # "SSRIs", "GPs"
        elif capital and is_everyday_acronym(word, lex):
            kind = Kind.STOP  # "PCS orders", "IEPs", "TIL": a word, whatever its small form is
        elif word in PEOPLE_SHORTHAND:
            kind = Kind.STOP  # "yp said", "cl's mum": a person's role, as "client" is
        info = (kind, capital, capital and len(word) >= 2 and word.isupper(), word.lower())
        if len(_WORD_INFO) < _CACHE_LIMIT:
            _WORD_INFO[word] = info
    return info


_RawInfo = tuple[str, int, bool, Kind, bool, bool, str]  # word, its length, possessive, ...
_RAW_INFO: dict[str, _RawInfo] = {}


def _raw_info(raw: str, lex: Lexicon) -> _RawInfo:
    """A matched word with its possessive or contraction cut off, and what it is."""
    word, possessive = raw, False
    if "'" in raw or "’" in raw:
        contraction = _CONTRACTION.match(raw)
        if contraction:
            word = contraction.group(1)
            possessive = raw[-1:].lower() == "s"
    kind, capital, acronym, low = _word_info(word, lex)
    if word is not raw and _NEGATION.search(raw):
        kind = Kind.ORDINARY  # "didn't", "Don't": an auxiliary, whatever "didn" or "Don" is
    if not capital and "-" in word and kind is not Kind.STOP and _PARTICLE_HYPHEN.match(word):
        kind, capital = Kind.UNKNOWN, True  # "al-Hashimi", "bin-Salleh": part of a name
    if (
        kind is Kind.UNKNOWN
        and not capital
        and len(word) >= _MIN_LOWER_ACRONYM
        and word.upper() in KNOWN_ACRONYMS
    ):
        kind = Kind.ORDINARY  # "mri", "ecg": a clinical acronym typed in lower case
    info = (word, len(word), possessive, kind, capital, acronym, low)
    if len(_RAW_INFO) < _CACHE_LIMIT:
        _RAW_INFO[raw] = info
    return info


_new_token = object.__new__


_NEGATION = re.compile(r"[nN]['’][tT]$")
_PARTICLE_HYPHEN = re.compile(
    r"(?:al|el|ul|ud|ad|ar|as|ash|at|az|bin|ibn|abu|bint|ben|van|von|de|di|da|du|la|le|dos|das)"
    r"-[A-Z]"
)


def everyday(word: str) -> bool:
    """Whether a word is everyday English or never an identifier ("Boxing", "Heritage")."""
    return _classify(word, lexicon()) in (Kind.ORDINARY, Kind.STOP)


def without_one_word_names(
    found: list[Candidate], toks: list[Token], keep_word: Callable[[int], bool]
) -> list[Candidate]:
    """``found`` without the name candidates that are exactly one token ``keep_word`` says
    is the word it reads as, not a name (given the token's index)."""
    kept: list[Candidate] = []
    for cand in found:
        if cand[2] == "name":  # the token starting where it does, found by bisection
            i = bisect_left(toks, cand[0], key=_START)
            if (
                i < len(toks)
                and toks[i].start == cand[0]
                and cand[1] == toks[i].end
                and keep_word(i)
            ):
                continue
        kept.append(cand)
    return kept


_START = attrgetter("start")


def token_range(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """The indices ``first``, ``last`` of the tokens that lie inside ``start``..``end``
    (``toks[first:last]``)."""
    first = bisect_left(toks, start, key=attrgetter("start"))
    last = bisect_left(toks, end, key=attrgetter("start"))
    while last > first and toks[last - 1].end > end:
        last -= 1
    return first, last
