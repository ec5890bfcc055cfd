"""A lower-case word in no list made of two everyday words and ending as towns do ("-ton",
"-bank", "-field") right after "in", "from" or "near" is a town; compounds of other endings
("lockdown", "sandbox") and everyday words ("netball") stay."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("her cousin is from pebbleton, she visits on weekends", "pebbleton"),
        ("the boys in cragbank are calmer now", "cragbank"),
        ("she grew up near kelpfield with her nan", "kelpfield"),
    ],
)
def test_compound_towns_after_a_place_preposition_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "he came home from netball practice tired",
        "she was in lockdown for weeks",
        "the game is in sandbox mode now",
        "he got a text from downstairs",
    ],
)
def test_other_compounds_after_a_place_preposition_stay(text: str) -> None:
    assert_kept(text)
