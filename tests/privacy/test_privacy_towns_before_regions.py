"""Towns of everyday words (or in no list) marked as towns by a state, a county or a kind word."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("her uncle drove down from lumber kentucky for the wedding", "lumber"),
        ("yes the place is honestly called dime, texas lol", "dime"),
        ("she grew up in kettle, nebraska and hated the winters", "kettle"),
        ("his nan still lives in Lantern, Oregon with two cats", "Lantern"),
        ("her mum moved to harbour, tas in march", "harbour"),
        ("the family is from anchor, il originally", "anchor"),
        ("they moved to pebble tx 79999 over the summer", "pebble"),
        ("his brother works out in zqr county now", "zqr county"),
        ("she grew up on the wapakeesis reserve with her kokum", "wapakeesis reserve"),
        ("they bought a house in the town of ledger last spring", "ledger"),
        ("she lives in a tiny town called candle, about an hour out", "candle"),
    ],
)
def test_town_marked_by_its_neighbours_is_removed(text: str, town: str) -> None:
    out = redact(text)
    assert town not in out, out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "a real friend, honestly, is hard to find",
        "she feels at home in texas now",
        "he was in retreat mode all week",
        "we talked about it in rural kentucky terms",
        "they spent the summer in east texas",
        "we were in time, ok, just barely",
        "he was in trouble bc he skipped class",
        "the money came out of the cash reserve",
        "they drove past the game reserve",
        "she works for the county now",
        "we moved within the same county",
        "the village called me back yesterday",
        "a suburb named after a general",
        "this is a real town for sure",
        "we met at work. that's a real place",
        "her sister lives in Canada and her brother in New Zealand",
    ],
)
def test_ordinary_uses_stay(text: str) -> None:
    assert redact(text) == text


def test_state_read_as_a_person_keeps_the_word_before() -> None:
    assert "in class," in redact("the meeting was in class, Georgia said it went fine")
