"""A word of endearment someone is called by ("his mum calls him Beta") or spoken at the end of
quoted speech ('"Well done, Beti"') stays; a nickname everyone goes by, a nickname before a
capital and a name in the same slot still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "He said his mum still calls him Beta and he hates it, but laughed.",
    "Her partner calls her Querida in texts, and she replies more kindly then.",
    "Client's dad started calling her Jaan again after their repair conversation.",
    "He said his grandmother called him Mijo and Papito, and that was safety.",
    "Her grandmother used to call her Bubbeleh and Mamele, and she cried remembering it.",
    "Her father calls her Princesa in voice notes and she keeps them.",
    "Her boyfriend calls her Kochanie and she said it sounds like home.",
    'Dad\'s new habit is saying "Well done, Beti" at bedtime.',
    'She kept saying "eat something, Mamacita" to her daughter.',
]
FOUND = [
    (
        "Her mum calls her Maria when she is cross.",
        "Her mum calls her [name] when she is cross.",
    ),
    (
        "In the barrio everyone calls him Nene and he hates it.",
        "In the barrio everyone calls him [name] and he hates it.",
    ),
    ("They call him Baby at school.", "They call him [name] at school."),
    ("The kids call him Papa Tunde at home.", "The kids call him [name] at home."),
    ('She said "thanks, Nena" and left.', 'She said "thanks, [name]" and left.'),
    (
        "His mum calls him Beta and Rohan calls him Ro.",
        "His mum calls him Beta and [name] calls him [name].",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_endearments_someone_is_called_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_and_nicknames_in_the_same_slot_go(text: str, expected: str) -> None:
    assert redact(text) == expected
