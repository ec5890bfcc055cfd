"""The rules record a word written small beside a function word of another language as
decided on purpose (``_foreign_neighbours``), and the virtue or kin word turning an age
(``_said_lower_names``): the tagger does not judge such words again. A word beside a word
that is never an identifier but is no function word of a language ("lol", "aunty") is not
recorded: no language is shown there."""

from __future__ import annotations

import pytest

import bot.privacy as privacy


def _decided_words(text: str) -> list[str]:
    out, decided = privacy.redact_by_rules(text)
    return [out[s:e] for s, e in decided]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my tia kept calling him el gordito at dinner", "gordito"),  # after "el"
        ("she sang la cancioncita again this morning", "cancioncita"),  # after "la"
        ("the group said mwamba ni imara before leaving", "mwamba"),  # before "ni"
    ],
)
def test_a_word_beside_a_function_word_of_another_language_is_recorded(
    text: str, word: str
) -> None:
    assert word in _decided_words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("then zorvakh lol went quiet for a bit", "zorvakh"),  # "lol" shows no language
        ("we met the new worker brenlow today", "brenlow"),  # English words only
    ],
)
def test_a_word_without_another_language_beside_it_is_not_recorded(text: str, word: str) -> None:
    assert word not in _decided_words(text)


def test_a_virtue_turning_an_age_is_recorded_a_name_is_not() -> None:
    assert "grace" in _decided_words("so grace turned 3 last week, lovely")
    assert "grace" not in _decided_words("so tamsyn turned 3 last week, grace said")


def test_nothing_is_recorded_for_the_rules_alone() -> None:
    # only a caller that collects gets the records: redact by the rules is unchanged
    text = "my tia kept calling him el gordito at dinner"
    assert privacy._redact_by_rules(text) == privacy.redact_by_rules(text)[0]
