"""Where someone is from, said as what they are ("seacroft girl, tough as owt", "a proper
heaton lass"): a word in no list before "lad", "lass", "girl" or "boy" opening a clause is
the place they belong to. Everyday words before them ("good lad", "a farm girl", "her
boy") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she walked in and said she'd gone every day. seacroft girl, tough as owt", "seacroft"),
        ("pennywell lad, 17, said he wants to be a dad that turns up", "pennywell"),
        ("she's a proper heaton lass and she laughed at her own scaling", "heaton"),
        ("they both scaled 6 at once and laughed. caerau girls through and through", "caerau"),
    ],
)
def test_place_before_lad_or_girl_is_removed(text: str, place: str) -> None:
    assert_replaced(text, place, "place")


@pytest.mark.parametrize(
    "text",
    [
        "good lad, he said, and the boy grinned for the first time",
        "she's a proper farm girl and up before anyone else",
        "her boy, 17, is doing well and the girls helped him",
        "tough girl that one, she said about her daughter",
    ],
)
def test_everyday_words_before_lad_or_girl_stay(text: str) -> None:
    assert_kept(text)
