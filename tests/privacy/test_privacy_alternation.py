"""Word alternations written as tries match what the plain alternations match.

``words_longest_first`` writes a list of words as a trie; a regex holding it must find the
same matches as one holding the words joined longest first, wherever the text stands
(the shape rules rely on it for months and weekdays of many languages).
"""

from __future__ import annotations

import random
import re

import pytest

from bot.privacy._alternation import words_longest_first
from bot.privacy._calendar_dates import _MONTHS as CALENDAR_MONTHS
from bot.privacy._foreign_shapes import _MONTH_WORDS as FOREIGN_MONTHS
from bot.privacy._function_words import tables
from bot.privacy._script_dates import _MONTH_NAMES as SCRIPT_MONTHS
from bot.privacy._weekday_days import _WEEKDAYS
from bot.privacy._world_dates import _MONTHS as WORLD_MONTHS


def _plain(words: list[str]) -> str:
    return "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))


def _texts(words: list[str], seed: int) -> list[str]:
    """Words of the list, cut short, run on and recased, between days, years and gaps."""
    rng = random.Random(seed)
    pieces = [*words, "ıyun", "İyul", "ſept", "KASIM", "ay", "de", "x"]
    out: list[str] = []
    for _ in range(600):
        parts: list[str] = []
        for _ in range(rng.randint(1, 6)):
            word = rng.choice(pieces)
            word = word[: rng.randint(1, len(word))] if rng.random() < 0.2 else word
            word = word.upper() if rng.random() < 0.2 else word
            word += rng.choice(pieces) if rng.random() < 0.1 else ""
            parts.append(word)
            parts.append(rng.choice([" ", "  ", " 12 ", "-", ". ", " 2024 ", ""]))
        out.append(str(rng.randint(1, 31)) + " " + "".join(parts))
    return out


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("world months", list(WORLD_MONTHS)),
        ("calendar months", list(CALENDAR_MONTHS)),
        ("weekdays", list(_WEEKDAYS)),
        ("foreign months", list(FOREIGN_MONTHS)),
        ("script months", list(SCRIPT_MONTHS)),
        ("cldr months", sorted(tables().months)),
        ("prefixes", ["a", "ab", "abc", "abd", "b", "ba", "i", "ı", "is", "ıs", "s", "ſt", "st"]),
    ],
)
@pytest.mark.parametrize("ignore_case", [True, False])
def test_trie_matches_what_the_plain_alternation_matches(
    name: str, words: list[str], ignore_case: bool
) -> None:
    """Same matches, alone and inside the contexts the date rules put them in."""
    flags = re.IGNORECASE if ignore_case else 0
    trie = words_longest_first(words, ignore_case=ignore_case)
    plain = _plain(words)
    for context in (
        "(?:{})",
        r"\d+\s+(?:{})(?:\s+\d{{4}})?(?!\w)",
        r"(?:{})\.?\s+\d+\b",
        "(?:{}).?",
    ):
        new = re.compile(context.format(trie), flags)
        old = re.compile(context.format(plain), flags)
        for text in _texts(words, seed=len(name)):
            assert [m.span() for m in new.finditer(text)] == [
                m.span() for m in old.finditer(text)
            ], (name, context, text)


def test_every_word_matches_whole() -> None:
    """Each word, in any case, is matched whole, and a word cut short is not."""
    words = list(WORLD_MONTHS)
    pattern = re.compile(f"(?:{words_longest_first(words, ignore_case=True)})", re.IGNORECASE)
    for word in words:
        assert pattern.fullmatch(word)
        assert pattern.fullmatch(word.upper())
    assert not pattern.fullmatch("janvie")
