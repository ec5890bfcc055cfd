"""Where a relative stays, typed in lower case after the relative and "in": "her nan in west
hollow has been", "at his aunties in the eastfield when", "his dad in lo wu instead of",
"staying at her great aunt's in pine flats.", "her sponsor in kelso now".

A relative owned by someone ("her nan", "his cousins", "at kokum's") followed by "in" and a
short run of lower-case words that ends where the clause does says where that relative
lives, far more often than a word of a state ("in tears") or an institution ("in care"). So
the run is a place when:

- an owner ("her", "his", "their" ...) stands before the relative (one word such as "great"
  or "older" may stand between), or the relative is a possessive after "at", "to", "from" or
  "with" ("at kokum's in");
- it holds one to three lower-case words, optionally after "the", and the clause ends after
  it: a comma or full stop, the end of the text, or a small word or verb that goes on with
  the sentence ("has", "instead", "when", "n", "keeps" ...). A run that goes on with another
  word is a phrase, not a name;
- it names no state, institution or time: one word must be in no list of words or a listed
  town (no region), so "her mum in hospital", "his brother in law", "her dad in prison" stay;
  two or three words must not end in a noun of an institution or a state ("her mum in
  intensive care", "his son in high school", "her kid in year nine") nor open with a
  determiner, number word or function word, and "the" with one everyday word after it
  ("her dad in the army", "his mum in the kitchen") stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._capital_kin_words import KIN_NOUNS as _PLAIN_KIN
from ._function_words import tables
from ._kin_words import KIN_NOUNS as _ADDRESS_KIN
from ._lower_institutions import HEADS as _INSTITUTION_HEADS
from ._lower_places import _FEATURES, _PLACE_NOUNS, _unknown_word
from ._lower_town_parts import _COMPASS as COMPASS
from ._name_cues import _KIN_TITLES
from ._served_places import HEADS as _SERVED_HEADS
from ._towns_after_venues import VENUES
from ._vocab import PERSON_VERBS, RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# people a stay may belong to: relatives, and the people of one's life of ``RELATIONS``
KIN = (RELATIONS | _PLAIN_KIN | _ADDRESS_KIN | _KIN_TITLES) - frozenset(
    "named called nicknamed w/ with client patient child kid kids baby toddler".split()
)
OWNERS = frozenset("her his their my our your".split())
# words that may stand between an owner and a relative: "her great grandma", "his older sister"
_BETWEEN = frozenset(
    "great grand older younger elder eldest oldest youngest little big baby step new old "
    "late fav favourite favorite".split()
)
# prepositions after which a possessive relative is a home: "at kokum's in la ronge"
_TO_HOME = frozenset("at to from with".split())
# small words and verbs that go on with the sentence after a place's name
_GOES_ON = PERSON_VERBS | frozenset(
    """
    now then again last this next since with w and but so for after before until till when
    while because cos bc by near yesterday today tonight every lol n an a the to at in on of
    from has had have is was were are will would does did instead that who which where dey
    these days she he they i we you it him them his her their keeps kept always still just
    all most each every over than as or nor not no yes there here too also either both
    without within into onto upon about around across through during against among between
    toward towards under above below beside behind like unlike per via whose what how why if
    unless though although whether its our your my me us
    """.split()
)
# nouns that after "in" name an institution, a state or a stage of life, not a town
_STATE_HEADS = (
    _INSTITUTION_HEADS
    | _SERVED_HEADS
    | (VENUES - frozenset({"farm"}))
    | frozenset(
        """
        care life law class grade year form shape health condition spirits mood trouble
        charge pain tears person general particular touch contact recovery treatment rehab
        prison jail custody hospice home bed time way order fact part work job uni study
        """.split()
    )
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten first second third".split()
)
_SEASONS = frozenset("spring summer autumn fall winter".split())
_SAINT_MOUNT = frozenset("st mt ft".split())  # abbreviations a town's name may open with
_MAX_RUN = 3
_MIN_ONE = 2  # letters of a lone word: "jp", "ndg"


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "in" is among the words and one of them is a relative."""
    return "in" in lows and not KIN.isdisjoint(lows)


def kin_stay_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """ "her nan in west hollow has been": see the module."""
    out: list[Candidate] = []
    for k in range(2, len(toks) - 1):
        inn = toks[k]
        if inn.word != "in" or not _owned_relative(text, toks, k - 1):
            continue
        gap = text[toks[k - 1].end : inn.start]
        if gap not in (" ", "'s ", "’s ", "' ", "’ ") or text[inn.end : toks[k + 1].start] != " ":
            continue
        end = _run(text, toks, k + 1, lex)
        if end:
            first = k + 2 if toks[k + 1].word == "the" else k + 1
            out.append((toks[first].start, toks[end].end, "place"))
    return out


def _kin_word(low: str) -> bool:
    return low in KIN or (low.endswith("s") and low[:-1] in KIN)


def _owned_relative(text: str, toks: list[Token], j: int) -> bool:
    """Whether ``toks[j]`` is a relative with an owner before it (see the module)."""
    rel = toks[j]
    if rel.capital and rel.possessive and j >= 2 and text[toks[j - 1].end : rel.start] == " ":
        j -= 1  # "her aunty Rose's in": the relative's name stands between
        rel = toks[j]
    if not rel.word.islower() or not _kin_word(rel.low):
        return False
    before = toks[j - 1]
    if text[before.end : rel.start] != " ":
        return False
    if before.low in OWNERS:
        return True
    if before.low in _BETWEEN and j >= 2 and toks[j - 2].low in OWNERS:
        return text[toks[j - 2].end : before.start] == " "
    return rel.possessive and before.low in _TO_HOME


def _run(text: str, toks: list[Token], i: int, lex: Lexicon) -> int:
    """The index of the last word of the place that opens at ``toks[i]``, or 0."""
    first = i + 1 if toks[i].word == "the" else i
    if first >= len(toks) or (first > i and text[toks[i].end : toks[first].start] != " "):
        return 0
    if toks[first].low in _GOES_ON:
        return 0  # "her parents in their late 50s"
    end = first
    while True:
        tok = toks[end]
        if not _plain_lower(tok):
            return 0
        if end + 1 >= len(toks):
            break
        gap = text[tok.end : toks[end + 1].start]
        if gap == ". " and tok.low in _SAINT_MOUNT and end == first and _word_after(toks, end):
            end += 1  # "in st. vital", "in mt. pleasant"
            continue
        if gap != " " or tok.possessive:
            if tok.possessive or "'" in gap or "’" in gap or "-" in gap:
                return 0  # "her brother in law's", "in half-term"
            break  # a comma, a full stop, a bracket: the clause ends
        nxt = toks[end + 1]
        if nxt.low in _GOES_ON or (
            nxt.kind is Kind.ORDINARY and _unknown_word(tok, lex) and nxt.low not in _FEATURES
        ):
            break  # "in tandale checks it": a word in no list, then an English one goes on
        end += 1
        if end - first >= _MAX_RUN:
            return 0  # the words go on: a phrase, not a name
    words = [t.low for t in toks[first : end + 1]]
    if " ".join(words) in lex.regions:
        return 0
    if len(words) == 1:
        return end if _lone_place(toks[first], lex, article=first > i) else 0
    if first > i and (
        words[-1] in _PLACE_NOUNS
        or (words[0] not in COMPASS and all(t.kind is Kind.ORDINARY for t in toks[first : end + 1]))
    ):
        return 0  # "his ex in the high street", "her mum in the basement flat": which kind
    return end if _phrase_place(toks[first : end + 1], lex) else 0


def _word_after(toks: list[Token], k: int) -> bool:
    """A lower-case word that no clause goes on with follows ``toks[k]``."""
    nxt = toks[k + 1]
    return _plain_lower(nxt) and nxt.low not in _GOES_ON


def _plain_lower(tok: Token) -> bool:
    return tok.word.islower() and tok.word.replace("-", "").isalpha()


def _lone_place(tok: Token, lex: Lexicon, *, article: bool) -> bool:
    """One word: in no list of words, or a listed town that is no region or everyday state."""
    if len(tok.word) < _MIN_ONE or tok.low in _STATE_HEADS or tok.low in _SAINT_MOUNT:
        return False
    if _unknown_word(tok, lex):
        return True
    if article or _calendar(tok.low) or tok.kind is Kind.WORD_NAME:
        return False  # "her mum in the kitchen", "his dad in hope" (a virtue as often)
    low = tok.low
    return low in lex.places and low not in lex.regions and low not in lex.always_ordinary


def _phrase_place(words: list[Token], lex: Lexicon) -> bool:
    """Two or three words: no institution or state at the end, no small word at the start."""
    if words[0].low in _NUMBER_WORDS or any(w.low in _STATE_HEADS for w in words):
        return False
    if any(_calendar(w.low) for w in words) or " ".join(w.low for w in words) in lex.phrases:
        return False
    return not all(w.low in lex.always_ordinary for w in words)  # "in kung fu"


def _calendar(low: str) -> bool:
    """A month, weekday or season: "in late june", "in the summer"."""
    t = tables()
    return low in t.months or low in t.days or low in _SEASONS
