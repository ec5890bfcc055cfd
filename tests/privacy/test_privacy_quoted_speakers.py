"""A capitalised word in no list opening a sentence whose few lower-case words run into a colon
and an opening quotation mark is the speaker, in any language; labels, longer clauses and
known words before the colon stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Ratnasari bilang: "Aku sudah tidak takut lagi."', "Ratnasari"),
        ('Sekartaji bilang: "Saya sudah berani."', "Sekartaji"),
        ('Bożenka powiedziała wtedy: "Było lepiej."', "Bożenka"),
        ('Tegegne alisema: "Nimelala."', "Tegegne"),
        ("Dagnýja sagði: „Ég svaf vel.“", "Dagnýja"),
    ],
)
def test_speaker_before_quote_is_removed(text: str, name: str) -> None:
    assert_replaced(text, name, "name")


@pytest.mark.parametrize(
    "text",
    [
        # a label, or an English or function word, before the colon
        'Fazit: "Es geht mir besser."',
        'Goal for next week: "sleep before midnight".',
        'She said: "I slept well."',
        # a verb of another language opening a longer clause
        'Gigamit nako ang miracle question: "Unsa may lahi ugma?"',
        # a comma before the colon: a longer clause
        'Overall, things went well: "better than last week", she wrote.',
    ],
)
def test_no_speaker_stays(text: str) -> None:
    assert redact(text) == text
