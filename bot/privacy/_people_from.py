"""People typed in lower case right before where they are from: "tevita from kolofoou came
today", "elisapee from Happy Valley texted", "su su from sanchaung messaged", "malik fra
nuussuaq skrev" (Danish), "tito del barrio" is left: no place follows straight away.

In chat a client is named by the place they come from more than by a surname. Once the
place after "from" (or "fra", "de", "di") is found, a lower-case word before it that is in
no list of everyday words names a person; a word said twice
("su su") goes in whole. Everyday words ("people from", "someone from", "bro from") stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._proper_nouns import Candidate, Token

# "from" in English and Danish, Spanish and Portuguese, Italian
FROM_WORDS = frozenset({"from", "fra", "de", "di"})
_MIN_NAME = 2
# chat words for people that no dictionary lists
_PEOPLE_WORDS = frozenset(
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
        start = word.start
        if k >= 2 and toks[k - 2].low == word.low and text[toks[k - 2].end : word.start] == " ":
            start = toks[k - 2].start  # "su su"
        out.append((start, word.end, "name"))
    return out


def _lower_name(tok: Token, lex: Lexicon) -> bool:
    low = tok.low
    if not tok.word.islower() or tok.possessive or len(low) < _MIN_NAME:
        return False
    if not low.replace("'", "").isalpha() or low in lex.always_ordinary or low in _PEOPLE_WORDS:
        return False
    return low not in lex.ordinary
