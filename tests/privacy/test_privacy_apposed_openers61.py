"""A word in no list opening a sentence is a name when a short aside set off by commas,
dashes or brackets follows it and then a verb said of people ("Ngarimu, a welder, told me");
everyday openers with an aside ("Mostly, at school, he coped") and a word before a verb
things do ("Kombucha, a fermented tea, helps") stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                ("Ngarimu, a welder, told me the early shifts suit him.", "Ngarimu"),
                ("Yesenka, 19, explained how she plans the weekend.", "Yesenka"),
                ("Dumisane, her brother-in-law, agreed to drive on Fridays.", "Dumisane"),
                ("Gwenlliana - the quieter of the two - asked for a break.", "Gwenlliana"),
                ("Tsetsegmaa (a cook) noticed that she sleeps better now.", "Tsetsegmaa"),
                ("A long hour. Olumidewa, night porter, described a calm evening.", "Olumidewa"),
                ("Brynjolfur, retired, finally admitted the walks help.", "Brynjolfur"),
            ],
        ),
    ],
)
def test_a_name_before_an_aside_and_a_persons_verb_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    "text",
    [
        *group(
            "kept",
            [
                "Mostly, at school, he coped better than before.",
                "Honestly, on reflection, nothing much changed.",
                "Overall, the group felt calmer by the end.",
                "Later, after tea, she phoned her sister.",
                "Kombucha, a fermented tea, helps her mornings.",
                "Again, as agreed, we looked for exceptions first.",
                "Tonight - after the match - they will try the new routine.",
            ],
        ),
    ],
)
def test_openers_with_an_aside_stay(text: str) -> None:
    assert redact(text) == text
