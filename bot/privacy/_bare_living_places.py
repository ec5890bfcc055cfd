"""Places typed in lower case right after a verb of living with no preposition between them.

"they both stay emene now", "lives kotokuraba near the lorry station", "she lives farin gada
near the mosque", "they stay vittin estates": chat in West Africa and elsewhere drops the "in"
after "live" and "stay", and the rules for lower-case places all wait for a preposition
("lives in X", "from X"). Right after "lives", "stay", "staying" ... English puts an adverb or
an adjective ("lives alone", "stay calm", "stays home", "stay strong"), all everyday words; a
word in no list of words (English, function words of other languages, language names, safe
words such as foods, kinship or religious terms) there is where the person lives.

The word must have four letters or more, and the clause must end right after it, or go on with
a small word that may follow a town ("now", "near", "with", "behind" ...) or a noun of a place
("junction", "estates", "area"); one more word in no list may come first ("farin gada").
Pidgin "for" ("they stay for bariga") may stand between the verb and the place. The verb may
open a sentence with a capital ("Lives kotokuraba now."), and more than one space may stand
before the place ("lives  kotokuraba"); a line break may not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import _unknown_word
from ._word_classes import opens_sentence_capitalised

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

VERBS = frozenset("live lives living lived stay stays staying stayed".split())
_PIDGIN_AT = frozenset({"for"})
_MIN_PLACE = 4
# what may follow the place in the same clause
_AFTER = frozenset(
    "now near behind beside opposite close next with w and but so since after by off "
    "junction estate estates area side road street market village town axis station "
    "last lol too also".split()
)
CLAUSE_END = frozenset(".,;:!?)\n")  # marks that end a clause


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of living is among the words."""
    return not VERBS.isdisjoint(lows)


def _ends_or_small(text: str, toks: list[Token], k: int) -> bool:
    """The clause ends after ``toks[k]``, or a small word or a place noun follows it."""
    if k + 1 == len(toks):
        return True
    gap = text[toks[k].end : toks[k + 1].start]
    if gap.strip():
        return gap.strip()[0] in CLAUSE_END
    return toks[k + 1].low in _AFTER


def bare_living_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Places in no list right after "lives", "stay" ... with no preposition."""
    out: list[Candidate] = []
    last = len(toks) - 1
    for i, verb in enumerate(toks[:-1]):
        if verb.low not in VERBS or not (
            verb.word.islower() or opens_sentence_capitalised(text, verb)
        ):
            continue
        j = i + 1
        if toks[j].low in _PIDGIN_AT and j < last:
            j += 1
        gap = text[toks[j - 1].end : toks[j].start]
        if not gap or gap.strip(" "):
            continue
        tok = toks[j]
        if len(tok.word) < _MIN_PLACE or not _unknown_word(tok, lex):
            continue
        if _ends_or_small(text, toks, j):
            out.append((tok.start, tok.end, "place"))
        elif (
            j < last
            and text[tok.end : toks[j + 1].start] == " "
            and _unknown_word(toks[j + 1], lex)
            and _ends_or_small(text, toks, j + 1)
        ):
            out.append((tok.start, toks[j + 1].end, "place"))
    return out
