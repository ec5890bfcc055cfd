"""A role's or relative's word typed in lower case that the bracket after it calls the
person's own name or nickname is that name; brackets that name someone else, gloss the word
or forget the name, and words after an owner or article, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("chief (his nickname lol) said the week was a 6", "chief"),
        ("sarge (his name for real) told me he slept all night", "sarge"),
        ("update: nurse (her nickname at school) came on time all week", "nurse"),
    ],
)
def test_role_word_the_bracket_calls_a_name_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        "nan (her name for grandma) came along too",
        "coach (forgot his name) said she did well",
        "the boss (his nickname lol) said the shift went ok",
        "her coach (his nickname is a secret) said she trained hard",
    ],
)
def test_other_brackets_after_role_words_stay(text: str) -> None:
    assert redact(text) == text
