"""Ages over 89 right after a grandparent word of another language ("oma 96", "abuela de
94") or after chat's "shes"/"hes" are removed; counts and measures keep their number."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("her oma 96, still bakes every sunday", "96"),
        ("bibi 97 now lives with them", "97"),
        ("la abuela de 94, vive sola", "94"),
        ("mormor 92 still came to the session", "92"),
        ("shes 93 now and still walks to church", "93"),
        ("hes 97 lol and sharper than me", "97"),
    ],
)
def test_the_age_goes(text: str, age: str) -> None:
    out = redact(text)
    assert "[age]" in out, out
    assert age not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "shes 95 kg and wants to lose a little",
        "hes 97 days clean today",
        "nonno 91 sessions would be too many",
        "the oma 95 bus stops by the park",
    ],
)
def test_counts_and_measures_keep_their_number(text: str) -> None:
    assert "[age]" not in redact(text)
