"""A theorist's given name before a surname that is an everyday word ("Carl Rogers", "Michael
White") is the theorist's beside a word of a model or of narrative practice; the same names
with no such word, or in a person's slot, stay removed."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "We spent the hour externalising the anger, as Michael White suggested.",
        "Michael White would call that a unique outcome, and so did she.",
        "Our narrative practice follows Michael White closely.",
    ],
)
def test_theorists_beside_model_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Michael White came in today and told me about his week.", "Michael"),
        ("My client Carl Rogers said the externalising helped.", "Carl"),
    ],
)
def test_same_names_as_people_go(text: str, value: str) -> None:
    assert_gone(text, value)
