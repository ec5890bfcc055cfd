"""A listed town that is one everyday word, typed in lower case ("hull", "bath", "sale"), is
removed where a clause says someone grew up, lives out, moved back or is from there, with
words between the verb and its preposition, or as the second town of a move; everyday words
after the same cues (states, kinds of place, doings) stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("he grew up in hull, his dad worked the docks", "hull"),
        ("she lives out in battle w her aunt and hates the bus", "battle"),
        ("they moved back up to bath when the baby came", "bath"),
        ("pt's originally from wellington and misses the harbour", "wellington"),
        ("she's from sale originally, came here for work", "sale"),
        ("they're from orange now, nearer her mum", "orange"),
        ("mum moved them from leeds to bath in the spring", "bath"),
        ("she's back home in hull for the holidays", "hull"),
        ("she grew up in normal and moved to chicago for work", "normal"),
        ("they moved from hamtramck to warren and he changed schools", "warren"),
    ],
)
def test_everyday_word_town_after_a_cue_is_removed(text: str, town: str) -> None:
    out = redact(text)
    assert f" {town}" not in out
    assert "[place]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she grew up in care and moved between six placements",
        "he went back to reading after dinner, his own idea",
        "I just live in hope at this point, he said",
        "he moved back to college in the fall",
        "she's back home in time for tea most days",
        "they moved out to the country for the quiet",
        "it's from reading too much news before bed",
        "he moved her from hope to despair and back in a week",
        "she came from nothing and built the business herself",
        "things went back to normal after the holidays",
        "he moved from anger to grace over the year, his words",
        "she moved from nights to days at work",
    ],
)
def test_everyday_words_after_the_same_cues_stay(text: str) -> None:
    assert redact(text) == text
