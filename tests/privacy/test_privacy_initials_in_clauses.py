"""An initial with its full stop that opens a clause before a verb only a person does, an age or
a relative is someone ("J. reckons", "J. is sixteen"); one joined to a found name by "and" or a
list comma is too, and once found it is that person wherever the note repeats it. Grades,
parts, plans and vitamins written with a letter stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("J. reckons the good days are when he is at footy.", "J."),
        ("What J. did that helped: she texted her friend first.", "J."),
        ("J. is sixteen and her best friend came too.", "J."),
        ("KT and J. came in together, J. said it was easier.", "J."),
        ("M. and R. came late. M. said the trip helped.", "R."),
        ("Luka, P., and Lana all stayed to the end.", "P."),
    ],
)
def test_an_initial_that_is_someone_is_removed(text: str, kept: str) -> None:
    out = redact(text)
    assert kept not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We tried plan A. and then plan B. reckons the team.",
        "She got an A. is that good?",
        "Part B. is about goals.",
        "Vitamin D. and iron were low.",
    ],
)
def test_letters_that_name_no_one_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Mostly calm. A. had confided in her aunt before the session.",
        "R. has phoned the clinic twice since Monday.",
        "A. told me she slept through the night.",
        "Good news: T. had enrolled in the evening course.",
    ],
)
def test_an_initial_before_a_perfect_of_a_persons_verb_is_someone(text: str) -> None:
    out = redact(text)
    assert "[name]." in out


@pytest.mark.parametrize(
    "text",
    [
        "Plan A. had worked before, so we kept it.",
        "She got an A. had a party after.",
        "A. Goals for the coming month",
        "K. had a calm week overall.",
        "Section B. has listed the options.",
    ],
)
def test_letters_before_had_or_has_stay_without_a_persons_verb(text: str) -> None:
    assert redact(text) == text
