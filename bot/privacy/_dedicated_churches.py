"""Churches named by a kind and what they are dedicated to, typed in lower case: "goes to
church of the good shepherd", "they go to first baptist of oak ridge", "baptised at our
lady of lourdes".

After a cue of attendance ("at", "from", "attends", "to" after a verb of going), a kind of
church ("church", "chapel", "first baptist", "our lady") then "of" and up to three lower-case
words name one congregation, which places a client as much as a street does. A church named
after a country or after God ("church of england", "church of christ", "church of god", "church
of the nazarene") is a denomination, found in every town, and kept; so are the kind alone
and a kind of room ("the chapel of rest").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# kinds of church that a dedication with "of" follows
_KINDS = frozenset(
    """
    church chapel cathedral basilica shrine parish tabernacle assembly fellowship baptist
    methodist presbyterian lutheran episcopal pentecostal lady
    """.split()
)
# words that may open the kind: "first baptist", "the united methodist", "our lady"
_BEFORE_KIND = frozenset("first second third united free our".split())
# what a denomination, not one congregation, is named after
_DENOMINATIONS = frozenset(
    """
    god christ jesus lord nazarene pentecost latter-day saints brethren province scotland
    england ireland wales nigeria india rest ease
    """.split()
)
_CUES = frozenset("at from attend attends attended attending into".split())
_TO_VERBS = frozenset(
    "go goes going went gone moved move moves back sent send took take takes came come".split()
)
# words that end the dedication: function words, times, and what is done there
_ENDS = frozenset(
    """
    the a an and or but so on in at to for with from by of near every each this that his
    her their my our your on sunday sundays saturday saturdays every services service mass
    school primary hall now again since when where who which after before today tonight
    weekly once twice
    """.split()
)
_MAX_WORDS = 3
_MIN_WORD = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: "of" and a kind of church are among the words."""
    return "of" in lows and not _KINDS.isdisjoint(lows)


def dedicated_churches(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Churches named "<kind> of <dedication>" after a cue of attendance."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 2):
        kind = toks[i]
        if kind.low not in _KINDS or kind.capital or toks[i + 1].low != "of":
            continue
        if not (spaced(text, toks, i + 1) and spaced(text, toks, i + 2)):
            continue
        first = _opening(text, toks, i)
        if first is None:
            continue
        end = _dedication(text, toks, i + 2, lex)
        if end is not None:
            out.append((toks[first].start, toks[end].end, "org"))
    return out


def _opening(text: str, toks: list[Token], i: int) -> int | None:
    """Where the name opens, the kind and the words before it, when a cue stands before."""
    k = i
    if k > 0 and toks[k - 1].low in _BEFORE_KIND and spaced(text, toks, k):
        k -= 1
    elif toks[i].low == "lady":
        return None  # "the lady of the house"
    if k > 0 and toks[k - 1].low == "the" and spaced(text, toks, k):
        k -= 1
    first = k + 1 if toks[k].low == "the" else k
    if k == 0 or not spaced(text, toks, k):
        return None
    prev = toks[k - 1]
    if prev.low in _CUES:
        return first
    if prev.low == "to" and k > 1 and toks[k - 2].low in _TO_VERBS:
        return first
    return None


def _dedication(text: str, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last index of the dedication opening at ``toks[j]`` (after "of"), or None."""
    if toks[j].low == "the" and j + 1 < len(toks) and spaced(text, toks, j + 1):
        j += 1
    end = None
    for k in range(j, min(len(toks), j + _MAX_WORDS)):
        tok = toks[k]
        if k > j and not spaced(text, toks, k):
            break
        if tok.capital or not tok.word.isalpha() or tok.low in _ENDS:
            break
        end = k
    if end is None:
        return None
    words = [toks[k].low for k in range(j, end + 1)]
    if words[0] in _DENOMINATIONS or words[0] in lex.regions:
        return None
    if all(len(w) < _MIN_WORD for w in words):
        return None
    return end
