"""Feelings and parts talked to as characters, after "the": "the Anger stayed home", "when
the Worry visits", "("the Critic" as a visitor)", "the Sadness calmed down".

Parts work and externalising give a feeling a capital and let it act like a person, so the
verbs after it ("stayed home", "visits", "said") read as a person's. A person is not "the"
anything, though: a singular feeling or a part's role right after "the" (in quotes or not)
is the feeling. A family after it ("the Hope family"), a plural ("the Angers") or another
capital after it ("the Joy Foundation") leave it removed; so does a title before "the"
("Mr the ..." never occurs, but "Pastor Joy" has no "the").
"""

from __future__ import annotations

import re

from ._vocab import FAMILY_NOUNS

Candidate = tuple[int, int, str]

FEELINGS = frozenset(
    """
    anger rage fury worry worries fear sadness sorrow shame guilt grief anxiety panic dread
    loneliness jealousy envy despair hope joy calm doubt gloom misery hurt pain temper
    depression stress frustration resentment bitterness boredom critic protector manager
    firefighter exile bully monster voice worrier perfectionist
    """.split()
)
_THE_BEFORE = re.compile(r"\bthe\s+[\"“‘']?$", re.IGNORECASE)
_NOT_AFTER = re.compile(r"[\"”’']?\s+(?:[A-Z]|(?:" + "|".join(sorted(FAMILY_NOUNS)) + r")\b)")


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a feeling's word stands among the words."""
    return not FEELINGS.isdisjoint(lows)


def keep_feeling_parts(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the feelings and parts named after "the"."""
    return [c for c in out if not _part(text, c)]


def _part(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    if word.lower() not in FEELINGS or not word[:1].isupper():
        return False
    if not _THE_BEFORE.search(text, max(0, start - 6), start):
        return False
    return _NOT_AFTER.match(text, end) is None
