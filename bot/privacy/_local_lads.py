"""Where someone is from, said as what they are: "seacroft girl, tough as owt", "pennywell
lad, 17", "she's a proper heaton lass".

A word in no list (or a listed town that is no everyday word) right before "lad", "lass",
"girl" or "boy" and their plurals, opening a clause or after "a", "proper", "real" or
"typical", names the estate, suburb or town the person belongs to; everyday words ("tough
girl", "good lad", "a farm boy") and given names stay to the other rules.
"""

from __future__ import annotations

from ._lexicon import Lexicon
from ._word_classes import Candidate, Kind, Token

HEADS = frozenset("lad lads lass lasses girl girls boy boys".split())
_BEFORE = frozenset("a proper real true typical another".split())
_CLAUSE_MARKS = frozenset(".,;:!?()\n")
_MIN_LETTERS = 4


def local_lads(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """The places named as what someone is (see the module's docstring)."""
    out: list[Candidate] = []
    for i in range(len(toks) - 1):
        tok, head = toks[i], toks[i + 1]
        if head.low not in HEADS or text[tok.end : head.start] != " " or tok.possessive:
            continue
        if len(tok.low) < _MIN_LETTERS or not tok.word.isalpha():
            continue
        unlisted = tok.kind is Kind.UNKNOWN
        town = tok.low in lex.places and tok.kind not in (Kind.ORDINARY, Kind.STOP)
        if (unlisted or town) and _opens_clause(text, toks, i):
            out.append((tok.start, tok.end, "place"))
    return out


def _opens_clause(text: str, toks: list[Token], i: int) -> bool:
    if i == 0:
        return not text[: toks[0].start].strip(" \"'“‘")
    if toks[i - 1].low in _BEFORE:
        return True
    return any(c in _CLAUSE_MARKS for c in text[toks[i - 1].end : toks[i].start])
