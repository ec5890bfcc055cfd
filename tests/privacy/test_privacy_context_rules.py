"""Context decides: a word in no list followed by a past-tense verb is a person, a surname
that is also an everyday word is a name beside a family word, and kinship words and the
roles of clergy are ordinary words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy import redact

# Made-up names in no list, shaped like names of several cultures.
UNLISTED = ["Tuilagiva", "Nkechiwa", "Ofaloto", "Thandekile", "Kwabenaso", "Haeunji"]
PAST_VERBS = ["prayed", "phoned", "cooked", "walked", "texted", "cried", "laughed", "stayed"]


@given(st.sampled_from(UNLISTED), st.sampled_from(PAST_VERBS))
def test_an_unlisted_word_before_a_past_tense_verb_is_a_person(name: str, verb: str) -> None:
    out = redact(f"{name} {verb} after the session.")
    assert name not in out


@pytest.mark.parametrize("word", ["Zorbling", "Snerkness", "Blorptation", "Flimism"])
def test_noun_shaped_unlisted_openers_are_not_read_as_people(word: str) -> None:
    text = f"{word} lasted all week."
    assert redact(text) == text


@pytest.mark.parametrize("surname", ["Gill", "Baker", "Strand", "Parsons"])
@pytest.mark.parametrize("frame", ["{} family: mum, dad and the baby.", "We met the {} family."])
def test_an_everyday_surname_beside_a_family_word_is_a_name(surname: str, frame: str) -> None:
    assert surname not in redact(frame.format(surname))


@pytest.mark.parametrize(
    "text",
    [
        "Mum and Grandad came along.",
        "Her Granddad and Stepmum both noticed.",
        "The Pastor prayed with them, then the Imam spoke.",
        "Reverend and Vicar are the words she used for them.",
    ],
)
def test_kinship_and_clergy_words_are_kept(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("Pastor Sefo visited.", "Sefo"), ("Grandad Eruera took him fishing.", "Eruera")],
)
def test_a_name_after_a_kinship_or_clergy_word_is_still_removed(text: str, name: str) -> None:
    assert name not in redact(text)


# Given names of the shipped lists, typed in lower case.
LOWER_NAMES = ["hemi", "lani", "sione", "kofi", "wanjiru", "priya"]
CONTACT = [
    "saw {} today",
    "texted {} after",
    "we met {} at lunch",
    "spoke to {} about it",
    "talked with {} for ages",
    "rang {} twice",
]


@given(st.sampled_from(LOWER_NAMES), st.sampled_from(CONTACT))
def test_a_lower_case_name_after_a_contact_verb_is_removed(name: str, frame: str) -> None:
    assert name not in redact(frame.format(name)).split()


@pytest.mark.parametrize(
    "text",
    [
        "she met joy halfway",
        "talked to hope about it",
        "he told will everything",
        "texted mum",
        "told themself it was fine",
    ],
)
def test_everyday_words_after_a_contact_verb_are_kept(text: str) -> None:
    assert redact(text) == text
