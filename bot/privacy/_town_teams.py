"""A town's name that stands for its football or rugby team: "he watches Liverpool every
weekend", "she supports Everton", "the Leeds match", "a Wigan shirt".

Clubs are named after their towns, and a team watched, supported or worn by thousands
identifies no one: what a client does as a pastime is no place of hers. A lone listed
town is kept when a verb of following a team stands right before it (support, watch, a
fan or supporter of) or a word of a team's day or kit right after it (match, game,
fixture, fans, shirt, jersey, kit, scarf). A word that is also a listed given name or
surname stays a name ("supports Chelsea" may be a friend), and a place after a preposition
of place is untouched ("moved to Liverpool", "the match in Leeds").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._word_classes import token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Token

Candidate = tuple[int, int, str]

_FOLLOWED_BEFORE = re.compile(
    r"(?i)\b(?:supports?|supported|supporting|watch|watches|watched|watching|"
    r"fans?\s+of|supporters?\s+of)\s+$"
)
_TEAM_THINGS_AFTER = re.compile(
    r"\s+(?:match|matches|game|games|fixture|fixtures|fans?|supporters?|shirt|shirts|jersey|"
    r"jerseys|kit|scarf|season\s+ticket)\b",
    re.IGNORECASE,
)
_REACH = 24
_TEAM_WORDS = frozenset(
    "match matches game games fixture fixtures fan fans supporter supporters shirt shirts "
    "jersey jerseys kit scarf season supports supported supporting watch watches watched "
    "watching".split()
)


def may_hold_town_teams(lows: list[str]) -> bool:
    """Cheap check: a word of following a team or of its match day stands in the text."""
    return not _TEAM_WORDS.isdisjoint(lows)


def keep_town_teams(
    text: str, toks: list[Token], out: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``out`` without the lone towns named as the team that is followed."""
    return [c for c in out if not _town_team(text, toks, c, lex)]


def _town_team(text: str, toks: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    start, end, _ = cand
    first, last = token_range(toks, start, end)
    if last - first != 1:
        return False
    tok = toks[first]
    low = tok.low
    if not tok.capital or tok.possessive or low not in lex.places:
        return False
    if low in lex.given_names or low in lex.surnames:
        return False
    before = text[max(0, start - _REACH) : start]
    return bool(_FOLLOWED_BEFORE.search(before) or _TEAM_THINGS_AFTER.match(text, end))
