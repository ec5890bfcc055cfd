"""A word of respect written as a title before a name goes with the name ("don Aurelio",
"Chief Ngozi", "Uncle Sefa"); after an English article or owner it speaks of a role and stays
("the professor [name]"), and so do words of kinship in any language, which name a relative
("her abuela [name]", "su abue [name]", "my uncle [name]"). Titles of elders, priests and
elder relatives that no list of titles holds ("Elder", "pundit", "titi") go too
(``_titles_before_names``)."""

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
        *group(
            "unlisted-title-goes",
            [
                ("Elder Wapemoose Sinclair led the smudge before group.", "Elder"),
                ("ok so pundit Harripersad blessed the new house", "pundit"),
                ("Mishomis Gerald takes him fishing on weekends.", "Mishomis"),
                ("maun Agostinho ajuda iha uma", "maun"),
                ("le escribí a titi Ivelisse ayer por la noche", "titi"),
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
        *group(
            "owned-or-described-title-stays",
            [
                ("her elder Benedetto is the one who drives", "elder"),
                ("the temple pundit Harripersad came by", "pundit"),
                ("su titi Ivelisse la busca los viernes", "titi"),
                ("his little bro Kwabena came with him", "bro"),
                ("a mãe Jaqueline levou ele na escola", "mãe"),
                ("li ale nan Jacmel pou vakans", "nan"),
            ],
        ),
    ],
)
def test_a_relative_after_an_owner_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out.split(), out
    assert redact(out) == out
