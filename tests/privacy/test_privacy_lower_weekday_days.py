"""A weekday abbreviated in lower case before an ordinal day ("sat 15th", "wed 2nd") names a
day: before "15th" the words "sat", "wed" and "sun" are no verbs or nouns. The day goes, the
weekday stays; a place in a ranking ("she sat 15th in the class") stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("see u sat 15th at the centre lol", "15th", "sat"),
        ("family session wed 2nd, both parents coming", "2nd", "wed"),
        ("he relapsed sun 9th after the party", "9th", "sun"),
        ("next one is thurs 21st", "21st", "thurs"),
    ],
)
def test_lower_weekday_days_go(text: str, value: str, kept: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out
    assert kept in out


@pytest.mark.parametrize(
    "text",
    [
        "she sat 15th in the class test and was proud",
        "we sat in the sun for an hour",
        "the sun was out all week",
    ],
)
def test_rankings_and_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "she sat 3rd, behind her sister, and cried after",
        "he sat 2nd at the regional meet",
        "they sat 11th overall last term",
    ],
)
def test_sat_after_a_subject_pronoun_is_the_verb(text: str) -> None:
    assert redact(text) == text
