"""A lower-case word opening a chat message, a sentence or a clause as the subject of a verb,
with "he" or "she" referring back later, is a name: a word in no list before any verb in the
past, a word-name before a person's verb, a virtue only before what no virtue does. Everyday
words, the copula, roles typed short and a role named before the pronoun keep the text."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tevaughn finished his first week at the warehouse!! his aunt rang me", "tevaughn"),
        ("sandy passed the talking stick to his brother today", "sandy"),
        ("the group was loud but dusty stayed after and told me about his dog", "dusty"),
        ("faith missed again bc of the bus. her mum rang to rebook", "faith"),
        ('zorabelle was like "i did it myself" lol. she said school is easier', "zorabelle"),
        ("keziah in [place] says the mornings are calmer when she walks first", "keziah"),
        ("quick one: wendale rocked up early and he stayed the whole hour", "wendale"),
    ],
)
def test_lower_case_subject_referred_back_to_is_removed(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out
    assert "[name]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "tafe was good, she said the teacher is kind",
        "school said she has missed four days",
        "hope kept her going through the winter",
        "rain stopped so she walked home",
        "line danced with her cousin at the wedding",
        "cl showed me his new shoes and he grinned",
        "nuvelo is the centre of it all and the client feels calm when she goes",
        "kolache tasted like home, she said",
        "and ghar was quiet till lunch, she said",
    ],
)
def test_everyday_openers_and_near_misses_stay(text: str) -> None:
    assert redact(text) == text
