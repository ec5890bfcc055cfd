"""Towns of 1,000 to 5,000 people of the English-speaking countries (GeoNames cities1000)
are listed places: typed in lower case after "at" they are removed as the larger towns are.
The list holds no everyday English word, given name or surname, no name shorter than five
letters and no name of several everyday words ("big rock"), so such words stay what they
are."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from bot.privacy._lexicon import lexicon
from tests.privacy.redaction_cases import assert_kept, assert_replaced

_SMALL = Path(__file__).resolve().parents[2] / "bot/privacy/data/towns_1000.txt.gz"


def _small_towns() -> list[str]:
    with gzip.open(_SMALL, "rt", encoding="utf-8") as handle:
        return [line for line in handle.read().split("\n") if line and not line.startswith("#")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("her dad works at lakemore on weekends", "lakemore"),
        ("we spent the holidays at eastport w my aunt", "eastport"),
        ("his gran still lives at chiefland, he visits monthly", "chiefland"),
    ],
)
def test_small_town_after_at_is_removed(text: str, town: str) -> None:
    assert_replaced(text, town, "place")


@pytest.mark.parametrize(
    "text",
    [
        "her dad works at home on weekends",
        "we spent the holidays at the beach w my aunt",
        "he was at work when it happened",
    ],
)
def test_everyday_words_after_at_stay(text: str) -> None:
    assert_kept(text)


def test_small_town_list_holds_no_everyday_word_or_short_name() -> None:
    lex = lexicon()
    towns = _small_towns()
    assert towns
    assert all(len(t) >= 5 for t in towns)
    assert not {t for t in towns if t in lex.ordinary or t in lex.always_ordinary}
    assert not {t for t in towns if t in lex.given_names or t in lex.surnames}
    assert not {t for t in towns if " " in t and all(w in lex.ordinary for w in t.split())}
