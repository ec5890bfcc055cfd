"""A lower-case word in no list right after "lives" or "stay" with no preposition is where the
person lives; everyday words there ("stay calm", "lives alone") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her aunt stays okwakonde now, we call her there", "okwakonde"),
        ("they live tarimbuko near the water tank", "tarimbuko"),
        ("he is staying for ndokoti with his uncle", "ndokoti"),
        ("the twins lives wumbala", "wumbala"),
        ("mum lives koroba sefu behind the clinic", "koroba"),
    ],
)
def test_places_right_after_a_verb_of_living_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she lives alone now and likes it",
        "told him to stay calm and breathe",
        "he stays home most days",
        "they stay strong for the kids",
        "she lived there for ten years",
        "stay for dinner if you can",
        "she stays sober now, 30 days",
    ],
)
def test_everyday_words_after_a_verb_of_living_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lives kotokuraba now with the grandmother.", "kotokuraba"),
        ("she lives  kotokuraba near the lorry station", "kotokuraba"),
        ("Stays emene, visits on weekends", "emene"),
    ],
)
def test_a_capitalised_verb_or_a_second_space_still_leads_to_the_place(
    text: str, value: str
) -> None:
    assert_gone(text, value)
