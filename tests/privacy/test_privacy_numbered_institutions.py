"""Schools, kindergartens and hospitals of many languages named by their number ("Liceum
nr 4", "Escuela N° 22", "Przedszkole Miejskie nr 9") go whole; numbers of flats, rooms,
buses and pages, and English kinds read elsewhere, stay as they were.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her brother goes to Liceum nr 4 and takes the tram alone now.", "Liceum nr 4"),
        ("The girl is at Escuela N° 22 since march, she likes the teacher.", "Escuela N° 22"),
        ("He drops the son at Przedszkole Miejskie nr 9 before work.", "Przedszkole Miejskie"),
        ("She teaches at Gimnazjum nr 5 im. Sienkiewicza, the pupils are loud.", "Sienkiewicza"),
        ("The boy was in Școala Gimnazială nr. 11 until the move.", "Școala"),
        ("Mother works in Szpital Miejski nr 2 on the night shift.", "Szpital Miejski"),
        ("At SP nr 6 they gave him a quiet room for tests.", "SP nr 6"),
        ("Her son finished Школа № 41 with good marks.", "Школа"),
        ("the son is in liceum nr 3 now, likes it", "liceum"),
        ("she works in przedszkole nr 7 as cook", "przedszkole"),
    ],
)
def test_a_numbered_institution_goes_whole(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "She lives in flat nr 3 now and the neighbours are quiet.",
        "We read page no. 12 of the workbook together.",
        "He takes bus nr 7 to the centre every morning.",
        "Her son is in grade No. 4 this year.",
        "She ranked herself at nr 6 on the scale, up from 4.",
        "The school gave her a form, question no. 5 was hard.",
        "she is in room no 5 at the hospital since monday",
    ],
)
def test_other_numbers_stay(text: str) -> None:
    assert redact(text) == text
