"""A language's or people's month, week or day: "Chamorro Month", "Tongan Language Week".

Heritage months and language weeks are named by a language, or the people who speak it,
before "Month", "Week" or "Day", sometimes with "Language", "Heritage", "History" or
"Culture" between. The proper-noun rules read a language name that is a listed surname or
given name too ("Chamorro") as a person, and the run with it as a name.

Recall first: only a candidate that opens such a run and ends inside it is dropped, only
when the first word is a CLDR language name (``language_names.txt`` or
``tables().languages``) and the run ends in one of those words of time: "Chamorro Month",
but "Chamorro said", "Maria Month" stay names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._function_words import tables
from ._spoken_languages import _english_names  # pyright: ignore[reportPrivateUsage]

if TYPE_CHECKING:
    from ._word_classes import Candidate

# one precompiled search: the run of words this rule reads
_OBSERVANCE = re.compile(
    r"(?=[A-Z])\b([A-Z][a-z'’]+)((?:\s+(?:Language|Heritage|History|Culture))?\s+(?:Month|Week|Day))\b"
)
_HINT = re.compile(r"\b(?:Month|Week|Day)\b")
# the same, a word at a time, each pattern opening with its word (skipped to in C)
_HINTS = tuple(re.compile(rf"{w}(?<!\w{w})\b") for w in ("Month", "Week", "Day"))


def may_hold(text: str) -> bool:
    """Cheap check: a capitalised word of time that names an observance (``_HINT``)."""
    return any(hint.search(text) for hint in _HINTS)


def keep_language_observances(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are a language's month, week or day."""
    whole, _ = _english_names()
    languages = tables().languages
    runs: list[tuple[int, int]] = []
    for m in _OBSERVANCE.finditer(text):
        low = m.group(1).lower().replace("'", "").replace("’", "")
        if low in whole or low in languages:
            runs.append((m.start(), m.end()))
    if not runs:
        return out
    return [c for c in out if not any(c[0] == start and c[1] <= end for start, end in runs)]
