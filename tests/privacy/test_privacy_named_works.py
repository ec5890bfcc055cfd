"""Capitalised words between "the" and a noun for a work or a method name that work or
method; a common given name, or a surname before a work, is still judged a person."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._lexicon import lexicon
from bot.privacy._named_works import keep_named_works


@pytest.mark.parametrize(
    "text",
    [
        "She laughed at the Shadow Puppets episode and asked to see it again.",
        "We tried the Premack principle with the chores chart.",
        "He hums the Zorbling song when he is nervous.",
        "I used the Columbo approach and stayed curious.",
        "The Humbert Repair Checklist gave them a shared language.",
        "She has been listening to the Quiet Harbour Tales podcast.",
    ],
)
def test_works_and_methods_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After the Kevin episode at school he was excluded for a week.", "Kevin"),
        ("She showed me the Jones book her aunt gave her.", "Jones"),
        ("I used the Columbo approach with Tariq.", "Tariq"),
    ],
)
def test_people_still_go(text: str, name: str) -> None:
    assert name not in redact(text)


def test_a_possessive_is_left_to_the_name_rules() -> None:
    text = "We listened to the Zorbling's song together."
    start = text.index("Zorbling")
    cand = [(start, start + len("Zorbling's"), "name")]
    assert keep_named_works(text, cand, lexicon()) == cand
