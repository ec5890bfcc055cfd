"""A passage of the Bible read out or learnt by heart stays ("Ruth 1:16 was read at the
funeral", "he recites Mark 4:39"); a name before a clock time with no reading spoken of
still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "Ruth 1:16 was read at her sister's wedding and she cried.",
    "He recites Mark 4:39 when the panic starts.",
    "She quoted James 1:5 to me and smiled.",
]
FOUND = [
    ("Ruth 14:30 rang to cancel.", "[name] 14:30 rang to cancel."),
    ("I saw James 9:15 at the bus stop.", "I saw [name] 9:15 at the bus stop."),
]


@pytest.mark.parametrize("text", KEPT)
def test_read_passages_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_before_clock_times_go(text: str, expected: str) -> None:
    assert redact(text) == expected
