"""Words of address typed in lower case in chat, some of them also everyday words of another
language: Romanian "tanti" (Italian "many"), Portuguese "dona" and "mano" (Catalan "woman",
Spanish "hand"), Kinshasa "papa" (Spanish "the Pope"), Spanish "nena" (girl). Before a name
they are a title ("tanti valea", "mano zeca", "papa fiston"); in a sentence of the other
language they are a word ("tanti auguri", "la dona gran", "con la mano izquierda"). Such a
word counts as a title only where no function word of any language stands right before it
and the word after it is a listed given name. Every chat title of these homes needs a word
after it that is no function word of any language ("si avó na Dorchester" names no one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

SHARED = frozenset("tanti dona mano papa nena".split())
# the chat titles of the leaks11 homes: before a function word of any language they name the
# relation, not a person ("si avó na Dorchester": her grandmother in Dorchester)
WORDS = SHARED | frozenset(
    "zonja nena xhaxhi teta tetka tetin dedo strina vujko močiutė dėdė ponia ponas nenea "
    "bunica doamna domnul тётя тетя дядя баба sitti khalto khalo ammo amto jiddo hajje haji "
    "kaka khala bashi bamayo bambuya agogo sekuru ambuya mbuya amai mainini maiguru "
    "babamukuru avó vovó mamana kokwana maman tantine".split()
)


def shared_title_before_name(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether ``toks[i]``, one of ``WORDS``, is a title before the name ``toks[i + 1]``."""
    langs = tables().langs
    if toks[i + 1].low in langs:
        return False  # "avó na Dorchester": a word of a language after it, no name
    if toks[i].low not in SHARED:
        return True
    if i > 0 and toks[i - 1].low in langs:
        return False  # "la dona", "e tanti": a word of that language
    return toks[i + 1].low in lex.given_names
