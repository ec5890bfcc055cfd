"""A given name typed with its possessive "s" and no apostrophe before a relative's word
("petteris wife") is a name; plural nouns, relatives' words and names that are everyday
words stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced, group

REMOVED = group(
    "given-name-with-bare-possessive",
    [
        ("so petteris wife rang the office to move the appt", "petteris"),
        ("we talked abt raimos brother and the move", "raimos"),
        ("tbh dariuszs gf was the one who noticed first", "dariuszs"),
    ],
)


@pytest.mark.parametrize(("text", "value"), REMOVED)
def test_given_name_with_bare_possessive_is_removed(text: str, value: str) -> None:
    assert_replaced(text, value, "name")


@pytest.mark.parametrize(
    ("text", "word"),
    group(
        "plural-or-relative-before-a-relative",
        [
            ("the parents wife was not there, only the aunt", "parents"),
            ("her lolas sister cooked for all of us", "lolas"),
            ("the kids mom picked them up after group", "kids"),
            ("nobody mentioned his wife at all today", "his"),
        ],
    ),
)
def test_plurals_and_relatives_before_a_relative_stay(text: str, word: str) -> None:
    assert word in redact(text)
