"""Days named with the months of Icelandic, Luxembourgish, Basque, Bengali and Hawaiian, and
with the weekdays of Catalan and Basque: each a specific day, removed; the month or weekday
alone, a time after it or a word that only looks alike, no date."""

from __future__ import annotations

import pytest

from bot.privacy import find, redact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her first shift was on 17. apríl and it went fine", "17. apríl"),
        ("Við hittumst 3. nóvember aftur", "3. nóvember"),
        ("Mir gesinn eis den 5. Abrëll erëm", "5. Abrëll"),
        ("Zënter dem 21. Mee geet et besser", "21. Mee"),
        ("She started the new job otsailaren 9an and likes it", "otsailaren 9an"),
        ("Since abenduaren 28a he has not been drinking", "abenduaren 28a"),
        ("The fight was on 14 Srabon, just before the rains", "14 Srabon"),
        ("Next visit: Kepakemapa 21 at the clinic", "Kepakemapa 21"),
        ("Next visit: ʻOkakopa 3 at the clinic", "ʻOkakopa 3"),
        ("divendres 14 she went back to choir", "divendres 14"),
    ],
)
def test_days_in_these_months_go(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "In apríl the nights get shorter and she sleeps less",
        "ze gingen met z'n 3 mee naar de stad",
        "Abenduan gauza asko egin genituen",
        "in kepakemapa the school year gets busy",
        "dijous a les 7 she has choir",
    ],
)
def test_months_and_weekdays_alone_stay(text: str) -> None:
    assert all(span.kind != "date" for span in find(text))
