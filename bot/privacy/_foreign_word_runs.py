"""Runs of capitalised everyday words of one other language, kept in a text of any language.

A note written in English names the services, roles and programmes of the client's country
in their own language, capitalised as titles ("the Assistente Social reported", "the
Enfermeira Escolar noticed", "she collects the Bolsa Família"). ``_everyday_vocabulary``
keeps such words only in a text written in that language; in an English note the
proper-noun rules read the run as a name.

Recall first: a candidate is kept only when it is a run of at least two capitalised words,
every word an everyday word of one and the same language of ``everyday_words.txt.gz``
(listed given names, surnames, towns and word-names are never everyday there: "Dona Maria",
"Vila Nova" stay), the function words of that language only between them ("de", "da"), one
word at least no English word, and no listed place as a whole. A word for a kind of place
or body anywhere in the run keeps it a name ("Praia Grande", "Associação Casa", "Junta de
Vecinos": one neighbourhood's board). The language shows elsewhere in the note too: another
word outside the run is an everyday word of it and no English word. A preposition of place
right before the run makes it a place ("lives in Areia Preta"), a function word and a
capitalised word right after it a longer name ("Casa do Brasil do Minho"). The cues of
``_everyday_vocabulary`` keep it too: a capitalised word beside it, a word of address in or
before it, a kind of place or body before it, an age or a gloss in brackets after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._everyday_vocabulary import (
    _AGE_OR_GLOSS_AFTER,  # pyright: ignore[reportPrivateUsage]
    _capital_beside,  # pyright: ignore[reportPrivateUsage]
    _lows_of,  # pyright: ignore[reportPrivateUsage]
    vocabulary,
)
from ._foreign_clauses import _ADDRESS as ADDRESS_WORDS  # pyright: ignore[reportPrivateUsage]
from ._function_words import tables
from ._joined_phrases import _KIND_HEADS as KIND_HEADS  # pyright: ignore[reportPrivateUsage]
from ._kind_words import TRIGGERS
from ._word_classes import token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# English words that open a sentence before the run, capitalised there: no longer name
_OPENERS = frozenset("the a an his her their my our your this that".split())
_MIN_WORDS = 2  # everyday words in the run: one alone may be anybody's name
# prepositions of place of English and of the list's languages: a run after one is a place
_PLACE_BEFORE = frozenset(
    "in at from to near into off on around outside inside em no na nos nas ao à pra pro "
    "en al del au aux à nel nella naar bij".split()
)


def may_hold(out: list[Candidate], text: str) -> bool:
    """Cheap check: a candidate of several words with a space inside."""
    return any(" " in text[start:end] for start, end, _ in out)


def keep_foreign_word_runs(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` without the runs of capitalised everyday words of one other language."""
    words = vocabulary(lex)
    kept: list[Candidate] = []
    for cand in out:
        start, end, _ = cand
        first, last = token_range(toks, start, end)
        langs = _run_languages(toks[first:last], words, lex)
        if (
            langs
            and not (first > 0 and toks[first - 1].low in _PLACE_BEFORE)
            and not _longer_name_after(toks, last)
            and _language_shown_outside(toks, first, last, langs, words, lex)
            and " ".join(t.low for t in toks[first:last]) not in lex.places
            and not _named_by_cue(text, toks, first, last)
        ):
            continue
        kept.append(cand)
    return kept


def _run_languages(
    inside: list[Token], words: dict[str, frozenset[str]], lex: Lexicon
) -> frozenset[str]:
    """The languages every word of the run belongs to, when it is such a run (else none)."""
    if len(inside) < _MIN_WORDS or not inside[0].capital or not inside[-1].capital:
        return frozenset()
    langs: frozenset[str] | None = None
    content = 0
    foreign = False
    for tok in inside:
        if tok.low in KIND_HEADS:
            return frozenset()
        if tok.capital:
            mine = words.get(tok.low)
            if mine is None or tok.acronym or tok.possessive:
                return frozenset()
            content += 1
            foreign = foreign or tok.low not in lex.ordinary
            langs = mine if langs is None else langs & mine
        else:
            theirs = tables().langs.get(tok.low)
            if theirs is None:
                return frozenset()
            langs = theirs if langs is None else langs & theirs
        if not langs:
            return frozenset()
    if content < _MIN_WORDS or not foreign or langs is None:
        return frozenset()
    return langs


def _longer_name_after(toks: list[Token], last: int) -> bool:
    """A function word and a capitalised word right after the run: "Casa do Brasil"."""
    return (
        last + 1 < len(toks)
        and not toks[last].capital
        and toks[last].low in tables().langs
        and toks[last + 1].capital
    )


def _language_shown_outside(
    toks: list[Token],
    first: int,
    last: int,
    langs: frozenset[str],
    words: dict[str, frozenset[str]],
    lex: Lexicon,
) -> bool:
    """Another word of the text, outside the run, is an everyday word of its language and
    no English word: the note speaks of a country where the language is spoken."""
    for k, tok in enumerate(toks):
        if first <= k < last or tok.low in lex.ordinary:
            continue
        mine = words.get(tok.low)
        if mine is not None and not mine.isdisjoint(langs):
            return True
    return False


def _named_by_cue(text: str, toks: list[Token], first: int, last: int) -> bool:
    """The cues of ``_everyday_vocabulary`` that name the run: a capitalised word beside it
    (but "The" opening the sentence), a word of address in or before it, a kind of place
    or body before it, an age or a gloss in brackets after it."""
    if _capital_beside(text, toks, last, last - 1):
        return True
    if (
        first > 0
        and toks[first - 1].low not in _OPENERS
        and _capital_beside(text, toks, first - 1, first)
    ):
        return True
    prev = _lows_of(toks, first - 2, first)
    if not ADDRESS_WORDS.isdisjoint(_lows_of(toks, first, last) + prev[-1:]):
        return True
    if not TRIGGERS.isdisjoint(prev):
        return True
    return _AGE_OR_GLOSS_AFTER.match(text, toks[last - 1].end) is not None
