"""Kinship words of other languages typed in lower case after an owner ("her lola", "his
nona", "the client's lolo") are the relative, and so are their other lower-case mentions;
a nickname given with "call her", a name after the kinship word and names typed in lower
case elsewhere still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "she said her lola told her to eat first, and lola was right lol",
        "his nona is the only one who doesnt yell. at nona's he does homework",
        "the client's lolo came along and we spoke about lolo's farm",
        "my bebe stayed home today, she said bebe needed the rest",
        "their nona cooks every sunday and nona's soup is the reason they go",
        "her lola's house is where she sleeps best",
        "his tutu said he should rest, and tutu was right",  # Hawaiian
        "her bibi walked her to school, bibi never misses a day",  # Swahili
    ],
)
def test_owned_kinship_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("they call her lola at school and she hates it", "lola"),
        ("her lola ising came to the session with her", "ising"),
        ("me and lola went to the beach, she is my best friend", "lola"),
        ("his nona Rosa drove him to practice", "Rosa"),
        ("her lola came. then tevita and mele sat with us", "tevita"),
    ],
)
def test_names_beside_kinship_words_still_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out.split() and gone not in out.replace(",", " ").split()
