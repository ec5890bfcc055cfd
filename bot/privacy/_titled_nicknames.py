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

"Kuya", "manang" and "manong" open a name the same way, and so do the grandparents' words of
the American South and Appalachia ("papaw earl drove him", "his mamaw dot said"). "Ate"
(elder sister, said to any older woman) is also the English past of "eat", so it is a title
only after an owner or a Filipino marker of persons ("her ate joy does the school run",
"si ate bing said"), where no verb stands; there the name after it may be capitalised too
("her ate Lovely stayed"). After a marker of persons ("si", "ni", "kay") the word after the
title is a name whatever follows, and the title, written apart from it there, stays ("si ate
[name]").
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

TITLES = frozenset(
    "tita tito lola lolo kuya manang manong ate"
    # grandparents' names of the American South and Appalachia: "papaw earl", "mamaw dot"
    " papaw pawpaw mamaw meemaw memaw".split()
)
# a title only after an owner or a marker of persons: otherwise the English verb ("she ate rice")
_CUED_ONLY = frozenset({"ate"})
_MARKERS = frozenset("si ni kay sina nina kina".split())  # "si ate bing": a person follows
_CUES = _MARKERS | frozenset("her his my their our your".split())
# English words that go on a sentence after a relative's word ("her lola and tita both helped",
# "her tita who raised her")
_FUNCTION = frozenset(
    "who whom whose which that both all too also and or but nor then so she he they we it her "
    "his him them their there here when where what how why is was are were be been has have had "
    "do does did will would can could should may might must not no yes just only even still "
    "really very lol haha now again the a an this these those of to in on at for with from by"
    " into about before after since until during over under around near through without behind"
    " beside against across along ago later soon once".split()
)
# words for relatives; "baby" is as often what the family calls someone ("Tita Baby")
_RELATIVES = (_KIN | RELATIONS) - {"baby"}
# nouns that make one verb with the next word: "kuya video calls on Sundays", "tita facetimes"
_VERB_HEADS = frozenset("video facetime face phone voice text group home".split())
_BEING = frozenset("is was has had says said".split())
# Words no family calls someone, whatever follows them: how someone is or did ("lolo better
# slept", "tita good went"), when ("lolo week went") and where the day goes ("tita school")
_NO_NICKNAME = frozenset(
    "good bad fine okay ok well great nice happy sad tired sick calm better best worse worst "
    "day days week weekend month year morning night today tonight tomorrow yesterday "
    "school church work home class house".split()
)
_MIN_WORD = 3


def titled_nicknames(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """A title of kinship and the everyday word after it (see the module)."""
    out: list[Candidate] = []
    langs = tables().langs
    for i in range(len(toks) - 1):
        title, word = toks[i], toks[i + 1]
        if title.low not in TITLES or title.possessive or text[title.end : word.start] != " ":
            continue
        cued = i > 0 and toks[i - 1].low in _CUES and text[toks[i - 1].end : title.start] == " "
        if title.low in _CUED_ONLY and not cued:
            continue
        low = word.low
        if not (word.word.islower() or (cued and word.word.istitle())):
            continue
        if not word.word.isalpha() or len(low) < _MIN_WORD:
            continue
        if word.kind is Kind.STOP or low in langs or low in _ADVERBS or low in TITLES:
            continue
        if low in _FUNCTION or low in _RELATIVES or low in _IRREGULAR_PAST or _verb(word, lex):
            continue
        if low in _NO_NICKNAME or _comparative(low, lex):
            continue
        if low in _VERB_HEADS:
            continue
        marked = cued and toks[i - 1].low in _MARKERS
        if marked or word.possessive or _person_goes_on(text, toks, i + 2, lex):
            # after a marker or, capitalised, after an owner the title is written apart from
            # the name ("si ate [name]", "her ate [name]") and stays
            apart = marked or (cued and word.capital)
            out.append((word.start if apart else title.start, word.end, "name"))
    return out


def _person_goes_on(text: str, toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A verb in the past tense or in "-s", or "is", "was", "has" ..., right at ``toks[k]``."""
    if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != " ":
        return False
    nxt = toks[k]
    if not nxt.word.islower():  # "lolo calmer Sat.": a weekday, not the verb "sat"
        return False
    return nxt.low in _BEING or nxt.low in _IRREGULAR_PAST or _verb(nxt, lex)


def _comparative(low: str, lex: Lexicon) -> bool:
    """ "calmer", "happier", "kindest": an everyday adjective's degree, no nickname."""
    for ending in ("er", "est"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            if stem in lex.ordinary or (stem.endswith("i") and stem[:-1] + "y" in lex.ordinary):
                return True
    return False
