"""German nouns kept in English notes ("paid with his Taschengeld", "in Feierabend mode"):
an everyday German noun, a word with an ending only German nouns have, or a compound on a
German head noun for a thing of home stays; the same word in a person's slot, after a
title, in a run of capitals, and names that merely end like such a compound still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "He paid for the cinema with his own Taschengeld and was proud of it.",
        "The Prüfungsangst came back in May, but she sat the exam anyway.",
        "We talked about the Gemütlichkeit of her grandmother's kitchen.",
        "He had Bauchschmerzen every Monday morning before school.",
        "She went to the Elternabend alone and asked one question.",
        "Mum says the Hausaufgaben take less time now that the phone stays out.",
        "They sat in the Schlafzimmer with the lights off and breathed together.",
        "She brought Kaffee for everyone and the group relaxed.",
    ],
)
def test_german_nouns_in_english_notes_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Kaffee said she would come back next week.", "Kaffee"),  # a person's verb
        ("We met Hund, his friend from school, at the bus stop.", "Hund"),  # apposition
        ("Sione and Taschengeld went home early.", "Taschengeld"),  # listed with a name
        ("We asked Feierabend about the plan.", "Feierabend"),  # asked: a person
        ("Frau Kaffee rang the office on Monday.", "Kaffee"),  # a title
        ("Her son Nusrat moved to Hayatabad last year.", "Hayatabad"),  # no German head
        ("He had no trouble at the Kreuzschule this term.", "Kreuzschule"),  # a school
    ],
)
def test_names_that_look_german_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "They ate together at the Esstisch and nobody looked at a phone.",
        "The Sommerferien were calm, she says, because the cousins came.",
        "He was relaxed during the Osterferien and slept well.",
        "She was calm on Silvesternacht with the family and laughed a lot.",
        "The Pfingstmontag picnic went well, so we scaled it a 6.",
    ],
)
def test_furniture_holidays_and_feast_nights_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Esstisch said the plan was fine.", "Esstisch"),  # a person's verb
        ("We called Sommerferien about the next session.", "Sommerferien"),  # called
        ("Herr Wallnacht came to the session with his daughter.", "Wallnacht"),  # a title
        ("Sione and Feldmontag went home early.", "Feldmontag"),  # listed with a name
    ],
)
def test_names_on_furniture_or_feast_heads_still_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
