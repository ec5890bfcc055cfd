"""Meeting prompts under faults: each member's "Log it" DM is stored before it is sent and
marked sent only after Discord took it, so a restart mid-send loses none and a transient
Discord error is retried; closed DMs are final and shown to the server's facilitators."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import select

from bot.app import create_bot
from bot.hours.meeting import SendState
from cogs.meetings import SENDING_HOLD
from storage.tables import HoursLog, MeetingSend
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    assert_nothing_stored_of,
    bot_of,
    close_dms,
    erase_everything,
    failing_while_on,
    modal_defaults,
)
from tests.e2e.test_hours_meeting import prompts

HOUR = 3600.0
HELD = SENDING_HOLD.total_seconds() + 60  # a prompt a stopped process was sending is retried


async def _sends(w: World) -> dict[int, tuple[str, int]]:
    """Each member's prompt for the meeting: (state, attempts)."""
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(MeetingSend))).scalars().all()
    return {r.user_id: (r.state, r.attempts) for r in rows}


def _dm_posts(w: World) -> int:
    return sum(
        r.method == "POST" and r.path.startswith("/channels/") and r.path.endswith("/messages")
        for r in w.env.http_requests
    )


async def _meeting_thursday_0130(w: World, fiona: Any) -> None:
    """A meeting ending Thursday 1 January, 01:30 UTC, 90 minutes after the test starts;
    alice and bob asked for the prompt (alice, the older account, is prompted first)."""
    assert w.alice.id < w.bob.id
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    for member in (w.alice, w.bob):
        on = await member.slash(w.channel, "hours prompts", on=True)
        assert_responded(on, contains="Prompts are on", ephemeral=True)
    await w.env.advance_time(HOUR)  # 01:00: nothing is due yet


async def test_a_server_error_on_one_prompt_is_retried_after_a_pause(
    world: World, facilitated: Any
) -> None:
    w = world
    await _meeting_thursday_0130(w, facilitated)
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="Unavailable")
    before = _dm_posts(w)
    await w.env.advance_time(HOUR / 2 + 1)  # 01:30: alice's DM fails, bob's goes out
    assert len(prompts(w.bob)) == 1 and prompts(w.alice) == []
    assert await _sends(w) == {w.alice.id: ("pending", 1), w.bob.id: ("sent", 1)}
    await w.env.advance_time(2 * 60)  # the retry, a minute later
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.alice.id: ("sent", 2), w.bob.id: ("sent", 1)}
    assert _dm_posts(w) - before == 3


async def test_turning_prompts_off_drops_a_prompt_waiting_for_a_retry(
    world: World, facilitated: Any
) -> None:
    w = world
    await _meeting_thursday_0130(w, facilitated)
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="Unavailable")
    await w.env.advance_time(HOUR / 2 + 1)  # 01:30: alice's DM fails, bob's goes out
    assert await _sends(w) == {w.alice.id: ("pending", 1), w.bob.id: ("sent", 1)}
    off = await w.alice.slash(w.channel, "hours prompts", on=False)
    assert_responded(off, contains="Prompts are off", ephemeral=True)
    await w.env.advance_time(20 * 60)  # past every retry
    assert prompts(w.alice) == [] and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.bob.id: ("sent", 1)}


async def test_a_lasting_outage_is_tried_a_bounded_number_of_times(
    world: World, facilitated: Any
) -> None:
    w = world
    await _meeting_thursday_0130(w, facilitated)
    w.env.inject_error("POST", "/channels/*/messages", status=502, times=None)
    before = _dm_posts(w)
    await w.env.advance_time(HOUR / 2 + 20 * 60)  # tries 1, 2, 4 and 8 minutes apart
    sends = await _sends(w)
    assert sends[w.alice.id] == sends[w.bob.id] == ("failed", 5)
    assert _dm_posts(w) - before == 10  # five tries each, then it stops
    pending = await facilitated.slash(w.channel, "hours pending")
    assert_responded(pending, contains="Discord kept failing", ephemeral=True)


async def test_a_restart_mid_send_still_prompts_the_remaining_members_once(
    world: World, facilitated: Any
) -> None:
    w = world
    await _meeting_thursday_0130(w, facilitated)
    bot = bot_of(w.env)
    real_get_user = bot.get_user
    looked_up: list[int] = []

    def stops_at_the_second(user_id: int) -> Any:
        looked_up.append(user_id)
        if len(looked_up) > 1:
            raise RuntimeError("the bot stopped here")
        return real_get_user(user_id)

    bot.get_user = stops_at_the_second  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(HOUR / 2 + 1)
    assert len(prompts(w.alice)) == 1 and prompts(w.bob) == []
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1
    assert {user: state for user, (state, _) in (await _sends(w)).items()} == {
        w.alice.id: "sent",
        w.bob.id: "sent",
    }


@pytest.fixture
def unrecorded(world: World) -> Iterator[list[bool]]:
    """While the list holds True, recording a prompt's end (sent, closed) fails as a database
    that went away does: Discord took the DM, and the bot could not write that down."""
    with failing_while_on(
        world.env,
        lambda sql: sql.startswith("UPDATE MEETING_SENDS SET STATE"),
        "server closed the connection",
    ) as on:
        yield on


async def test_a_prompt_discord_took_but_the_bot_did_not_record_is_not_sent_again(
    world: World, facilitated: Any, unrecorded: list[bool]
) -> None:
    """The database fails right after alice's prompt went out: before, she got it a second
    time after the hold. The retry now finds it in her DM (by its one-time id) and records
    it, without sending it again, across a restart too."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    unrecorded.append(True)
    before = _dm_posts(w)
    await w.env.advance_time(HOUR / 2 + 1)
    unrecorded.clear()
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.alice.id: ("pending", 1), w.bob.id: ("pending", 1)}
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1  # not twice
    assert await _sends(w) == {w.alice.id: ("sent", 2), w.bob.id: ("sent", 2)}
    assert _dm_posts(w) - before == 2


async def test_a_prompt_sent_twice_across_a_restart_logs_the_meeting_once(
    world: World, facilitated: Any
) -> None:
    """The bot stops after alice's DM went out but before it was marked sent, and her DM
    cannot be read when it is retried: she gets it again (twice rather than not at all), and
    both carry one one-time id, so it is logged once."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    sends = bot_of(w.env).repos.meetings.sends
    real_finish = sends.finish

    async def stopped_here(send_id: int, state: SendState) -> bool:
        if state is not SendState.SENT:
            return await real_finish(send_id, state)
        sends.finish = real_finish  # pyright: ignore[reportAttributeAccessIssue]
        raise RuntimeError("the bot stopped here")

    sends.finish = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(HOUR / 2 + 1)
    assert len(prompts(w.alice)) == 1
    await w.env.restart_bot(create_bot())
    w.env.inject_error("GET", "/channels/*/messages", status=503, message="Unavailable")
    await w.env.advance_time(HELD)
    first, second = prompts(w.alice)
    assert len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.alice.id: ("sent", 2), w.bob.id: ("sent", 1)}

    for prompt, said in ((first, "Logged"), (second, "Already logged")):
        shown = await w.alice.user.click(prompt, label="Log it")
        typed = {k: v or "" for k, v in modal_defaults(shown).items()}
        done = await w.alice.user.submit_modal(shown, typed)
        assert_responded(done, contains=said, ephemeral=True)
    async with bot_of(w.env).repos.db.read() as session:
        (entry,) = (await session.execute(select(HoursLog))).scalars()
    assert entry.author_id == w.alice.id


@pytest.mark.postgres_too
async def test_closed_dms_are_final_and_shown_to_the_facilitators(
    world: World, facilitated: Any
) -> None:
    w = world
    fiona = facilitated
    await _meeting_thursday_0130(w, fiona)
    close_dms(w.env)
    before = _dm_posts(w)
    await w.env.advance_time(2 * HOUR)
    assert prompts(w.alice) == [] and len(prompts(w.bob)) == 1
    assert _dm_posts(w) - before == 2  # refused once, never retried
    assert await _sends(w) == {w.alice.id: ("closed", 1), w.bob.id: ("sent", 1)}

    pending = await fiona.slash(w.channel, "hours pending")
    assert_responded(pending, ephemeral=True)
    assert pending.response is not None
    assert f"<@{w.alice.id}>" in pending.response.content
    assert "DMs are closed" in pending.response.content
    assert f"<@{w.bob.id}>" not in pending.response.content
    # Members do not see who missed it.
    refused = await w.bob.slash(w.channel, "hours pending")
    assert refused.response is not None and f"<@{w.alice.id}>" not in refused.response.content


async def test_a_restart_after_the_prompts_are_stored_sends_each_once(
    world: World, facilitated: Any
) -> None:
    """The bot stops right after the meeting's prompts were stored, before any was sent:
    the restarted bot sends each member hers, once."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    meetings = bot_of(w.env).repos.meetings
    real_claim = meetings.claim

    async def stopped_after(*args: Any, **kwargs: Any) -> bool:
        meetings.claim = real_claim  # pyright: ignore[reportAttributeAccessIssue]
        await real_claim(*args, **kwargs)
        raise RuntimeError("the bot stopped here")

    meetings.claim = stopped_after  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(HOUR / 2 + 1)
    assert prompts(w.alice) == [] and prompts(w.bob) == []
    assert await _sends(w) == {w.alice.id: ("pending", 0), w.bob.id: ("pending", 0)}
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.alice.id: ("sent", 1), w.bob.id: ("sent", 1)}
    assert w.channel.history() == []


@pytest.fixture
def database_down(world: World) -> Iterator[list[bool]]:
    """While the list holds True, every statement on the meetings and their prompts fails,
    as a database that went away does."""
    with failing_while_on(
        world.env, lambda sql: "MEETING" in sql, "server closed the connection"
    ) as on:
        yield on


async def test_the_database_down_when_the_meeting_ends_delays_the_prompts_only(
    world: World, facilitated: Any, database_down: list[bool]
) -> None:
    """The database is down when the meeting ends: the prompt loop keeps going, tells no one
    anything, and sends each prompt once when the database is back."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    database_down.append(True)
    await w.env.advance_time(HOUR / 2 + 10 * 60)  # 01:40: ten minutes of failed passes
    assert prompts(w.alice) == [] and prompts(w.bob) == []
    assert w.alice.user.dm_channel is None or w.alice.user.dm_channel.history() == []
    database_down.clear()
    assert await _sends(w) == {}  # nothing was stored while it was down
    await w.env.advance_time(2 * 60)
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.alice.id: ("sent", 1), w.bob.id: ("sent", 1)}
    await w.env.advance_time(HELD)
    assert len(prompts(w.alice)) == 1 and len(prompts(w.bob)) == 1
    assert w.channel.history() == []


@pytest.mark.postgres_too
async def test_forget_while_the_meeting_is_being_prompted_sends_her_nothing(
    world: World, facilitated: Any
) -> None:
    """Alice erases her data (/forget's erasure) just as the prompt loop has read who asked
    for prompts and is storing them: before, her prompt was stored after the erasure, sent
    to her, and its row (with her id) kept. Now it is stored only for members who still ask."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    repos = bot_of(w.env).repos
    real_claim = repos.meetings.claim

    async def erased_meanwhile(*args: Any, **kwargs: Any) -> bool:
        repos.meetings.claim = real_claim  # pyright: ignore[reportAttributeAccessIssue]
        await repos.userdata.forget(w.alice.id)
        return await real_claim(*args, **kwargs)

    repos.meetings.claim = erased_meanwhile  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(HOUR / 2 + 1)
    await w.env.advance_time(HELD)
    assert prompts(w.alice) == [] and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.bob.id: ("sent", 1)}
    await assert_nothing_stored_of(repos, w.alice.id)


async def test_forget_erases_a_prompt_waiting_for_a_retry(world: World, facilitated: Any) -> None:
    """Alice's prompt failed once (a Discord 5xx) and waits for its retry when she erases
    her data: it is gone with the rest of her data, and never sent, across a restart too."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    w.env.inject_error("POST", "/channels/*/messages", status=503, message="Unavailable")
    await w.env.advance_time(HOUR / 2 + 1)  # 01:30: alice's DM fails, bob's goes out
    assert await _sends(w) == {w.alice.id: ("pending", 1), w.bob.id: ("sent", 1)}
    erased = await erase_everything(w.alice, w.channel)
    assert_responded(erased, ephemeral=True)
    assert await _sends(w) == {w.bob.id: ("sent", 1)}
    await w.env.advance_time(20 * 60)  # past every retry
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert prompts(w.alice) == [] and len(prompts(w.bob)) == 1
    await assert_nothing_stored_of(bot_of(w.env).repos, w.alice.id)


async def test_forget_between_the_last_check_and_the_send_takes_the_prompt_back(
    world: World, facilitated: Any
) -> None:
    """Alice erases her data after the loop checked that she still asks for prompts and before
    Discord took her prompt: before, the prompt stayed in her DM after her erasure. Now the
    bot finds her row gone when it records the send, and deletes the prompt it just sent."""
    w = world
    await _meeting_thursday_0130(w, facilitated)
    repos = bot_of(w.env).repos
    real_asks = repos.meetings.asks
    calls: list[int] = []

    async def erased_after_reading(guild_id: int, user_id: int) -> bool:
        asked = await real_asks(guild_id, user_id)
        calls.append(user_id)
        if calls == [w.alice.id]:  # the send-time check of alice's prompt (the first send)
            await repos.userdata.forget(w.alice.id)
        return asked

    repos.meetings.asks = erased_after_reading  # pyright: ignore[reportAttributeAccessIssue]
    await w.env.advance_time(HOUR / 2 + 1)
    repos.meetings.asks = real_asks  # pyright: ignore[reportAttributeAccessIssue]
    assert calls[0] == w.alice.id
    deleted = [r for r in w.env.http_requests if r.method == "DELETE" and "/messages/" in r.path]
    assert len(deleted) == 1  # hers, taken back
    assert prompts(w.alice) == [] and len(prompts(w.bob)) == 1
    assert await _sends(w) == {w.bob.id: ("sent", 1)}
    await w.env.advance_time(HELD)  # nothing is tried again
    assert prompts(w.alice) == []
    await assert_nothing_stored_of(repos, w.alice.id)
