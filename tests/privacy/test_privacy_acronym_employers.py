"""Employers named by capitals that spell a listed word ("a clerk at ZUS", "works at THY")
and workplaces named before "where she works" are removed; national bodies, wards, fields
and words of time typed in capitals stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He is a security guard at ZUS office and people shout at him.", "ZUS"),
        ("She works at THY as cabin crew and the jet lag is hard.", "THY"),
        ("Her husband got a job at ARC last spring.", "ARC"),
        ("He works in THY in the cargo section now.", "THY"),
        ("She started in Migros where she works the early shift.", "Migros"),
        ("He is still at Kaufland, where he worked for ten years.", "Kaufland"),
    ],
)
def test_a_workplace_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "She works at NHS as a nurse on the children's ward.",
        "He works in IT at a bank and likes the quiet team.",
        "She works in ICU now and the shifts are long.",
        "He works at HOME two days a week since the summer.",
        "She works in ER on nights and sleeps in the mornings.",
        "She stays at the hospital where she works nights.",
        "Her GP said the dose stays the same for now.",
        "The NGO where she volunteers organised a trip to the sea.",
        "The OCMW worker was also surprised by the change.",
    ],
)
def test_bodies_fields_and_words_stay(text: str) -> None:
    assert redact(text) == text
