"""A lower-case word right after "the" or "an" is a noun even when it is also a given name
("the mats"); a name in a person's slot, after a comma, or after the Romance "a" is still a
name."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Everyone sat on the mats for the closing round.",
        "we rolled up the mats after yoga, she helped without asking",
        "I came early, put out the mats and the cushions, and made tea.",
    ],
)
def test_nouns_after_articles_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("the client, mats, said he slept well", "mats"),  # set apart as the client
        ("a gabi falou que foi bem na prova", "gabi"),  # Portuguese article before a name
        ("the mats said hi and left early", "mats"),  # a person's verb after it
    ],
)
def test_names_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "we put out the mats, and tomas helped with the chairs"
    once = redact(text)
    assert redact(once) == once
