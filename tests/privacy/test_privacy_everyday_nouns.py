"""Everyday nouns of other languages, capitalised by practitioners who code-switch.

Foods, drinks, games and feasts of the client's language that the Unicode CLDR
annotations know as everyday words ("Pão de Queijo", "Futebol", "Churrasco"), and
plurals and diminutives of words of address ("Tias"), stay when the text holds
another word of their language. Names stay removed: a listed or unknown name, a name
joined to such a word by a particle ("Maria do Céu"), one after a word of place ("no
bairro Prenda", "u Visoko"), or in a list beside a name, and words in lower-case chat.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    "text",
    [
        "The Avó brought Pão de Queijo for everyone and the Mãe said it was the best day.",
        "He said he thought about Futebol on Sunday. Eu fiquei quieto, he said.",
        'She came with her Avó and the Tias. "Eu gostei muito."',
        "The visits on Sundays, with Bolo and Chá, help her. Ela ia dizer que eu fiz bem.",
        # the word joining them is of their language: evidence enough
        "On Sunday — Dia das Crianças — the boy had no aggressive moments.",
        # a word of address of the same language is evidence enough
        "Cold mornings are hard. Her Irmã came with Chimarrão and they sat by the heater.",
        'She said the Churrasco with the Tio was the best moment. "Eu cuido do fogo."',
    ],
)
def test_everyday_nouns_of_the_clients_language_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone", "kind"),
    [
        (
            "Joana told me Zefirino came with her to the session, ela estava calma.",
            "Zefirino",
            "name",
        ),
        ("Maria do Céu is 80. Ela disse que o filho ainda a visita.", "Céu", "name"),
        ("Trago a cliente, que vive no bairro Prenda e estuda de manhã.", "Prenda", "name"),
        ("Exception: the week at her farmor's on Nagu, she slept.", "Nagu", "name"),
        ("The twins (Vrtić Radost) slept through the night twice.", "Radost", "name"),
        ("They remembered a trip to Punta del Este last year.", "Punta del Este", "name"),
        ("ontem ela disse que o Carinho ficou em casa com a mãe", "Carinho", "name"),
        # "cousin" is English too: no evidence of another language
        (
            "Bobo (that's what the family calls him) told me about fixing his cousin's phone.",
            "Bobo",
            "name",
        ),
        ("lol panos said the bolo was good, eu comi tudo", "panos", "name"),
    ],
)
def test_names_beside_such_words_are_still_removed(text: str, gone: str, kind: str) -> None:
    assert_replaced(text, gone, kind)


def test_the_same_nouns_without_their_language_are_judged_as_before() -> None:
    # no other word of Portuguese in the text: the capital is read as in English text
    assert (
        redact("Futebol said he would come on Monday.") != "Futebol said he would come on Monday."
    )
