"""Counts agree with their nouns and verbs."""

from __future__ import annotations

from bot.wording import be, counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "reflection") == "1 reflection"
    assert counted(0, "reflection") == "0 reflections"
    assert counted(3, "entry", "entries") == "3 entries"
    assert f"{counted(1, 'post')} {be(1)}" == "1 post is"
    assert f"{counted(2, 'post')} {be(2)}" == "2 posts are"
