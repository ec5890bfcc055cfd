"""Words of another language's clause that are also names, and months in Greek letters.

"si mama ay masaya" (Filipino: the predicate marker "ay" after a kinship word), "wala ni
isa" (Filipino "not one"), "dia pergi ke pasar dan beli ikan" (Malay "and"), "demain on
ira au parc" (French "we will go") and a Greek month named alone ("Μάρτιος was hard") stay.
The same words after a title or a person marker of another language, opening the clause,
or as a listed name in an English sentence are still removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "si mama ay masaya ngayon",
        "si tita ay pagod na",
        "hindi siya umiyak ni isa",
        "Wala ni isa ang dumating.",
        "dia pergi ke pasar dan beli ikan",
        "saya dan ibu pergi ke klinik",
        "demain on ira au parc avec les enfants",
        "Demain on ira au parc avec les enfants.",
        "Μάρτιος was hard, Απρίλιος was better.",
        "Ο Μάρτιος ήταν δύσκολος.",
        "Τον Μάρτιο ήταν καλύτερα.",
    ],
)
def test_words_of_the_clause_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("aunty mele who drove the kids", "mele"),
        ("pls pass to dr tan", "tan"),
        ("pak dan cakap dia penat", "dan"),
        ("dan cakap dia penat hari ni", "dan"),
        ("hindi siya umiyak ni maria", "maria"),
        ("au café el ali à la plage avec lui", "ali"),
        ("we talked about ira and his mum", "ira"),
        ("Δημήτρης was hard to reach this week.", "Δημήτρης"),
        ("She came on 5 Μαρτίου with her son.", "5 Μαρτίου"),
    ],
)
def test_names_beside_the_same_words_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "hoy el patojo me dijo q ya no tiene miedo",
        "hun sagde i dag til sin kæreste for første gang",
    ],
)
def test_function_words_beside_their_language_stay(text: str) -> None:
    out = redact(text)
    assert out == text
    assert redact(out) == out  # idempotent


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("me and ana went to the mall", "ana"),
        ("talked w hoy about school", "hoy"),
    ],
)
def test_lower_case_names_beside_english_are_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert f" {gone} " not in f" {out} "
    assert redact(out) == out  # idempotent
