"""Identifiers typed in lower case in chat, and ages over 89 set off by commas.

Chat drops capitals: a given name with a possessive, a word opening a message before an
adverb and a verb, a town after "in"/"from"/"near" (or "to" after going somewhere), a
venue after "at the", a word joined to an organisation noun or after a service acronym.
An age over 89 set off by commas after a name, its placeholder or a person noun is an
age; a score after a verb, a room or a page number is not. Ordinary chat stays intact.
"""

from __future__ import annotations

import pytest

from bot.privacy import redact

REMOVED = [
    ("can u move tamati's appt to fri", "tamati"),
    ("covering bronagh's 10am tmrw", "bronagh"),
    ("lol marisol literally said that", "marisol"),
    ("haha kofi totally ignored my text", "kofi"),
    ("he spent the weekend at his aunts in peckham", "peckham"),
    ("she's from otahuhu originally", "otahuhu"),
    ("we drove to warrnambool for the funeral", "warrnambool"),
    ("walking to oshodi market every morning", "oshodi"),
    ("he goes to brookvale academy now", "brookvale"),
    ("rang ashgrove surgery twice", "ashgrove"),
    ("the referral went to nhs grampian", "grampian"),
    ("rang nhs highland about the referral", "highland"),
    ("so proud of tamati tbh", "tamati"),
    ("we met at ponsonby after group", "ponsonby"),
    ("she works at st columba's hospital", "columba"),
]


@pytest.mark.parametrize(("text", "word"), REMOVED)
def test_lower_case_identifiers_in_chat_are_removed(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out
    assert redact(out) == out


KEPT = [
    "meet me in town after work ok",
    "the practice nurse rang back",
    "took mum's car to the garage",
    "lol she literally said no",
    "we were in lockdown for months",
    "my kid is in kindy now",
    "messaged to rebook for thurs",
    "she thinks in isiZulu when calm",
    "going to netball practice tonight",
    "the college sent another email",
    "ok so the nhs app crashed again",
    "she's on the nhs waitlist",
    "so sick of covid tbh",
    "staying at nans place tonight",
    "at bedtime she cries",
    "worried about money again",
    "the nhs website is down",
    "he's at uni now so its quieter",
    "went to the dentist after group",
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_chat_is_kept(text: str) -> None:
    assert redact(text) == text


AGES = [
    ("Marjorie, 94, still gardens.", "94"),
    ("My grandad, 97 this spring, keeps asking.", "97"),
    ("The resident (Tui, 92) had a fall.", "92"),
    ("Walter, ninety-three, lives with his niece.", "ninety-three"),
    ("Her great-uncle, ninety-six, came along.", "ninety-six"),
    ("our neighbour, 91, still drives", "91"),
    ("His grandmother, 95 in June, still bakes.", "95"),
    ("edna, 96, at her daughter's", "96"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_appositive_ages_over_89_are_removed(text: str, age: str) -> None:
    out = redact(text)
    assert age not in out
    assert redact(out) == out


NUMBERS_KEPT = [
    "She scored 96, up from 71 last term.",
    "Meet in room 104, second floor.",
    "Page 99, paragraph 3, has the exercise.",
    "Bus 92 was late again, 20 minutes.",
    "Her son, 14, plays rugby.",
    "science, 95, was her best subject",
]


@pytest.mark.parametrize("text", NUMBERS_KEPT)
def test_scores_rooms_and_young_ages_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    ["ugh covid literally ruined it", "lol covid totally wrecked us", "tiktok literally said"],
)
def test_a_thing_before_an_adverb_and_a_verb_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "from dysregulation to calm",
        "in telehealth today",
        "in ptsd group again",
        "went to paeds last night",
        "in whakapapa terms it matters",
    ],
)
def test_jargon_after_a_place_preposition_is_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", ["her 4pm got cancelled again", "my 10am was moved to fri"])
def test_a_time_unit_after_a_number_is_not_initials(text: str) -> None:
    assert redact(text) == text
