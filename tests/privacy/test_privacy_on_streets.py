"""One word in no list after "on" is a street when a building or a verb of living stands
before "on" ("the bakery on marlow"); "on sertraline", "lives on benefits" stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she helps out at her aunt's salon on dunmarra most saturdays", "dunmarra"),
        ("they live on quenby now, near the bus stop", "quenby"),
        ("the chippy on wexbury is where they meet", "wexbury"),
    ],
)
def test_streets_after_on_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[place]" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "she was on sertraline for two years",
        "he's on insta all day lol",
        "she lives on benefits and it's tight",
        "the shop on sunday was packed",
    ],
)
def test_things_after_on_stay(text: str) -> None:
    assert redact(text) == text
