"""Hospitals named without a kind word, typed in lower case, after a cue of admission or of
a part of a hospital: "admitted to mercy west", "on the ward at the royal free", "the psych
unit at st marys", "discharged from kingsway".

Chat names a hospital by its own words alone ("the royal free", "mercy west"), and each may
be an everyday word, so no rule for names or for institutions with a kind word reads it.
Where the words follow a verb of admission ("admitted to", "discharged from", "transferred
to") or a part of a hospital with "at" ("the ward at", "the 4th floor at", "icu at"), up to
two lower-case words of which one is a name, an everyday word that is also a name ("mercy",
"royal"), a listed place or a word in no list name the one hospital, which places a client
as much as a street does. Kept: everyday words alone ("admitted to rehab", "the ward at
night"), a kind of care ("discharged from the hospice"), a word of time or a function word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._word_classes import Kind, spaced

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate, Token

_ADMISSION = frozenset(
    """
    admitted readmitted re-admitted discharged transferred sectioned airlifted rushed
    """.split()
)
_ADMISSION_PREPS = frozenset("to from at into".split())
# parts of a hospital before "at": "on the ward at", "in the icu at", "the 4th floor at"
_PARTS = frozenset(
    """
    ward wards unit floor icu nicu picu hdu ccu er ed a&e maternity theatre theatres
    bay wing inpatient inpatients outpatients
    """.split()
)
# words that say what kind of care or which part, not which hospital
_CARE_WORDS = frozenset(
    """
    hospital hospitals hosp hospice rehab detox respite home care clinic gp surgery unit ward
    icu nicu picu hdu ccu er ed a&e maternity psych psychiatric inpatient outpatient theatre
    emergency casualty general acute mental health crisis recovery nursing intensive ambulance
    bed beds
    """.split()
)
_OBJECTS = frozenset("him her them me us".split())
_NAMING_KINDS = frozenset((Kind.NAME, Kind.UNKNOWN, Kind.WORD_NAME))
_ENDS = frozenset(
    """
    the a an and or but so on in at to for with from by of near off into this that his her
    their my our your him them me us it he she they i we you now today tonight yesterday
    since because when while after before until till then there here again also too very
    just still last next this every each
    """.split()
)
_MAX_WORDS = 2
_MIN_WORD = 3


def may_hold(lows: list[str]) -> bool:
    """Cheap test: a verb of admission or a part of a hospital is among the words."""
    return not (_ADMISSION.isdisjoint(lows) and _PARTS.isdisjoint(lows))


def lower_care_places(text: str, toks: list[Token], lex: Lexicon) -> list[Candidate]:
    """Hospitals named by lower-case words after a cue of admission or a hospital's part."""
    out: list[Candidate] = []
    for i in range(1, len(toks) - 1):
        prep = toks[i]
        if prep.low not in _ADMISSION_PREPS or not _cued(text, toks, i):
            continue
        j = i + 1
        if toks[j].low == "the" and j + 1 < len(toks) and spaced(text, toks, j + 1):
            j += 1
        if not spaced(text, toks, j):
            continue
        end = _name_end(text, toks, j, lex)
        if end is not None:
            out.append((toks[j].start, toks[end].end, "org"))
    return out


def _cued(text: str, toks: list[Token], i: int) -> bool:
    """A verb of admission before ``toks[i]`` ("admitted to"), or a part of a hospital
    before "at" ("the ward at")."""
    prev = toks[i - 1]
    if toks[i].low == "at" and _numbered_part(text, toks, i):
        return True
    if not spaced(text, toks, i) or prev.capital:
        return False
    if prev.low in _OBJECTS and i > 1:  # "transferred him to"
        prev = toks[i - 2]
        return prev.low in _ADMISSION and spaced(text, toks, i - 1)
    if prev.low in _ADMISSION:
        return True
    if toks[i].low != "at":
        return False
    return prev.low in _PARTS


def _numbered_part(text: str, toks: list[Token], i: int) -> bool:
    """ "ward 12 at", "ward 7b at", "bay 4 at": a part of a hospital and its number before
    ``toks[i]``."""
    prev = toks[i - 1]
    if prev.low in _PARTS:
        return _NUMBER_GAP.fullmatch(text, prev.end, toks[i].start) is not None
    return (
        i > 1
        and len(prev.word) == 1
        and spaced(text, toks, i)
        and toks[i - 2].low in _PARTS
        and _LETTERED_GAP.fullmatch(text, toks[i - 2].end, prev.start) is not None
    )


_NUMBER_GAP = re.compile(r" \d{1,3} ")
_LETTERED_GAP = re.compile(r" \d{1,3}")


def _name_end(text: str, toks: list[Token], j: int, lex: Lexicon) -> int | None:
    """The last word of a hospital's name opening at ``toks[j]``, or None."""
    run: list[Token] = []
    for k in range(j, min(len(toks), j + _MAX_WORDS)):
        tok = toks[k]
        if k > j and not spaced(text, toks, k):
            break
        if tok.capital or not tok.word.isalpha() or tok.low in _ENDS or tok.possessive:
            break
        run.append(tok)
    if not run:
        return None
    nxt = j + len(run)
    if nxt < len(toks) and spaced(text, toks, nxt) and toks[nxt].low in _CARE_WORDS:
        return None  # "admitted to mercy hospital": the rules for institutions read it
    if any(t.kind is Kind.STOP or t.low in _CARE_WORDS for t in run):
        return None
    if all(len(t.word) < _MIN_WORD for t in run):
        return None
    if not any(t.kind in _NAMING_KINDS or t.low in lex.places for t in run):
        return None
    return j + len(run) - 1
