"""Words shaped like a brand or a note format, not like a name: a note format's acronym
before its own headings, a brand joined from two everyday words, a seller before what is
bought from it, a listed brand written with an apostrophe, a quoted question used as a
technique. A local acronym, a joined name heading a longer name or named as a place, and
given names with an inner capital still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept


@pytest.mark.parametrize(
    "text",
    [
        "DAP - Data: rang her sister. Assessment: more hopeful. Plan: ring again on Friday.",
        "Wrote it as BIRP. Behaviour: fidgety. Intervention: scaling. Response: a 5. Plan: walk.",
        "DARP\nData: two calm evenings.\nAction: exceptions.\nResponse: smiled.\nPlan: repeat.",
    ],
)
def test_a_note_format_before_its_headings_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He joined KRYC in June. Data: two practices. Plan: keep going.", "KRYC"),
        ("Data: she started at WVHS. Assessment: nervous. Plan: one friend.", "WVHS"),
    ],
)
def test_a_local_acronym_beside_headings_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "He removed SportyBet from his phone and kept it off all week.",
        "Her cousin pays her back through MoneyGram, late as usual, and she stayed calm.",
        "They tried SmartCash for the school fees and it worked first time.",
        "Deleted BetKing on Monday, a first.",
    ],
)
def test_a_brand_joined_from_two_words_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("{} drove her to the session and waited outside.", "DeShawn"),
        ("She cleans at {} Clinic on Saturdays.", "BrightSmile"),
        ("She's at {} now for her nursing course.", "RiverGate"),
        ("He has shifts at {} three nights a week.", "BetKing"),
    ],
)
def test_a_joined_name_of_a_person_or_a_place_goes(text: str, value: str) -> None:
    assert_gone(text.format(value), value)


@pytest.mark.parametrize(
    "text",
    [
        "She buys Digicel credit on Fridays only now.",
        "He tops up Halotel bundles at the weekend and sleeps better in the week.",
    ],
)
def test_a_seller_before_what_is_bought_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She buys Mama Ngozi credit at the corner.", "Ngozi"),
        ("Her friend Tendai sells airtime from home.", "Tendai"),
    ],
)
def test_a_person_before_what_is_bought_goes(text: str, value: str) -> None:
    assert_gone(text, value)


def test_a_brand_with_an_apostrophe_the_list_spells_without_stays() -> None:
    assert_kept("After church they went to Macca's and she ate with the family.")


def test_a_name_that_is_also_a_shop_goes() -> None:
    assert_gone("Cole's dad rang to move the session.", "Cole")


def test_a_quoted_question_in_title_case_stays() -> None:
    assert_kept("Keep asking 'What Else?' before summarising.")


def test_a_name_in_a_quoted_question_goes() -> None:
    assert_gone("She kept asking 'Where's Kwabena?' all night.", "Kwabena")


def test_redacting_twice_changes_nothing() -> None:
    text = "DAP - Data: deleted SportyBet. Assessment: proud. Plan: Digicel credit on Fridays."
    assert redact(redact(text)) == redact(text)


def test_an_unknown_app_listed_with_a_listed_one_after_a_verb_of_apps_stays() -> None:
    assert_kept("He uninstalled Instagram, Yubo and Likee before the exams.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She has Snapchat and Naledi to talk to at night.", "Naledi"),
        ("He deleted WhatsApp and Kagiso stopped texting him.", "Kagiso"),
    ],
)
def test_a_person_beside_an_app_goes(text: str, value: str) -> None:
    assert_gone(text, value)
