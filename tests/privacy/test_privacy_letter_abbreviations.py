"""Single letters joined by dots ("d.o.b.", "a.k.a.", "r.i.p.") are abbreviations, not user
names; a dotted user name with a longer part, or of many letters, still goes."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Her d.o.b. is in the referral letter, not in my notes.", "d.o.b."),
        ("Her brother, a.k.a. the family comedian, came along.", "a.k.a."),
        ("He wrote r.i.p. grandad on his hand before the funeral.", "r.i.p."),
    ],
)
def test_abbreviations_stay(text: str, word: str) -> None:
    out = redact(text)
    assert word in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her insta is lena.k.art, she posts her paintings.", "lena.k.art"),
        ("His gaming tag is q.w.e.r.t.y and he plays nightly.", "q.w.e.r.t.y"),
    ],
)
def test_user_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
