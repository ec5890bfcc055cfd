"""The name a client gives a problem, a feeling or a goal: "he called his anxiety Dukkha",
"she named the worry Megla", "named her goal Freedom".

Externalising (narrative practice) has the client name the problem as if it were a
character, and solution-focused work names goals the same way; the name stands right after
a verb of naming and the noun of what is named. The name of a feeling is no one's: a
candidate of capitalised words right after "named|called|calls|nicknamed" + a determiner or
possessive + one of these nouns is dropped, and so is the same name where the text uses it
again. A person named there ("called his brother
Fadi", "named her daughter Nora") is untouched: only the nouns of problems, feelings, parts
and goals open the slot.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str]

_NAMED = (
    "anxiety anxieties worry worries fear fears anger rage temper sadness depression panic "
    "grief shame guilt stress pain mood moods voice voices feeling feelings part parts "
    "problem problems habit urge urges craving cravings goal goals dream dreams critic "
    "monster thoughts thought ocd adhd trauma loneliness tiredness fatigue tantrums"
)
_SLOT = re.compile(
    r"(?i)\b(?:named|names|name|naming|called|calls|call|calling|nicknamed)\s+"
    r"(?:the|his|her|my|their|our|your|this|that|its)\s+(?:inner\s+|own\s+)?"
    r"(?:" + "|".join(_NAMED.split()) + r")\s+[\"“']?$"
)
_REACH = 48
_WORDS = frozenset(_NAMED.split())


def may_hold_externalised(lows: list[str]) -> bool:
    """Cheap check: a noun of a problem, feeling or goal stands among the words."""
    return not _WORDS.isdisjoint(lows)


def keep_externalised_names(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the names given to a problem, a feeling or a goal, wherever the
    text names it again ("named the problem el Monstruo ... when el Monstruo lost")."""
    given = {
        _bare(text[start:end])
        for start, end, _ in out
        if _SLOT.search(text[max(0, start - _REACH) : start])
    }
    if not given:
        return out
    return [c for c in out if _bare(text[c[0] : c[1]]) not in given]


def _bare(words: str) -> str:
    """The candidate's words in lower case, without an article of Spanish or Portuguese
    before them ("el Monstruo" and "Monstruo" name the same)."""
    low = words.lower()
    for article in ("el ", "la ", "o ", "a ", "the "):
        if low.startswith(article):
            return low[len(article) :]
    return low
