"""Organisations and places named with everyday words: schools, churches, clubs, refuges and
projects named by their last word, housing estates and neighbourhoods named by landscape
words, saints' suburbs typed in lower case. Kinds of service found in every town ("Social
Services", "Sixth Form College", "A&E") and regions larger than a town stay.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her youngest started at Hillview Primary and loves the library corner.", "Hillview"),
        ("They worship at Living Waters Assembly most Sundays.", "Living Waters"),
        ("He got a bed at Southside Night Shelter over the cold snap.", "Southside"),
        ("She goes to Grace Chapel with her aunt.", "Grace Chapel"),
        ("The twins are in Little Stars Nursery two days a week.", "Little Stars"),
        ("He trains with Northcote Harriers on Thursday nights.", "Northcote"),
        ("He finally signed up with Dockside Boxing Club.", "Dockside"),
        (
            "She's a volunteer at the Lantern Project and it gives her a reason to get up.",
            "Lantern",
        ),
        ("Mum brought her along from Seaview Women's Refuge.", "Seaview"),
        ("He turns out for Kingsmead Rovers on Saturday mornings.", "Kingsmead"),
        ("Referred by Clearwater Counselling after the assessment.", "Clearwater"),
        ("She sells bread through Amani Bakers Cooperative now.", "Amani"),
        ("They met at Eastgate Youth Hub, which he calls his second home.", "Eastgate"),
    ],
)
def test_an_organisation_named_by_its_last_word_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("They were moved onto the Elmwood estate after the eviction.", "Elmwood"),
        ("He lives in Castle Vale flats with his grandad.", "Castle Vale"),
        ("Her nan still lives out at the Willows, near the old mill.", "Willows"),
        ("He spends summers with his cousins down at the Cove.", "Cove"),
        ("She grew up on the Meadows estate and knows everyone there.", "Meadows"),
        ("grew up in st albans but moved for uni", "albans"),
        ("his nan is from st helens and calls him every night", "helens"),
        ("shes at st bridget's now and the teachers are kind", "bridget"),
    ],
)
def test_an_estate_neighbourhood_or_saints_suburb_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "She rang Social Services and asked for a review herself.",
        "He wants to go to Sixth Form College next year to do Biology.",
        "The Council finally sent someone about the mould.",
        "He has been going to the Community Centre for the men's breakfast.",
        "She took her son to A&E and stayed calm the whole time.",
        "Her daughter joined Art Club and brought home a clay pot.",
        "She signed up at the Jobcentre and had an interview within a week.",
        "He is thinking about Polytech once he finishes Year 13.",
        "After Primary School she went to a Boarding School up north.",
        "He has been attending Recovery College courses on Tuesdays.",
        "They drove through Gauteng and the Western Cape on the holiday.",
        "He has lived on the South Island most of his life.",
        "She moved from the Midlands to the West Coast for work.",
        "We went to the Bay of Plenty for the long weekend.",
        "The Women's Refuge found her a flat and she wants to volunteer there.",
        "she was in st the whole time lol",
        "The Care Home rang to say he had eaten a full lunch.",
        "They go to the Kingdom Hall twice a week as a family.",
        "His uncle is in the Fire Service and came to the family meeting.",
        "She sings in the Glee Club and joined the Young Farmers Club too.",
        "He goes to After School Club while his mum is on shift.",
    ],
)
def test_a_kind_of_service_or_a_large_region_stays(text: str) -> None:
    assert redact(text) == text


def test_a_shop_written_with_an_ampersand_goes_whole() -> None:
    assert redact("She stacks shelves at M&S now.") == "She stacks shelves at [org] now."


@pytest.mark.parametrize(
    "text",
    [
        "They were moved onto the Elmwood estate after the eviction.",
        "grew up in st albans but moved for uni",
        "Her youngest started at Hillview Primary and loves the library corner.",
    ],
)
def test_redacting_twice_changes_nothing(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her daughter Trust won the spelling prize.", "Trust"),
        ("Hall said the new routine was working.", "Hall"),
        ("They named the baby Academy, after the school where they met.", "Academy"),
    ],
)
def test_an_organisation_noun_used_as_a_name_still_goes(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("she's renting a room on birch street now", "birch"),
        ("they were at 9 harbour crescent till the fire", "harbour"),
        ("his nan lives off station road, near the bus stop", "station"),
        ("they got moved onto the willows estate", "willows"),
        ("she lives in south dunedin with her sister", "dunedin"),
        ("he's moving out to mount wellington next month", "wellington"),
    ],
)
def test_a_lower_case_street_estate_or_part_of_town_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[place]" in out


@pytest.mark.parametrize(
    "text",
    [
        "talking about dad was a trip down memory lane for her",
        "she is on the road to recovery and knows it",
        "he lives on a quiet street near the park",
        "they live on the high street above the chemist",
        "she has a job in real estate and likes it",
        "the council estate was rough but the neighbours were kind",
        "the family moved to south africa when she was nine",
        "he's up the road from his mum, which helps",
    ],
)
def test_an_everyday_street_or_region_in_lower_case_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("her boy goes to bayview primary and likes his teacher", "bayview"),
        ("she enrolled at kingsbridge college after all", "kingsbridge"),
        ("he attends westgate academy, year 10", "westgate"),
    ],
)
def test_a_school_typed_in_lower_case_is_removed(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out


@pytest.mark.parametrize(
    "text",
    [
        "he went to community college for a year",
        "the kids were at morning assembly when the alarm went",
        "she wants to go to police academy like her uncle",
        "they go to a different primary now",
        "he's off to art college in the autumn",
        "she went back to college after the baby",
    ],
)
def test_a_kind_of_school_in_lower_case_stays(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He is a porter at St Vincent's Hospital and likes the night staff.", "Hospital"),
        ("She got a place at King's College to study law.", "College"),
    ],
)
def test_a_possessive_name_before_an_organisation_noun_goes_whole(text: str, gone: str) -> None:
    out = redact(text)
    assert gone not in out
    assert "[org]" in out


def test_a_relatives_church_stays() -> None:
    text = "She goes to her Nan's Church on Sundays."
    assert redact(text) == text
