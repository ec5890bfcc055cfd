"""A lower-case word that a bracket after it tells apart as a person ("different one", "the
older one", "the one from ...", or a role or relative opening the bracket without an article)
is a name; an everyday word, a word after an article or owner, and a relative's word stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, assert_replaced, group


@pytest.mark.parametrize(
    ("text", "name"),
    [
        *group(
            "which-one",
            [
                ("update: tavake (the older one) finally slept at home all week", "tavake"),
                ("so wairimu (different one, not my tuesday client) came in early", "wairimu"),
                ("ok so dilnoza (the one from the sewing group) phoned me back", "dilnoza"),
                ("heads up: bongani (the tall one lol) is back at school", "bongani"),
            ],
        ),
        *group(
            "role-first",
            [
                ("ngozi (client, 34) said the mornings feel lighter now", "ngozi"),
                ("so mihaela (daughter, 9) drew the whole family with the dog", "mihaela"),
                ("anh thu said thanh (patient, not the nurse) wrote first", "thanh"),
            ],
        ),
    ],
)
def test_a_word_told_apart_by_its_bracket_is_a_name(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


def test_the_name_goes_where_it_stands_again() -> None:
    out = redact("tavake (the older one) came early. later tavake helped stack chairs")
    assert "tavake" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "she got a new phone (the cheap one) and it works fine",
        "we used the worksheet (the short one) again this week",
        "the group (clients only) met on thursday and it went well",
        "her mum (the strict one) let her stay out until nine",
        "he likes his coffee (strong one) before the session",
        "tried the breathing (box one, four counts) and it helped a bit",
    ],
)
def test_things_and_relatives_told_apart_stay(text: str) -> None:
    assert_kept(text)
