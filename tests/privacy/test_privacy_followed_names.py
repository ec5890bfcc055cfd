"""A team or show followed by fans ("a Chelsea fan") and a way of working named after
someone ("the Columbo approach") name no client and stay; a person's own approach, a
family, or a fan of a person named as a client still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Her husband is a Chelsea fan, so the weekends revolve around the matches.",
        "He is a lifelong Green Bay Packers supporter and watches with his son.",
        "I used the Columbo approach, curious and a little confused, and he argued for change.",
        "We tried the Gottman method for repair attempts after the Tuesday argument.",
    ],
)
def test_followed_names_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Nadia's approach to the school run has changed.", "Nadia"),  # hers
        ("We met the Kowalczyk family on Thursday.", "Kowalczyk"),  # a family, not a method
        ("Her son Dariusz is a fan of the new routine.", "Dariusz"),  # "fan of": a person
    ],
)
def test_people_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "Anika is a huge Arsenal fan and liked the Columbo approach."
    once = redact(text)
    assert redact(once) == once
