"""Blessings and interjections of other languages ("Bismillah", "Gott sei Dank", "Hvala
Bogu") and public institutions named in general in the client's language ("the Tribunal de
Menores", "her Lekarz Rodzinny") name no one and stay; an institution with a word saying
which one ("Juzgado de Familia de Alcobendas") and a name beside a blessing still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "blessing-kept",
            [
                "Bismillah, she said, and then she started the exercise.",
                "Gott sei Dank, the flat is warm now, he told me.",
                "Hvala Bogu, the boy sleeps through the night.",
                "The grandmother smiled and said Graças a Deus.",
                "He shrugged and said Si Dios quiere, we will see.",
                "She answered Im Yirtzeh Hashem when I asked about next week.",
                "Ojalá, she wrote, this lasts.",
                "Dzięki Bogu the hearing is over.",
            ],
        ),
        *group(
            "institution-kept",
            [
                "The case went to the Tribunal de Menores and she feels ready.",
                "Her Lekarz Rodzinny sent her to us and she is glad.",
                "A letter from the Familiengericht came and he wants to stay calm.",
                "The Centro de Salud Mental offered a group and she joined.",
                "They see the Assistante Sociale every month now.",
                "The Aile Mahkemesi date is set and they feel prepared.",
            ],
        ),
    ],
)
def test_words_naming_no_one_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                ("Bismillah, said Kwesiba, and she started.", "Kwesiba"),
                ("The file is at the Juzgado de Familia de Alcobendas now.", "Alcobendas"),
                ("Her daughter Zhanaraina said Alhamdulillah twice.", "Zhanaraina"),
            ],
        ),
    ],
)
def test_names_beside_them_still_go(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
