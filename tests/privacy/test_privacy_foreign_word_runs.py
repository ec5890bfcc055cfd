"""A run of capitalised everyday words of one other language in a note of any language is a
service, role or programme named in that language ("the Assistente Social reported"); a run
after a preposition of place, with a word for a kind of place in it, or in a longer name
stays a place or a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "words"),
    [
        *group(
            "run-stays",
            [
                (
                    "The Assistente Social phoned on Tuesday; the father said the week was "
                    "melhor than the last one.",
                    "Assistente Social",
                ),
                (
                    "His mother gets the Bolsa Família every month and the avó helps with "
                    "the shopping.",
                    "Bolsa Família",
                ),
                (
                    "Who noticed: the Enfermeira Escolar; he now eats lanche with the others.",
                    "Enfermeira Escolar",
                ),
            ],
        ),
    ],
)
def test_a_run_of_everyday_words_of_another_language_stays(text: str, words: str) -> None:
    out = redact(text)
    assert words in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "words"),
    [
        *group(
            "name-goes",
            [
                # a place after a preposition of place
                ("She lives in Areia Branca now and the avó visits on sábado.", "Areia Branca"),
                # a word for a kind of place or body in the run
                ("He plays every week at the Associação Casa with the other miúdos.", "Casa"),
                ("They walk along the Praia Grande, said the avó, and she feels melhor.", "Grande"),
                # a longer name goes on after a function word
                ("She volunteers at the Cozinha Solidária do Porto every sábado.", "Porto"),
                # a listed given name is no everyday word
                ("Dona Maria Aparecida came with the avó.", "Maria"),
                # no other word of the language in the note: nothing shows it
                ("Bolsa Família called about the invoice.", "Família"),
            ],
        ),
    ],
)
def test_a_place_or_name_made_of_such_words_goes(text: str, words: str) -> None:
    out = redact(text)
    assert words not in out, out
    assert redact(out) == out
