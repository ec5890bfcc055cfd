"""Round five of identifier-free texts kept unchanged (a word cited as a word, the language
someone speaks or writes in, full names of singers, authors and teams that thousands follow,
words of First Nations, Shona, Urdu, Cantonese, Egyptian and Trinidadian life, national
exams, virtues listed among other values), and identifiers beside them, which must still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        'She picked the word "Tawakkul" for how it felt to let go.',
        "He liked the term Ubuntu better than community.",
        "Grandad answered in Gaelic and everybody laughed.",
        "She writes her diary in Tagalog and reads it to nobody.",
        "His dad prays in Amharic every morning before work.",
        "He is a huge fan of Lionel Messi and wore the shirt to session.",
        "She supports Kaizer Chiefs and the derby is all she talks about.",
        "We listened to Bob Marley songs and he named the line that kept him going.",
        'She quoted "The Body Keeps the Score" by Bessel van der Kolk in group.',
        "Mushum showed him how to set a snare and said miigwech to the rabbit.",
        "Mbuya and Vatete came for the ceremony and she felt held.",
        "Her Phupphi cooked Nihari for everyone after the Nikah.",
        "He sat his WAEC papers and his KCSE cousin sent him a voice note.",
        "They had Yum Cha after Wing Chun class and she ate everything.",
        "At Phagwa she threw powder with her cousins and forgot the exam stress.",
        "He has ADHD and his DSE exams are coming, yet he finished a past paper.",
        "Our class values: Wisdom, Love, Respect, Bravery, Honesty, Humility, Truth.",
        "What she wants more of: Peace, Patience, Courage, Kindness.",
    ],
)
def test_clean_texts_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I had a word with Tomasi after group.", "Tomasi"),
        ("He spoke in Kapiti last year about his recovery.", "Kapiti"),
        ("She talked with Aroha in Whanganui on Friday.", "Whanganui"),
        ("He spoke in Mereana's voice when he was angry.", "Mereana"),
        ("She is a big fan of Tomasi and copies his style.", "Tomasi"),
        ("She supports Tomasi Vea at home with the homework.", "Tomasi Vea"),
        ("He played Rangi songs on the guitar at the hui.", "Rangi"),
        ("Her mum Mere Tapsell books the room for us.", "Mere Tapsell"),
        ("His brother works at Eskom as a technician.", "Eskom"),
        ("Kids in group: Hope, Brandon, Grace, Mercy, Tyler.", "Brandon"),
        ("Kids in group: Hope, Brandon, Grace, Mercy, Tyler.", "Grace"),
        ("Met JT exams week and he was calm.", "JT"),
        ("She quoted Tomasi all week, word for word.", "Tomasi"),
        ("She quoted Tomasi Vea all week, word for word.", "Tomasi Vea"),
        ("Girls in group: Hope, Grace, Faith, Joy.", "Grace"),
        ("Our values: Love, Kindness, Respect and Courage. Hope came late.", "Hope came"),
    ],
)
def test_identifiers_beside_them_go(text: str, gone: str) -> None:
    assert gone not in redact(text)
