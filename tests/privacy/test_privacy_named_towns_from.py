"""A lower-case surname or rare given name right after "from" names where someone came from
("came from kilbride"); a common given name stays a person, everyday words stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she came from kilbride last year", "kilbride"),
        ("they moved down from halloran.", "halloran"),
        ("his nan is from togher", "togher"),
    ],
)
def test_a_surname_after_from_is_a_place(text: str, value: str) -> None:
    assert_gone(text, value)
    assert "[place]" in redact(text)


def test_a_common_given_name_after_from_stays_a_person() -> None:
    assert redact("got a text from sarah today") == "got a text from [name] today"


@pytest.mark.parametrize(
    "text",
    ["she came from work tired", "he is from around here", "a letter from school came"],
)
def test_everyday_words_after_from_stay(text: str) -> None:
    assert_kept(text)
