"""Lower-case names that a bracket says are a person, where ``_bracketed_lower_names`` passes
over the word because it is also an everyday word or a word of another language.

- "bong (the dad) and tintin came", "tonton (the client, 27, call center) said": a bracket that
  is only "the", "his", "her" or "their" and a person's role (then its end or a comma) says
  the word before it is that person, even when the word is an everyday one ("bong") or a
  relative's word of another language ("tonton"). A possessive role ("the dad's birthday"),
  a word after an article or owner ("the app (the dad)") and relatives' words of English
  ("mum (the client)") are left to the rules that read them.
- "ammu (her nickname, not amma lol)": a bracket that calls the word a name or nickname marks
  a word the lists hold as another language's relative or pet word too.
- "the client (leilani) said": after a role that is no relative ("client", "friend", "teacher"),
  a single listed given name with a name's share of vowels inside the bracket is the person;
  a word in no list there translates the role ("the teacher (kaiako)"), as a relative's
  bracket does ("grandma (nani)").
- "rekha di (the client's sister)", "sunil ji (the dad)": a word of address after a word in
  no list, then a bracket saying who the person is, marks the word before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._bracketed_lower_names import (
    _AFTER_NAMES,
    _NAME_WORDS,
    _OWNERS,
    _PERSONS,
    brackets_after,
)
from ._called_brackets import LAUGHS
from ._decided import record
from ._kin_address import WORDS as KIN_ADDRESS_WORDS
from ._kin_words import KIN_NOUNS
from ._said_lower_names import _VOWELS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_GLOSS_OWNERS = frozenset("the his her their".split())
_GLOSS_KINDS = frozenset({Kind.ORDINARY, Kind.STOP})
_NAMED_KINDS = frozenset({Kind.NAME, Kind.UNKNOWN})
# a role that is no relative: what a bracket after it holds is the person, not a translation
_ROLES_NOT_KIN = _PERSONS - KIN_NOUNS - KIN_ADDRESS_WORDS
_MIN_INNER = 3
_MIN_VOWEL_SHARE = 0.34


def glossed_people(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case names a bracket after them, or around them after a role, says are a
    person."""
    out: list[Candidate] = []
    for i, opening, closing, inside in brackets_after(text, toks):
        tok = toks[i]
        if tok.low in _ROLES_NOT_KIN:
            out.extend(_inner_unlisted(toks, i, opening, closing, lex))
        elif tok.low in _AFTER_NAMES:
            out.extend(_before_address(text, toks, i, inside))
        elif _glossed(tok, toks, i, inside):
            out.append((tok.start, tok.end, "name"))
        elif _glosses_it(tok, inside):
            record(tok.start, tok.end)  # "mwanangu (my child)": a word the bracket translates
    return out


def _glosses_it(tok: Token, inside: str) -> bool:
    """A lower-case word of no English list whose bracket reads as its translation, an owner
    and a word with no name among them ("wanangu (my kids)"): not a person's name."""
    words = _words(inside)
    return (
        tok.word.islower()
        and tok.kind is Kind.UNKNOWN
        and 2 <= len(words) <= 3
        and words[0] in _OWNERS
        and _NAME_WORDS.isdisjoint(words)
    )


def _words(inside: str) -> list[str]:
    return [w.strip(',.;:!?"').lower() for w in inside.split()]


def _says_who(inside: str) -> bool:
    """ "the dad", "his wife", "the client, 27, call center": an owner and a role, then the
    bracket's end or a comma."""
    words = inside.split()
    if len(words) < 2 or words[0].lower() not in _GLOSS_OWNERS:
        return False
    role = words[1]
    if role.endswith(","):
        role = role[:-1]
    elif len(words) > 2:
        return False
    return role.lower() in _PERSONS


def _glossed(tok: Token, toks: list[Token], i: int, inside: str) -> bool:
    if tok.capital or not tok.word.isalpha() or tok.possessive:
        return False
    if tok.low in LAUGHS:
        return False  # "pumpkin lol (her nickname)": the laugh names no one
    if i > 0 and toks[i - 1].low in _OWNERS:
        return False  # "the app (the dad)", "her mum (the client)"
    if tok.low in _PERSONS:
        return False  # "mum (the client)": English relatives and roles stay
    if tok.low in _AFTER_NAMES or tok.low in KIN_ADDRESS_WORDS:
        return tok.kind is Kind.STOP and _says_who(inside)  # "tonton (the client, 27)"
    if tok.kind is Kind.STOP and not _NAME_WORDS.isdisjoint(_words(inside)):
        return True  # "ammu (her nickname)"
    return tok.kind in _GLOSS_KINDS and _says_who(inside)


def _name_shaped(tok: Token) -> bool:
    low = tok.low
    if len(low) < _MIN_INNER or not tok.word.isalpha() or not tok.word.islower():
        return False
    return sum(ch in _VOWELS for ch in low) / len(low) >= _MIN_VOWEL_SHARE


def _inner_unlisted(
    toks: list[Token], i: int, opening: int, closing: int, lex: Lexicon
) -> list[Candidate]:
    """ "the client (leilani)": one listed given name filling the bracket after a role."""
    if i + 1 >= len(toks):
        return []
    inner = toks[i + 1]
    if inner.start != opening + 1 or inner.end != closing:
        return []
    if inner.kind is Kind.UNKNOWN and inner.word.islower():
        record(inner.start, inner.end)  # "the teacher (kaiako)": the role's translation
        return []
    if inner.kind is not Kind.NAME:
        return []
    if not _name_shaped(inner) or inner.low in lex.ordinary:
        return []
    return [(inner.start, inner.end, "name")]


def _before_address(text: str, toks: list[Token], i: int, inside: str) -> list[Candidate]:
    """ "rekha di (the client's sister)": the word before a word of address."""
    if i == 0 or text[toks[i - 1].end : toks[i].start] != " ":
        return []
    name = toks[i - 1]
    if name.capital or name.kind not in _NAMED_KINDS or not _name_shaped(name):
        return []
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in _words(inside)]
    if len(words) < 2 or words[0] not in _GLOSS_OWNERS or words[1] not in _PERSONS:
        return []
    return [(name.start, name.end, "name")]
