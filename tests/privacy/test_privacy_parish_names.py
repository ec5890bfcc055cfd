"""Parishes and church schools named by their dedication after a cue of place: "at holy
trinity", "from sacred heart", "to christ the king" after a verb of going. Rites, times,
prayers and the faith words alone stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("quiz nights at holy trinity are what she looks forward to", "holy trinity"),
        ("he bumped into his old coach at christ fellowship yesterday", "christ fellowship"),
        ("the sisters from sacred heart dropped off a meal", "sacred heart"),
        ("she goes to immaculate conception now and likes it", "immaculate conception"),
        ("he went to christ the redeemer for the youth night", "christ the redeemer"),
        ("At Blessed Hope we ran the craft table together.", "Blessed Hope"),
    ],
)
def test_dedications_after_a_cue_of_place_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "we stood together at holy communion",
        "she felt the holy ghost move at church",
        "she gave her life to christ last year",
        "they came back from holy thursday mass",
        "he was at holy week services with his gran",
        "the sacred space we made in the room helped",
        "he reads from holy scripture every morning",
    ],
)
def test_rites_and_faith_words_stay(text: str) -> None:
    assert redact(text) == text
