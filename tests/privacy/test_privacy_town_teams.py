"""A town's name that stands for the team a client follows ("watches Liverpool every
weekend", "the Leeds match") stays; a town lived in or moved to, and a followed word that is
also a name, still go."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_kept

KEPT = [
    "He watches Liverpool every weekend and sings along.",
    "She supports Everton like her grandad did.",
    "We talked about the Leeds match on Saturday and he stayed calm.",
    "He wore his Wigan shirt to the session, proud as anything.",
    "They watched Liverpool lose again and he did not punch the wall.",
]
FOUND = [
    ("He moved to Liverpool last year.", "He moved to [place] last year."),
    ("She supports Chelsea with her homework.", "She supports [name] with her homework."),
    (
        "They live in Leeds and watch the match together.",
        "They live in [place] and watch the match together.",
    ),
]


@pytest.mark.parametrize("text", KEPT)
def test_towns_followed_as_teams_stay(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_towns_lived_in_and_names_go(text: str, expected: str) -> None:
    assert redact(text) == expected
