"""A listed given name typed in lower case as the one told, asked, met or brought, where the
clause ends or goes on with what they were told: "she is the one who brought fiifi.", "i
texted wanjiku yesterday", "asked kamau if he", "sent the worksheet to emeka this morning".

``_said_lower_names`` reads a name after "told", "with", "saw" only when "he" or "she" comes
later in the sentence, and ``_lower_word_names`` the one told only for its list of
word-names ("told hope to wait"). Right after a verb of telling, calling, meeting or
bringing (or after "to" a few words past a verb of sending: "sent it to emeka") English puts
the person or a thing; a name of the lists that is no everyday word, or an everyday word
listed as a given name in several lists (``_said_lower_names._candidate``, three letters or
more here four), is the person when the clause ends right after it or a word that follows
the one told comes next ("to", "that", "about", "i", "yesterday" ...). After a verb that
brings a thing as often ("brought", "picked") the clause must end there.

A word in no list is left alone here: after these verbs it is as often a service, an app or
a word of another language. Bare "text", "call", "phone" and "ring" are nouns as often as
verbs ("the call mama made"), so only their other forms count. "told mum", "called work",
"brought kiribath for the team" stay; "told kamau's mum" is left to the rules for
possessives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._bare_living_places import CLAUSE_END
from ._said_lower_names import _candidate
from ._word_classes import Kind

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

# verbs whose object right after them is a person (no bare "text", "call", "phone", "ring":
# nouns as often, "the call mama made")
TELLING = frozenset(
    "told tell tells telling texted texting txted messaged msgd dmed called calling rang "
    "phoned asked ask asking met meet meeting reminded remind warned "
    "invited thanked hugged brought bring picked visited visiting emailed "
    "informed inform".split()
)
# verbs that bring a thing as often as a person: the clause must end after the one brought
_THINGS_TOO = frozenset("brought bring picked".split())
# verbs of sending after which "to" leads to a person a few words on: "sent the file to kamau"
SENDING = frozenset(
    "sent send sending gave give giving passed pass forwarded forward handed hand showed "
    "show talked talk talking spoke speak speaking introduced explained".split()
)
_MIN_NAME = 4
_TO_REACH = 4  # words between the verb of sending and its "to"
# what follows the one told in the same clause
_TAILS = frozenset(
    "to that about abt if whether not what how why when where again today yesterday tonight "
    "tmrw tomorrow later back too and i i'll i'd ill we you she he they it this last "
    "before after bc cos coz because".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of telling or of sending is among the words."""
    return not TELLING.isdisjoint(lows) or not SENDING.isdisjoint(lows)


def _ends_or_tail(text: str, toks: list[Token], k: int, tail: bool) -> bool:
    """The clause ends after ``toks[k]``, or (with ``tail``) a word of ``_TAILS`` follows."""
    after = text[toks[k].end : toks[k + 1].start] if k + 1 < len(toks) else text[toks[k].end :]
    if after.strip():
        return after.strip()[0] in CLAUSE_END
    return k + 1 == len(toks) or (tail and toks[k + 1].low in _TAILS)


def _sent_to(toks: list[Token], i: int) -> bool:
    """ "sent it to kamau": ``toks[i - 1]`` is "to" and a verb of sending stands a few words
    before it."""
    if i < 2 or toks[i - 1].low != "to":
        return False
    return any(toks[k].low in SENDING for k in range(max(0, i - 2 - _TO_REACH), i - 1))


def told_names(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Lower-case names after a verb of telling, or after "to" past a verb of sending."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        prev = toks[i - 1]
        if prev.low not in TELLING and prev.low != "to":
            continue
        if text[prev.end : toks[i].start] != " " or prev.capital:
            continue
        tok = toks[i]
        if not _candidate(tok, lex) or tok.kind is Kind.UNKNOWN or len(tok.word) < _MIN_NAME:
            continue
        if prev.low == "to" and not _sent_to(toks, i):
            continue
        if _ends_or_tail(text, toks, i, prev.low not in _THINGS_TOO):
            out.append((tok.start, tok.end, "name"))
    return out
