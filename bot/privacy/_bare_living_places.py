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

"both live beetham gardens n both said", "she lives up handsworth wood w her daughter": a word in
no list and a word that ends the name of a part of a town ("gardens", "park", "heights",
"wood" ...) are a place there too, and "up" or "down" may stand before it as "for" does. "he
stays new haven behind the station", "lives west point near the beach": a listed town of two
lower-case words is one too, whatever its words ("lives alone", "stay strong" name no listed
town of two words; one everyday word that is a town somewhere, "stay humble", is left).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import _unknown_word
from ._vocab import AREA_SUFFIXES
from ._word_classes import opens_sentence_capitalised

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

VERBS = frozenset("live lives living lived stay stays staying stayed".split())
_PIDGIN_AT = frozenset({"for", "up", "down"})
# last words of the name of a part of a town after a word in no list: "beetham gardens"
_AREA_ENDS = AREA_SUFFIXES | frozenset({"wood", "woods"})
# first words that make two words an everyday phrase, not a listed town
_NOT_TOWN_OPENERS = frozenset("the a an my his her their our your this that no".split())
_MIN_PLACE = 4
# what may follow the place in the same clause
_AFTER = frozenset(
    "now near behind beside opposite close next with w and but so since after by off "
    "junction estate estates area side road street market village town axis station "
    "last lol too also way n".split()
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
        pair = j < last and text[tok.end : toks[j + 1].start] == " "
        if pair and _listed_pair(text, toks, j, lex):
            out.append((tok.start, toks[j + 1].end, "place"))  # "stays new haven behind"
            continue
        if len(tok.word) < _MIN_PLACE or not _unknown_word(tok, lex):
            continue
        if pair and toks[j + 1].low in _AREA_ENDS and _ends_or_small(text, toks, j + 1):
            out.append((tok.start, toks[j + 1].end, "place"))  # "live beetham gardens n"
        elif _ends_or_small(text, toks, j):
            out.append((tok.start, tok.end, "place"))
        elif (
            j < last
            and text[tok.end : toks[j + 1].start] == " "
            and _unknown_word(toks[j + 1], lex)
            and _ends_or_small(text, toks, j + 1)
        ):
            out.append((tok.start, toks[j + 1].end, "place"))
    return out


def _listed_pair(text: str, toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "new haven", "west point": a listed town of two lower-case words, no region, ending
    the clause or followed by a small word."""
    first, second = toks[j], toks[j + 1]
    if first.low in _NOT_TOWN_OPENERS or not (first.word.isalpha() and second.word.isalpha()):
        return False
    if not (first.word.islower() and second.word.islower()):
        return False
    pair = f"{first.low} {second.low}"
    return (
        pair in lex.places
        and pair not in lex.regions
        and pair not in lex.phrases
        and _ends_or_small(text, toks, j + 1)
    )
