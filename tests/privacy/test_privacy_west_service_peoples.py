"""Identifier-free words of practitioners in the US West kept, and the identifiers beside them
still removed: branches of military service, Native and Indigenous peoples, kinship words of
Mexican Spanish and Korean, leagues and gatherings named in general, and Mexican states named
like their capital."""

from __future__ import annotations

import pytest

from bot.privacy import redact


@pytest.mark.parametrize(
    "text",
    [
        "Navy vet, sixty-one, says the garden is where his mood lifts to a 5.",
        "Intake: veteran, Air Force, one deployment to Qatar. Sleep is the main worry.",
        "He is ex-Army and still wakes at 0500 without an alarm.",
        "Her father was ex-ARVN and never spoke about the camps.",
        "Marine veteran, two tours, now drives a school bus and likes it.",
        "Working with a Marine vet on grounding skills this month.",
        "Coast Guard family, they move every three years, the kids hate it.",
        "Army Reserve weekend again, so he missed group on Saturday.",
    ],
)
def test_a_branch_of_service_is_kept(text: str) -> None:
    assert redact(text) == text


def test_a_given_name_that_is_a_branch_is_removed_where_it_names_a_person() -> None:
    out = redact("Marine told me the VA finally called her back about the claim.")
    assert "Marine" not in out
    assert "VA" in out


def test_a_branch_before_a_capitalised_word_is_left_to_the_name_rules() -> None:
    out = redact("He is a veteran and rents above the Army Navy Surplus on Kettle Street.")
    assert "Kettle" not in out


def test_a_name_beside_a_branch_is_still_removed() -> None:
    out = redact("Navy vet Dwayne Kilbride says the nightmares came back this week.")
    assert "Kilbride" not in out
    assert "Navy vet" in out


@pytest.mark.parametrize(
    "text",
    [
        "Elder from up the river, Yup'ik, loves teaching beadwork to the teens.",
        "Inupiaq grandmother, she raised four grandkids after the flu years.",
        "Her dad is Paiute and her mom is Hopi; she feels split between them.",
        "Family speaks Triqui at home and some Spanish; school sends notes in English only.",
        "Athabascan client, says moose season is when she is most herself.",
        "Mixteco speakers at the clinic wait longest for an interpreter.",
    ],
)
def test_a_people_is_kept(text: str) -> None:
    assert redact(text) == text


def test_a_town_named_for_a_people_is_still_removed() -> None:
    assert "Puyallup" not in redact("She moved to Puyallup in the spring to be near her son.")


@pytest.mark.parametrize(
    "text",
    [
        "She is Latina, second year of nursing school, and her Amá calls every night.",
        "Korean New Year was hard this year, first one without Omma at the table.",
    ],
)
def test_a_kinship_word_of_a_language_the_note_shows_is_kept(text: str) -> None:
    assert redact(text) == text


def test_a_name_that_follows_a_kinship_word_is_still_removed() -> None:
    out = redact("She is Latina; her Amá Graciela Quintero drove up for the session.")
    assert "Quintero" not in out


@pytest.mark.parametrize(
    "text",
    [
        "His boy started Little League this spring and he coaches first base.",
        "Canoe Journey season is coming and he wants to be sober for it.",
        "She plays AAU volleyball on weekends, so Sunday sessions are out.",
        "Pop Warner games on Saturday mornings keep the whole family busy.",
    ],
)
def test_a_league_or_gathering_named_in_general_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Most of the families at this clinic came from Zacatecas and Guanajuato.",
        "She has not been back to Oaxaca since her mother died.",
        "He grew up in Puebla and crossed at nineteen.",
    ],
)
def test_a_mexican_state_named_like_its_capital_is_kept(text: str) -> None:
    assert redact(text) == text


def test_a_town_beside_a_mexican_state_is_still_removed() -> None:
    out = redact("She left Oaxaca for Hillsboro in 2019 and works at a nursery there.")
    assert "Oaxaca" in out
    assert "Hillsboro" not in out


@pytest.mark.parametrize(
    "text",
    [
        "He says Güela makes the best menudo and he wants to learn it before she passes.",
        "Shimásání taught her to card wool; she wants to teach her own girls.",
        "Korean church on Sundays is hard now, since Omma moved back.",
    ],
)
def test_a_kinship_word_of_the_us_west_is_kept_alone(text: str) -> None:
    assert redact(text) == text


def test_a_navajo_kinship_word_before_a_name_goes_with_it() -> None:
    out = redact("His Cheii Wilbur Yazzie sang at the ceremony all night.")
    assert "Yazzie" not in out
    assert "Cheii" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Best week in months: Lola showed her how to roll lumpia for the party.",
        "She said Lolo would bring pasalubong when he visits in the summer.",
    ],
)
def test_lola_in_a_note_of_a_filipino_home_is_the_grandparent(text: str) -> None:
    assert redact(text) == text


def test_lola_with_no_filipino_home_in_the_note_is_still_a_name() -> None:
    assert "Lola" not in redact("Lola said the new job at the bakery is going well.")


@pytest.mark.parametrize(
    "text",
    [
        "Her husband is deployed and the Tricare referral took six weeks.",
        "TRICARE finally covered the second opinion.",
        "Her DACA renewal is due and she has not slept well since.",
    ],
)
def test_a_federal_programme_named_in_general_is_kept(text: str) -> None:
    assert redact(text) == text


def test_a_programme_where_a_client_works_is_still_removed() -> None:
    assert "Tricare" not in redact("Her sister works at Tricare in Gallup as a clerk.")
