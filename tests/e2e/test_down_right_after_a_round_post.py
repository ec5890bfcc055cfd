"""The database going down right after a round's message is up: the presenter's closing in
its thread, or a member's step-out told to the presenter. Each member is told what is true
(her closing is posted; she has stepped out), never "something went wrong, please try
again" for something that is done; and once the database is back and the bot restarted, the
round is where one clean click leaves it (closed, with its post saying so)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from simcord import InteractionResult
from sqlalchemy.exc import OperationalError

from bot.app import create_bot
from bot.outbox import PostState
from bot.round import Phase
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, failing_statements
from tests.e2e.test_closing_faults import _closing_preview, _closings  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    round_fields,
    said,
    share_with_question,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

_POSTED = re.compile(r"/channels/\d+/messages$")


@pytest.fixture
def down_after_a_post(world: World) -> Iterator[list[bool]]:
    """While the list holds True: once the bot has sent a message anywhere (a channel, a
    thread, a DM), every SQL statement fails, as when the database server goes away."""
    armed: list[bool] = []
    requests = world.env.backend.http_requests
    start: list[int] = []

    def fault(statement: str) -> OperationalError | None:
        if not armed:
            start.clear()
            return None
        if not start:
            start.append(len(requests))
        if any(r.method == "POST" and _POSTED.search(r.path) for r in requests[start[0] :]):
            return OperationalError(statement, {}, Exception("server closed the connection"))
        return None

    with failing_statements(world.env, fault):
        yield armed


def _told(result: InteractionResult) -> str:
    assert result.acknowledged and result.ephemeral
    return "\n".join(m.content for m in [result.response, *result.followups] if m is not None)


async def test_a_closing_posted_as_the_database_goes_down_is_said_posted_and_closes_the_round(
    group: Group, down_after_a_post: list[bool]
) -> None:
    g, w = group, group.w
    preview = await _closing_preview(g)
    down_after_a_post.append(True)
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    down_after_a_post.clear()
    w.env.errors.clear()  # what failed is logged under its reference

    told = _told(posted)
    assert "something went wrong" not in told and "try again" not in told, told
    assert "Your closing is posted" in told, told
    assert len(_closings(g)) == 1

    await w.env.restart_bot(create_bot())
    await w.env.advance_time(3 * 60)  # the outbox finds the closing by its ref
    repos = bot_of(w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.POSTED
    assert closing.message_id == _closings(g)[0].id
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    assert "Now: Round closed" in round_fields(the_post(w))
    labels = [c.label for row in the_post(w).components for c in row.children]  # pyright: ignore[reportAttributeAccessIssue]
    assert "Write my closing" not in labels and "Next phase" not in labels
    assert len(_closings(g)) == 1


async def test_a_step_out_told_to_the_presenter_as_the_database_goes_down_is_said_done(
    group: Group, down_after_a_post: list[bool]
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    down_after_a_post.append(True)
    out = await g.carol.click(the_post(w), label="I may know this client")
    down_after_a_post.clear()
    w.env.errors.clear()

    told = _told(out)
    assert "Please step out of this round" in told
    assert "something went wrong" not in told and "try again" not in told, told
    (notice,) = w.alice.user.dm_channel.history()[-1:]
    assert "may know the client" in notice.content
    repos = bot_of(w.env).repos
    again = await g.carol.click(the_post(w), label="I may know this client")
    assert "stepped out of this round already" in _told(again)
    assert len([m for m in w.alice.user.dm_channel.history() if "may know" in m.content]) == 1
    record = await repos.round.get(g.share_id)
    assert record is not None


async def test_a_closing_recorded_whose_round_did_not_close_closes_at_the_next_click(
    group: Group,
) -> None:
    """Only the write that closes the round fails (her closing is posted and recorded): she
    is told it is posted and how to close the round, and that click closes it, posting
    nothing twice."""
    g, w = group, group.w
    preview = await _closing_preview(g)
    closing_blocked: list[bool] = [True]

    def fault(statement: str) -> OperationalError | None:
        if closing_blocked and statement.lstrip().upper().startswith("UPDATE ROUNDS"):
            return OperationalError(statement, {}, Exception("database is locked"))
        return None

    with failing_statements(w.env, fault):
        posted = await w.alice.click(preview.response.message, label="Post my closing")
        closing_blocked.clear()
    w.env.errors.clear()
    told = _told(posted)
    assert "Your closing is posted in the thread, once" in told, told
    assert "choose **Post my closing** again" in told and "something went wrong" not in told
    repos = bot_of(w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    assert closing is not None and closing.state is PostState.POSTED
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSING  # not closed yet

    again = await w.alice.click(preview.response.message, label="Post my closing")
    assert "posted already" in _told(again) and "round is closed" in _told(again)
    record = await repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    assert "Now: Round closed" in round_fields(the_post(w))
    assert len(_closings(g)) == 1


async def test_affirmations_revealed_as_the_database_goes_down_are_posted_once_in_the_end(
    group: Group, down_after_a_post: list[bool]
) -> None:
    """The reveal is cut short after its first affirmation is up: the presenter is told the
    round moved on and the reveal was cut short, with **Post the rest** (before, "something
    went wrong, please try again"); that button posts the rest, none of them twice, after a
    restart too, and so does the round's post, still showing Reveal affirmations."""
    g, w = group, group.w
    await _at_affirmations(g)
    for actor, text in ((w.bob, "One."), (g.carol, "Two."), (g.dave, "Three.")):
        await affirm(actor, w, text)
    thread = thread_of(w)
    down_after_a_post.append(True)
    revealed = await w.alice.click(the_post(w), label="Reveal affirmations")
    down_after_a_post.clear()
    w.env.errors.clear()
    told = _told(revealed)
    assert "The round is now in **Reflections**, but revealing its affirmations was cut" in told
    assert "something went wrong" not in told and "Post the rest" in str(
        revealed.response.components if revealed.response else ""
    ), told
    assert len([m for m in said(thread) if m.embeds]) == 1
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(15 * 60)
    rest = await w.alice.click(revealed.response.message, label="Post the rest")
    assert _told(rest).startswith("Every affirmation is posted.")
    again = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert (
        _told(again)
        == "The round is already in **Reflections**: it was moved on before this click."
    )
    posted = sorted(m.embeds[0].description or "" for m in said(thread) if m.embeds)
    assert posted == ["One.", "Three.", "Two."]
    assert await bot_of(w.env).repos.round.unrevealed(g.share_id) == []


async def test_a_closing_recorded_whose_round_did_not_close_is_closed_by_a_restart(
    group: Group,
) -> None:
    """As above, and the bot restarts before she clicks: the round is closed at the start,
    and its post says so."""
    g, w = group, group.w
    preview = await _closing_preview(g)
    closing_blocked: list[bool] = [True]

    def fault(statement: str) -> OperationalError | None:
        if closing_blocked and statement.lstrip().upper().startswith("UPDATE ROUNDS"):
            return OperationalError(statement, {}, Exception("database is locked"))
        return None

    with failing_statements(w.env, fault):
        posted = await w.alice.click(preview.response.message, label="Post my closing")
        closing_blocked.clear()
    w.env.errors.clear()
    assert "Your closing is posted in the thread, once" in _told(posted)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSING

    await w.env.restart_bot(create_bot())
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED
    assert "Now: Round closed" in round_fields(the_post(w))
    again = await w.alice.click(preview.response.message, label="Post my closing")
    assert "posted already" in _told(again) and "round is closed" in _told(again)
    assert len(_closings(g)) == 1
