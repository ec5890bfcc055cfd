"""Shifts named as a rota names them: "he was on Lates", "Thursday and Friday on Earlies",
"swapped two Lates for Earlies", "back on Nights".

Rotas in care, retail and hospitals write their shifts as capitalised plurals; "Lates" and
"Earlies" are in no word list, so the rules took them for surnames. A shift's name is no
one's name wherever it stands.
"""

from __future__ import annotations

Candidate = tuple[int, int, str]

SHIFTS = frozenset(
    "lates earlies earlys lateys middles twilights nights long-days long-nights".split()
)


def may_hold(lows: list[str]) -> bool:
    """Cheap check: a shift's name among the text's words."""
    return not SHIFTS.isdisjoint(lows)


def keep_shift_words(text: str, out: list[Candidate]) -> list[Candidate]:
    """``out`` without the candidates that are one shift's name."""
    return [c for c in out if text[c[0] : c[1]].lower() not in SHIFTS]
