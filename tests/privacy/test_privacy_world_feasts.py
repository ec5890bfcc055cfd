"""Feasts of the Baltics, the Balkans, the Caucasus and Spanish-speaking America named by one
word of their own language stay; a name beside them still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "Vidovdan and Đurđevdan were both calm at home this year.",
        "At Tbilisoba she danced with her cousins; Giorgoba was quieter.",
        "For the Guelaguetza they travelled together, and the Aguinaldo came after.",
        "Līgo night by the fire, then Jaanipäev with her aunt.",
    ],
)
def test_feasts_stay(text: str) -> None:
    assert_kept(text)


def test_a_name_beside_them_goes() -> None:
    assert_gone("Vidovdan with Dragana was the best day of the month.", "Dragana")
