"""The order affirmations are revealed in: random, so that it says nothing about who wrote them.

Row ids grow with time and authors are tied to when they wrote, so neither id order nor
writing order may be used. The order is drawn from the operating system's randomness.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def reveal_order(items: Sequence[T], rng: secrets.SystemRandom | None = None) -> list[T]:
    """The items in a fresh random order, drawn with `secrets` (not guessable from the ids)."""
    shuffled = list(items)
    (rng or secrets.SystemRandom()).shuffle(shuffled)
    return shuffled
