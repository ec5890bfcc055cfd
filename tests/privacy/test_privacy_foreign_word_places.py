"""Two or three lower-case words after an English place preposition are a place even when one of
them is spelt like a function word of another language; after a preposition of another language,
or where the words go on as a clause, they stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she drove in from hai duong. the week was calmer", "hai duong"),
        ("his uncle is in bang na for work, so the flat is quiet", "bang na"),
        ("they moved to toa payoh last month and the kids settled", "toa payoh"),
        ("her gran lives near sai ying now", "sai ying"),
        ("we walked around mai khao and he spoke about his father", "mai khao"),
        ("he stays in kio tuyen for now", "kio tuyen"),
    ],
)
def test_a_place_holding_a_word_of_an_unseen_language_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


@pytest.mark.parametrize(
    "text",
    [
        # the preposition is a word of another language: a phrase of it
        "lei è tornata in sé dopo la sessione, non mai più",
        "er ist in die stadt gefahren und kam froh zurück",
        # everyday English words after the preposition
        "she was in no mood for it, went to bed",
        "he came in from the cold and sat down",
        # another language's article after the preposition reads as "the" (creoles, chat)
        "she was in di yaad all day and slept",
        "he came back from de kotch early",
    ],
)
def test_phrases_of_other_languages_and_english_stay(text: str) -> None:
    assert redact(text) == text
