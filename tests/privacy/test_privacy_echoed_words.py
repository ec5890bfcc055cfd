"""A word-name opening a sentence that the same text uses again, in lower case after a
determiner, as the word: "Summer is the hard part. But this summer...". It stays; a name
written with a person's verb after it, or inside a sentence, is still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Summer is always the hard part for her. But this summer she found the mornings easier.",
        "Grace showed up again in the group, small but real. We asked what more of that grace "
        "would look like at home.",
        "autumn is hard for him. this autumn he started running with his cousin",
        "summer is hard, spring is better. last summer she had one good month though",
        "Patience showed up in small ways this week. She said that patience with her son was new.",
    ],
)
def test_an_opening_word_echoed_as_the_word_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Grace said her grace with the family was the hardest part.", "Grace"),
        ("Hope confided that the hope of a job kept her going.", "Hope"),
        ("We met Summer at the clinic. This summer she wants to study.", "Summer"),
        ("summer said she was tired. last summer was easier for her", "summer said"),
    ],
)
def test_a_name_beside_its_lower_case_double_is_still_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


def test_echoed_words_are_stable_across_passes() -> None:
    text = "Joy came back this week. I asked what a little more of that joy would change."
    out = redact(text)
    assert redact(out) == out
