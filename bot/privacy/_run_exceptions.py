"""Runs kept from names: surnames in kept phrases, named days, school seasons, scheme acronyms."""

from __future__ import annotations

import re
from bisect import bisect_left

from ._name_cues import _AGE_AFTER, _MAX_ACRONYM, _OWNERS_ALL, _SEASONS, _prev_word
from ._name_lists import _token_start
from ._vocab import PERSON_VERBS, RELATIONS
from ._word_classes import Candidate, Kind, Token
from ._word_name_cues import _ARTICLES

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _inside_kept_phrase(toks: list[Token], kept: set[int], cand: Candidate) -> bool:
    """A candidate lying wholly inside the name of a thing kept whole ("Po Po", "Brian
    Lara"), added by a rule that reads lists or repeats: the name of the thing stays."""
    first = bisect_left(toks, cand[0], key=_token_start)
    last = bisect_left(toks, cand[1], key=_token_start)
    return last > first and all(k in kept for k in range(first, last))


def _without_kept_surnames(
    text: str, toks: list[Token], kept: set[int], found: list[Candidate]
) -> list[Candidate]:
    """ "like Brian Lara ... 'Lara calm'": the last word of a thing kept whole, met again
    alone in the same text, is that thing again (a public figure's surname, a show). Not
    after a title ("Prophet Muhammad", "Mother Teresa": the given name may be a client's),
    nor where a person's verb follows ("Lara said")."""
    tails: set[str] = set()
    for k in kept:
        head = k - 1
        while head - 1 in kept:
            head -= 1
        if (
            head < k
            and k + 1 not in kept
            and toks[k].capital
            and toks[head].low not in _TITLED_HEADS
        ):
            tails.add(toks[k].word)
    if not tails:
        return found
    out: list[Candidate] = []
    for cand in found:
        if text[cand[0] : cand[1]] in tails:
            after = _WORD_RE.findall(text[cand[1] : cand[1] + 24])
            if not (after and after[0].lower() in PERSON_VERBS):
                continue
        out.append(cand)
    return out


_TITLED_HEADS = frozenset(
    "prophet lord guru virgin mother father pope king queen princess prince saint st santo "
    "sto sister brother hail mary".split()
)


def _person_beside(text: str, start: int, end: int) -> bool:
    """A verb of a person after a name, an age or "(client)" right after it, or a relation
    word before it: the name is someone's in the session ("Lee Min-ho (client) managed")."""
    if _PERSON_NOTE_AFTER.match(text, end) or _AGE_AFTER.match(text, end):
        return True
    after = _WORD_RE.findall(text[end : end + 24])
    if after and after[0].lower() in PERSON_VERBS:
        return True
    before = _WORD_RE.findall(text[max(0, start - 24) : start])
    if not before:
        return False
    last = before[-1].lower()
    return last in RELATIONS or last in _OWNERS_ALL or last in _MET_BEFORE


# Words before a name that mean someone was met, not mentioned: "met Tom Jones at group".
_MET_BEFORE = frozenset(
    "met meet meets meeting saw seen visited visits phoned texted told asked with w".split()
)


_PERSON_NOTE_AFTER = re.compile(r"(?:['’]s?)?\s*\((?:client|patient|pt|\d)", re.IGNORECASE)


def _named_day(text: str, toks: list[Token], seg: list[int]) -> bool:
    """ "Girmit Day", "Mashujaa Day", "Madaraka Day": a word in no list of names before "Day"
    names a holiday; "Sarah Day" (a surname) and "Sunrise Day Centre" are judged as usual."""
    word, day = toks[seg[0]], toks[seg[1]]
    if day.low != "day" or word.kind is not Kind.UNKNOWN or word.acronym or word.possessive:
        return False
    if text[word.end : day.start] != " ":
        return False
    if _person_beside(text, word.start, day.end):
        return False  # "saw Tumelo Day at the clinic", "Tumelo Day said"
    k = seg[1] + 1
    return not (k < len(toks) and toks[k].capital and text[day.end : toks[k].start] == " ")


_NAMED_DAY_LEN = 2


def _season_of_school(text: str, toks: list[Token], i: int) -> bool:
    """ "Autumn term", "Spring half-term", "Summer holidays": a season naming a part of the
    school year is the season, though Autumn and Summer are also given names."""
    tok = toks[i]
    if tok.low not in _SEASONS or tok.possessive or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return not nxt.capital and nxt.low in _SCHOOL_SEASON_NOUNS and text[tok.end : nxt.start] == " "


_SCHOOL_SEASON_NOUNS = frozenset(
    "term terms half-term semester holidays holiday break hols session intake".split()
)


def _acronym_of_a_scheme(text: str, toks: list[Token], i: int) -> bool:
    """ "the ALN co-ordinator", "the STR payment", "her IDP goals": capitals before a word for
    a plan, payment or paper name a scheme, not a person. Before a word for a visit or a
    referral ("the CAMH assessment") they may be a clinic, so they are judged as usual, and
    after "at", "to" or "from" they may be a place of care or study."""
    tok = toks[i]
    if not _MIN_SCHEME_ACRONYM <= len(tok.word) <= _MAX_ACRONYM or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.capital or text[tok.end : nxt.start] != " " or nxt.low not in _SCHEME_NOUNS:
        return False
    prev = _prev_word(toks, i)
    before = _prev_word(toks, i - 1) if prev in _ARTICLES else prev
    return before not in _SCHEME_PLACE_PREPS


_MIN_SCHEME_ACRONYM = 2
_SCHEME_PLACE_PREPS = frozenset("at to from into near attends attended attending joined".split())
_SCHEME_NOUNS = frozenset(
    """
    payment payments plan plans co-ordinator coordinator funding grant grants form forms
    programme programmes program programs scheme schemes allowance allowances benefit benefits
    goals targets paperwork application applications claim
    claims criteria questionnaire scale checklist modules module certificate
    """.split()
)
