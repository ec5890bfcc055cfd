"""A club named by one plural word after someone playing for it ("plays for the rovers"), a
practice or home named "the" and a plural of trees ("the gp at the oaks"), and a church
named by a word and its denomination ("takes him to grace baptist") are removed; whom or
what someone plays for, trees as trees and churches of a kind stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he plays for the rovers under 14s and loves it", "rovers"),
        ("she signed with the Tigers last season", "Tigers"),
        ("trains with the hawks on tuesdays now", "hawks"),
        ("the gp at the oaks referred him for low mood", "oaks"),
        ("she moved to the willows after the fall, a nice home", "willows"),
        ("mum takes him to grace baptist youth on fridays", "grace baptist"),
        ("she goes to calvary chapel with her gran", "calvary chapel"),
    ],
)
def test_club_practice_or_church_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "he plays for the kids, not for himself",
        "she plays for the reserves now and likes it",
        "he plays for the love of it",
        "he played with the dogs all afternoon and laughed",
        "he plays for the under 12s on saturdays",
        "we sat under the oaks in the park and talked",
        "she walked us to the pines behind the house",
        "she goes to the local baptist church with her mum",
        "they go to the methodist chapel at christmas",
    ],
)
def test_whom_one_plays_for_trees_and_kinds_of_church_stay(text: str) -> None:
    assert redact(text) == text
