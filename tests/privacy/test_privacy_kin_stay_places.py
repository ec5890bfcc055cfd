"""Where a relative stays, typed in lower case after the relative and "in" ("her nan in west
hollow has been"), is a place; a state, an institution, a time or an owner's phrase after
"in" stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("her nan in west hollow has been picking him up after school", "west hollow"),
        ("he was happiest at his aunties in the eastfield when they baked", "eastfield"),
        ("went fishing w his dad in lo wu instead of staying in his room", "lo wu"),
        ("said the week was calm at her great aunt's in pine flats. she slept", "pine flats"),
        ("she stays at mosom's in tuckerville most weekends", "tuckerville"),
        ("his sponsor in kelso ridge rings him every morning", "kelso ridge"),
        ("she was at her brothers in qx since the weekend", "qx"),
        ("safe and sound at her auntie's in st. anselm. relieved", "st. anselm"),
        ("at her aunty Mereana's in wattle bend, says its quiet", "wattle bend"),
    ],
)
def test_the_place_a_relative_stays_is_taken(text: str, place: str) -> None:
    out = redact(text)
    assert place not in out
    assert "[place]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "her mum in hospital again this week",
        "his brother in law came along too",
        "her dad in prison for three years now",
        "her nan in intensive care since sunday",
        "his son in high school is struggling with maths",
        "her mum in the kitchen was shouting",
        "my sister in the army sent a letter",
        "her mum in bed all day, no energy",
        "his sister in tears again after the call",
        "her aunt in person was much kinder",
        "her kids in care since may",
        "her mum in late june was fine",
        "his mum in a good mood for once",
        "her brother in my class laughed",
        "his dad in two weeks will be back",
        "her parents in their late 50s",
        "he won't meet his ex in the high street",
        "she visited her father in the hospital without fainting",
        "her mum in full time work and tired",
        "the kid in the corner kept quiet",
        "her mum in the basement suite was quiet",
        "his dad in the staff room said no",
    ],
)
def test_states_institutions_and_times_after_a_relative_stay(text: str) -> None:
    assert redact(text) == text
