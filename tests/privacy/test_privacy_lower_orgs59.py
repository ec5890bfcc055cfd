"""Organisations typed in lower case in chat: hospitals named without a kind word after a
cue of admission, churches named after their dedication or after their kind, venues ending
in a project, hub, trust, refuge, nursery, pub or care home, shops one works in, and schools
coded like a helpline's number; the kinds of these places, and the same words used
otherwise, stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she was admitted to mercy south on friday and slept", "mercy south"),
        ("he's in bay 3 at the royal gwent, nurses are kind", "royal gwent"),
        ("they transferred him to kingsway after the weekend", "kingsway"),
        ("she's on ward 9c at the princess royal and eating again", "princess royal"),
        ("discharged from the royal oldham last month and kept every appointment", "royal oldham"),
    ],
)
def test_hospitals_named_after_admission_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "he was admitted to rehab in the spring and stayed the course",
        "she was discharged from the hospice to her daughter's house",
        "on the ward at night she reads instead of pacing",
        "he was rushed to a&e but came home the same evening",
        "she got admitted to uni, her first choice",
        "he was transferred to another ward closer to home",
    ],
)
def test_kinds_of_care_after_admission_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the family go to church of the holy redeemer every sunday", "holy redeemer"),
        ("she sings in the choir at first methodist of pine bluff", "pine bluff"),
        ("his little one is in year 2 at our lady of the angels", "angels"),
        ("he goes to temple emanu el with his dad", "emanu el"),
        ("she attends gurdwara sahib southall with her bibi", "southall"),
        ("they attend holy cross parish on saturdays", "holy cross"),
    ],
)
def test_churches_by_dedication_or_kind_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she goes to church of england services at christmas only",
        "they go to church of god in the next town",
        "the family went to the chapel of rest to say goodbye",
        "he goes to temple on sundays with his grandad",
        "her temple throbs when she is stressed",
        "she was the lady of the house for a week and loved it",
    ],
)
def test_denominations_and_other_uses_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she volunteers at the bluebell project on mondays", "bluebell"),
        ("he goes to the anchor hub after school", "anchor"),
        ("she works nights at the willows care home", "willows"),
        ("he's a chef at the old oak pub now", "old oak"),
        ("she's at the sunflower refuge with the kids", "sunflower"),
    ],
)
def test_venues_by_everyday_words_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "she works at the care home down the road",
        "he volunteers at the housing project twice a week",
        "she's at the community hub most mornings",
        "they bought roses at the plant nursery",
        "he was at the local pub until late",
        "she's at the retirement home visiting her gran",
    ],
)
def test_kinds_of_venue_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("she works in Penneys on saturdays and likes the girls there", "Penneys"),
        ("he got a job in Tesco after months of looking", "Tesco"),
        ("her son is in 4th grade at PS 112 and reads every night", "PS 112"),
        ("he moved to MS 911 this fall", "MS 911"),
    ],
)
def test_shops_worked_in_and_coded_schools_go(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "the panic started in Walmart but she stayed in the queue",
        "she spent hours in Costco just looking at things",
        "she's been working in Canva on her art all week",
        "if it happens again she will call 112",
        "the school nurse will check on him at lunch",
    ],
)
def test_shops_as_places_tools_and_helplines_stay(text: str) -> None:
    assert_kept(text)


def test_redacting_twice_changes_nothing() -> None:
    text = "she's on ward 4 at the royal gwent and goes to church of st luke after"
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "she has been with CAMHS since the spring and likes her worker",
        "he was seen by CAMHS last week and they were kind",
    ],
)
def test_a_service_named_as_who_saw_the_client_goes(text: str) -> None:
    """Recall first: the local service that saw her, not a kind of service."""
    assert_gone(text, "CAMHS")


def test_a_body_beside_a_service_abbreviation_goes() -> None:
    assert_gone("he has been with CAMHS at NELFT since march", "NELFT")
