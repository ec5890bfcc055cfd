"""UK, Irish and Canadian postcodes typed in lower case in chat are found like their capital
forms; chat shorthand, Arabic chat written with digits and measures that share the letter-digit
look are kept."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("she moved to ls6 2ab over the summer", "ls6 2ab"),
        ("new flat is e17 4qq innit, near her mum", "e17 4qq"),
        ("address on the form: bt9 5ht, belfast", "bt9 5ht"),
        ("he's in g12 8qq now and walks to group", "g12 8qq"),
        ("his eircode is t12 x7pd so the letter went there", "t12 x7pd"),
        ("they live out at h91 e2k3 and drive in", "h91 e2k3"),
        ("new place is m5v 2t6, right downtown", "m5v 2t6"),
        ("mail went to r3c 4j9 by mistake", "r3c 4j9"),
        ("the card says S43 2pl under the name", "S43 2pl"),
    ],
)
def test_a_lower_case_postcode_is_removed(text: str, code: str) -> None:
    out = redact(text)
    assert code not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "got a ps4 2nd hand and played it all weekend",
        "she takes b12 1mg daily now",
        "we meet in d12 then walk to the shop",
        "gr8 2day, she said, and meant it",
        "room b4 2nd floor is the quiet one",
        "scored 6 of 10 on the scale, up from 3",
        "mp3 4me was the playlist name",
        "ba3d 3la kol shi she called her mum",
        "wa ma3 7ad she felt calm",
    ],
)
def test_chat_shorthand_and_measures_are_kept(text: str) -> None:
    assert redact(text) == text
