"""A capitalised word kept after a possessive as a relative's title ("with her Mma") is that
title where it stands alone elsewhere in the note, or before the relative's name; a listed
given name after a possessive, or a word never kept after one, stays a name."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import group


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        *group(
            "title-stays",
            [
                (
                    "She laughed at dinner with her Mma. Next week she will cook with Mma again.",
                    "cook with Mma",
                    "",
                ),
                # chat typed in lower case: the same word as typed
                ("her tamai came too. then tamai cried lol", "then tamai cried", ""),
                (
                    "Mbuya Selina phoned on Friday. He visits his Mbuya after school.",
                    "Mbuya [name] phoned",
                    "Selina",
                ),
            ],
        ),
    ],
)
def test_a_title_kept_after_a_possessive_stays_elsewhere(text: str, kept: str, gone: str) -> None:
    out = redact(text)
    assert kept in out, out
    if gone:
        assert gone not in out, out
    assert redact(out) == out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        *group(
            "name-goes",
            [
                # a listed given name after a possessive is no title
                ("Her Maria came along. Maria said the week was calm.", "Maria"),
                # the object of "called" is no possessive, and nothing kept it
                ("She called her Gigi on Sunday. Gigi cried.", "Gigi"),
                # in lower case a listed given name stays a name after a possessive too
                ("her yusuf came too. then yusuf cried lol", "yusuf"),
                # the word in lower case after the possessive, capitalised elsewhere
                ("her tamai came too. Then Tamai cried.", "Tamai"),
                # no possessive before the word anywhere
                ("Tembisa said the week was better.", "Tembisa"),
            ],
        ),
    ],
)
def test_a_name_without_a_kept_title_goes(text: str, word: str) -> None:
    out = redact(text)
    assert word not in out, out
    assert redact(out) == out
