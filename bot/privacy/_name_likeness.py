"""How much a word's spelling looks like a personal name rather than an everyday word.

Names that leak are mostly from outside the name lists (South Asian, Filipino, Malay,
Pacific, African, Korean ...) and often typed in lower case, while the ordinary words the
anonymizer wrongly removes are mostly everyday words of other languages; the lists say
nothing of a word they lack, but its spelling does, across cultures ("-ndra", "-esh",
"ng-" against "-ción", "-ment", "-lich"). This module scores it: the mean, over the word's
character 2-, 3- and 4-grams (the word padded with ``^`` and ``$``), of each n-gram's
log-odds of standing in a name rather than an everyday word, and likewise in a town's name,
as learned by ``bench/build_name_ngrams.py`` ONLY from the licensed name, town and word lists
shipped beside it (never from development text; see NOTICE). The table
(``data/name_ngrams.tsv.gz``) is read once; scores are cached per word.

The tagger (``_tagger``) reads the scores of a word in no list as a few buckets
(``buckets``).
"""

from __future__ import annotations

import gzip
import threading
from functools import cache, lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "name_ngrams.tsv.gz"
_lock = threading.Lock()
_SIZES = (2, 3, 4)
_MIN_LEN = 3
_DROP = str.maketrans("", "", "'’-")


def normal(word: str) -> str | None:
    """``word`` in lower case without apostrophes and hyphens, or None unless what is left
    is letters only, three or more."""
    low = word.lower().translate(_DROP)
    return low if len(low) >= _MIN_LEN and low.isalpha() else None


def grams(low: str) -> list[str]:
    """The character 2-, 3- and 4-grams of ``low`` padded with ``^`` and ``$``."""
    padded = f"^{low}$"
    return [padded[k : k + n] for n in _SIZES for k in range(len(padded) - n + 1)]


@cache
def _table() -> dict[str, tuple[float, float]]:
    with _lock, gzip.open(TABLE, "rt", encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    table: dict[str, tuple[float, float]] = {}
    for line in lines:
        if line and not line.startswith("#"):
            g, name, place = line.split("\t")
            table[g] = (float(name), float(place))
    return table


_NONE = (0.0, 0.0)


def score_with(low: str, table: dict[str, tuple[float, float]]) -> tuple[float, float]:
    """The mean log-odds of ``low``'s n-grams in ``table``, as a name and as a town (0.0
    for an unseen n-gram)."""
    gs = grams(low)
    get = table.get
    name = place = 0.0
    for g in gs:
        n, p = get(g, _NONE)
        name += n
        place += p
    return name / len(gs), place / len(gs)


@lru_cache(maxsize=65536)
def scores(word: str) -> tuple[float, float] | None:
    """How much ``word`` looks like a name and like a town (above 0: more than like an
    everyday word), or None for a word not of letters only or shorter than three letters."""
    low = normal(word)
    return None if low is None else score_with(low, _table())


_EDGES = (-1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0)


def _quantised(s: float) -> str:
    return str(sum(1 for e in _EDGES if s >= e) - 4)


def buckets(word: str) -> tuple[str, str]:
    """``scores`` in a few buckets each ("-4" lowest ... "3" highest), "na" for no score."""
    s = scores(word)
    if s is None:
        return "na", "na"
    return _quantised(s[0]), _quantised(s[1])
