"""A writer who capitalises an everyday English noun after an article ("the Grief", "the
Worry") capitalises the client's own words the same way: a lone capitalised word in no
list of names or places after an article or owner is then a noun, unless a preposition of
place comes first ("at the Gulit" may be the market's name). Names in a person's slot, listed
names, surnames and places, and the name after a relative's word still go,
and plurals, words of a people and nouns heading a proper name show no such habit."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

NOUNS_OF_A_CAPITALISING_WRITER = [
    "We talked about the Grief, and he stayed until the Kolach was finished.",  # Slovak
    "She named the Worry, and the Cemevi on Thursday helps her.",  # Turkish
    "She said the Worry goes quiet when she buys Injera and walks home.",  # Amharic
    "She came with her Babcia, and he stayed until the Kolach was finished.",  # a kinship word
]

STILL_REMOVED = [
    ("We talked about the Grief, and then her Tamirat came in.", "Tamirat"),  # a person acts
    ("We talked about the Grief, and the Marek said it was fine.", "Marek"),
    ("We talked about the Grief, and the Kowalczyk family came too.", "Kowalczyk"),  # surname
    ("We talked about the Grief, and her Nani Jahanara visits on Sundays.", "Jahanara"),
    ("We talked about the Grief and the Lagos of her childhood.", "Lagos"),  # a listed town
    # after a preposition of place the word may name the place: "went to the Makola"
    ("We talked about the Grief, and she goes to the Adabraka on Thursdays.", "Adabraka"),
    ("She named the Worry; it goes quiet at the Gulit.", "Gulit"),
    # the head noun of a name in another language follows
    ("We talked about the Grief; she works at the Itäkeskuksen nuorisotalo now.", "Itäkeskuksen"),
    # no habit: a plural, a word of a people, a noun heading a proper name, no capital at all
    ("The Chiefs won, and he stayed until the Kolach was finished.", "Kolach"),
    ("She watched a Finnish series, and he stayed until the Kolach was finished.", "Kolach"),
    ("She wrote to the Ministry of Labour, and he stayed until the Kolach was finished.", "Kolach"),
    ("He stayed until the Kolach was finished.", "Kolach"),
]


@pytest.mark.parametrize("text", group("noun", NOUNS_OF_A_CAPITALISING_WRITER))
def test_capitalised_nouns_of_such_a_writer_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_and_places_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
