"""A name spelled out one letter at a time, by spaces or dots, is read as the name it spells."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Her name is A M A R A and she chose the first goal herself.", "A M A R A"),
        ("we finally met k e v i n and he talked the whole hour", "k e v i n"),
        ("She spelled her son's name for me, T.O.M.A.S, and smiled.", "T.O.M.A.S"),
        ("then t a v i t a said he wanted to try again", "t a v i t a"),
        ("Her daughter J O N A H is doing better at school.", "J O N A H"),
    ],
)
def test_spelled_names_go(text: str, letters: str) -> None:
    out = redact(text)
    assert letters not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "She texted me P L E A S E in capitals and then laughed about it.",
        "He wrote N.O.T.H.I.N.G on the worksheet, then crossed it out.",
        "We set S.M.A.R.T. goals and she liked the structure.",
        "The referral said A.D.H.D. and the school wanted a plan.",
        "Of the three options A B C she picked C, and said why.",
        "options a b c d were offered and she chose the last",
        "her mood was x x x x on the chart, which she drew herself",
    ],
)
def test_everyday_words_and_acronyms_stay(text: str) -> None:
    assert_kept(text)
