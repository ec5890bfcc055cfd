"""A word of respect written as a title before a name goes with the name ("don Aurelio",
"Chief Ngozi", "Uncle Sefa"); after an English article or owner it speaks of a role and stays
("the professor [name]"), and so do words of kinship in any language, which name a relative
("her abuela [name]", "su abue [name]", "my uncle [name]")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "title"),
    [
        *group(
            "title-goes",
            [
                ("Even don Aurelio came to the group this time.", "don"),
                ("Chief Okonkwo opened the meeting with a prayer.", "Chief"),
                ("the coach, professor Kowalczyk, said he trains hard", "professor"),
                ("Doña Remedios sold all her tamales before noon.", "Doña"),
            ],
        ),
    ],
)
def test_a_title_goes_with_the_name(text: str, title: str) -> None:
    out = redact(text)
    assert title not in out.split(), out
    assert "[name]" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "relative-stays",
            [
                ("She came in with her abuela Encarnación, who is very sharp.", "abuela"),
                ("she asked for help from the professor Nakamura after class", "professor"),
                ("Different: her tito Joaquín lent her the kiln.", "tito"),
                ("my uncle Teodoro drives him to school now", "uncle"),
                ("el nieto ya duerme bien, su abue Toña está contenta", "abue"),
                ("jeho papu Miroslav je na neho hrdy", "papu"),
            ],
        ),
    ],
)
def test_a_relative_after_an_owner_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out.split(), out
