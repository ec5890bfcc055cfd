"""``folds_as_lower``: where the cheap tests of a case-blind regex's words may read
``text.lower()`` instead of running the regex, beyond ASCII too."""

from __future__ import annotations

import re
import string
import sys

import pytest

from bot.privacy import _shape_hint  # pyright: ignore[reportPrivateUsage]
from bot.privacy._case_blind import folds_as_lower
from bot.privacy._kept_figures import (
    _PUBLIC_HINT,  # pyright: ignore[reportPrivateUsage]
    _THING_NAMED_HINT,  # pyright: ignore[reportPrivateUsage]
    _may_name_public,  # pyright: ignore[reportPrivateUsage]
    _may_name_thing,  # pyright: ignore[reportPrivateUsage]
)
from bot.privacy._shapes import _AGE_WORD_HINT, _age_words  # pyright: ignore[reportPrivateUsage]


def test_every_character_taken_for_an_ascii_letter_lower_cases_to_it_but_three() -> None:
    any_letter = re.compile("(?i)[a-z]")
    letters = {x: re.compile("(?i)" + x) for x in string.ascii_lowercase}
    unlike: set[str] = set()
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if len(char.lower()) != 1:
            unlike.add(char)  # offsets after it move
        if any_letter.fullmatch(char) is None:
            continue
        for x, pattern in letters.items():
            if pattern.fullmatch(char) and char.lower() != x:
                unlike.add(char)
    assert unlike == {"ı", "ſ", "İ"}
    assert not any(folds_as_lower(f"caf\u00e9 {c}") for c in unlike)


@pytest.mark.parametrize(
    "text",
    [
        "Café visit: she turns ninety next week",
        "Café visit: she turns NINETY next week",
        "Café visit, a hundred people",
        "Café visit, nothing else",
        "Rózsa said the kids named it the Beast",
        "Rózsa said the kids NAMED IT the Beast",
        "Rózsa said the fans of the band came",
        "Rózsa quoted “a line” by a poet",
        "Rózsa said a “line” by the door",
        "ſtill ninety, ıt is",  # the unlike letters: the regex is run
        "the kids named İt Beast",
    ],
)
def test_cheap_tests_answer_as_the_regexes_beyond_ascii(text: str) -> None:
    assert _age_words(text, text.lower()) is (_AGE_WORD_HINT.search(text) is not None)
    assert _may_name_thing(text) is (_THING_NAMED_HINT.search(text) is not None)
    assert _may_name_public(text) is (_PUBLIC_HINT.search(text) is not None)


def test_shape_hint_beyond_ascii() -> None:
    assert _shape_hint("Zoë came on the fifth of septembre")
    assert _shape_hint("Zoë came in SEPTEMBER")
    assert not _shape_hint("Zoë came in the autumn")
