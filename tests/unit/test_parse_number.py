"""A typed number answer read as the member shows it."""

from __future__ import annotations

import pytest

from bot.conversation.engine import parse_number


@pytest.mark.parametrize(
    "typed",
    ["7", " 7 ", "7/10", "7 / 10", "seven", "7.", "7/10.", "７", "７．", "\u00a07\u00a0",
     "\u20607\ufeff"],
)  # fmt: skip
def test_a_whole_number_reads_as_typed_elsewhere(typed: str) -> None:
    assert parse_number(typed) == 7


@pytest.mark.parametrize("typed", ["7.5", "7..", ".7", "7,", "7/", "²", ""])
def test_what_is_no_whole_number_is_none(typed: str) -> None:
    assert parse_number(typed) is None
