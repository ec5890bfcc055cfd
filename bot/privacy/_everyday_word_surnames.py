"""Family names made of two everyday words, written after a given name: "Winona Two Bulls",
"Jolene Red Cloud", "Delbert Black Elk", "Jesse Crow Dog".

Lakota, Dakota, Crow, Cheyenne and other Plains families (and many others) carry names that
are English words capitalised together. One everyday word after a given name already joins the
name ("Travis Brown"); the second was left behind, so "Winona Two [Bulls]" kept half the family
name. In a run of exactly three capitalised words, a listed given name followed by two
everyday words, the two words are the family name. A colour word among the words of a stop
list ("Black", "White") counts as everyday here; weekdays, months and other stop words do not
("Maria Monday Morning" stays apart), and neither do acronyms or possessives. The sentence
must go on in lower case after the three words: a heading or a greeting ends its line there
("Maria Session Notes", "Anna Happy Birthday!"). Words of a body's kind ("Youth", "Club")
and two words that make a listed phrase ("Happy Hour") are no family name, and the words are
left apart when the last one stands capitalised elsewhere on its own ("Dog walks help").
"""

from __future__ import annotations

import re

from ._lexicon import lexicon
from ._vocab import GENERIC_ORG_WORDS, ORG_SUFFIXES, PERSON_VERBS
from ._word_classes import Kind, Token

_RUN = 3  # a given name and two words
_RUNS = (_RUN, _RUN + 1)  # perhaps after a capitalised word opening the sentence
_OPENERS = (Kind.ORDINARY, Kind.STOP)
# the sentence goes on after the name in lower case ("Winona Two Bulls said", "Jesse Crow Dog
# is 15"): a heading or greeting ends its line ("Maria Session Notes", "Anna Happy Birthday!")
_SENTENCE_GOES_ON = re.compile(r",? ([a-z][a-z']*)")
# what goes on after a person ("Jesse Crow Dog is 15", "Winona Two Bulls what her ...")
_PERSON_GOES_ON = PERSON_VERBS | frozenset("is was has and who what".split())
_COLOURS = frozenset("black white".split())


def _everyday(tok: Token) -> bool:
    if not tok.capital or tok.acronym or tok.possessive:
        return False
    if tok.low in ORG_SUFFIXES or tok.low in GENERIC_ORG_WORDS:
        return False  # "Maria Youth Club", "Tomas Head Start School": a body after a name
    return tok.kind is Kind.ORDINARY or (tok.kind is Kind.STOP and tok.low in _COLOURS)


def family_name_word(text: str, toks: list[Token], run: list[int], pos: int) -> bool:
    """Whether ``toks[run[pos]]`` is a word of a two-word family name (see the module)."""
    if len(run) not in _RUNS or pos < len(run) - 2:
        return False
    if len(run) > _RUN and toks[run[0]].kind not in _OPENERS:
        return False  # "Then Calvin Swift Hawk": an everyday word may open the sentence
    first, one, two = (toks[i] for i in run[-_RUN:])
    after = _SENTENCE_GOES_ON.match(text, two.end)
    return (
        after is not None
        and after.group(1) in _PERSON_GOES_ON
        and first.kind is Kind.NAME
        and not first.possessive
        and _everyday(one)
        and _everyday(two)
        and f"{one.low} {two.low}" not in lexicon().phrases
        and not _alone_elsewhere(toks, run[-1])
    )


def _alone_elsewhere(toks: list[Token], k: int) -> bool:
    """The last word capitalised elsewhere without the word before it ("Jesse Crow Dog ...
    Dog walks help"): a name's words are looked for again wherever they stand, and that one
    would be read as the name too, so the two words are left apart."""
    word, before = toks[k].word, toks[k - 1].word
    return any(
        t.word == word and i != k and (i == 0 or toks[i - 1].word != before)
        for i, t in enumerate(toks)
    )
