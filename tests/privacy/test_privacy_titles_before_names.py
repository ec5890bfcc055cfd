"""Titles of elders, priests and elder relatives that no rule reading names lists go into the
placeholder of the name right after them ("Elder [name]" becomes "[name]"), unless an owner or
an everyday word before them makes them a relation or part of a phrase ("her elder [name]",
"the temple pundit [name]").

Tried and dropped (more words removed than leaks saved on the validation sets): every title
and word of address of the lists (``_kin_address.BEFORE_NAME``, ``_name_cues._TITLE_WORDS``)
before a name found by any rule; "coach" in lower case; Portuguese "a tia [name]"; titles
written as abbreviations with a stop ("bpk.", "Muh.")."""

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
            "relation-stays",
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
def test_a_relation_or_word_stays(text: str, word: str) -> None:
    out = redact(text)
    assert word in out.split(), out
    assert redact(out) == out
