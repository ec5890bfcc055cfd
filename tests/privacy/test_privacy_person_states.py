"""A given name that is also an everyday word, opening a sentence before "was" and a mood
or manner only a person has ("Hope was quiet at first", "Patience seemed so shy"), is the
person; feelings, virtues, weather, months and weekdays before words they share ("Peace was
fragile", "May was calm", "Sunday was quiet") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced, group

REMOVED = group(
    "mood-after-word-name",
    [
        ("Joy was quiet at first, then she talked about her brother.", "Joy"),
        ("Honor was so tearful when she read the letter out loud.", "Honor"),
        ("Patience seemed really shy with the new worker in the room.", "Patience"),
        ("Grace was calm and asked good questions the whole hour.", "Grace"),
    ],
)


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_word_name_in_a_persons_mood_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "name")


KEPT = group(
    "not-a-person",
    [
        "Peace was fragile at home that month, and he knew it.",
        "Faith is strong in that family, they pray together every night.",
        "May was calm at the clinic, and June was busier.",
        "Sunday was quiet, so we went for a walk.",
        "Home was quiet after the twins left for camp.",
        "Hope was lost for a while, she told me, and then it came back.",
    ],
)


@pytest.mark.parametrize("text", KEPT)
def test_feelings_and_times_in_a_calm_state_stay(text: str) -> None:
    assert_kept(text)


def test_a_feeling_grown_quieter_stays() -> None:
    assert_kept("Memory was quieter this week, she said, and the nightmares stopped.")
