"""'Ma'am' is a word of address, never a name: alone it stays ("ma'am said ok", "thank you
ma'am"); capitalised before or after a name it is that name's title and goes with it ("Ma'am
Reyes", "Priya Ma'am"); lower case after a name it addresses her and stays."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "ma'am said ok, she will send the form tomorrow",
        "maam said the kids can join next week",
        "thank you ma'am for checking in on them",
        'She said "Ma\'am, kaya ko na po" and smiled',
    ],
)
def test_maam_alone_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The referral came from Ma'am Dimaculangan of the guidance office", "Dimaculangan"),
        ("Usne kaha jab Shalini Ma'am class leti hain tab accha lagta hai", "Shalini"),
    ],
)
def test_a_capitalised_maam_goes_with_the_name(text: str, name: str) -> None:
    out = redact(text)
    assert name not in out, out
    assert "Ma'am" not in out, out
    assert redact(out) == out
