"""Lower-case words in the text of a writer who capitalises names.

In chat, names are typed in lower case ("talked w kiri", "lola said"), so the rules read a
lower-case listed given name ("nada", "rosario", "reza") or a word in no list ("tambor",
"cachupa") as a name when nothing says otherwise. A writer who capitalises the first words
of their sentences and the names they write ("She went with Amara to the ...") types a
name with its capital too: in such a text a lower-case word is a word ("algo is more than
nada", "they pray the rosario", "at the tambor").

A writer capitalises when most of the text's sentences open with a capital and a capitalised
word stands inside a sentence (a name, a place or a word of their own; a placeholder counts as
the capitalised word it replaced). Recall first: only
candidates of kind name made of one lower-case word are kept (a place or an organisation
typed in lower case, "lives in korangi", "zona 3", is left to its rules); a word in a
person's slot stays a name: after a relative's word, a role or a title ("her son kai",
"client ana"), before what a person does ("reza said"), as an owner ("kai's mum"), beside a
capitalised word or a placeholder ("anni Mi", "anni [name]"), and a listed given name after
a word that takes a person ("went with lola", "wrote to ana"). The rules that find names in
such slots run after this one and find them again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._kin_words import _KIN_VOCAB
from ._lexicon import lexicon
from ._name_cues import _person_follows
from ._vocab import RELATIONS, TITLES
from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._word_classes import Candidate, Token


def keep_lower_words(
    text: str, toks: list[Token], found: list[Candidate], starts_sentence: Callable[[int], bool]
) -> list[Candidate]:
    """``found`` without one-word lower-case name candidates, in the text of a writer who
    capitalises sentences and names."""
    if not any(c[2] == "name" and text[c[0]].islower() for c in found):
        return found
    if not _capitalises(text, toks, starts_sentence):
        return found
    given = lexicon().given_names
    return without_one_word_names(
        found,
        toks,
        lambda i: (
            toks[i].word.islower()
            and not _person_slot(text, toks, i)
            and not (toks[i].low in given and i > 0 and toks[i - 1].low in _TAKES_PERSON)
        ),
    )


def _capitalises(text: str, toks: list[Token], starts_sentence: Callable[[int], bool]) -> bool:
    """Most sentences open with a capital, and a capitalised word stands inside one. A
    placeholder counts as the capitalised word it replaced, so that the text reads the same
    once redacted. (One capitalised opener after the first sentence was too little: chat
    that capitalises now and then kept lower-case names.)"""
    opened = capital_openers = 0
    inside = False
    for i, tok in enumerate(toks):
        placeholder = _placeholder(text, tok)
        capital = placeholder or (tok.capital and not tok.acronym and tok.low != "i")
        # a placeholder opening the text opens its sentence, as the name it replaced did
        if starts_sentence(i) or (i == 0 and placeholder and not text[: tok.start - 1].strip()):
            opened += 1
            capital_openers += capital
        elif capital:
            inside = True
    return inside and capital_openers * 2 > opened


def _placeholder(text: str, tok: Token) -> bool:
    return text[tok.start - 1 : tok.start] == "[" and text[tok.end : tok.end + 1] == "]"


# words after which a listed given name is as likely someone as something ("went with
# lola", "wrote to ana", "asked reza"); a word in no list of names is read there as typed
_TAKES_PERSON = frozenset(
    "with w to and or asked told met saw called texted visited for by from".split()
)


def _person_slot(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.possessive or _person_follows(text, toks, i, weak=False):
        return True
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        gap = text[tok.end : nxt.start]
        if (gap == " [" and _placeholder(text, nxt)) or (
            gap == " " and nxt.capital and not nxt.acronym
        ):
            return True  # "anni Mi", "anni [name]": the given name before a surname
    if i == 0:
        return False
    prev = toks[i - 1]
    if _placeholder(text, prev) and text[prev.end + 1 : tok.start] == " ":
        return True  # "[name] anni": a name's second word
    return prev.low in RELATIONS or prev.low in TITLES or prev.low in _KIN_VOCAB
