"""Two initials typed in lower case as a nickname ("cj texted me", "my client aj, 15") are
removed; the pairs that are words ("dj", "pj", "oj", "gj") and pieces of links stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cj texted me at 9 saying he cant make it", "cj"),
        ("my client aj, 15, had a better week", "aj"),
        ("sat with rj and his nan for an hour", "rj"),
        ("jj's mum said the mornings are calmer", "jj"),
        ("honestly tj smashed his exam", "tj"),
    ],
)
def test_initial_nicknames_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.split()
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she wants to be a dj when she leaves school",
        "he came to group in his pj pants lol",
        "had oj and toast for breakfast",
        "gj everyone, good session",
        "the url ends in /kj and the tag is #rj",
    ],
)
def test_words_and_shops_stay(text: str) -> None:
    assert redact(text) == text
