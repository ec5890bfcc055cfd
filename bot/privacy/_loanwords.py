"""Everyday words of another language in an English answer, kept as words: "the Biblioteca
is his place", "thought about the Futebol", "her Moestuin".

Practitioners write English with the words of the languages their clients speak, and
capitalise them like the nouns of those languages; after "the" or a possessive, the
proper-noun rules read such a word as the name of a venue, a body or a person.
``_everyday_vocabulary`` keeps these words only in a text written in that language, and an
English answer with one word of it is not.

A candidate of one capitalised word is dropped when the word is an everyday word of
``everyday_words.txt.gz`` (the most frequent words of Spanish, French, Portuguese, Italian,
Dutch and German subtitles; listed given names, surnames, towns, regions and word-names are
never in it, see ``vocabulary``) of four letters or more, it stands right after a determiner
or a possessive that no preposition of place or company precedes ("at the Kavarnik" may be
a venue, "with the Vendedor" a family), and it heads its noun phrase: punctuation, the
text's end or an English function word follows it ("the Sundlaug with her Amma"). A word
before another noun is a modifier of a name ("the Bevo mosque") and stays a candidate, as
does one with a cue of ``_named_by_cue`` (a capitalised word beside it, a word of address,
a kind of place before it, an age or a gloss after it). The subtitles the list is made
from name their characters, so a word of it in a person's slot ("that Bank didn't slam",
"where Chanté stood up") is never read as a loanword: only the slot of a noun after a
determiner is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._everyday_vocabulary import (
    _named_by_cue,  # pyright: ignore[reportPrivateUsage]
    vocabulary,
)
from ._word_classes import token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

Candidate = tuple[int, int, str]

_MIN_LETTERS = 4
_KINDS = frozenset({"name", "place", "org"})
# determiners and possessives, after which a noun stands ("the Werkstatt", "her Moestuin")
_DETERMINERS = frozenset("the her his my their our your".split())
# what may follow the head of a noun phrase: punctuation, the text's end, or an English
# function word ("on the Ostsee beach" has a noun after it: a modifier, left to the rules)
_HEAD_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
# prepositions of place and company before the determiner: what follows may be a venue
# ("at the Kavarnik") or a family ("with the Vendedor"), and stays a candidate
_VENUE_OR_COMPANY = frozenset(
    "with at to in into from near by beside behind outside inside opposite".split()
)
_FUNCTION_AFTER = frozenset(
    """
    with and or but in on at to for of from by into onto about after before during since
    until while when where because so then again too every this that was is were are had
    has have
    """.split()
)


def may_hold_loanwords(lows: list[str]) -> bool:
    """Cheap check: a determiner or possessive stands among the words."""
    return not _DETERMINERS.isdisjoint(lows)


def keep_loanwords(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` without the name candidates made of everyday words of one other language
    that nothing around them names as a person."""
    words = vocabulary(lex)
    kept: list[Candidate] = []
    for cand in out:
        start, end, kind = cand
        if kind in _KINDS:
            first, last = token_range(toks, start, end)
            if _loanword(text, toks, first, last, words):
                continue
        kept.append(cand)
    return kept


def _loanword(
    text: str, toks: list[Token], first: int, last: int, words: dict[str, frozenset[str]]
) -> bool:
    """``toks[first:last]`` is one capitalised everyday word of another language heading a
    noun phrase after a determiner or possessive, with no cue of a name around it."""
    if last - first != 1 or first == 0:
        return False
    tok = toks[first]
    if (
        not tok.capital
        or tok.acronym
        or tok.possessive
        or tok.word.isupper()
        or len(tok.word) < _MIN_LETTERS
        or not tok.word.isalpha()
        or toks[first - 1].low not in _DETERMINERS
        or text[toks[first - 1].end : tok.start] != " "
    ):
        return False
    if first >= 2 and toks[first - 2].low in _VENUE_OR_COMPANY:
        return False  # "chats with the Vendedor", "goes to the Kavarnik": a family, a venue
    langs = words.get(tok.low)
    if langs is None:
        return False
    if not (
        _HEAD_END.match(text, tok.end)
        or (last < len(toks) and not toks[last].capital and toks[last].low in _FUNCTION_AFTER)
    ):
        return False
    return not _named_by_cue(text, toks, first, last, langs)
