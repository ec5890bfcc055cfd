"""Where a lower-case organisation, saint's place or acronym organisation ends."""

from __future__ import annotations

from ._lexicon import lexicon
from ._lowercase_cues import _CHAT_ADVERBS, _MIN_LOWERCASE_NAME
from ._town_cues import (
    _DIALECT_WORDS,
    _HOSPITAL_MIDDLE,
    _MIN_BARE_TOWN,
    _PLACE_NOUNS,
    _jargon_shaped,
    _two_everyday_words,
)
from ._vocab import ORG_SUFFIXES, PLACE_PREPS, STRONG_PERSON_VERBS
from ._word_classes import Candidate, Kind, Token


def _lowercase_org_end(text: str, toks: list[Token], i: int) -> int:
    """ "gleneagle college", "parkview surgery", "nhs lothian": a lower-case word in no
    list joined to an organisation noun after it, or a short service acronym before it,
    is an organisation; returns where it ends (0: none). "the practice" has no such word."""
    tok = toks[i]
    if tok.possessive or i + 1 >= len(toks) or tok.low in _DIALECT_WORDS:
        return 0  # "tae school": Scots "to", no name
    nxt = toks[i + 1]
    if (
        (nxt.low in _ORG_MIDDLE or nxt.low in _HOSPITAL_MIDDLE)
        and i + 2 < len(toks)
        and text[tok.end : nxt.start] == " "
        and text[nxt.end : toks[i + 2].start] == " "
    ):
        nxt = toks[i + 2]  # "ponsonby rugby club": the noun is one word further
        if nxt.low in _PLACE_NOUNS or nxt.low not in _LOWER_ORG_NOUNS:
            return 0
    elif text[tok.end : nxt.start] != " ":
        return 0
    if nxt.low in _LOWER_ORG_NOUNS and not nxt.capital:
        if nxt.low in _PLACE_NOUNS or not tok.word.islower():
            return 0  # "yaba market": the place, not the market
        if i > 0 and toks[i - 1].kind is Kind.UNKNOWN and not toks[i - 1].capital:
            return 0  # "kapa haka practice": a phrase from another language
        return nxt.end
    return 0


def _saint_org_end(text: str, toks: list[Token], i: int) -> int:
    """ "st bede's college", "st john's hospital": a saint's name and an organisation noun
    make a school, church or hospital; returns where it ends (0: none)."""
    if i + 2 >= len(toks) or text[toks[i].end : toks[i + 1].start] not in _SAINT_GAPS:
        return 0
    saint, noun = toks[i + 1], toks[i + 2]
    if saint.kind is Kind.STOP or noun.capital:
        return 0
    if not saint.possessive and not (
        saint.low.endswith("s") and saint.low[:-1] in lexicon().given_names
    ):
        return 0  # "st pauls college": a possessive typed without its apostrophe
    return noun.end if noun.low in _LOWER_ORG_NOUNS else 0


def _saint_place_end(text: str, toks: list[Token], i: int) -> int:
    """ "in st kilda", "moved to st helens": a saint's name after a town preposition is a
    suburb, town or parish typed in lower case; returns where it ends (0: none)."""
    if i == 0 or i + 1 >= len(toks) or toks[i - 1].low not in _SAINT_PREPS:
        return 0
    saint = toks[i + 1]
    if saint.capital or saint.kind is Kind.STOP or len(saint.word) < _MIN_LOWERCASE_NAME:
        return 0
    if saint.kind is Kind.ORDINARY and saint.low not in lexicon().places:
        return 0  # "in st the whole time": a slip, not a saint
    if text[toks[i - 1].end : toks[i].start] != " " or text[toks[i].end : saint.start] != " ":
        return 0
    owned = text[saint.end : saint.end + 2]
    return saint.end + 2 if owned in _OWNER_GAPS_BARE else saint.end


_OWNER_GAPS_BARE = frozenset({"'s", "’s"})
_SAINT_PREPS = frozenset({"in", "from", "near", "to", "at"})


_SAINTS = frozenset({"st", "saint", "sts"})
_SAINT_GAPS = frozenset({" ", ". "})


def _append_acronym_org(text: str, toks: list[Token], i: int, out: list[Candidate]) -> bool:
    """Adds "nhs lothian" (acronym included) to ``out``; says whether it did."""
    end = _acronym_org_end(text, toks, i)
    if end:
        out.append((toks[i - 1].start, end, "org"))
    return bool(end)


def _acronym_org_end(text: str, toks: list[Token], i: int) -> int:
    """ "nhs lothian", "cmha durham": a lower-case service acronym before a name."""
    if i == 0 or len(toks[i].word) < _MIN_BARE_TOWN:
        return 0
    head = toks[i - 1]
    if head.capital or text[head.end : toks[i].start] != " ":
        return 0
    if head.low not in _SERVICE_ACRONYMS:
        return 0
    tok, lex = toks[i], lexicon()
    if tok.kind is Kind.ORDINARY or tok.kind is Kind.WORD_NAME:
        return tok.end if tok.low in lex.places else 0  # "nhs highland", not "nhs website"
    if tok.kind is Kind.STOP or _two_everyday_words(tok.low, lex) or _jargon_shaped(tok):
        return 0  # "nhs waitlist"
    return tok.end


_LOWER_ORG_NOUNS = ORG_SUFFIXES | frozenset(
    "surgery practice primary secondary medical health hauora trust council kindy kindergarten "
    "uni polytechnic tafe poly institution club parish".split()
)
# a sport or a denomination between a name and its organisation noun: "ponsonby rugby club"
_ORG_MIDDLE = frozenset(
    "rugby football soccer netball cricket hockey basketball tennis golf bowling bowls "
    "swimming boxing athletics rowing surf sailing youth community sports baptist methodist "
    "anglican catholic presbyterian pentecostal adventist grammar".split()
)
_SERVICE_ACRONYMS = frozenset("nhs cmha clsc dhb camhs cmht phn lhd ccg icb hse".split())

# The words beside an everyday word that make ``_lowercase_names`` look at it at all
_BEFORE_EVERYDAY_CUES = frozenset({"w"}) | _SERVICE_ACRONYMS
_AFTER_EVERYDAY_CUES = STRONG_PERSON_VERBS | _CHAT_ADVERBS
# the words before an everyday word that ``_lowercase_names`` reads: cues, place prepositions
_LOWERCASE_PREV_CUES = _BEFORE_EVERYDAY_CUES | PLACE_PREPS | {"at"}
