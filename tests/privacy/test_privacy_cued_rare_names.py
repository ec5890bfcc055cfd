"""A given name listed by one or two locales, typed in lower case after a word a person's
name follows ("re", "about", "with", "met") in English, is a name; words of another language,
endearments, short words and words after no such word stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced, group

REMOVED = group(
    "rare-given-name-near-person-word",
    [
        ("emailed the year head re tariq, she says he missed two days", "tariq"),
        ("we talked a lot about jelani and how he sleeps now", "jelani"),
        ("the new client is nkechi, she is 17 and lives w her aunt", "nkechi"),
        ("finally met jelani at the drop-in today", "jelani"),
    ],
)


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_rare_given_name_near_person_word_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "name")


@pytest.mark.parametrize(
    ("text", "word"),
    group(
        "foreign-short-or-no-person",
        [
            ("she had a bowl of caldo verde with her tia on sunday", "verde"),
            ("he loves to say hi habibi to everyone at group", "habibi"),
            ("she kept sayin she was fine lol", "sayin"),
            ("the tariq stuff at the meeting went fine", "tariq"),
            ("the party was alegre lol", "alegre"),
        ],
    ),
)
def test_foreign_or_unattached_words_stay(text: str, word: str) -> None:
    assert word in redact(text)
