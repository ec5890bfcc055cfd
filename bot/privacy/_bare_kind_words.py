"""Kinds of school and place of worship of other languages standing alone: "the kids are
in Gaelscoil", "he started Realschule", "her brother goes to Madrasa after school".

``_kind_words`` and ``_venues`` read such a word as the head of a name ("Gaelscoil Eoghain",
"Lycée Jean Moulin"): the name follows it. With no name after it (a lower-case word, a
break, the end) it says what kind of school the child attends, as "primary" or "high
school" would, and identifies no one; the rules took the unknown capitalised word for a
place.
"""

from __future__ import annotations

import re

from ._kind_words import ORG_WORDS

Candidate = tuple[int, int, str]

# the kind words of ``_venues`` that lead a name, and those of ``_kind_words`` for bodies
_HEADS = frozenset(
    """
    scoil gaelscoil gaelcholáiste gaelcholaiste coláiste colaiste gurdwara gurudwara masjid
    mandir escuela colegio iglesia igreja sekolah madrasa madrassa madrasah pondok
    """.split()
)
KINDS = (ORG_WORDS | _HEADS) - {"centro", "institut", "ong", "asc", "gie", "zs", "sd", "mts"}
# a name after the kind word: a capitalised word or a number
_NAME_AFTER = re.compile(r"[ \t]+(?:[A-Z0-9À-ÖØ-Þ]|n[o°º]\.?\s*\d)")


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a kind word among the text's words."""
    return not KINDS.isdisjoint(lows)


def keep_bare_kind_words(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are one kind word with no name after it."""
    return [c for c in out if not _bare(text, c)]


def _bare(text: str, cand: Candidate) -> bool:
    start, end, _ = cand
    word = text[start:end]
    if " " in word or word.lower() not in KINDS:
        return False
    return _NAME_AFTER.match(text, end) is None
