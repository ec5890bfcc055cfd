"""A listed given name typed in lower case after a verb of telling, asking or meeting, where
the clause ends or goes on with what was told, is a name; everyday words there stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i texted wanjiku yesterday but no reply", "wanjiku"),
        ("asked kamau if he wanted water", "kamau"),
        ("reminded olumide about the form", "olumide"),
        ("the aunt who brought emeka.", "emeka"),
        ("sent the worksheet to ngozi this morning", "ngozi"),
    ],
)
def test_the_one_told_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "told mum i was fine",
        "called work to say she was sick",
        "she brought kiribath for the whole team",
        "asked about the forms again",
        "sent it to school with her",
    ],
)
def test_everyday_words_after_telling_stay(text: str) -> None:
    assert_kept(text)
