"""A word in no list right after a verb of saying, as the subject of "has"/"had" or of a
person's verb, opens the clause said: "he said kini has been going" names kini. Everyday
English words and chat words there stay ("she said insulin has helped")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("her uncle said tavita has been going to class again", "tavita"),
        ("the coach said sefo hasnt missed a training since march", "sefo"),
        ("mum reckons iolana had a better week at school", "iolana"),
        ("she said mereana texted her last night", "mereana"),
        ("the teacher noticed tamatea has started to answer in class", "tamatea"),
    ],
)
def test_subject_of_a_reported_clause_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "she said insulin has helped with the shakes",
        "he said tbh has been a rough week",
        "mum said school has been hard on him",
        "she said everything had changed since the move",
        "he said nothing has changed at home",
    ],
)
def test_everyday_subject_of_a_reported_clause_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she said losaline been helping her nan after school", "losaline"),
        ("lol tevita opened up about his dad, he said it was hard", "tevita"),
    ],
)
def test_subject_that_has_been_or_opened_up_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "she said school been rough on her lately",
        "he said the shop opened up late so he waited",
        "she said things been better since the move",
    ],
)
def test_everyday_subject_that_has_been_or_opened_up_stays(text: str) -> None:
    assert redact(text) == text
