"""Sentences and clauses written in another language: their ordinary words are kept,
while the names and places inside them still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._foreign_clauses import foreign_clauses


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # lower-case words of a clause in a capitalised text
        ("O Kiala falou do tio que morreu e eu deixei o silêncio ficar.", "que morreu"),
        ("Mi ha raccontato che la mamma ha fatto il ragù.", "che la mamma"),
        ("Dia tinggal di rumah dan istrinya mengancam pulang.", "dan istrinya mengancam"),
        ("Wyjątkiem był wtorek, kiedy sam pojechał tramwajem do pracy.", "sam pojechał"),
        ("Doña Carmen decidió llamar ella misma al médico.", "ella misma"),
        # a word that starts a sentence and is in no list of names
        ("Esta semana foi à missa com a tia e ficou até o fim.", "Esta semana"),
        ("Karon lang ko nakasulti sa akong mama nga nasakitan ko.", "Karon lang"),
        # feasts and words of faith with a capital inside a sentence
        (
            "En Nochebuena se quedó en casa y el Día de Reyes lo pasará con sus sobrinos.",
            "Día de Reyes",
        ),
        ("Per San Gennaro è andata in chiesa con la nonna.", "San Gennaro"),
        ("W Wigilię usiadła z rodziną przy stole i podzieliła się opłatkiem.", "Wigilię"),
        ("De Paște a mers la biserică cu bunica și a stat până la Înviere.", "Înviere"),
        # a short clause after a quote takes the language beside it
        ('"Deus sabe o que faz", ela repete.', "ela repete"),
        # in chat, a weekday that is also a name, and a verb after its subject pronoun
        ("hier soir il bosse encore chez lui, il dort mieux depuis lundi", "depuis lundi"),
        ("ma mère dit que je bosse trop depuis samedi et que je mange peu", "je bosse trop"),
    ],
)
def test_ordinary_words_of_a_foreign_clause_are_kept(text: str, kept: str) -> None:
    assert kept in redact(text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a capitalised name inside the clause still goes
        ("O Kiala falou do tio que morreu e eu deixei o silêncio ficar.", "Kiala"),
        ("Il 15 aprile Ciro si è presentato a scuola per chiedere di rientrare.", "Ciro"),
        # a title or word of address goes with the name after it
        ("Doña Carmen decidió llamar ella misma al médico.", "Doña"),
        ("Op 12 maart heeft meneer Peeters zelf gebeld om zijn afspraak te verzetten.", "meneer"),
        ("Opvolg: ek het oom Koos gebel; hy gaan nog na die groep.", "oom"),
        # in chat, a lower-case listed name or town of the clause goes
        ("a gabi falou hj q foi na festa da prima e nao teve crise nenhuma", "gabi"),
        ("bugün burak dedi ki kuzenine gitmiş, hiç kaygılanmamış, çok sevindim", "burak"),
        # a feast phrase does not keep a name that only shares a word with it
        ("Per San Gennaro è andata in chiesa con Gennaro e la nonna.", "con Gennaro"),
    ],
)
def test_identifiers_inside_a_foreign_clause_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


def test_turkish_case_ending_stays_outside_the_name() -> None:
    out = redact("Ayşe Hanım kızını aradı ve Zeynep'i de yanına aldı, birlikte gittiler.")
    assert "Zeynep" not in out


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("Fui en el metro y no me dio el ataque.", True),
        ("Ik heb deze week niet één keer gedacht dat ik het niet waard ben.", True),
        ("Ang iyang lolo ug tita ang nag-atiman niya karon.", True),  # Cebuano
        ("She went to the clinic on her own and did not call her mother.", False),
        ("He said la escuela was fine, and that he will go back on Monday.", False),
    ],
)
def test_clause_language_from_function_words(text: str, foreign: bool) -> None:
    assert bool(foreign_clauses(text)) is foreign
