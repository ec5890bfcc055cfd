"""Lower-case names after a Portuguese or Spanish article, as the subject of a verb said of a
person: listed names of two letters, diminutives of listed names, nicknames of looks and
words in no list before a verb of saying. Nouns of a person's role, abstract nouns and
diminutives of nouns stay in the same frame."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._article_subjects import diminutive_of_name
from bot.privacy._lexicon import lexicon
from tests.privacy.redaction_cases import assert_kept, assert_replaced


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("ontem a bo chegou cedo e disse que não dormiu, tava cansada", "bo"),
        ("hoje o zequinha falou que não quer mais ir pra escola dele", "zequinha"),
        ("ayer el pablito dijo que ya no tiene miedo de la escuela", "pablito"),
        ("hoje a zuca disse que a semana foi tranquila pra ela", "zuca"),
        ("ayer el gordo no vino porque su mamá estaba enferma", "gordo"),
        ("ontem o wesley não falou nada, ficou mexendo no celular", "wesley"),
        ("ontem ela disse que o joãozinho parou de acordar de noite", "joãozinho"),
        ("hoje o antônio falou que a semana foi boa e ela disse que sim", "antônio"),
    ],
)
def test_names_before_a_verb_of_a_person_are_removed(text: str, gone: str) -> None:
    assert_replaced(text, gone, "name")


@pytest.mark.parametrize(
    "text",
    [
        "ontem o menino falou que a escola tá melhor e a mãe disse que ele dorme",
        "hoje o porteiro disse que ela saiu cedo, não voltou pra casa",
        "ontem a enfermeira falou que a consulta foi remarcada pra ela",
        "ayer el abuelito dijo que no quiere ir, la mamá está cansada",
        "hoje a ansiedade voltou e o medo veio de noite, ela disse que dormiu mal",
        "ontem a prefeitura mandou uma carta e ela disse que não entendeu",
        "ayer la terapeuta dijo que la familia habló mucho de eso",
        "hoje o vizinho falou que ela tava gritando de noite com o filho",
        "ontem o bebezinho dormiu a noite toda e a mãe disse que descansou",
        "ayer la gorda está contenta, dijo la abuela, y el perro también",
    ],
)
def test_role_and_abstract_nouns_in_the_same_frame_stay(text: str) -> None:
    assert_kept(text)


def test_diminutives_lead_back_to_listed_names_only() -> None:
    lex = lexicon()
    assert diminutive_of_name("pedrinho", lex) == "pedro"
    assert diminutive_of_name("marquinhos", lex) == "marcos"
    assert diminutive_of_name("juanito", lex) == "juan"
    assert diminutive_of_name("vizinho", lex) is None
    assert diminutive_of_name("abuelito", lex) is None
    assert diminutive_of_name("bebezinho", lex) is None


def test_redaction_is_idempotent_here() -> None:
    text = "ontem o pablito disse que a bo chegou cedo, ela falou que dormiu"
    once = redact(text)
    assert redact(once) == once


def test_a_verb_of_a_person_ends_a_lower_case_name() -> None:
    out = redact("ontem o rodrigo veio de bike e falou que pedalar ajuda a cabeça")
    assert "veio de bike" in out, out
    assert "rodrigo" not in out, out
