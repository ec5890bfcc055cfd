"""Days and old ages said the way other languages say them: a weekday or month of any CLDR
locale beside a day number, the word for "date" before or after a day, the Islamic months,
Vietnamese "ngày ... tháng", and ages over 89 after kin words of any language or spelled in
South Asian number words. The words around the number (weekday, "tanggal", the kin word,
the word of age) stay; counts, hours and measures keep their number."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "value", "kept"),
    [
        ("ketemu lagi hari sabtu 14 ya", "14", "sabtu"),
        ("sie kommt wieder am donnerstag 9 zur gruppe", "9", "donnerstag"),
        ("volgende afspraak maandag 21, zelfde tijd", "21", "maandag"),
        ("przyjdzie w niedziela 7 z mamą", "7", "niedziela"),
    ],
)
def test_weekday_of_another_language_and_day(text: str, value: str, kept: str) -> None:
    out = redact(text)
    assert f" {value}" not in out
    assert kept in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "sabtu 2 kali ke pasar",  # a count of times
        "donnerstag 10 uhr wie immer",  # an hour
        "minggu 3 hari tidak tidur",  # "minggu" is also "week": a count of days
    ],
)
def test_weekday_counts_and_hours_stay(text: str) -> None:
    assert redact(text) == text


def test_capitalised_weekday_that_is_a_surname_keeps_its_number() -> None:
    assert " 6 was" in redact("Sobota 6 was on the list")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the next group is on 12 okt, same room", "12 okt"),
        ("she came back on 24 dhjetor with her brother", "24 dhjetor"),
        ("apwyntiad nesaf 5 mehefin", "5 mehefin"),
        ("since 17 ramadan she has been fasting again", "17 ramadan"),
        ("the fight was on 3 rabiul awal, she remembers it", "3 rabiul awal"),
        ("hẹn lại ngày 3 tháng 5 nhé", "3 tháng 5"),
        ("viene el 5to de mayo con su tía", "5to de mayo"),
        ("balik kampung ogos 12 lepas raya", "ogos 12"),
    ],
)
def test_set_aside_months_with_a_day(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "4 set of exercises done",  # "set" is Italian September and an English word
        "7 ago she said it was worse",  # "ago" is Italian August
        "she talked about Ramadan and fasting with her mum",  # the month alone
        "the safar 12 hours long was tiring",  # "safar" is also "journey"
    ],
)
def test_month_words_without_a_day_stay(text: str) -> None:
    assert redact(text) == text


def test_month_that_is_a_given_name_counts_only_in_lower_case() -> None:
    assert "12" in redact("I met 12 Mac users at the workshop")
    assert "[date]" in redact("she came back 12 mac with her aunt")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kita ketemu tanggal 12 di klinik", "12"),
        ("alikuja tarehe 3 na mama yake", "3"),
        ("next: 10 tareekh tak 5 din walk", "10"),
    ],
)
def test_word_for_date_and_day(text: str, value: str) -> None:
    out = redact(text)
    assert "[date]" in out
    assert f" {value} " not in f" {out} "


@pytest.mark.parametrize(
    "text",
    [
        "tanggal 5 jam pagi dia bangun",  # hours after it
        "ngày 2 lần uống thuốc",  # "twice a day"
    ],
)
def test_word_for_date_before_a_count_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on may 5th she went back to school", "may 5th"),
        ("nothing happened since march 3 tbh", "march 3"),
    ],
)
def test_lower_case_may_and_march_before_a_day(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[date]" in out


@pytest.mark.parametrize(
    "text",
    [
        "she may 2x her walks this week",
        "they march 5 miles on the weekend",
    ],
)
def test_lower_case_may_and_march_as_verbs_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the bisabuela, 97, had a good day", "97"),
        ("the grandfather, 91 and silent until then, said one word", "91"),
        ("her Nonna, 93, cooked for everyone", "93"),
        ("mormor fyller 95 i maj", "95"),
        ("oma wordt 92 volgende week", "92"),
        ("nenek menginjak 96 tahun ini", "96"),
        ("his dida came, 94 bochor boyesh but she climbed 3 floors", "94"),
        ("Hajurama 97 barsa pugnu bhayo", "97"),
        ("appachan thonnooru vayassu, still walks", "thonnooru"),
        ("nani ninety two ki hain aur still sharp", "ninety two"),
    ],
)
def test_old_ages_in_other_languages(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out
    assert "[age]" in out


@pytest.mark.parametrize(
    "text",
    [
        "the scores, 91 and 95, were the highest",  # "and" a number follows: a list
        "the science, 95, and maths, 80, marks",  # no person noun before
        "ninety two saal pehle the house was built",  # years ago
        "nabbe rupaye ka samaan liya",  # rupees
    ],
)
def test_other_numbers_stay(text: str) -> None:
    assert redact(text) == text


def test_a_measure_after_a_turning_verb_keeps_its_number() -> None:
    assert "95 procent" in redact("mormor fyller 95 procent")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("spotkanie 14 sty, potem 3 lut", "14 sty"),
        ("ci siamo visti il 3 mag con la madre", "3 mag"),
        ("back at school from 9 fév onwards", "9 fév"),
        ("the hearing is on 17 kislev this year", "17 kislev"),
        ("elul 12 was the first calm night", "elul 12"),
        ("od 5 sie do 12 sie bez kryzysu", "5 sie"),
    ],
)
def test_month_abbreviations_that_are_words_elsewhere_date_a_day(text: str, value: str) -> None:
    out = redact(text)
    assert value not in out, out
    assert "[date]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "she has 3 mag subscriptions and reads them all",
        "he bought 3 lip balms at the chemist",
        "Sivan 3 times a week now",
    ],
)
def test_those_abbreviations_as_english_words_or_names_keep_their_number(text: str) -> None:
    assert "[date]" not in redact(text)
