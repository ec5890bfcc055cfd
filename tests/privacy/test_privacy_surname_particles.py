"""Spanish and Filipino particles inside a full name ("de los", "de las", "dela", "delos")
join the given name to the surname; after an everyday or relative's word they are articles."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Her aunt Rosalinda de las Mercedes came to the session", ("las", "Mercedes")),
        ("Today Marivic dela Paz called from Iloilo about her son", ("dela", "Paz")),
        ("The mother, Analyn delos Angeles, said he sleeps better", ("delos", "Angeles")),
        ("Gilberto de los Ríos noticed the change first", ("los", "Ríos")),
    ],
)
def test_a_full_name_with_particles_goes_whole(text: str, words: tuple[str, ...]) -> None:
    out = redact(text)
    assert all(w not in out.split() for w in words), out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They went to the Feria de las Luces with the kids", "Feria de las"),
        ("Tereré con Mamá los Domingos is the plan", "Mamá los"),
        ("Día de los Muertos was the first calm day", "Día de los Muertos"),
    ],
)
def test_after_an_everyday_word_the_particles_are_articles(text: str, kept: str) -> None:
    out = redact(text)
    assert kept in out, out
