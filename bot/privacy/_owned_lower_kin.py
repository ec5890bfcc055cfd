"""Kinship words of other languages typed in lower case and owned by someone.

In chat a practitioner writes a client's word for a relative as it is said: "her lola told
her", "his nona is the only one who doesnt yell", "the client's lola joined". A kinship word
that is also a given name ("lola", "nona", "bebe") is read as a name typed in lower case;
yet a name is not owned in English ("her maria told her" is not written), while a relative
is. Once the text owns the word so, its other lower-case mentions ("water the plants with
lola", "at nona's") are that relative too, as with a glossed kinship word.

Recall first: the word must follow "her", "his", "my", "their", "our", "your" or a
possessive ("the client's", "Ana's") with one space, but not "call her" ("they call her lola" gives
a nickname); a word that could be the name after the kinship word ("her lola ising", "his
nona Rosa") undoes the reading; and capitalised mentions are left to the other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._kin_words import _KIN_VOCAB
from ._owned_words import _CALLING, OWNERS
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token


def may_hold(text: str, lows: list[str]) -> bool:
    """Cheap check: a kinship word, and an owner word or a possessive, in the text."""
    words = set(lows)
    if words.isdisjoint(_KIN_VOCAB):
        return False
    return not words.isdisjoint(OWNERS) or "'s " in text or "’s " in text


def keep_owned_lower_kin(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the lower-case mentions of a kinship word the text owns."""
    owned = {
        t.low
        for i, t in enumerate(toks)
        if t.low in _KIN_VOCAB
        and t.word.islower()
        and _owned(text, toks, i)
        and not _name_after(text, toks, i, lex)
    }
    if not owned:
        return found
    return without_one_word_names(
        found,
        toks,
        lambda i: (
            toks[i].word.islower() and toks[i].low in owned and not _name_after(text, toks, i, lex)
        ),
    )


def _owned(text: str, toks: list[Token], i: int) -> bool:
    """ "her lola", "the client's lola": an owner word or a possessive right before."""
    if i == 0:
        return False
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    if prev.possessive:  # the token ends before its "'s"
        return gap in ("'s ", "’s ")
    return gap == " " and prev.low in OWNERS and not _called(text, toks, i - 1)


def _called(text: str, toks: list[Token], k: int) -> bool:
    """ "they call her lola": a verb of calling right before the owner word ``toks[k]``, one
    space apart ("[name], her lola" is no calling: a placeholder's "name" and a comma)."""
    return k > 0 and toks[k - 1].low in _CALLING and text[toks[k - 1].end : toks[k].start] == " "


def _name_after(text: str, toks: list[Token], i: int, lex: Lexicon) -> bool:
    """A word right after that may be the name the kinship word goes before."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    nxt = toks[i + 1]
    return nxt.capital or (nxt.low not in lex.ordinary and nxt.low not in _KIN_VOCAB)
