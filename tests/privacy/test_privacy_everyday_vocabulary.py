"""Everyday words of Portuguese, Spanish, Italian and the other languages of
everyday_words.txt.gz: kept as words in a text of their language, while names, places
named by a cue and words of an English text stay removed."""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact
from bot.privacy._everyday_vocabulary import spoken_languages, vocabulary
from bot.privacy._lexicon import lexicon


def _lows(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ontem ela foi ao Posto de Saúde e disse que está melhor.", "Posto de Saúde"),
        ("ela foi à consulta ontem e disse q tá melhor", "consulta"),  # chat, lower case
        ("Hoy ella fue al Centro de Salud y dijo que la Doctora la llamó.", "Doctora"),
    ],
)
def test_everyday_words_of_the_text_language_stay(text: str, word: str) -> None:
    assert word in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Dona Maria disse que não veio porque estava cansada.", "Maria"),
        ("Ela disse que o Pedro não veio e que a consulta foi boa.", "Pedro"),
        ("ela disse que mora no Jardim Ângela com a filha", "Ângela"),
        ("Ela estuda na Escola Estadual Castro Alves e diz que a escola é boa.", "Castro"),
        ("ela disse que veio com a vovó Lurdes e que não quer ficar", "Lurdes"),
    ],
)
def test_names_beside_everyday_words_still_go(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ela disse que a tia Alegria veio com a filha", "Alegria"),  # a word of address
        ("ela disse que a Alegria, 12 anos, veio com a mãe", "Alegria"),  # an age after it
        ("ela disse que mora no bairro Saudade e que trabalha muito", "Saudade"),  # a kind
        ("dijo que su hermano fue a Herradura y no volvió", "Herradura"),  # a place it goes to
        # a capitalised word beside it: part of a longer name
        ("Suivi: il a repris le travail au Grand Marché et ne boit plus le matin.", "Marché"),
    ],
)
def test_everyday_words_named_by_a_cue_still_go(text: str, name: str) -> None:
    assert name not in redact(text)


def test_one_capitalised_word_after_an_article_stays_a_name() -> None:
    # "o Pedro", "la Cata": these languages name a person after the definite article
    assert "Carinho" not in redact("ontem ela disse que o Carinho ficou em casa com a mãe")


def test_an_english_text_quoting_the_language_is_not_of_it() -> None:
    text = 'The client said: "ela não quer", and then we went to the Casa Amarela for lunch.'
    assert not spoken_languages(_lows(text), lexicon())
    assert "Casa Amarela" not in redact(text)


def test_the_language_is_shown_by_a_word_of_its_own() -> None:
    text = "Ontem ela disse que não quer voltar para a escola."
    assert "pt" in spoken_languages(_lows(text), lexicon())
    # words shared by Spanish and Portuguese alone show neither of them over the other
    assert "es" not in spoken_languages(_lows(text), lexicon())


def test_listed_names_and_towns_are_never_everyday_words() -> None:
    words = vocabulary(lexicon())
    assert {"saúde", "posto", "trabajadora"} <= words.keys()
    assert not {"maria", "pedro", "lurdes", "lisboa", "esperança"} & words.keys()
