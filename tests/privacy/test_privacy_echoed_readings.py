"""A lower-case word read as a word of its language keeps that reading where it is echoed;
an echo in a person's slot, or a word still read as a name elsewhere, stays a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from bot.privacy._echoed_readings import without_echoes


@pytest.mark.parametrize(
    "text",
    [
        'he said "main jeet raha tha". ok so next step: one small "jeet" per day',
        'ela chorou mas era choro bom sabe, e depois "chorou" virou piada',
    ],
)
def test_echo_of_a_word_of_the_language_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('she said "main jeet raha tha" and later jeet said he was fine', "jeet"),
        ('he said "main jeet raha tha", and mr jeet came later', "jeet"),
    ],
)
def test_an_echo_in_a_persons_slot_stays_a_name(text: str, name: str) -> None:
    out = redact(text)
    assert out.count(name) == 1  # the quoted verb stays, the person goes
    assert "[name]" in out


def test_nothing_dropped_changes_nothing() -> None:
    text = "asked tavita and later tavita said"
    cands = [(6, 12, "name"), (23, 29, "name")]
    assert without_echoes(text, cands, cands) == cands


def test_echo_goes_with_the_dropped_word() -> None:
    text = "dekh leta hai. then dekh again"
    first, second = (0, 4, "name"), (20, 24, "name")
    assert without_echoes(text, [first, second], [second]) == []


def test_echo_after_a_title_keeps_both() -> None:
    text = "dekh leta hai. then mr dekh again"
    first, second = (0, 4, "name"), (23, 27, "name")
    assert without_echoes(text, [first, second], [second]) == [second]
