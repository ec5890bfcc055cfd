"""A capitalised word in no list between "the" and a way, water or open space of a town is
the place it is named after, not a term."""

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("on sundays they walk along the Kervallon promenade together", "Kervallon"),
        ("he sold mangoes at the Dzimbani bazaar all summer", "Dzimbani"),
        ("the kids played at the Ostermoor playground after lunch", "Ostermoor"),
        ("she fished in the Wendrickle creek with her dad", "Wendrickle"),
    ],
)
def test_named_feature_of_a_town_is_removed(text: str, word: str) -> None:
    assert word not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "we had the Tkemali sauce with the fish",
        "she bought a Kimochi thermometer for the baby",
    ],
)
def test_terms_before_nouns_of_things_stay(text: str) -> None:
    assert redact(text) == text
