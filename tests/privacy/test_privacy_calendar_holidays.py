"""A holiday of python-holidays' list named by three words or more that ends in a word of the
calendar ("day", "eve", "week", "year", "festival") is kept whole, though it holds a given
name, a surname or a town ("Saint Anthony Day", "Father Lini Day"), and an apostrophe after a
plural joins its words as a possessive's "'s" does ("All Saints' Day"). The same names
without the calendar word still go where they name a person or a place."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

HOLIDAYS = [
    "She slept well around Saint Anthony Day this year.",
    "Around Father Lini Day he visited his cousins.",
    "In the week of All Saints' Day she lit candles for her grandmother.",
]

STILL_REMOVED = [
    ("Father Lini visited the ward on Monday.", "Lini"),  # no calendar word: a person
    ("Anthony came for tea on Sunday.", "Anthony"),
    ("She sings at All Saints on Sundays.", "Saints"),  # a parish's name
]


@pytest.mark.parametrize("text", group("holiday", HOLIDAYS))
def test_calendar_holidays_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
