"""Ages over 89, national numbers, phones and dates as other languages and countries write
them ("tiene 94 años", "95 yaşında", "RUT 12.345.678-9", "27.45.12", "5-nji maý"), and the
same numbers where they name no one: spans of time ("hace 94 años", "92 anni fa"), amounts,
scores and years."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("la abuela tiene 94 años y todavía cocina", "94"),
        ("Her avó, 93 anos, still walks to the market", "93"),
        ("sa grand-mère de 96 ans est venue", "96"),
        ("nonna ha 91 anni e vive da sola", "91"),
        ("mit 95 Jahren zog sie ins Heim, he said", "95"),
        ("zijn opa is 92 jaar oud en woont thuis", "92"),
        ("babaannesi 95 yaşında ve yalnız", "95"),
        ("Mamasy 97 ýaşly, lives in the village", "97"),
        ("A nagymama 93 éves, and visits on Sundays", "93"),
        ("Hänen isoäitinsä on 98-vuotias, she said", "98"),
        ("mormor är 91 år gammal and he helped her", "91"),
        ("babcia ma 94 lata i mieszka sama", "94"),
        ("the 96-letni dziadek came to the group", "96"),
        ("Nenek sudah berumur 96 tahun, and she sat with her", "96"),
        ("lola niya is 91 anyos na, he cooked for her", "91"),
        ("Bà nội 95 tuổi rồi, and she translated", "95"),
        ("her obaachan is 99 sai and tells stories", "99"),
        ("halmeoni 92살, she finally told her", "92"),
        ("奶奶97岁 and still does tai chi", "97"),
        ("his dadi 94 saal ki hain and he took her", "94"),
        ("Mae ei nain yn 93 oed, and she phoned her", "93"),
        ("bibi ana miaka 96 and the kids read to her", "96"),
        ("yiayia is 92 χρονών and still cooks", "92"),
        ("La bisabuela cumplió 100 en marzo", "100"),
        ("mémé a fêté ses 95 ans dimanche", "95"),
        ("Client's grandfather (93 años) was present", "93"),
        ("the elder, 94 años de edad, joined us", "94"),
        ("Su RUT es 12.345.678-9 y vive sola", "12.345.678-9"),
        ("RUT 9.876.543-K on the school form", "9.876.543-K"),
        ("CPF 123.456.789-09 no cadastro", "123.456.789-09"),
        ("DNI 45873921K copied to the referral", "45873921K"),
        ("TC kimlik no 10000000146 on the drawing", "10000000146"),
        ("Her PESEL 85010112345 was read out", "85010112345"),
        ("mum's number is 27.45.12, call after 5", "27.45.12"),
        ("Contact 40.12.34.56 for the father", "40.12.34.56"),
        ("next appt 5-nji maý, she will bring her sister", "5-nji maý"),
        ("she came on 5-го мая with her mother", "5-го мая"),
        ("since 12 травня he has slept at home", "12 травня"),
        ("on 3 oktýabr the family met again", "3 oktýabr"),
        # initials that are also the letters of an id system stay names
        ("TC said she would come on Monday.", "TC"),
        ("we met KRA and NIC at the park", "NIC"),
        ("fast 100 Jahre alt ist die Oma", "100"),
    ],
)
def test_said_in_another_language_is_removed(text: str, gone: str) -> None:
    assert gone not in redact(text)


@pytest.mark.parametrize(
    "text",
    [
        "hace 94 años que la familia llegó al puerto, she told it like a legend",
        "il y a 95 ans, the village was founded by her great-grandparents",
        "the church was built 92 anni fa and she still lights a candle there",
        "the fiesta ran durante 90 años, and she danced this year",
        "the school celebrated 100 años de historia with a parade",
        "vor 95 Jahren kam die Familie, she said proudly",
        "babcia said the house stood 94 lata temu, she showed a photo",
        "He weighs 94 kg now and is proud of the gym routine",
        "Score went from 62 to 91 on the wellbeing scale, then 94 at discharge",
        "The 93 bus takes her to school now, she likes the window seat",
        "Price 12.50 for the tram, she paid with her own card",
        "The app version 2.3.1 broke the reminders so she used paper again",
        "She ran 5 km in 29.45 and sent me the screenshot",
        "She said 94 percent of the time she now catches the thought",
        "cumplió 100 kilómetros en bici this month, she said",
        "the ratio was 3.5 to 1 in the class",
    ],
)
def test_spans_of_time_amounts_and_scores_stay(text: str) -> None:
    assert redact(text) == text
