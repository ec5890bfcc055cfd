"""A lone capitalised word that a determiner and an adjective of extent, order or age
("the whole", "the second", "the usual") describe, ending its phrase, is counted or
ordered as a thing is, so it stays; a listed name, a word that a noun follows (a family's
or a body's name) and a word after "new" still go."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

DESCRIBED_THINGS = [
    "She sat through the whole Konsertti and clapped.",
    "He finished the entire Tehtävä, then smiled.",
    "He slept past the second Budík.",
]

STILL_REMOVED = [
    ("They invited the whole Nowakowski family.", "Nowakowski"),  # a family's name
    ("She saw the whole Wiśniewska crew at the door.", "Wiśniewska"),
    ("the same Maria came again.", "Maria"),  # a listed given name
    ("He met the new Tomasz at school.", "Tomasz"),  # "new" names people
    ("She sat through the Konsertti with Anka.", "Anka"),  # no adjective before the name
]


@pytest.mark.parametrize("text", group("thing", DESCRIBED_THINGS))
def test_described_things_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_names_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
