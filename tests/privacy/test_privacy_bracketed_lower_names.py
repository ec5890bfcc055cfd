"""Names typed in lower case that a bracket explains ("ok so breezy (yes thats her real
name) came", "tavita (the dad) came", "the client (losa) said") or that are given an age
("kiri is 15, and"), removed; the same slots filled by everyday words, kinship words and
ratings stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ok so breezy (yes thats her real name) came in early today", "breezy"),
        ("so tavita (the dad) and his sister came to the session", "tavita"),
        ("the client (losa) said the week was calmer", "losa"),
        ("his mum (wairimu) noticed and sent me a text", "wairimu"),
        ("ok quick one, pip (his nickname) skipped no classes", "pip"),
        ("saw them at lunch. kiri is 15, and back at school now", "kiri"),
        ("her nonno ettore is ninety-one and still drives", "ettore"),
    ],
)
def test_lower_case_names_marked_by_a_bracket_or_an_age_are_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "the app (name escapes me) helped her sleep",
        "mum (again) said the mornings are hard",
        "mood is 6, sleep is 7, energy is 5.",
        "we played a game (the kids chose it) and it went well",
        "she lives with her gran (eighty) who still cooks",
        "she brought her apo (grandchild) to the session and smiled",
        "so mwanangu (my child) slept well for once",
        "she said hijo (her son) carried the bags",
        "her grandma (nani) says the prayers help",
    ],
)
def test_everyday_words_in_the_same_slots_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sunny (yes that is really her name) skipped school twice.", "Sunny"),
        ("Storm (she picked that name herself) came back today.", "Storm"),
        ("Brave (the name his gran gave him) drew a boat.", "Brave"),
    ],
)
def test_capitalised_words_a_bracket_calls_names_are_removed(text: str, name: str) -> None:
    assert name not in redact(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The app (name escapes me) kept crashing.", "app"),
        ("His Honda (the name on the card was hers) broke down.", "Honda"),
        ("She joined the NGO (name withheld) last year.", "NGO"),
    ],
)
def test_capitalised_words_without_a_name_bracket_stay(text: str, word: str) -> None:
    assert word in redact(text)
