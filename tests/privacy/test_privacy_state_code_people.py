"""A state's postal code stays where a state stands ("Hazard, KY", "moved to NC", "KY
Medicaid"), but the same two capitals are a person's initials after a word of talking,
writing or handing ("talked to AL", "a text from MO"), before a verb a person does ("SC
wasn't there") or before a weekday ("called AL Monday")."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client talked to AL about the custody hearing.", "AL"),
        ("She gave the letter to DE before session.", "DE"),
        ("Got a text from MO saying he was sorry.", "MO"),
        ("Spoke to Grandma, SC wasn't there.", "SC"),
        ("Called AL Monday about the bill.", "AL"),
    ],
)
def test_initials_that_spell_a_state_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("They moved to NC last year and she misses her cousins.", "NC"),
        ("Her KY Medicaid was renewed.", "KY"),
        ("Grew up in a trailer outside Hazard, KY.", "KY"),
    ],
)
def test_a_state_where_a_state_stands_stays(text: str, code: str) -> None:
    out = redact(text)
    assert code in out, out
    assert redact(out) == out
