"""A mandir, masjid or gurdwara named by lower-case words after a cue of place is removed
like a named church, whatever the naming word ("the shanti mandir", "the iron gate
masjid"); the kinds ("the hindu mandir", "the central masjid") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("they go to the lotus bloom mandir every sunday", "lotus bloom"),
        ("he prays at the green dome masjid on fridays", "green dome"),
        ("her nani volunteers at the golden gate gurdwara kitchen", "golden gate"),
    ],
)
def test_a_named_place_of_worship_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "they pray at the hindu mandir near the market",
        "he prays at the central masjid on fridays",
        "she goes to the neighbourhood gurdwara with her dadi",
        "he walks to the local masjid after work",
        "we went to the big mandir for diwali",
    ],
)
def test_a_place_of_worship_of_a_kind_stays(text: str) -> None:
    assert redact(text) == text
