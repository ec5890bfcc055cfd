"""Dates in Arabic-Indic and Persian digits, and French bare days in a date context."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_replaced


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("زارتنا يوم ٣/٥ مع ابنتها", "٣/٥"),
        ("تاريخ الجلسة ١٥/٠٨/٢٠٢٣ في الصباح", "١٥/٠٨/٢٠٢٣"),
        ("جلسه روز ۱۴۰۲/۰۵/۱۲ برگزار شد", "۱۴۰۲/۰۵/۱۲"),
        ("آمد در ۲۱-۰۳-۱۴۰۱ با مادرش", "۲۱-۰۳-۱۴۰۱"),
        ("جاءت في ٥ مارس وحدها", "٥"),
        ("روز ۱۲ فروردین خوب بود", "۱۲"),
    ],
)
def test_dates_in_eastern_digits_go(text: str, date: str) -> None:
    assert_replaced(text, date, "date")


@pytest.mark.parametrize(
    "text",
    [
        "عمرها ٢٠ سنة وعندها ٣ أطفال",
        "نمره ۱۷ از ۲۰ گرفت",
        "نسبة ٣٥٪ من الوقت",
        "۴۵/۶۰ دقیقه طول کشید",
    ],
)
def test_numbers_in_eastern_digits_that_are_no_dates_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("du 7 au 9 elle était chez sa sœur", ("7", "9")),
        ("le 12 au 14 il a dormi chez son père", ("12", "14")),
        ("le 3 mars elle est venue seule, le 7 elle a appelé sa sœur", ("3", "7")),
    ],
)
def test_french_bare_days_in_a_date_context_go(text: str, days: tuple[str, ...]) -> None:
    out = redact(text)
    for day in days:
        assert f" {day} " not in f" {out} ", out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "le 7 est sorti du bus en premier",
        "la note: 7 sur 10, et le 2 de la liste aussi",
        "de 7 à 9 ans les enfants jouent dehors",
    ],
)
def test_french_bare_numbers_without_a_date_context_stay(text: str) -> None:
    assert redact(text) == text
