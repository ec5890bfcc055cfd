"""A lone capitalised word between a determiner and the noun of an event, a custom, a dish,
a title or a tool ("the Walpurgis picnic", "her Duolingo app") says what kind of thing it
is; English names a person there with a possessive. Surnames (a family's dinner), acronyms,
heads a person or body owns ("class", "wedding", "nurse") and words with no such noun after
them still go."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

MODIFIERS = [
    "She went to the Walpurgis picnic and stayed until nine.",
    "She logs sleep in the Sleepio app.",
    "He sang the Olav song at the school concert.",
    "They walked in the Rasmus procession together.",
    "He did the Ingrid exercise at home.",
    "We tried the Sofia game in group.",
]

STILL_REMOVED = [
    ("They went to the Kowalski wedding on Saturday.", "Kowalski"),  # a family's
    ("She is in the Kovacs class this year.", "Kovacs"),  # a teacher's
    ("The Nguyen picnic was lovely.", "Nguyen"),  # a listed surname
    ("She said Tamirat picnic was lovely.", "Tamirat"),  # no determiner
    ("Her Tamirat came to the session.", "Tamirat"),  # no head noun after it
    ("She called Walpurgis's app support.", "Walpurgis"),  # a possessive
]


@pytest.mark.parametrize("text", group("modifier", MODIFIERS))
def test_modifier_words_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_without_that_context_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
