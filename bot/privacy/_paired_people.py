"""Two lower-case names joined by "and" that open a sentence as the subject of a person's verb:
"gosia and bartek (married 12 yrs) said", "zé and tó (brothers, 10 and 12) came", "tevite and
sione both laughed".

``_said_lower_names`` reads one name before "said"; a pair, and a pair with a bracket between
it and its verb, were read by nothing unless one of them had been found already. Both words
must be names of the lists that are no everyday word or words in no list
(``_said_lower_names._candidate``), or two-letter words with an accent that no language's
function-word table holds ("zé", "tó"); the pair opens the text, a sentence, a line or a clause;
and after it comes a bracket saying who they are ("brothers, 10 and 12", "married 12 yrs",
"his twins") or, past at most one bracket, a verb of speaking or coming, "both" or "each".
The same words typed again in the text are the same people. Everyday and kinship words in the
same slot ("mum and dad said", "work and school both", "lola and lolo came") are no
candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._function_words import tables
from ._lower_word_names import _PERSON_ONLY as SAYING
from ._lower_word_names import _ROLES as ROLE_WORDS
from ._said_lower_names import _after_opener, _candidate
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_JOINS = frozenset({"and", "&", "n"})
_AFTER_PAIR = SAYING | frozenset(
    "both each came come arrived showed turned rocked popped walked sat talked".split()
)
_OWNERS = frozenset("the his her their my our".split())
_RELATIONS = frozenset("married couple siblings twins engaged".split())
_AGES = re.compile(r"\d{1,2}(?:,? and |, ?|&| & )\d{1,2}")
_SHORT = 2
_REACH = 60


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a joining word and a verb or word that can follow a pair of people."""
    return not _JOINS.isdisjoint(lows) and not _AFTER_PAIR.isdisjoint(lows)


def paired_people(
    text: str, toks: list[Token], lex: Lexicon, starts: Callable[[int], bool]
) -> list[Candidate]:
    """Pairs of lower-case names opening a clause before a person's verb."""
    out: list[Candidate] = []
    for i in range(len(toks) - 3):
        if toks[i + 1].low not in _JOINS:
            continue
        left, right = toks[i], toks[i + 2]
        if text[left.end : right.start] != f" {toks[i + 1].word} ":
            continue
        if not (_name_like(left, lex) and _name_like(right, lex)):
            continue
        if not (starts(i) or _after_opener(text, toks, i)):
            continue
        if _verb_follows(text, toks, i + 3):
            out += [(left.start, left.end, "name"), (right.start, right.end, "name")]
    if not out:
        return out
    # the same words again are the same two people ("zé said tó helped him")
    found = {text[s:e] for s, e, _ in out}
    done = {s for s, _, _ in out}
    return out + [(t.start, t.end, "name") for t in toks if t.word in found and t.start not in done]


def _name_like(tok: Token, lex: Lexicon) -> bool:
    if tok.capital or tok.possessive or not tok.word.islower():
        return False
    if len(tok.low) == _SHORT:
        return (
            tok.kind is Kind.UNKNOWN
            and tok.word.isalpha()
            and not tok.word.isascii()
            and tok.low not in tables().langs
            and tok.low not in lex.ordinary
        )
    return tok.kind is not Kind.ORDINARY and _candidate(tok, lex)


def _says_who(inside: str) -> bool:
    """ "(brothers, 10 and 12)", "(married 12 yrs)", "(his twin)": a bracket saying the two
    are people: a relation first (after an owner), or their ages."""
    words = [w.strip(",;:").lower() for w in inside.split()]
    if words and words[0] in _OWNERS:
        words = words[1:]
    if not words:
        return False
    first = words[0]
    if first in _RELATIONS or first in ROLE_WORDS:
        return True
    return (first.endswith("s") and first[:-1] in ROLE_WORDS) or _AGES.fullmatch(inside) is not None


def _verb_follows(text: str, toks: list[Token], k: int) -> bool:
    """After the pair, past at most one bracket: a verb of speaking or coming, "both"."""
    if k >= len(toks):
        return False
    gap = text[toks[k - 1].end : toks[k].start]
    if gap.strip() == "(":
        k0 = k
        closing = text.find(")", toks[k].start, toks[k].start + _REACH)
        if closing < 0:
            return False
        while k < len(toks) and toks[k].start < closing:
            k += 1
        if _says_who(text[toks[k0].start : closing]):
            return True
        if k >= len(toks) or text[closing + 1 : toks[k].start] != " ":
            return False
    elif gap != " ":
        return False
    return toks[k].low in _AFTER_PAIR
