"""Shapes of a sentence about a person that ``_lower_opening_subjects`` leaves: a lower-case
word in no list of the project (no English word, no word of another language, no town) or
a listed given name that is no English word, opening a message, a sentence or a clause,
with a person's pronoun later in the message.

``_lower_opening_subjects`` reads such a word before a person's verb in the past. In chat
the person is as often the subject of a state, of a verb in "-s", of a negation, or is
named with a relative:

- the copula before a person's state or a superlative ("kaviya was so upset, she",
  "marisol is the funniest lol her", "yusra was in w her mum");
- a subject joined with a relative owned by the pronoun ("dervla and her nan came", "tomas
  n his cousin went");
- a verb in "-s" whose subject goes on to speak in the same sentence ("nomvula sells
  samoosas at the market n says ... she") or goes with someone the pronoun owns ("máret
  joiks w her grandmother");
- a negation before a person's verb ("ravindu didnt skip once, his mum said") or "did"
  before what the person owns ("thandi did her homework").

Everyday words that open sentences as things ("tafe was good, she said", "tafe offers
courses, she said", "ghar smells like home, she said") keep their place: a state, a
relative, speaking, a person's verb after the negation or an owner after "did" is what a
college, a home or a course never has; everyday English words and words of other languages
are never read here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import among_its_language, tables
from ._kin_address import WORDS as KIN_WORDS
from ._lower_opening_subjects import (
    _ANY,
    _NEGATED,
    _PERSON,
    _THING_VERBS,
    _level,
    _opens_clause,
    _referred_back,
    _used_as_noun,
)
from ._opening_asides import past_aside
from ._opening_subjects import _STATES
from ._vocab import PERSON_ONLY_VERBS, PERSON_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_BE = frozenset("is was".split())
_INTENSIFIERS = frozenset("so soo sooo really very super rly v such".split())
_OWNERS = frozenset("his her".split())
_JOINS = frozenset("and n & en".split())
_WITH = frozenset("w w/ with wit".split())
# base forms of what a person does or fails to do after "didnt", "doesnt"
_BASES = frozenset(
    """
    skip miss fight hit yell shout swear cry drink smoke use quit eat sleep talk speak argue
    hide panic relapse
    """.split()
)
# after "hasnt", "hadnt": what a person has not done ("hasnt skipped", "hasnt touched")
_PARTICIPLES = frozenset(
    "skipped missed touched smoked drunk used cried fought relapsed yelled been".split()
)
# the words after a verb in "-s" that are no object: "tafe fees are", "ghar bills went"
_NOT_OBJECTS = frozenset(
    "is are was were r have has had will would can could cost costs start starts".split()
)
_SAYING = frozenset("says said tells told reckons thinks".split())
_SAYS_REACH = 12  # words after the verb in "-s" in which "and says" must stand
# what a word is said to mean or stand for ("omid means hope"): the word, not a person
_WORDING = frozenset("means meant stands rhymes sounds spells translates".split())


def lower_subject_shapes(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Lower-case words in no list opening a sentence about a person referred back to."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, tok in enumerate(toks[:-2]):
        if tok.capital or tok.possessive or tok.kind not in (Kind.UNKNOWN, Kind.NAME):
            continue
        if len(tok.low) < 2 or not _strong(tok, lex):
            continue
        if not starts(i) and not _opens_clause(text, toks, i):
            continue
        first = past_aside(text, toks, i + 1)  # "coco (12) and her little bro came"
        if first == i + 1 and text[tok.end : toks[i + 1].start] != " ":
            continue
        j = _shape_end(text, toks, first, last, short=len(tok.low) < 3)
        # the pronoun may stand in the shape itself ("drevlin was in w his brother")
        if j is None or not _referred_back(toks, j - 1):
            continue
        if _used_as_noun(toks, i) or among_its_language(text, toks, i, lex.ordinary):
            continue
        out.append((tok.start, tok.end, "name"))
    return out


def _strong(tok: Token, lex: Lexicon) -> bool:
    """A word in no list, or a given name that is no word of English or any other list."""
    if tok.kind is Kind.UNKNOWN:
        return _level(tok, lex) in (_ANY, _PERSON)
    low = tok.low
    return (
        len(low) >= 3
        and low.isalpha()
        and not tables().langs.get(low)  # "les", "con": a function word of another language
        and tok.word.islower()
        and low not in KIN_WORDS
        and low not in lex.places
        and low not in lex.things
    )


def _shape_end(text: str, toks: list[Token], j: int, last: int, *, short: bool) -> int | None:
    """One past the index of the last word of a person's shape starting at ``toks[j]``
    (where a pronoun referring back may stand), or None; a word of two letters ("mo", "bj")
    only joined with a relative."""
    first = toks[j].low
    if j + 2 > last or not toks[j].word.islower() or (short and first not in _JOINS):
        return None
    second, third = toks[j + 1].low, toks[j + 2].low
    if first in _BE:
        if second in _INTENSIFIERS and third in _STATES:
            return j + 3  # "kaviya was so upset"
        if second in _STATES:
            return j + 2
        if second == "the" and third.endswith("est") and len(third) > 4:
            return j + 3  # "marisol is the funniest"
        if second == "in" and third in _WITH and j + 3 <= last and toks[j + 3].low in _OWNERS:
            return j + 3  # "yusra was in w her mum": the owner refers back
        return None
    if first in _JOINS:
        # "dervla and her nan came": the pronoun owning the relative refers to the subject
        if second in _OWNERS and j + 3 <= last and _person_verb(toks[j + 3].low):
            return j + 1
        return None
    if first in _NEGATED:
        if second in _BASES or second in _PARTICIPLES:
            return j + 2  # "ravindu didnt skip", "ravindu hasnt touched"
        return None
    if first == "did":
        return j + 1 if second in _OWNERS else None  # "thandi did her homework": the owner
    if _s_verb(toks[j]) and second not in _NOT_OBJECTS and toks[j + 1].word.islower():
        if second in _WITH and third in _OWNERS:
            return j + 2  # "máret joiks w her grandmother": the owner refers back
        if first not in _WORDING and _says_too(text, toks, j + 1):
            return j + 2  # "nomvula sells samoosas at the market n says", not "tafe offers"
    return None


def _person_verb(low: str) -> bool:
    return low in PERSON_ONLY_VERBS or low in PERSON_VERBS or low == "both"


def _s_verb(tok: Token) -> bool:
    """A word in "-s" that is no noun in "-ss" nor a verb of being or having."""
    low = tok.low
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous"))
        and low not in _NOT_OBJECTS
        and low not in _THING_VERBS
        and low not in ("does", "goes", "says")
    )


def _says_too(text: str, toks: list[Token], j: int) -> bool:
    """The subject of the verb in "-s" goes on to speak in the same sentence ("... n says
    mornings go better"): a person, where a college offers or a home smells."""
    for k in range(j, min(j + _SAYS_REACH, len(toks) - 1)):
        if toks[k].low in _JOINS and toks[k + 1].low in _SAYING:
            return True
        if any(c in ".!?;\n" for c in text[toks[k].end : toks[k + 1].start]):
            return False
    return False
