"""A capitalised word between a possessive and a word for a relative said after names is
that relative's name ("her Jayaram mama", "my Rakesh uncle"); demonyms, faiths, festivals
and a relative's word of another language after a possessive stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("once her Jayaram mama started walking her to the bus stop", "Jayaram"),
        ("my Rakesh uncle said he is proud of me", "Rakesh"),
        ("her Shanthi aunty drops her at tuition now", "Shanthi"),
        ("his Boyet kuya took him to the court", "Boyet"),
    ],
)
def test_name_before_a_relatives_word_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "her Muslim aunty came over for iftar",
        "my Canadian uncle visited at Christmas",
        "his Eid uncle gave him money",
        "her Tamil aunty cooked sambar and rasam",
        "her Jjajja came to visit on Sunday",
    ],
)
def test_demonyms_faiths_and_relatives_stay(text: str) -> None:
    assert_kept(text)
