"""Pronouns and weekdays typed in lower case in Portuguese and Spanish texts are no names
("ela mora", "no domingo"), while the same words in an English text keep their reading."""

from __future__ import annotations

import pytest

from bot.privacy._lexicon import lexicon
from bot.privacy._romance_lower_words import romance_word
from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    "text",
    [
        "ela trabalha de manhã e disse que a semana foi boa pra ela",
        "ele disse que no domingo vai na casa da avó com a irmã",
        "ella dijo que el domingo fue a misa con su hermana y comió bien",
        "ela contou que dorme melhor desde que voltou a correr de manhã",
    ],
)
def test_pronouns_and_weekdays_of_romance_texts_stay(text: str) -> None:
    assert_kept(text)


def test_the_same_word_in_an_english_text_is_still_a_name() -> None:
    assert_replaced("ela said the week was better and she slept more", "ela", "name")


@pytest.mark.parametrize(
    "text",
    [
        'ela disse "nossa, nem acredito" quando viu a nota da prova',
        'ella dijo "ya no tengo miedo" y se fue con su hermana',
    ],
)
def test_a_pronoun_before_a_verb_of_saying_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    "text",
    [
        "mora no bairro novo, perto do mercado, e vai de ônibus pro trabalho",
        "vive con su tía desde que salió del hospital y dice que está mejor",
    ],
)
def test_a_verb_of_living_that_is_a_name_stays(text: str) -> None:
    assert_kept(text)


def test_weekdays_after_one_letter_articles_and_in_the_plural_are_days() -> None:
    lex = lexicon()
    lows = "ela disse que o domingo foi bom e que todos os domingos vai à missa".split()
    assert romance_word(lows, lows.index("domingo"), lex)
    assert romance_word(lows, lows.index("domingos"), lex)
