"""Days of the month and ages over 89 written as number words of other languages."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept, group

DAYS = [
    (
        "Things shifted el doce de octubre, when she phoned her sister first.",
        "Things shifted el [date], when she phoned her sister first.",
    ),
    (
        "no dia vinte e sete de junho ele foi sozinho ao mercado",
        "no dia [date] ele foi sozinho ao mercado",
    ),
    ("il ventidue aprile è venuta da sola", "il [date] è venuta da sola"),
    ("depuis le quatorze février il dort mieux", "depuis le [date] il dort mieux"),
    ("el vint-i-tres de novembre va tornar a l'escola", "el [date] va tornar a l'escola"),
    (
        "The exceptions: the weekend of 8-9 dezembro and again later.",
        "The exceptions: the weekend of [date] and again later.",
    ),
]
AGES = [
    (
        "Her praděda is devadesát tři and still walks to the shop.",
        "Her praděda is [age] and still walks to the shop.",
    ),
    (
        "His baka turned devedeset jedan in spring and everyone came.",
        "His baka turned [age] in spring and everyone came.",
    ),
    ("Her grand-mère is nonante-quatre now.", "Her grand-mère is [age] now."),
    ("her nagymama is kilencvenhárom, sharp as ever", "her nagymama is [age], sharp as ever"),
    (
        "The bisabuela (noventa y siete!) still cooks for everyone.",
        "The bisabuela ([age]!) still cooks for everyone.",
    ),
    ("the avô is turning cem next month", "the avô is turning [age] next month"),
]
NO_DAYS = [
    "tres de ellos vinieron juntos y se rieron mucho",
    "en mayo estuvo mejor, sobre todo los fines de semana",
    "dos de mis clientes dicen lo mismo cada semana",
    "deux ou trois fois par semaine elle marche avec sa mère",
]
NO_AGES = [
    "Vor neunzig Jahren kam die Familie nach Deutschland, erzählte sie.",
    "she was sto procent sure it would work",
    "he said it was cien por ciento his idea",
]


@pytest.mark.parametrize(("text", "expected"), group("day", DAYS) + group("age", AGES))
def test_worded_days_and_old_ages_go(text: str, expected: str) -> None:
    out = redact(text)
    assert out == expected
    assert redact(out) == out


@pytest.mark.parametrize("text", group("no-day", NO_DAYS) + group("no-age", NO_AGES))
def test_other_number_words_stay(text: str) -> None:
    assert_kept(text)
