"""Words for the people of a place in the plural ("other Filipinas", "the Bajans at
church") and carnival days of the Caribbean and South Asia ("went to Kadooment", "Chand
Raat") stay; a family named by its surname in the plural, and people and places beside
them, still go.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._people_words import people_words, plural


@pytest.mark.parametrize(
    "text",
    [
        "On Sundays she cooks with the other Pinays in her building.",
        "The Bajans at work covered for him when he was off sick.",
        "He watches the cricket with the Vincies from his street.",
        "A few Zimbos from church helped them move house.",
        "she went dancing with the Filipinas from the agency, first night out in months",
        "The Naijas on his course study with him on Thursdays.",
        "She went to Kadooment with her neighbours and came home early.",
        "Spicemas was loud but he stayed calm the whole parade.",
        "She made it through Chand Raat without a panic attack.",
        "The school fete was the first crowd she managed in a year.",
    ],
)
def test_people_in_the_plural_and_carnival_days_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("The Adebayos from next door brought soup on Monday.", "Adebayos"),
        ("Trini rang to cancel and then came after all.", "Trini"),
        ("She went to Kadooment with Marcia and her kids.", "Marcia"),
    ],
)
def test_families_and_people_beside_them_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


def test_plurals_of_people_words() -> None:
    assert plural("bajan") == "bajans"
    assert plural("vincy") == "vincies"
    assert plural("guyanese") is None
    assert plural("brits") is None


def test_a_plural_that_is_a_listed_name_is_left_out() -> None:
    assert "bajans" in people_words()
    assert "bajans" not in people_words({"bajans"})
    assert "bajan" not in people_words()  # the singulars are left to the lists holding them
