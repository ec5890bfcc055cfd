"""Game tags with letters ("name#KR1", Riot IDs) are user names, and a number named by its
health or id system keeps that kind even beside words of study, where a course code's shape
("ABC1234") would otherwise be read as a course ("Student Health ... (NHI ZKT4417)")."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("his valorant tag is moonboy#NA1 fyi", "moonboy#NA1"),
        ("add her on league, tag Vexa#EUW", "Vexa#EUW"),
        ("plays with sk8rgrl#7712 most nights", "sk8rgrl#7712"),
        ("Uni Counselling referral. Student (NHI QPR2281), third-year", "QPR2281"),
        ("college student, MRN ABX4410, missed two lectures", "ABX4410"),
        ("passed her exams; student ID LMN5530 on the form", "LMN5530"),
    ],
)
def test_tag_or_named_number_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[handle]" in out or "[id]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she is learning C# at uni and likes it",
        "we used #selfcare in group and #win after",
        "she passed PSY1001 this semester and wants to do honours",
        "failed the course EDU3020 but will resit in June",
    ],
)
def test_hashtags_languages_and_courses_stay(text: str) -> None:
    assert redact(text) == text
