"""A lower-case word after "the" in the text of a writer who capitalises: "this year he went
to the majlis", "she was in the shamba all morning", "they sat in the diwan".

A writer who opens every sentence with a capital writes the names of places with one too;
a word they type small after an article is a noun, often a loanword for a room, a field or a
gathering that no English list holds. Read after "to the" or "in the" it looked like a town
typed in chat. Only a one-word place candidate typed in lower case right after "the" is
kept, and only in a text whose every sentence opens with a capital (chat typed all small
shows nothing by its capitals). A word before the head of a place of service ("the
voivodeship office", "the medina clinic") may name it and stays removed, and so does a word
that a text typed in capitals would read small once folded ("TO THE SHEDD").
"""

from __future__ import annotations

import re
from functools import cache

from ._capitals import folded
from ._served_places import HEADS as SERVED_HEADS

Candidate = tuple[int, int, str]

_OPENINGS = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'“‘(]?([^\W\d_])")
_THE_BEFORE = re.compile(r"\bthe\s+$")
_MIN_SENTENCES = 1
# "the voivodeship office", "the medina clinic": the word may be a name of what follows
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:" + "|".join(sorted(SERVED_HEADS | {"office", "offices", "court", "council"})) + r")\b"
)


def may_hold(text: str) -> bool:
    """Cheap check: "the " stands in the text."""
    return "the " in text


def keep_small_nouns(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the lower-case one-word places after "the" of a capitalising writer."""
    small = [c for c in out if _small_after_the(text, c)]
    if not small or not _capitalises(text):
        return out
    return [c for c in out if c not in small]


def _small_after_the(text: str, cand: Candidate) -> bool:
    start, end, kind = cand
    word = text[start:end]
    return (
        kind == "place"
        and word.isalpha()
        and word.islower()
        and _THE_BEFORE.search(text, max(0, start - 5), start) is not None
        and _INSTITUTION_AFTER.match(text, end) is None
        and not _folds_small(word)
    )


@cache
def _folds_small(word: str) -> bool:
    """Whether ``word`` typed in capitals reads small once folded (`_capitals`: "SHEDD" as
    an inflection of "shed"): in a text typed in capitals it may be a name."""
    return f" {word} " in folded(f"WENT TO THE {word.upper()} TODAY")


def _capitalises(text: str) -> bool:
    """Every sentence opens with a capital, and there are two sentences or more."""
    openings = [m.group(1) for m in _OPENINGS.finditer(text)]
    return len(openings) >= _MIN_SENTENCES and all(c.isupper() for c in openings)
