"""Ages over 89 in more of the ways people type them: a chat hedge between "is" and the number
("is like 96"), Turkish with a copula ("95 yaşındadır"), Finglish Persian ("94 salesh e"),
Romanian ("are 94 de ani"), and the word for age glued to the words before it in Thai, Lao and
Khmer ("ยายอายุ 90"). Measures, units and spans of time keep their number."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("her gran is like 97 and still does the crossword", "97"),
        ("my grandad's prob 93 now, nobody knows for sure", "93"),
        ("babaannesi 96 yaşındadır ama hâlâ yemek yapıyor", "96"),
        ("madarbozorgesh 91 salesh e va hanooz ashpazi mikone", "91"),
        ("bunicul are 92 de ani și merge zilnic la piață", "92"),
        ("คุณยายอายุ 94 ปี ยังทำอาหารเอง", "94"),
        ("ແມ່ຕູ້ອາຍຸ 98 ປີ", "98"),
        ("យាយ អាយុ 99 ឆ្នាំ", "99"),
    ],
)
def test_the_age_goes(text: str, age: str) -> None:
    out = redact(text)
    assert age not in out, out
    assert "[age]" in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "the waiting room is like 95 degrees in summer",
        "her BP is like 95 over 60 today",
        "his score is like 96 now, up from 80",
        "it is like 90 percent better than last month",
        "she is now 100 days sober and proud",
        "acum 94 de ani s-a construit spitalul",
    ],
)
def test_measures_and_spans_keep_their_number(text: str) -> None:
    assert_kept(text)
