"""A listed country, region or town followed by the trade it runs names one firm; places
named with such words, and telephone brands, stay."""

from __future__ import annotations

import pytest

from bot.privacy._lexicon import lexicon
from bot.privacy._place_firms import may_hold, place_firms
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she finally got the call back from Ghana Airways about the cabin job", "Ghana Airways"),
        ("her uncle drives a truck for Uganda Railways and is away a lot", "Uganda Railways"),
        ("he reads meters for Tonga Power, mostly in the mornings", "Tonga Power"),
        ("the bill from Samoa Water came and she paid it herself", "Samoa Water"),
        ("his first week as a guard at Belize Ports went well", "Belize Ports"),
        ("she cleans offices at Nigeria Insurance three nights a week", "Nigeria Insurance"),
    ],
)
def test_place_and_trade_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "they moved near Jamaica Plain last spring",
        "the Fiji Islands were where she grew up",
        "she bought a new phone from Samoa Telecom",
    ],
)
def test_places_and_telephone_brands_are_no_firms_here(text: str) -> None:
    assert place_firms(text, lexicon()) == []


@pytest.mark.parametrize(
    "text",
    [
        "he said the power was out again in the whole street",
        "she paid the water bill and felt proud of it",
    ],
)
def test_plain_trades_stay(text: str) -> None:
    assert_kept(text)


def test_trade_word_must_end_the_run() -> None:
    text = "she took Ghana Airways Cargo Shed keys home"
    assert all(text[s:e] != "Ghana Airways" for s, e, _ in place_firms(text, lexicon()))


def test_public_service_after_a_place() -> None:
    text = "her brother reads meters for Jamaica Public Service in the hills"
    found = place_firms(text, lexicon())
    assert [text[s:e] for s, e, _ in found] == ["Jamaica Public Service"]


def test_cheap_test() -> None:
    assert may_hold(["ghana", "airways"])
    assert may_hold(["jamaica", "public", "service"])
    assert not may_hold(["she", "went", "home"])
