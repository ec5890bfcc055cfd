"""People typed in lower case right before where they are from: "tevita from kolofoou came
today", "elisapee from Happy Valley texted", "su su from sanchaung messaged", "malik fra
nuussuaq skrev" (Danish), "tito del barrio" is left: no place follows straight away.

In chat a client is named by the place they come from more than by a surname. Once the
place after "from" (or Danish "fra") is found, a lower-case word before it that is in
no list of everyday words and opens the text or a clause names a person; a word said twice
("su su") goes in whole. Everyday words ("people from", "bro from") and the end of a noun
phrase ("voice msg from", "car rapide from") stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._burmese_names import TITLES as _BURMESE_TITLES
from ._kin_address import BEFORE_NAME
from ._vocab import PEOPLE_SHORTHAND

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# "from" in English and in Danish and Norwegian ("de" and "di" are left out: in French,
# Spanish and Italian they join nouns too, "la maison des jeunes de Douar Hicher")
FROM_WORDS = frozenset({"from", "fra"})
_MIN_NAME = 2
_JOINS = frozenset({"and", "with", "og", "med"})
# words of chat that open a clause before its subject ("ok so ieva from purvciems said",
# "then kalo from mele came"): conjunctions and discourse words, not nouns
_CLAUSE_OPENERS = frozenset(
    "so then but also btw today tonight yesterday finally now anyway well plus update".split()
)
# titles of address typed before the name ("ko kyaw", "tia rosa")
_TITLES = _BURMESE_TITLES | BEFORE_NAME
# chat words for people that no dictionary lists, and practitioners' shorthand ("yp", "cl")
_PEOPLE_WORDS = PEOPLE_SHORTHAND | frozenset(
    "ppl peeps fam fams bro bros sis sissy bestie besties bf gf bff cuz".split()
)


def people_from_places(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """Lower-case names right before "from" and a place in ``found``."""
    places = {start for start, _end, kind in found if kind == "place"}
    if not places and "[place]" not in text:
        return []
    out: list[Candidate] = []
    for k in range(1, len(toks)):
        word, cue = toks[k - 1], toks[k]
        if cue.low not in FROM_WORDS or cue.capital:
            continue
        if cue.end + 1 not in places and not text.startswith("[place]", cue.end + 1):
            continue
        if text[word.end : cue.start] != " " or text[cue.end : cue.end + 1] != " ":
            continue
        if not _lower_name(word, lex):
            continue
        first = k - 1
        if k >= 2 and toks[k - 2].low == word.low and text[toks[k - 2].end : word.start] == " ":
            first = k - 2  # "su su"
        if first >= 1 and toks[first - 1].low in _TITLES and not toks[first - 1].capital:
            first -= 1  # "ko kyaw from thaketa", "tia rosa from luque"
        if _opens_clause(text, toks, first):
            out.append((toks[first].start, word.end, "name"))
    return out


def _opens_clause(text: str, toks: list[Token], i: int) -> bool:
    """``toks[i]`` opens the text or a clause (after a stop, a comma or "and", "with"): the
    subject of a chat line, not the end of a noun phrase ("voice msg from", "car rapide
    from")."""
    if i == 0:
        return not text[: toks[0].start].strip(" \t-*•>")
    gap = text[toks[i - 1].end : toks[i].start]
    return (
        any(c in gap for c in ".!?;:,\n")
        or toks[i - 1].low in _JOINS
        or toks[i - 1].low in _CLAUSE_OPENERS
    )


def _lower_name(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if not tok.word.islower() or tok.possessive or len(low) < _MIN_NAME:
        return False
    if not low.replace("'", "").isalpha() or low in lex.always_ordinary or low in _PEOPLE_WORDS:
        return False
    return low not in lex.ordinary
