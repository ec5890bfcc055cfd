"""A word-name or a word in no list typed in lower case that opens a clause, then "from" and a
few words, then a verb only a person does ("joy from the food bank rang", "kev from the youth
club came by") is removed; weather, things and people's roles before "from" stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("update: joy from the food bank rang about the hamper", "joy"),
        ("ok so brax from the skate park texted me last night", "brax"),
        ("heads up, faith from st vincents called re the bed", "faith"),
        ("and kev from the youth club showed up early", "kev"),
        ("honestly skye from her netball team says she's doing great", "skye"),
    ],
)
def test_speakers_from_a_group_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out.split()
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "rain from the north came in all night",
        "the lads from the club said hi",
        "someone from the school called about him",
        "my mate from work rang to check",
        "news from the hospital came through at lunch",
        "help from the church came just in time",
        "mum from her phone texted me",
    ],
)
def test_weather_roles_and_things_before_from_stay(text: str) -> None:
    assert redact(text) == text
