"""The capitalised words right after "played" or "watched": a game or a show's title.

"playing Scopa all afternoon", "she teaches him Mariáš", "they watched Boer Zoekt Vrouw":
what is played or watched without an article is a game, a sport, a film or a series; a
person would be played with or against, and one watched doing something ("watched Ana
dance") is followed by what they do; a lone word watched is a show only when how long or
where it was on follows ("watched Bozkurtlar together", "watched Tatort every Sunday"):
"she watched Kowalczyk, then left" may be a person.

Recall first: the run starts one space after the verb; no word of it is a listed given
name or surname ("watched Maria", "played Kowalski"); what follows the run is punctuation,
the end or a joining word ("and", "with", "all", "for", "on" ...), not a verb a watched
person does; places and organisations are left to their own rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._word_classes import run_start, spaced, token_range

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

VERBS = frozenset(
    "play plays played playing watch watches watched watching rewatched binged".split()
)
_WATCHING = frozenset("watch watches watched watching rewatched binged".split())
# what follows a one-word show, not a watched person: how long or where it was on
_SHOWN_AFTER = frozenset("all together again every each until on".split())
# what may follow a title: a joining word or a word of time, not what a person does
_AFTER = frozenset(
    "and or with all for on at in together again every each the a after before until".split()
)


def may_hold(lows: list[str]) -> bool:
    """Whether a verb of playing or watching stands among the text's words."""
    return not VERBS.isdisjoint(lows)


def keep_played_titles(
    text: str, toks: list[Token], found: list[Candidate], lex: Lexicon
) -> list[Candidate]:
    """``found`` without the name candidates inside a title played or watched."""
    return [c for c in found if not (c[2] == "name" and _in_title(text, toks, c, lex))]


def _in_title(text: str, toks: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    first, last = token_range(toks, cand[0], cand[1])
    if first >= last:
        return False
    start = run_start(text, toks, first)  # the run's first word, right after the verb
    if start == 0 or toks[start - 1].low not in VERBS or not spaced(text, toks, start):
        return False
    end = last
    while end < len(toks) and toks[end].capital and spaced(text, toks, end):
        end += 1
    follows = toks[end].low if end < len(toks) and spaced(text, toks, end) else ""
    if follows and follows not in _AFTER:
        return False
    if end - start == 1 and toks[start - 1].low in _WATCHING and follows not in _SHOWN_AFTER:
        return False  # "she watched Kowalczyk, then left": a lone word may be a person
    return all(
        not tok.acronym
        and not tok.possessive
        and tok.low not in lex.given_names
        and tok.low not in lex.surnames
        for tok in toks[start:end]
    )
