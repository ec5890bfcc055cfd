"""English kinship words written with a capital: "client, Mother, Stepfather, and the
school social worker", "Father said", "Christmas with Cousins", "Brother or Sister".

Practitioners capitalise the relatives they write about as a form fills its roles, in lists
of who came and as the subject of a sentence. A kinship noun of English names a relation,
not a person; the list and repeat rules read it as a name when a name stands beside it or
when it is a listed given name too ("Sister", "Son"). Alone it is kept.

Recall first: a kinship word before a capitalised word is a title with its name ("Sister
Mary", "Brother Ali", "Mother Teresa") and stays in the name; only a whole one-word name
candidate is kept, so "Big Sister" or a kinship word inside a longer name is left to the
name rules; a word in capitals (a shouted name or an acronym) is left too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._word_classes import without_one_word_names

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

# English kinship nouns, singular and plural
KIN_NOUNS = frozenset(
    (
        "mother mothers father fathers mom moms mum mums mommy mummy momma dad dads daddy "
        "parent parents sister sisters brother brothers sibling siblings son sons daughter "
        "daughters aunt aunts auntie aunties uncle uncles cousin cousins niece nieces nephew "
        "nephews grandmother grandmothers grandfather grandfathers grandma grandmas grandpa "
        "grandpas granny grandparent grandparents grandson grandsons granddaughter "
        "granddaughters stepmother stepfather stepmom stepdad stepson stepdaughter stepsister "
        "stepbrother kids children husband wife"
    ).split()
)
_HINT = re.compile(
    r"\b(?:Mo(?:m|ther)|Mum|Dad|Father|Parent|Sister|Brother|Sibling|Son|Daughter|Aunt|Uncle"
    r"|Cousin|Niece|Nephew|Grand|Step|Kids|Children|Husband|Wife)"
)


def keep_capital_kin_words(text: str, toks: list[Token], found: list[Candidate]) -> list[Candidate]:
    """``found`` without one-word name candidates that are an English kinship noun alone."""
    if not _HINT.search(text):
        return found
    return without_one_word_names(found, toks, lambda i: _kin_alone(text, toks, i))


def _kin_alone(text: str, toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.low not in KIN_NOUNS or not tok.capital or not tok.word[1:].islower():
        return False
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.capital and text[tok.end : nxt.start] in (" ", "'s ", "’s "):
            return False  # "Sister Mary", "Mother Teresa": a title with its name
    return True
