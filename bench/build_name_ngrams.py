"""Build the anonymizer's name- and town-likeness table (``bot/privacy/data/name_ngrams.tsv.gz``).

Usage:
    python bench/build_name_ngrams.py [--out PATH] [--check]

How much a word's spelling looks like a personal name rather than an everyday word, learned
ONLY from the licensed word lists already shipped in ``bot/privacy/data/`` (see ``NOTICE``;
no new source, and no word of any development set): the positives are the given names and
surnames (Faker's lists and the project's extras), the negatives the everyday words of
English (SCOWL) and of other languages (pyspellchecker's frequency lists, stopwords-iso,
CLDR month, weekday and language names, the project's world words, world things and safe
words). A word listed on both sides is left out of both. The words the tagger judges are in
no English list, so the English words weigh, all together, a tenth (``ENGLISH_SHARE``) of the
other languages' words. A second column, likewise, learns the words of the town lists
(GeoNames, the project's towns) against the same everyday words.

The model is a multinomial naive Bayes over the word's character 2-, 3- and 4-grams, the
word padded with ``^`` and ``$`` ("^ad", "ade$"): each n-gram seen at least ``MIN_COUNT``
times keeps its log-odds ratio, log P(gram | name) - log P(gram | word) with add-one
smoothing, rounded to ``DIGITS`` places, unless it is too weak to matter (``MIN_ABS``).
``bot.privacy._name_likeness`` averages them over a word's n-grams. (A logistic
regression over the same n-grams separated the tagger's candidates no better, with a table
three times the size.)

Deterministic: words, counts and lines are sorted, and the gzip has no name or time stamp,
so the same lists give the same file byte for byte (``--check`` rebuilds in memory and
compares with the shipped file).
"""

from __future__ import annotations

import argparse
import gzip
import io
import math
import sys
from collections import Counter
from collections.abc import Iterable
from functools import reduce
from itertools import chain, repeat
from operator import add
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.privacy._name_likeness import TABLE, grams, normal  # noqa: E402

DATA = ROOT / "bot/privacy/data"
MIN_COUNT = 4  # n-grams seen fewer times over both classes are dropped
MIN_ABS = 0.15  # log-odds nearer zero than this say too little to keep
DIGITS = 2

# (file, column of the word or None for every blank-separated word of a line)
POSITIVE = (
    ("given_names.txt.gz", 0),
    ("given_names_extra.txt", None),
    ("surnames.txt.gz", 0),
    ("surnames_extra.txt", None),
)
PLACES = (("towns.txt.gz", None), ("towns_1000.txt.gz", None), ("towns_extra.txt", None))
ENGLISH = (("common_words.txt", 0),)
ENGLISH_SHARE = 0.1
NEGATIVE = (
    ("everyday_words.txt.gz", 0),
    ("function_words.txt.gz", 0),
    ("cldr_words.txt.gz", 1),
    ("world_words.txt", None),
    ("world_things.txt", None),
    ("safe_words.txt", None),
)


def _lines(path: Path) -> list[str]:
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            text = handle.read()
    else:
        text = path.read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line.strip() and not line.startswith("#")]


def read_words(files: Iterable[tuple[str, int | None]], data: Path = DATA) -> set[str]:
    """The single words of ``files`` (lower case, letters only, three letters or more)."""
    out: set[str] = set()
    for name, column in files:
        for line in _lines(data / name):
            if column is None:
                words = line.split()
            else:
                cols = line.split("\t")
                words = [cols[column]] if column < len(cols) else []
            for word in words:
                low = normal(word)
                if low is not None:
                    out.add(low)
    return out


def build(
    positives: Iterable[tuple[Iterable[str], float]],
    negatives: Iterable[tuple[Iterable[str], float]],
) -> dict[str, float]:
    """The n-gram log-odds table learned from weighted groups of words of the two classes
    (a word in both classes is dropped from both; each group's words count ``weight`` each)."""
    pos_groups = [(set(words), weight) for words, weight in positives]
    neg_groups = [(set(words), weight) for words, weight in negatives]
    both = set().union(*(w for w, _ in pos_groups)) & set().union(*(w for w, _ in neg_groups))
    counts: dict[str, list[float]] = {}
    for k, groups in enumerate((pos_groups, neg_groups)):
        for words, weight in groups:
            seen = Counter(chain.from_iterable(map(grams, sorted(words - both))))
            for g, times in seen.items():
                cell = counts.setdefault(g, [0.0, 0.0])
                # `weight` added once per time seen, one addition after another as a count
                # grows, so that the sums are the same floats to the last bit
                cell[k] = reduce(add, repeat(weight, times), cell[k])
    kept = {g: c for g, c in counts.items() if c[0] + c[1] >= MIN_COUNT}
    size = len(kept)
    total_pos = sum(c[0] for c in kept.values()) + size
    total_neg = sum(c[1] for c in kept.values()) + size
    table: dict[str, float] = {}
    for g in sorted(kept):
        c_pos, c_neg = kept[g]
        ratio = math.log((c_pos + 1) / total_pos) - math.log((c_neg + 1) / total_neg)
        if abs(ratio) >= MIN_ABS:
            table[g] = round(ratio, DIGITS)
    return table


def encode(name: dict[str, float], place: dict[str, float]) -> bytes:
    """The two tables as gzip'd ``gram<TAB>name<TAB>place`` lines (0 where a table lacks
    the n-gram), sorted, without a time stamp."""
    lines = [
        f"{g}\t{name.get(g, 0.0):g}\t{place.get(g, 0.0):g}\n"
        for g in sorted(name.keys() | place.keys())
    ]
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as handle:
        handle.write(
            b"# gram<TAB>name<TAB>place: char 2-4-gram log-odds of a name (a town) against an "
            b"everyday word; built by bench/build_name_ngrams.py from the lists of this folder\n"
        )
        handle.write("".join(lines).encode("utf-8"))
    return buf.getvalue()


def tables(data: Path = DATA) -> tuple[dict[str, float], dict[str, float]]:
    """The name and the place tables, from the lists in ``data``."""
    names, towns = read_words(POSITIVE, data), read_words(PLACES, data)
    english, others = read_words(ENGLISH, data), read_words(NEGATIVE, data)
    # the words the tagger judges are in no English list: English weighs as a tenth of the rest
    weight = ENGLISH_SHARE * len(others) / max(1, len(english))
    negatives = ((english, weight), (others, 1.0))
    return build(((names, 1.0),), negatives), build(((towns, 1.0),), negatives)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TABLE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    name, place = tables()
    blob = encode(name, place)
    print(f"{len(name)} name n-grams, {len(place)} place n-grams")
    if args.check:
        same = args.out.read_bytes() == blob
        print("same as" if same else "DIFFERS from", args.out)
        return 0 if same else 1
    args.out.write_bytes(blob)
    print(f"wrote {args.out} ({len(blob)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
