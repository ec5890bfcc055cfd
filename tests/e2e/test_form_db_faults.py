"""A database that fails while a form outside a conversation's pages is saved: the member gets
a private answer with a reference, and everything they typed comes back to them in a file, so
nothing typed is lost and nothing is half-stored or posted."""

from __future__ import annotations

from typing import Any

from simcord import InteractionResult, assert_error, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_hours import TYPED, add, rows
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture


async def _broken(*_: Any, **__: Any) -> Any:
    raise RuntimeError("database is down")


async def _given_back(result: InteractionResult) -> str:
    """The failure answer: private, with a reference, and the typed text attached."""
    assert result.acknowledged and result.ephemeral and result.response is not None
    assert "went wrong" in result.response.content and "reference" in result.response.content
    assert "Nothing you typed is lost" in result.response.content
    (attachment,) = result.response.attachments
    return (await attachment.read()).decode("utf-8")


async def test_hours_typed_come_back_when_the_database_fails(world: World) -> None:
    w = world
    bot_of(w.env).repos.hours.add = _broken  # type: ignore[method-assign]
    typed = {**TYPED, "reflection": "Waiting longer helped. @everyone <@123>"}
    done = await add(w.alice, w.channel, typed)
    text = await _given_back(done)
    assert all(value in text for value in typed.values())
    assert_error(w.env, RuntimeError)
    assert await rows(w) == []
    assert w.channel.history() == []


async def test_an_affirmation_comes_back_when_the_database_fails(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    repos.round.write_affirmation = _broken  # type: ignore[method-assign]
    done = await affirm(w.bob, w, "You stayed curious when it was hard.")
    assert "You stayed curious when it was hard." in await _given_back(done)
    assert_error(w.env, RuntimeError)
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert said(thread_of(w)) == []


async def test_a_closing_comes_back_when_the_database_fails(group: Group) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    repos.round.draft_closing = _broken  # type: ignore[method-assign]
    opened = await w.alice.click(the_post(w), label="Write my closing")
    done = await w.alice.submit_modal(
        opened, {"takeaway": "Slowing down works for me.", "step": "Pause before I answer."}
    )
    text = await _given_back(done)
    assert "Slowing down works for me." in text and "Pause before I answer." in text
    assert_error(w.env, RuntimeError)
    assert said(thread_of(w)) == []
    assert_responded(done, ephemeral=True)


async def test_a_bad_date_gives_back_long_hours_text_whole(world: World) -> None:
    """Every box filled to its limit and the date mistyped: too long to quote in one message,
    so the reply says what to fix and attaches everything typed."""
    w = world
    typed = {
        "when": "next-tuesday-after-the-group-meeting-ok",
        "group": "G" * 199 + "!",
        "topic": "T" * 199 + "!",
        "learning": "L" * 299 + "!",
        "reflection": ("A long reflection line.\n" * 41)[:999] + "!",
    }
    done = await add(w.alice, w.channel, typed)
    assert_responded(done, contains="couldn't read the date", ephemeral=True)
    assert done.response is not None and len(done.response.content) <= 2000
    (attachment,) = done.response.attachments
    text = (await attachment.read()).decode("utf-8")
    assert all(value in text for value in typed.values())
    assert await rows(w) == []
