"""A word in no list of any language after "sister", "sis" or "bro" typed in lower case (a
woman or man of a church, a friend) is that person's name ("chatted w bro kwabs after
service"); everyday words after the same titles, and unlisted words after "coach", stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i spoke with bro kwabs after service", "kwabs"),
        ("then sister yaaba led the closing prayer", "yaaba"),
        ("lunch w sis efuah then home", "efuah"),
        ("thanked bro tunmise for the lift", "tunmise"),
    ],
)
def test_an_unlisted_word_after_a_sibling_title_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her bro drives now",
        "my sister came over",
        "we took the coach trip to the coast",
        "hey sis thanks for today",
    ],
)
def test_everyday_words_after_the_same_titles_stay(text: str) -> None:
    assert redact(text) == text
