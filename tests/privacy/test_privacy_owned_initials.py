"""Letters in capitals after a possessive are a thing someone has ("help with his CV", "see
her IG") unless a verb a person does follows them or a verb done to a person stands before
the owner: then they are someone's initials ("I met her JT", "their MJ shows up")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I met her JT at the clinic yesterday.", "JT"),
        ("lmk if their MJ shows up tonight", "MJ"),
        ("she misses his AJ more than she admits", "AJ"),
    ],
)
def test_owned_initials_of_a_person_go(text: str, value: str) -> None:
    assert_gone(text, value)


def test_an_owned_thing_in_capitals_stays() -> None:
    out = redact("We spent the hour helping with his CV for the warehouse job.")
    assert "CV" in out, out
    assert redact(out) == out
