"""Lower-case names that a bracket says are a person although the word is also an everyday
word or another language's relative word ("rock (the dad) came", "tatay (the client, 40)
said", "bubu (his nickname) laughed"), a word in no list filling the bracket after a role
("my colleague (ikaika) said"), and a name before a word of address that a bracket explains
("priti ji (the client's aunt)") are removed; relatives, roles, translations and everyday
words in the same slots stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("so rock (the dad) and his partner came in on time", "rock"),
        ("today pebble (her husband) drove her to group", "pebble"),
        ("tatay (the client, 40, driver) said the week was calmer", "tatay"),
        ("ok bubu (his nickname, his sister started it) laughed a lot", "bubu"),
        ("my colleague (leilani) said the boy ate breakfast", "leilani"),
        ("the student (temitope) passed every quiz this term", "temitope"),
        ("priti ji (the client's aunt) walked her to school", "priti"),
        ("oluwaseun bhai (the dad) phoned after the session", "oluwaseun"),
    ],
)
def test_names_a_bracket_calls_a_person_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "mum (the client) said the mornings were easier",
        "her dad (the one from the farm) came to pick her up",
        "we met at home (the dad's place) on thursday",
        "the app (the dad) picked was no help",
        "the worker (ndis) said the plan was approved",
        "my friend (again) said the same thing",
        # a role's bracket holding a word in no name list translates the role
        "the teacher (kaiako) said the boy ate breakfast",
        "her coach (treinador) said the week went well",
        "her grandma (nana) cooks on sundays",
        "we talked about work (the night shift) and sleep",
    ],
)
def test_relatives_roles_and_everyday_words_in_the_same_slots_stay(text: str) -> None:
    assert redact(text) == text
