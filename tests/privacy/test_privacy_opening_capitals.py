"""A word capitalised only because it opens a sentence, used in lower case as a noun
elsewhere ("Trust is the issue ... she has no trust left"), or made a where or a when
("Football is where he relaxes"), is a word; a person opening a sentence still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        'Will is the hard part, she said — "I have no will left by Friday".',
        "Will is hard to find on Mondays, he says, but this week the will was there by noon.",
        "Mercy is what she asks for; she showed a little mercy to herself on Friday.",
        "Art is where he opens up, so we used paper and pens for the scaling.",
        "Drawing is where she opens up, so we used paper and pens for the scaling.",
        "Dinner is when the arguments start, so we looked at the one calm dinner.",
    ],
)
def test_opening_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Will came in tired and said he has no will to cook anymore.", "Will"),
        ("Mercy (her mother picked the name) has lost her mercy for the school.", "Mercy"),
        ("Mercy, 15, says she has no mercy left for her brother.", "Mercy"),
        ("Grace is where we left her last week, at a 3.", "Grace"),
        ("Bristol is where she grew up, and going back helped.", "Bristol"),
    ],
)
def test_people_and_places_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Will is the hard part; she has no will on Mondays, her sister Nadia says."
    once = redact(text)
    assert redact(once) == once
