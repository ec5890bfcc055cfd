"""Small shapes read as the wrong kind: a range of scores ("rated it 4-6/10") is no date,
a thing's age over 89 ("the chapel is 115 years old") and an age under 90 glued to its unit
("a 77YO") identify no one, a form label with stops ("D.O.B.") is no name; and ages over 89
in number words of more languages ("drieënnegentig jaar", "doksan üç yaşında", "Sie wurde
neunzig.") are removed.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Mood rated 4-6/10 on most evenings this week.",
        "she put her sleep at 2-3/5 before the change",
        "The chapel is 115 years old and needs a new roof.",
        "They met in the 104-year-old mill by the river.",
        "Our school, over 100 years old, held a reunion.",
        "Pt is a 77YO widower, lives alone.",
        "Her D.O.B. was not on the referral form.",
        "Next of kin (N.O.K.) listed as unknown.",
        "Die Strecke ist neunzig Kilometer lang.",
        "Het gebouw is negentig jaar geleden gebouwd.",
    ],
)
def test_shapes_that_identify_no_one_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Her gran is 112 years old and still sharp.", "112"),
        ("Follow-up booked on 4-6/10 at the clinic.", "4-6/10"),
        ("Opa wordt drieënnegentig jaar in mei.", "drieënnegentig"),
        ("Dziadek ma dziewięćdziesiąt cztery lata.", "dziewięćdziesiąt"),
        ("Farfar fyller nittiofem år i vår.", "nittiofem"),
        ("Anneannem doksan üç yaşında.", "doksan"),
        ("Kakek saya berumur sembilan puluh dua tahun.", "sembilan puluh"),
        ("Его бабушке девяносто три года.", "девяносто"),
        ("Ihre Tante wurde einundneunzig.", "einundneunzig"),
        ("Su tío cumplió noventa y siete.", "noventa"),
    ],
)
def test_ages_and_dates_in_the_same_shapes_are_removed(text: str, age: str) -> None:
    out = redact(text)
    assert age not in out
    assert redact(out) == out
