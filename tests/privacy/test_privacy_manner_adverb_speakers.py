"""A name before a person's verb is found with a manner adverb in "-ly" between them
("Kalolaine eventually said", "Tevita quietly admitted"), as with "just" or "finally"; a word
in "-ly" before no person's verb is no cue, and an everyday noun opening the sentence stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                ("We waited a long time. Kalolaine eventually said she felt lighter.", "Kalolaine"),
                ("Tevita quietly admitted that the week had gone well.", "Tevita"),
                ("Ngozika eventually admitted that the week had gone well.", "Ngozika"),
            ],
        ),
    ],
)
def test_a_name_before_an_adverb_and_a_verb_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "kept",
            [
                "Family usually said grace before dinner, and she joined in.",
                "Sunday mornings slowly became easier for her.",
            ],
        ),
    ],
)
def test_ordinary_words_before_an_adverb_stay(text: str) -> None:
    assert redact(text) == text


def test_family_after_a_name_is_still_the_cue() -> None:
    """The word "family" ends in "-ly" but is the cue itself, never an adverb to skip."""
    out = redact("On the Sunday the Oyelaran family came to the session together.")
    assert "Oyelaran" not in out, out
