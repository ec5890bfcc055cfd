"""Employers named by everyday words typed in lower case: "his shift at polar on the 12th",
"his job at universal", "the good days are when he's working at lagoon".

`_unlisted_employers` reads a word in no list after a cue of work ("works at", "her shift
at", "started at"); a business is as often named by an everyday word, and after such a cue,
with no article, the word says where, not what kind: "works at the bakery" (an article),
"works at night", "started at school", "job at home" (a time, or a kind of place) stay. A
word of kind, of time or of whose ("works at his uncle's") is never read; up to three
everyday words go, unless a noun of a kind of workplace follows them ("works at chicken
farm", "a job at pizza place" say what kind; "works at home hardware" is left: "home" says
where she is). After a verb of starting the words say when as often as where ("the fights
started at bedtime"): left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._employers import _FILLERS, _work_before
from ._lower_feature_places import HEADS as FEATURE_HEADS
from ._lower_institutions import HEADS as INSTITUTION_HEADS
from ._lower_institutions import KINDS as INSTITUTION_KINDS
from ._lower_institutions import STOPS
from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._word_classes import Candidate, Token

_NAMING = frozenset((Kind.ORDINARY, Kind.WORD_NAME))
# words after "at" that say when, how much, how or at what stage, not where ("working at
# getting up", "started at seven", "works at sea", "working at something new")
_WHEN = frozenset(
    """
    home night nights noon midnight dawn dusk lunch lunchtime dinner breakfast weekend
    weekends times once first last least most all full half random work job level grade
    year stage step page age point rate pace speed height heights length capacity sea ease
    peace something anything everything nothing more less better worse
    one two three four five six seven eight nine ten eleven twelve twenty thirty
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen bedtime playtime recess
    """.split()
)
_MIN_LETTERS = 3
_MAX_WORDS = 3


def everyday_word_employers(text: str, toks: list[Token]) -> list[Candidate]:
    """Lower-case everyday words right after "at" and a cue of work: see the module."""
    out: list[Candidate] = []
    for i in range(1, len(toks)):
        if toks[i - 1].low != "at" or not _naming(toks[i]):
            continue
        if not spaced(text, toks, i) or not _work_before(text, toks, i):
            continue
        if _started(toks, i - 2):
            continue  # "the fights started at bedtime": when, not where
        j = i + 1
        while j < len(toks) and j - i < _MAX_WORDS and spaced(text, toks, j) and _naming(toks[j]):
            j += 1
        if j < len(toks) and spaced(text, toks, j) and _kind(toks[j]):
            continue  # "works at chicken farm", "a job at pizza place": what kind
        out.append((toks[i].start, toks[j - 1].end, "org"))
    return out


# verbs of starting: a thing starts at a time as often as a person starts a job
_STARTS = frozenset("start starts started starting began begin begins".split())


def _started(toks: list[Token], k: int) -> bool:
    """The cue before "at" (past its fillers: "started back at") is a verb of starting."""
    while k >= 0 and toks[k].low in _FILLERS:
        k -= 1
    return k >= 0 and toks[k].low in _STARTS


# nouns of a kind of workplace: the words before them say what kind ("chicken farm")
_WORKPLACES = frozenset(
    """
    place shop shops store stores factory plant site yard warehouse office offices depot
    mill mine wash joint garage farm farms
    """.split()
)


def _kind(tok: Token) -> bool:
    return tok.low in _WORKPLACES or tok.low in FEATURE_HEADS


def _naming(tok: Token) -> bool:
    low = tok.low
    return (
        tok.kind in _NAMING
        and not tok.capital
        and not tok.possessive
        and tok.word.isalpha()
        and len(low) >= _MIN_LETTERS
        and not low.endswith("ing")
        and low not in _WHEN
        and low not in STOPS
        and not _kind(tok)
        and low not in INSTITUTION_KINDS
        and low not in INSTITUTION_HEADS
    )
