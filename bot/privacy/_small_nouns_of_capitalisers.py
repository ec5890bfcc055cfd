"""A lower-case word after "the" in the text of a writer who capitalises: "this year he went
to the majlis", "she was in the shamba all morning", "they sat in the diwan".

A writer who opens every sentence with a capital writes the names of places with one too;
a word they type small after an article is a noun, often a loanword for a room, a field or a
gathering that no English list holds. Read after "to the" or "in the" it looked like a town
typed in chat. Only a one-word place candidate typed in lower case right after "the" is
kept, and only in a text whose every sentence opens with a capital (chat typed all small
shows nothing by its capitals); an opening that is a placeholder or a word the rules found
shows nothing either way (redacting again must judge the text the same). A word before the
head of a place of service ("the voivodeship office", "the medina clinic") may name it and
stays removed, and so does a word that a text typed in capitals would read small once
folded ("TO THE SHEDD").
"""

from __future__ import annotations

import re
from functools import cache

from ._capitals import folded
from ._served_places import HEADS as SERVED_HEADS

Candidate = tuple[int, int, str]

_OPENINGS = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'“‘(]?([^\W\d_]|\[)")
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
    if not small or not _capitalises(text, {c[0] for c in out}):
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


def _capitalises(text: str, found: set[int]) -> bool:
    """Every sentence opens with a capital. An opening that is a placeholder or a word found
    (``found``: where candidates start) shows nothing: read again with the placeholder
    there, the text must be judged the same; one other opening at least must show it."""
    openings = [
        m.group(1)
        for m in _OPENINGS.finditer(text)
        if m.start(1) not in found and m.group(1) != "["
    ]
    return len(openings) >= _MIN_SENTENCES and all(c.isupper() for c in openings)
