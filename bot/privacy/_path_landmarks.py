"""A landmark named by a capitalised everyday word after a preposition of a path.

"walks round the Stray with her friend", "kayaked past the Rapids", "runs along the
Meadows": an everyday word capitalised after "the", where someone walks or goes round,
along, across, past or through it, is the name of one common, park or reach of a town
(written small it is any stray dog). Where someone only is ("sat near the Harbour", "beside
the Harbour") the writer may be capitalising a kind of place: those prepositions are no
cues. Kept: a word for a kind of place or a time that writers capitalise ("through the
Clinic", "round the Harbour", "around the Saturday"), a country or region, a word of three
letters (a short word of another language: "past the Las", a forest in Polish), and the
first word of a longer capitalised name (read by the rules for names).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._named_drop_ins import VENUES

if TYPE_CHECKING:
    from ._lexicon import Lexicon
    from ._word_classes import Candidate

_PATH = re.compile(
    r"(?i:\b(?:round|around|along|across|past|through))\s+the\s+"
    r"(?P<word>[A-Z][a-z]{3,})\b(?![ \t]+[A-Z]|['’-])"
)
_HINTS = ("round", "along", "across", "past", "through")
# words for a kind of place, and times, that writers capitalise
_KINDS = VENUES | frozenset(
    """
    village town city park river sea ocean lake road street lane canal bridge field fields
    harbour harbor port bay pier marina quay docks dock promenade front
    wood woods forest hill hills mountain mountains garden gardens square house home flat
    ward unit building estate block corner world country countryside coast shore water
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday weekend week month year
    winter summer spring autumn fall christmas easter holidays holiday night morning day
    evening afternoon lord bible gospel sun moon stars sky news internet web queue crowd
    """.split()
)


def may_hold(text: str) -> bool:
    """Cheap test: a preposition of a path and "the " in the text."""
    return " the " in text and any(h in text for h in _HINTS)


def path_landmarks(text: str, lex: Lexicon) -> list[Candidate]:
    """Capitalised everyday words after a path preposition and "the" (see the module)."""
    out: list[Candidate] = []
    for m in _PATH.finditer(text):
        low = m.group("word").lower()
        if low in lex.ordinary and low not in _KINDS and not lex.is_region_word(low):
            out.append((m.start("word"), m.end("word"), "place"))
    return out
