"""A shop or chain named after a role and "in" or "of" is the employer, as second-language
writers say it ("she is a cashier in Lidl", "he was cook in Starbucks", "the manager of
Zara"); the same names after people met there, a club's members or a fan stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("She is a cashier in Lidl since two years.", "Lidl"),
        ("He was cook in Starbucks before the move.", "Starbucks"),
        ("He is driver in Uber at nights and sleeps in the day.", "Uber"),
        ("He is employee in Ikea, in the warehouse.", "Ikea"),
        ("He was a guard in ZUS for years.", "ZUS"),
    ],
)
def test_the_employer_after_a_role_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "The staff in Starbucks were kind to her when she cried.",
        "She had a coffee in Starbucks with her sister on Sunday.",
        "He bought a desk in Ikea and built it with his son.",
        "She orders food in Uber Eats too often, she says.",
    ],
)
def test_a_shop_visited_stays(text: str) -> None:
    assert redact(text) == text
