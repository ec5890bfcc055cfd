"""A pronoun or article of another language that is also a listed name ("Elle", "Li",
"Ami") stays when it opens a sentence written in its language; the same word opening a
sentence of another language, or an English one, is still a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Session in French today. Elle a dit que la semaine était plus calme, et elle a ri.",
        'He said, "Li t ap di m se yon bon jou pou li."',  # Haitian Creole
        'The client said: "Ami jani na ami ke."',  # Bengali
    ],
)
def test_openers_of_their_own_language_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Ela poszła do szkoły i nie płakała w tym tygodniu.", "Ela"),  # Polish: a name
        ("Elle came in late and said the week was calmer.", "Elle"),  # English sentence
        ("Ami said the week was better than the last one.", "Ami"),
    ],
)
def test_names_opening_other_sentences_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
