"""Lower-case names that a relative's word of South and North-East India, or a plain "is"
after a role, marks as a person's:

- after an owner and a kinship word of any language: "his chettan abhijith had come",
  "her akka meenakshi walked", "my nonna pina said";
- before an Assamese or Bengali word of address said after a name: "bhupen dadu told him",
  "nirmali mahi [phone]", "junmoni baideu drove";
- a listed given name after a role and "is" (past one "above" or "here"), and the
  correction after "not": "the client above is priya", "the cousin is leilani not leila"
  (a word in no list there may be an adjective of another language: "the client is
  tranquila");
- in a list after "names:": "names: jaaka, ipeelee, oolootie".

The word must be one ``_said_lower_names._candidate`` takes: typed in lower case, in no list of
everyday words (or a given name no English word), no kinship word. So "her amma stopped",
"his chettan's bike", "the client is better" and "names: tbc" stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._kin_address import WORDS as _ADDRESS_WORDS
from ._kin_after_names import KIN_AFTER
from ._lower_word_names import _ROLES
from ._owned_words import OWNERS as _OWNERS
from ._said_lower_names import _candidate
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# Malayalam, Tamil, Assamese, Bengali and Khasi relatives typed after an owner
_SOUTH_EAST_KIN = frozenset(
    "chettan chettai chechi ammumma ammachi appachan appooppan achan amma appa anna akka "
    "thambi thangachi paati thatha deuta aita koka mahi baideu dada kokai khura bou dadu "
    "didi kong bah kpa mei".split()
)
_KIN = _ADDRESS_WORDS | KIN_AFTER | _SOUTH_EAST_KIN | RELATIONS
# Assamese and Bengali words of address written after a name: elder sister, aunt, uncle,
# grandfather, elder brother
_AFTER = frozenset("baideu mahi khura dadu kokai".split())
_ROLE_SUBJECTS = _ROLES | RELATIONS | frozenset("client patient kid".split())
_ADVERBS = frozenset("above here".split())
_LABELS = frozenset("names name".split())
# a three-letter word after a relative's word is as often a second word of address ("her mae
# tou": grandmother) as a name
_MIN_AFTER_KIN = 3


# the word lists of the cheap test below, for the word gates of ``find_proper_nouns``
CUES = _AFTER | _LABELS
OWNERS = _OWNERS
KIN = _KIN
ROLE_SUBJECTS = _ROLE_SUBJECTS


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a word of address after a name or a names label, an owner with a
    relative's word, or "is" with a role (what each reading below needs)."""
    words = set(lows)
    return bool(
        words & _AFTER
        or words & _LABELS
        or (words & _OWNERS and words & _KIN)
        or ("is" in words and words & _ROLE_SUBJECTS)
    )


def _spaced(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] == " "


def kin_led_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case names beside a relative's word, after a role and "is", or listed as names."""
    out: list[Candidate] = []
    n = len(toks)
    for i, tok in enumerate(toks):
        low = tok.low
        if tok.capital:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        if low in _AFTER and i > 0 and _spaced(text, toks[i - 1], tok):
            prev = toks[i - 1]
            before = toks[i - 2].low if i > 1 else ""
            if before not in _OWNERS and _candidate(prev, lex):
                out.append((prev.start, prev.end, "name"))
        if low in _LABELS and text[tok.end : tok.end + 1] == ":":
            out.extend(_listed(text, toks, i + 1, lex))
        if nxt is None or not _spaced(text, tok, nxt):
            continue
        if low in _OWNERS and i + 2 < n:
            kin, name = nxt, toks[i + 2]
            if kin.low in _KIN and len(kin.low) > 2 and _spaced(text, kin, name):
                long_enough = len(name.low) > _MIN_AFTER_KIN
                if long_enough and _unknown(name, lex) and not _continues_noun(toks, i + 3):
                    out.append((name.start, name.end, "name"))
        elif low == "is" and _after_role(toks, i):
            out.extend(_named_after_is(text, toks, i + 1, lex))
    return out


def _unknown(tok: Token, lex: Lexicon) -> bool:
    """A candidate that is no everyday word at all ("said", "tea" are given names too)."""
    return tok.kind is not Kind.ORDINARY and _candidate(tok, lex)


def _continues_noun(toks: list[Token], k: int) -> bool:
    """The word after the candidate is a noun it qualifies ("her amma kolam recipe")."""
    return k < len(toks) and toks[k].possessive


def _after_role(toks: list[Token], i: int) -> bool:
    k = i - 1
    if k >= 0 and toks[k].low in _ADVERBS:
        k -= 1
    return k >= 1 and toks[k].low in _ROLE_SUBJECTS and toks[k - 1].low in {"the", "my", "this"}


def _named_after_is(text: str, toks: list[Token], k: int, lex: Lexicon) -> list[Candidate]:
    """ "is priya" closing a clause, and "not leila" right after it."""
    if k >= len(toks) or toks[k].kind is not Kind.NAME or not _unknown(toks[k], lex):
        return []
    name = toks[k]
    rest = text[name.end : name.end + 2]
    out: list[Candidate] = []
    if k + 2 < len(toks) and toks[k + 1].low == "not" and _unknown(toks[k + 2], lex):
        out.append((toks[k + 2].start, toks[k + 2].end, "name"))
    elif not (rest == "" or rest[0] in ",.;!?)\n" or rest.startswith(" -")):
        return []
    return [(name.start, name.end, "name"), *out]


def _listed(text: str, toks: list[Token], k: int, lex: Lexicon) -> list[Candidate]:
    """Words after "names:" joined by commas or "and", while each is a candidate."""
    out: list[Candidate] = []
    while k < len(toks) and _candidate(toks[k], lex):
        out.append((toks[k].start, toks[k].end, "name"))
        if k + 1 >= len(toks):
            break
        gap = text[toks[k].end : toks[k + 1].start]
        if gap == ", ":
            k += 1
        elif gap == " " and toks[k + 1].low == "and" and k + 2 < len(toks):
            k += 2
        else:
            break
    return out
