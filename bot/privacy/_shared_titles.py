"""Words of address typed in lower case in chat that are also everyday words of another
language: Romanian "tanti" (Italian "many"), Portuguese "dona" and "mano" (Catalan "woman",
Spanish "hand"), Kinshasa "papa" (Spanish "the Pope"), Spanish "nena" (girl). Before a name
they are a title ("tanti valea", "mano zeca", "papa fiston"); in a sentence of the other
language they are a word ("tanti auguri", "la dona gran", "con la mano izquierda"). Such a
word counts as a title only where no function word of any language stands right before it
and the word after it is a listed given name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._proper_nouns import Token

WORDS = frozenset("tanti dona mano papa nena".split())


def shared_title_before_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ``toks[i]``, one of ``WORDS``, is a title before the name ``toks[i + 1]``."""
    if i > 0 and toks[i - 1].low in tables().langs:
        return False  # "la dona", "e tanti": a word of that language
    return toks[i + 1].low in lex.given_names
