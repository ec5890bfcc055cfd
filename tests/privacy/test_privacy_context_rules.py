"""Context decides: a word in no list followed by a past-tense verb is a person, a surname
that is also an everyday word is a name beside a family word, and kinship words and the
roles of clergy are ordinary words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept, group

# Made-up names in no list, shaped like names of several cultures.
UNLISTED = ["Tuilagiva", "Nkechiwa", "Ofaloto", "Thandekile", "Kwabenaso", "Haeunji"]
PAST_VERBS = ["prayed", "phoned", "cooked", "walked", "texted", "cried", "laughed", "stayed"]


@given(st.sampled_from(UNLISTED), st.sampled_from(PAST_VERBS))
def test_an_unlisted_word_before_a_past_tense_verb_is_a_person(name: str, verb: str) -> None:
    out = redact(f"{name} {verb} after the session.")
    assert name not in out


KEPT = [
    *group(
        "noun-shaped-unlisted-openers",
        [f"{w} lasted all week." for w in ["Zorbling", "Snerkness", "Blorptation", "Flimism"]],
    ),
    *group(
        "kinship-and-clergy-words",
        [
            "Mum and Grandad came along.",
            "Her Granddad and Stepmum both noticed.",
            "The Pastor prayed with them, then the Imam spoke.",
            "Reverend and Vicar are the words she used for them.",
        ],
    ),
    *group(
        "everyday-words-after-a-contact-verb",
        [
            "she met joy halfway",
            "talked to hope about it",
            "he told will everything",
            "texted mum",
            "told themself it was fine",
        ],
    ),
]

REMOVED = [
    *group(
        "everyday-surname-beside-a-family-word",
        [
            (frame.format(surname), surname)
            for frame in ["{} family: mum, dad and the baby.", "We met the {} family."]
            for surname in ["Gill", "Baker", "Strand", "Parsons"]
        ],
    ),
    *group(
        "name-after-a-kinship-or-clergy-word",
        [("Pastor Sefo visited.", "Sefo"), ("Grandad Eruera took him fishing.", "Eruera")],
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_unlisted_nouns_kinship_clergy_and_everyday_words_are_kept(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "name"), REMOVED)
def test_surnames_beside_family_words_and_names_after_kinship_words_are_removed(
    text: str, name: str
) -> None:
    assert_gone(text, name)


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
