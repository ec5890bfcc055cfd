"""Listed towns that are everyday words, typed in lower case, after a cue of living, moving or
coming from that leaves words between the verb and its preposition.

"grew up in hull", "lives out in battle w her nan", "moved back to bath", "back home in hull":
a word of direction or "home" between the verb and "in", "to" or "from"; "moved them from
reading": a person moved; "she's from wellington originally", "pt's originally from sale":
someone being from a town; "from reading to bath": the second town of a move. `_lower_places`
reads such a town only right after the verb and its preposition ("lives in bath"): every word
of it is an everyday English word, so no other rule reads it.

As there, the word must be a listed town (GeoNames) of four letters or more, in no list of
regions, typed in lower case and not read as a name of a person ("hope", "grace"), and the
clause must end right after it or go on only with a small word ("now", "w", "for", "in" ...).
A word for a kind of place or a state ("grew up in care", "moved back to college", "lives out
in the country", "from the start", "back home in time for tea") names no town; after "to" a
word in "-ing" is what someone went back to doing ("went back to reading").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lower_places import _AFTER_TOWN, LIVING_VERBS, MOTION_VERBS
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_VERBS = LIVING_VERBS | MOTION_VERBS | frozenset("settled rents rented renting".split())
# words between a verb of living or moving and its preposition: "grew up in", "back home in"
_PARTICLES = frozenset("up out back over down across away home round".split())
# a person moved or taken: "moved them from reading"
_MOVED = frozenset("them him her us me".split())
_PREPS = frozenset(("in", "to", "from"))
# someone who is from a town: "she's from", "they're from", "pt's originally from"
_BEING = frozenset("is was are were am s re m originally".split())
_COMING = frozenset("comes come came".split())
_PEOPLE = frozenset(
    "i he she they we you who mum mom dad nan gran family fam pt cl client parents".split()
)
# everyday words for a kind of place or a state that are listed towns too
_KINDS = frozenset(
    """
    college university campus downtown uptown countryside valley center centre central metro
    street forest woodland woodlands hillside seaside mission reserve paradise liberty
    progress nice most success union economy welcome justice homestead homeland
    plantation holiday wedding sunshine airport village hamlet trail summit landing parole
    """.split()
)
# small words that may follow the town in its clause: "from wellington originally"
_AFTER = _AFTER_TOWN | frozenset(("originally", "way"))
# listed towns that are a state one goes back to: "went back to normal"
_STATES = frozenset(("normal",))
_KINDS_READ = (Kind.ORDINARY, Kind.UNKNOWN)
_NAME_KINDS = (Kind.NAME, Kind.WORD_NAME)  # "warren", "nelson": towns named as people are
_MIN_TOWN = 4
_APOSTROPHES = ("'", "’")
_MAX_BETWEEN = 2  # words between the verb and its preposition: "moved back up to"


def cued_everyday_towns(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Listed towns of one everyday word after the cues of the module."""
    out: list[Candidate] = []
    for i in range(2, len(toks)):
        prep = toks[i - 1].low
        if prep not in _PREPS or text[toks[i - 1].end : toks[i].start] != " ":
            continue
        moved = prep == "to" and _moved_from(toks, i - 1, lex)  # "moved from leeds to warren"
        if not _town_word(text, toks, i, lex, moved=moved):
            continue
        if prep == "to" and toks[i].low.endswith("ing"):
            continue  # "went back to reading": a doing
        if moved or _cued(text, toks, i - 1):
            out.append((toks[i].start, toks[i].end, "place"))
    return out


def _town_word(text: str, toks: list[Token], i: int, lex: Lexicon, *, moved: bool) -> bool:
    """A listed town typed in lower case, no name of a person (but where someone moved from
    a town, to a town named as people are: "from hamtramck to warren"), ending its clause."""
    tok = toks[i]
    if tok.possessive or not tok.word.islower() or not tok.word.isalpha():
        return False
    if tok.kind not in _KINDS_READ and not (moved and tok.kind in _NAME_KINDS):
        return False  # "lives in hope": a word read as a name too
    low = tok.low
    if len(low) < _MIN_TOWN or low not in lex.places or low in lex.regions or low in _KINDS:
        return False
    if low in _STATES and toks[i - 1].low == "to":
        return False  # "went back to normal"
    if i + 1 == len(toks):
        return True
    gap = text[tok.end : toks[i + 1].start]
    return gap != " " or toks[i + 1].low in _AFTER


def _cued(text: str, toks: list[Token], p: int) -> bool:
    """Whether the preposition ``toks[p]`` follows a cue of the module."""
    if toks[p].low == "from" and _from_someone(text, toks, p):
        return True
    k = _verb_before(toks, p)
    if k < 0 or k == p - 1:
        # no verb, or right after the verb: `_lower_places` reads "lives in bath"; "back
        # home in hull", "she's back home in hull": home, with no verb
        words = [t.low for t in toks[max(0, p - 1 - _MAX_BETWEEN) : p]]
        return k < 0 and any(a == "back" and b == "home" for a, b in _pairs(words))
    return True


def _verb_before(toks: list[Token], p: int) -> int:
    """The index of the verb of living or moving before the preposition ``toks[p]``, with at
    most two words of direction or a person between ("grew up in", "moved them from"), or -1."""
    k = p - 1
    while k > 0 and p - k <= _MAX_BETWEEN and (toks[k].low in _PARTICLES or toks[k].low in _MOVED):
        k -= 1
    return k if toks[k].low in _VERBS else -1


def _moved_from(toks: list[Token], p: int, lex: Lexicon) -> bool:
    """ "moved from leeds to", "drove her from hamtramck to": the "to" of a move from a town
    (listed, or a word in no list) after a verb of living or moving."""
    if p < 3 or toks[p - 2].low != "from":
        return False
    town = toks[p - 1]
    if town.low not in lex.places and town.kind is not Kind.UNKNOWN:
        return False
    return _verb_before(toks, p - 2) >= 0


def _pairs(words: list[str]) -> list[tuple[str, str]]:
    return [(words[j], words[j + 1]) for j in range(len(words) - 1)]


def _from_someone(text: str, toks: list[Token], p: int) -> bool:
    """ "she's from", "they are from", "pt's originally from", "he comes from"."""
    before = toks[p - 1]
    if before.low == "originally":
        return True
    if before.possessive or text[before.end : before.end + 1] in _APOSTROPHES:
        return before.low in _PEOPLE  # "she's from", "they're from": the verb is cut off
    if before.low in _BEING or before.low in _COMING:
        return p > 1 and toks[p - 2].low in _PEOPLE
    return False
