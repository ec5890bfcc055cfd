"""Organisations named by letters typed in lower case before a word for whom the body
employs, what it issues or where its staff sit: "the qzs worker", "her wnbr papers", "the
zbk shift", "the xdfc loan". Letters read as a word of another language ("cerita abis
shift"), known acronyms ("the gp office", "the cbt worker") and everyday words stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("me, her nan and the qzs worker sat in the kitchen", "qzs"),
        ("her old wnbr papers still have the wrong date", "wnbr"),
        ("he did the whole zbk shift without a panic attack", "zbk"),
        ("she keeps checking the xdfc loan app at night", "xdfc"),
        ("the tdkr caseworker rang back today", "tdkr"),
        ("he went down to the pcnf office on his own", "pcnf"),
    ],
)
def test_letters_before_a_staff_noun_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "dia cerita abis shift langsung pulang",
        "the gp office called her back",
        "she said the cbt worker was kind",
        "he finished the night shift early",
        "the social worker came by after lunch",
        "her work papers are in the blue folder",
        "the post office was closed",
        "she works 2nd shift at the plant now",
        "he is on 1st shift this week",
    ],
)
def test_words_before_a_staff_noun_stay(text: str) -> None:
    assert redact(text) == text
