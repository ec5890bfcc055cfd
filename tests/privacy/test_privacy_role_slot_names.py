"""A given name that is an everyday word, between a person's relation or role and a verb the
person does, is a name; the same words elsewhere, and words that are no given name, stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her husband king went back to work on monday", "king"),
        ("patient comfort was calmer at the end of the session", "comfort"),
        ("my new client lucky has started the worksheet", "lucky"),
        ("his brother prince drove him to the session", "prince"),
        ("her son lucky's doing better since the move", "lucky"),
        ("her bf king never called after the fight", "king"),
        ("my client comfort finally agreed to the plan", "comfort"),
    ],
)
def test_given_names_between_a_role_and_a_verb_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "her son ever was a quiet one",
        "my client said the week was long",
        "the client also gave consent for the referral",
        "they were lucky the bus came on time",
        "her sister little by little opened up",
        "a king sized bed helped her sleep",
        "her son's lucky charm stayed in his pocket",
        "the client just never called back",
        "her sister really never liked school",
    ],
)
def test_other_words_after_a_role_stay(text: str) -> None:
    assert_kept(text)


def test_a_verb_listed_as_a_given_name_opens_a_clause() -> None:
    assert_kept("the soup her dad made was too salty")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client lucky gave consent for the recording.", "lucky"),
        ("Good session. Cousin blessing came too and sat in.", "blessing"),
    ],
)
def test_a_role_opening_a_sentence_is_still_a_role(text: str, value: str) -> None:
    assert_gone(text, value)
