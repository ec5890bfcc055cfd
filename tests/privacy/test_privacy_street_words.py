"""Addresses written with the street, village, ward and block words of other languages, in
lower case or capitalised, go whole; the same words used as everyday words stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Malay and Indonesian: the word before the name, a number alone will do
        ("she now stays near jalan merpati with her aunt", "merpati"),
        ("they moved to jl. cempaka putih last month", "cempaka putih"),
        ("his flat is on lorong 7 toa kang, near the market", "lorong 7 toa kang"),
        ("grandma still lives in kampung sungai ramal", "sungai ramal"),
        ("the family comes from desa karangrejo, a long bus ride", "karangrejo"),
        # Filipino
        ("they rent a room in purok 6, brgy maligaya", "purok 6"),
        ("they rent a room in purok 6, brgy maligaya", "maligaya"),
        ("nanay lives at sitio bagumbayan now", "bagumbayan"),
        ("new address blk 9 lot 4 camella homes subd.", "camella homes subd"),
        ("new address blk 9 lot 4 camella homes subd.", "9"),
        # Thai (romanised)
        ("the guesthouse is down soi 23 off the main road", "soi 23"),
        # Turkish, Hungarian, Uzbek, Hindi: the word after the name
        ("annesi hâlâ bağdat caddesi'nde oturuyor", "bağdat caddesi"),
        ("she grew up on akasya sokak in kadıköy", "akasya sokak"),
        ("a lakásuk a rózsa utca sarkán van", "rózsa utca"),
        ("they rent near navoiy ko'chasi by the bazaar", "navoiy ko'chasi"),
        ("her nani lives in rajendra nagar", "rajendra nagar"),
        # German, Dutch, Swedish: a street word joined to its name, with the house number
        ("die oma wohnt in der lindenstraße 14 allein", "lindenstraße 14"),
        ("ze woont nu aan de prinsengracht", "prinsengracht"),
        ("we met by the kiosk on drottninggatan", "drottninggatan"),
        # English words that name a part of a town only before a number
        ("the family lives in sector 21, near the gurdwara", "sector 21"),
        ("they were moved from zone B-7, the far side of the camp", "B-7"),
        ("we live in El Gallito, zona 5. He sleeps better", "zona 5"),
        ("he walks past the tea shop on street 63 and keeps going", "street 63"),
    ],
)
def test_addresses_in_the_words_of_other_languages_go(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out, out
    assert "[place]" in out, out


@pytest.mark.parametrize(
    "text",
    [
        "we worked through block 3 of the programme together",
        "phase 2 starts next week and she is nervous",
        "he compared his family to the colony of ants in the garden",
        "the estate went to her brother after the funeral",
        "she wants a job in the public sector, maybe nursing",
        "in zone 2 of the exercise she noticed her breathing",
        "lalu jalan kaki ke pasar sama adiknya",
        "he took the street car to work and back",
        "die straße war nass und er ist gestolpert",
        "the gate lot 4 sign was missing",
        "he used to skate down the street with his mates",
    ],
)
def test_the_same_words_as_everyday_words_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "we talked about leaving her zona nyaman for one small step",
        "salir de su zona de confort was hard for him",
        "we sat in the sitio namin after the storm",
        "the kids play in the lorong kecil behind the house",
    ],
)
def test_street_words_used_as_everyday_words_stay(text: str) -> None:
    assert redact(text) == text
