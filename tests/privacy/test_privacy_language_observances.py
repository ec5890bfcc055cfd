"""A language's or people's month, week or day ("Chamorro Month", "Tongan Language Week")
is an observance, though the language's name is a listed surname; the same word before
anything else, or a given name before "Month", stays a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "words"),
    [
        *group(
            "observance-stays",
            [
                ("During Chamorro Month she cooked red rice for her class.", "Chamorro Month"),
                ("Her Chamorro Heritage Week poster won a prize.", "Chamorro Heritage Week"),
                ("He sang at the Tongan Language Week assembly.", "Tongan Language Week"),
            ],
        ),
    ],
)
def test_a_languages_month_or_week_stays(text: str, words: str) -> None:
    out = redact(text)
    assert words in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                ("Chamorro said the month was hard on her.", "Chamorro"),
                ("Rosa Chamorro came in on Monday with her son.", "Chamorro"),
                ("Maria Month phoned about the appointment.", "Maria"),
            ],
        ),
    ],
)
def test_the_same_words_as_a_person_go(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
