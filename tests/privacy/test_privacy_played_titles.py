"""The capitalised words right after "played" or "watched", ending their phrase, are a
game's or a show's title; a listed given name or surname there, or a run followed by what
a watched person does, still goes."""

from __future__ import annotations

import pytest

from tests.privacy.redaction_cases import assert_gone, assert_kept, group

TITLES = [
    "He watched Bozkurtlar together with his father.",
    "She watched Kuzey Güney all weekend.",
    "They were playing Truco until midnight.",
]

STILL_REMOVED = [
    ("I watched Tomasz carry the bags.", "Tomasz"),  # a person doing something
    ("She watched Anna, then left.", "Anna"),  # a listed given name
    ("She watched Nowakowski, then left.", "Nowakowski"),  # a lone word, then a pause
    ("They were talking to Truco until midnight.", "Truco"),  # no verb of play or watch
]


@pytest.mark.parametrize("text", group("title", TITLES))
def test_played_and_watched_titles_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), group("gone", STILL_REMOVED))
def test_people_still_go(text: str, value: str) -> None:
    assert_gone(text, value)
