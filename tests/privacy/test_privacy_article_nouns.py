"""An everyday English noun capitalised right after "the" and ending its phrase (punctuation
or a joining word after it) is the noun, so it stays: "the Dean of the college", "called the
anger the Storm,". A family's or a group's name goes on with a noun or a plural ("the Kowalczyk
family", "the Okafors"), a word in no English list may be a person ("the Zbyszek"), a
given name may be her ("the Agnieszka"), a word after a preposition of place may be a
place's name ("near the Meadow"), a word a verb follows may be a person ("the Rock said"),
and a word removed as a name elsewhere in the text stays removed."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

ARTICLE_NOUNS = [
    "The Dean of the college wrote to her.",
    "We met the Dean, and she was kind.",
    "She called the anger the Storm, and it got smaller.",
    "Present: the client, her aunt and the Dean from her school.",
]

STILL_REMOVED = [
    ("Family session with the Kowalczyk family today.", "Kowalczyk"),  # a family's name
    ("the Okafors came together this time.", "Okafors"),  # a plural: a family
    ("On Fridays she visits the Zbyszek and goes home.", "Zbyszek"),  # in no English list
    ("We saw the Agnieszka, who is her cousin.", "Agnieszka"),  # a given name
    ("Then the Tomasz said he was tired.", "Tomasz"),
    ("Then the Rock said he was tired.", "Rock"),  # a verb follows: a person
    ("Rock came late. I said hello to the Rock.", "Rock"),  # a name elsewhere in the text
    ("the Rock (her cousin) came too.", "Rock"),  # glossed as a person
]


@pytest.mark.parametrize("text", group("noun", ARTICLE_NOUNS))
def test_article_nouns_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
