"""Anonymised highlights: at most one per author, in an order unrelated to who wrote them."""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from bot.limits import ELLIPSIS

EXCERPT_MAX = 300
MIN_LENGTH = 20
HIGHLIGHTS_MAX = 5

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")

Candidate = tuple[bytes, str]
"""A candidate highlight: the SHA-256 digest of its text, and the text."""


def candidate(text: str) -> Candidate | None:
    """`text` as a candidate highlight, or None when it is too short to say anything."""
    text = " ".join(text.split())
    if len(text) < MIN_LENGTH:
        return None
    return hashlib.sha256(text.encode()).digest(), text


def excerpt(text: str, limit: int = EXCERPT_MAX) -> str:
    """The leading whole sentences of `text` that fit in `limit`; else its words, clipped."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        joined = f"{kept} {sentence}" if kept else sentence
        if len(joined) > limit:
            break
        kept = joined
    if kept:
        return kept
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + ELLIPSIS


def default_seed(week_start: date, digests: Iterable[bytes]) -> bytes:
    """A seed that depends only on the week and the set of candidate texts."""
    h = hashlib.sha256(week_start.isoformat().encode())
    for digest in sorted(digests):
        h.update(digest)
    return h.digest()


def choose(
    by_author: Iterable[Sequence[Candidate]],
    *,
    rng: random.Random,
    redact: Callable[[str], str],
    limit: int = HIGHLIGHTS_MAX,
) -> tuple[str, ...]:
    """Pick one candidate per author, shuffle, keep `limit`, then redact and cut those.

    Everything is ordered by text digest before the random steps, so the result depends on
    the texts and the seed only: not on author ids, entry ids or the order of the input.
    """
    groups = sorted((sorted(set(group)) for group in by_author if group), key=lambda g: g[0][0])
    picked = sorted(rng.choice(group) for group in groups)
    rng.shuffle(picked)
    out: list[str] = []
    for _, text in picked:
        if len(out) == limit:
            break
        cleaned = excerpt(redact(text))
        if len(cleaned) >= MIN_LENGTH // 2 and cleaned not in out:
            out.append(cleaned)
    return tuple(out)
