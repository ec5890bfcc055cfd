"""A given name that is an everyday word, a pet name or a title, opening a clause as the
subject of what only a person does, read through auxiliaries, adverbs, asides and the base
forms of creole ("Trinity has been going to church", "Storm finally slept", "Faith in Year 10
has joined the choir", "precious tell mi seh"); a word stated to be someone's name or what
they are called; a month-word after a kin title. The same words as ordinary or abstract
subjects stay.
"""

from __future__ import annotations

import re

import pytest

from bot.privacy import redact


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]+", text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trinity has been going to church with her nan since Easter.", "Trinity"),
        ("Session 3. Storm finally slept through on Friday and woke up hungry.", "Storm"),
        ("Faith in Year 10 has joined the choir and stayed for the practice.", "Faith"),
        ("Memory has had five days without a drink, her sponsor rang to tell me.", "Memory"),
        ("Kingston (the nephew) cooked dinner on Sunday for the whole house.", "Kingston"),
        ("Raine, 14, has been attending every lesson this week.", "Raine"),
        ("Justice is the client's legal name, she prefers Jussy in group.", "Justice"),
        ("update: Harmony has started the barista course at the college.", "Harmony"),
        ("Legend from the estate has been going to the boxing club after school.", "Legend"),
        ("precious tell mi seh she a go back a school", "precious"),
        ("Royal say him nah drink again, and he go church now", "Royal"),
        ("HOPE HAS BEEN GOING TO SCHOOL EVERY DAY SINCE HALF TERM.", "HOPE"),
        (
            "Her foster carer calls her Peaches and Peaches has been eating lunch at school.",
            "Peaches",
        ),
        ("Pip (everyone calls her that) stayed for the whole group.", "Pip"),
        ("bro (client Tama) said the hui was good and his nan was there", "bro"),
        ("AUNTY APRIL WILL COLLECT HIM AT 3.", "APRIL"),
        ("Nana June walks her to the bus stop now.", "June"),
        ("Sefa (the eldest) works night shift at the depot and sleeps till noon.", "Sefa"),
        ("Harmony has been working at Kmart since March and likes the team.", "Harmony"),
    ],
)
def test_word_name_doing_a_persons_thing_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in _words(out), out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "Hope is what gets him out of bed most days.",
        "Joy has come back into her voice, her sister noticed.",
        "Grace was shown to him by the panel, which surprised him.",
        "Will has been hard for her to find since the diagnosis.",
        "Summer has been rough, the heat makes her irritable.",
        "June was a hard month for the whole family.",
        "Baby steps, she said, and she picked one small thing.",
        "Bro, she said, is what she calls all her cousins.",
        "Patience has been hard for him this term.",
        "Storm damage meant they stayed with friends.",
        "Faith has been important to her through all of this.",
        "Autumn has been going well so far at home.",
        "He said his aunt will visit in June with the cousins.",
        "She calls him back every evening and they talk.",
        "The teacher called her Sweetheart, which she hated.",
        "Music works as a reset for him after school.",
        "Keep cooking, keep going, her nan used to say.",
        "He said cooking for the family was when he felt useful.",
        "Bear in mind she only started the new tablets last week.",
        "His mum calls him Beta and he pretends to hate it.",
    ],
)
def test_word_as_ordinary_subject_is_kept(text: str) -> None:
    assert redact(text) == text
