"""The name-likeness score (``bot.privacy._name_likeness``): names of many cultures look more
like names than everyday words of several languages do, the table is built deterministically
from the shipped lists alone, and the tagger reads it only for words in no list."""

from __future__ import annotations

import importlib.util
import statistics
import sys
from pathlib import Path
from types import ModuleType

from bot.privacy import _name_likeness
from bot.privacy._lexicon import lexicon
from tests.privacy.tagger_probe import features_of

ROOT = Path(__file__).resolve().parents[2]

# invented examples: given names and family names of South Asia, the Philippines, Malaysia,
# the Pacific, East, West and Southern Africa, Korea and Japan ...
NAMES = (
    "anjali rowena marivic nurhaliza losana ngozi kalani yusuf bongani rajendra priyanka "
    "lakshmi oluwadamilare ifeoma malakai mahalia farhana kwabena"
).split()
# ... and everyday words of Spanish, French, German, Portuguese, Dutch and Italian
WORDS = (
    "cuaderno mantequilla fenêtre boulangerie schreibtisch hausaufgaben caderno geloof "
    "fietsen escritorio lavagna quaderno mittagessen cozinha vergadering tijdschrift"
).split()


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_name_ngrams", ROOT / "bench/build_name_ngrams.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_name_ngrams", module)
    spec.loader.exec_module(module)
    return module


def _name(word: str) -> float:
    s = _name_likeness.scores(word)
    assert s is not None
    return s[0]


def test_names_of_many_cultures_score_above_everyday_words_of_other_languages() -> None:
    names = [_name(w) for w in NAMES]
    words = [_name(w) for w in WORDS]
    assert statistics.mean(names) > statistics.mean(words) + 0.5
    median_word = statistics.median(words)
    assert sum(s > median_word for s in names) >= 0.8 * len(names)
    assert statistics.median(names) > 0 > statistics.median(words)


def test_words_not_of_letters_or_too_short_have_no_score() -> None:
    assert _name_likeness.scores("ab") is None
    assert _name_likeness.scores("r2d2") is None
    assert _name_likeness.buckets("42") == ("na", "na")
    # apostrophes and hyphens are dropped, case does not matter
    assert _name_likeness.scores("Ji-Woo") == _name_likeness.scores("jiwoo")
    assert _name_likeness.normal("O'Neill") == "oneill"


def test_grams_are_padded_two_to_four_letters() -> None:
    assert _name_likeness.grams("abc") == [
        "^a", "ab", "bc", "c$", "^ab", "abc", "bc$", "^abc", "abc$",
    ]  # fmt: skip


def test_buckets_are_ordered_by_score() -> None:
    assert int(_name_likeness.buckets("priyanka")[0]) > int(
        _name_likeness.buckets("schreibtisch")[0]
    )


def test_the_build_is_deterministic_and_order_free() -> None:
    build = _build_module()
    pos = ["marivic", "losana", "kalani", "anjali", "rowena", "nurhaliza"] * 2
    neg = ["fenêtre", "cuaderno", "geloof", "fietsen", "caderno", "quaderno"]
    first = build.encode(build.build([(pos, 1.0)], [(neg, 1.0)]), {})
    second = build.encode(build.build([(reversed(pos), 1.0)], [(sorted(neg), 1.0)]), {})
    assert first == second
    table = build.build([(pos, 4.0)], [(neg, 4.0)])  # each word counts four times
    assert table["^m"] > 0 > table["no$"]  # "^m" only in a name, "no$" only in words
    # a word in both classes counts for neither
    assert build.build([(["mariana"], 1.0)], [(["mariana"], 1.0)]) == {}


def test_the_shipped_table_is_what_the_build_gives_from_the_shipped_lists() -> None:
    build = _build_module()
    name, place = build.tables()
    assert build.encode(name, place) == _name_likeness.TABLE.read_bytes()
    assert _name_likeness.TABLE.stat().st_size <= 300_000


def test_the_tagger_reads_the_score_of_a_word_in_no_list_only() -> None:
    unlisted = features_of("we went with nurhaliza to the market", "nurhaliza")
    assert any(f.startswith("nl=") for f in unlisted)
    assert any(f.startswith("pl=") for f in unlisted)
    assert "anjali" in lexicon().given_names
    listed = features_of("we went with Anjali to the market", "Anjali")
    assert not any(f.startswith(("nl=", "pl=")) for f in listed)
