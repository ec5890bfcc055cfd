"""An everyday word typed after a Filipino title of kinship is the person's nickname: "tita baby
said he slept", "tita baby's house is where the kids feel safe", "playing cards with lolo ding
is what keeps him calm".

"Tita", "tito", "lola" and "lolo" open a name the way "don" does, and the name is often an
everyday English word ("baby", "ding", "bing", "joy"). The word after the title is the name
when the sentence goes on with it as a person: it is an owner ("tita baby's house"), or a verb
in the past tense or in "-s", or "is", "was", "has", follows it. Function words of any
language and of English ("her tita who raised her"), adverbs ("tita also said"), verbs ("lolo
cooked adobo") and relatives' words ("lola tita") after the title stay; "baby" is as often
what a family calls someone ("tita baby") and goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._function_words import tables
from ._kin_led_names import _KIN
from ._lower_subject_names import _ADVERBS, _IRREGULAR_PAST, _verb
from ._vocab import RELATIONS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

TITLES = frozenset("tita tito lola lolo".split())
# English words that go on a sentence after a relative's word ("her lola and tita both helped",
# "her tita who raised her")
_FUNCTION = frozenset(
    "who whom whose which that both all too also and or but nor then so she he they we it her "
    "his him them their there here when where what how why is was are were be been has have had "
    "do does did will would can could should may might must not no yes just only even still "
    "really very lol haha now again".split()
)
# words for relatives; "baby" is as often what the family calls someone ("Tita Baby")
_RELATIVES = (_KIN | RELATIONS) - {"baby"}
_BEING = frozenset("is was has had says said".split())
_MIN_WORD = 3


def titled_nicknames(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A title of kinship and the everyday word after it (see the module)."""
    out: list[Candidate] = []
    langs = tables().langs
    for i in range(len(toks) - 1):
        title, word = toks[i], toks[i + 1]
        if title.low not in TITLES or title.possessive or text[title.end : word.start] != " ":
            continue
        low = word.low
        if not word.word.islower() or not word.word.isalpha() or len(low) < _MIN_WORD:
            continue
        if word.kind is Kind.STOP or low in langs or low in _ADVERBS or low in TITLES:
            continue
        if low in _FUNCTION or low in _RELATIVES or low in _IRREGULAR_PAST or _verb(word, lex):
            continue
        if word.possessive or _person_goes_on(text, toks, i + 2, lex):
            out.append((title.start, word.end, "name"))
    return out


def _person_goes_on(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A verb in the past tense or in "-s", or "is", "was", "has" ..., right at ``toks[k]``."""
    if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    nxt = toks[k]
    if not nxt.word.islower():  # "lolo calmer Sat.": a weekday, not the verb "sat"
        return False
    return nxt.low in _BEING or nxt.low in _IRREGULAR_PAST or _verb(nxt, lex)
