"""Sports clubs named by one plural word after someone playing for them.

"he plays for the rovers under 14s", "she signed with the Saints", "played for the eagles
last season", "trains with the hawks": a club is often called by one plural noun ("rovers",
"saints", "tigers"), an everyday word typed in either case, so no rule for names reads it;
after a verb of playing, signing or training for a side and "the", it names the one club,
which places a child as much as the school does. `_cued_orgs` reads runs of two or more
capitalised words after the same cues ("trains with Northern Stars").

Kept: what someone plays with ("played with the dogs": "with" only after signing or
training), who or what someone plays for that is no club ("plays for the kids", "plays for the
money", "plays for the under 14s", "plays for the reserves"), a word that is not plural, and
a noun going on after the word ("plays for the saints tournament" is read by other rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_VERBS = frozenset(
    """
    play plays played playing sign signs signed signing train trains trained training
    captain captains captained captaining trial trials trialled trialed trialling
    """.split()
)
_WITH = frozenset(("with", "w"))  # "training w the cowboys"
# "with" only after signing or training: one plays with the dogs, the Suns, the kids
_WITH_VERBS = frozenset(
    "sign signs signed signing train trains trained training trial trials trialled".split()
)
# plurals that say for whom or what, or which grade of a club, not which club
_NO_CLUB = frozenset(
    """
    kids children fans money cameras crowd crowds reserves seconds thirds firsts fourths
    juniors seniors girls boys lads lasses men women ladies mens womens points laughs others
    ones parents families minis colts veterans vets masters opens regulars locals adults
    youngsters teens elders friends mates coaches scouts selectors guys years
    """.split()
)
# what may follow the club's name in its clause: a grade, a time, a small word
_AFTER = frozenset(
    """
    under u juniors seniors reserves firsts colts minis now then again last this next since
    and but so for after before until till when while because cos bc every at in on lol w
    with as
    """.split()
)
_MIN_WORD = 4


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of playing for a side is among the words."""
    return not _VERBS.isdisjoint(lows)


def team_plurals(text: str, toks: list[Token]) -> list[Candidate]:
    """One plural word after "plays for the" and its kin (see the module)."""
    out: list[Candidate] = []
    for i in range(3, len(toks)):
        tok = toks[i]
        if toks[i - 1].low != "the" or toks[i - 3].low not in _VERBS:
            continue
        prep = toks[i - 2].low
        if prep != "for" and (prep not in _WITH or toks[i - 3].low not in _WITH_VERBS):
            continue
        if text[toks[i - 3].end : tok.start] != f" {toks[i - 2].word} {toks[i - 1].word} ":
            continue
        if _club_word(tok) and _clause_goes_on_lightly(text, toks, i):
            out.append((tok.start, tok.end, "org"))
    return out


def _club_word(tok: Token) -> bool:
    low = tok.low
    if tok.possessive or not low.isalpha() or len(low) < _MIN_WORD:
        return False
    if not low.endswith("s") or low.endswith("ss") or low in _NO_CLUB:
        return False
    return tok.word.islower() or tok.word[1:].islower()  # "rovers", "Rovers"; not "ROVERS"


def _clause_goes_on_lightly(text: str, toks: list[Token], i: int) -> bool:
    if i + 1 == len(toks):
        return True
    nxt = toks[i + 1]
    gap = text[toks[i].end : nxt.start]
    if gap != " ":
        return True  # a comma, a full stop, a bracket
    return nxt.low in _AFTER or (nxt.low[:1] == "u" and nxt.low[1:2].isdigit())
