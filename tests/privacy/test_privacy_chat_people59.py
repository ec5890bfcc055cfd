"""Fast lower-case chat: names after a relative's word or a practitioner's shorthand for a
person, nicknames with "big" or "lil", "me n ...", short names after "asked", someone seen
with a relative; the shorthand itself ("yp", "cl", "dd") and everyday words stay."""

from __future__ import annotations

import pytest

from bot.privacy import redact
from tests.privacy.redaction_cases import assert_gone, assert_kept, group

_GONE = [
    *group(
        "after-chat-kin",
        [
            ("her memaw lurlene in biloxi drives him to practice now", "lurlene"),
            ("cl's baby daddy dquavion is fixin to come back", "dquavion"),
        ],
    ),
    *group(
        "owned-role-word-name",
        [
            ("cl's son colt plays for the school", "colt"),
            ("the client's son hunter plays rugby on sat", "hunter"),
        ],
    ),
    *group(
        "nicknames",
        [
            ("went w/ big dunc to the job centre", "dunc"),
            ("met up w lil tez after school", "tez"),
            ("lil mikey showed up on time for once", "lil"),
        ],
    ),
    *group(
        "joined-to-me",
        [
            ("me n dawn (the other worker) went", "dawn"),
        ],
    ),
    *group(
        "short-name-asked",
        [
            ("asked baz what he'd notice first", "baz"),
            ("told kev to ring her back", "kev"),
        ],
    ),
    *group(
        "bare-possessive-before-chat-kin",
        [
            ("kaydens nan rang this morning", "kaydens"),
            ("brantleys key worker rang yesterday", "brantleys"),
        ],
    ),
    *group(
        "before-where-reached",
        [
            ("tayvons insta is private now", "tayvons"),
            ("kenzies number changed again", "kenzies"),
        ],
    ),
    *group(
        "seen-with-relative",
        [
            ("seen joy w her gran again, joy talked more", "joy"),
            ("i had kaedyn today, first time in weeks", "kaedyn"),
        ],
    ),
]

_KEPT = group(
    "shorthand-and-everyday",
    [
        "yp said school was ok this week",
        "cl mentioned her sis was helping out",
        "dd said she wants to go back to dance",
        "ds is doing better, dd still struggling",
        "yp smiled when i asked about the weekend",
        "cl from up north originally, moved for work",
        "big deal for him, he went in on his own",
        "me and work dont mix this month lol",
        "i had chemo today so notes are short",
        "we saw rain again today, sessions moved inside",
        "her nan tues was lovely, brought scones",
        "lil bit of progress, she got out of bed",
        "asked the gp what was different this time",
        "the girls insta is private, mum checks it",
        "his friends number is on file",
        "the kids nan rang this morning",
        "pretty sunny by the sound of it, they swam all day",
        "yp from up north, lives w nan now",
    ],
)


@pytest.mark.parametrize(("text", "value"), _GONE)
def test_name_in_chat_goes(text: str, value: str) -> None:
    assert_gone(text, value)


@pytest.mark.parametrize("text", _KEPT)
def test_ordinary_chat_stays(text: str) -> None:
    assert_kept(text)


@pytest.mark.parametrize(("text", "value"), _GONE)
def test_redacting_twice_changes_nothing(text: str, value: str) -> None:
    once = redact(text)
    assert redact(once) == once
