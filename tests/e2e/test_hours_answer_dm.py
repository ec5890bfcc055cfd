"""The member's DM about a facilitator's answer to her hours entry is stored with the answer
(and its audit record), sent after it and marked sent once Discord took it: a restart or a
Discord failure between the answer and the DM loses none and sends none twice; closed DMs
(403) are final; /forget erases the ones not yet sent. Before, the DM was sent once right after
the write, and a restart or a 5xx there lost it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from simcord import assert_responded
from sqlalchemy import select

from bot.app import create_bot
from cogs.hours import NOTICE_HOLD
from storage.tables import HoursNotice
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, close_dms, failing_while_on
from tests.e2e.test_hours import _ask, _dms, _review

MINUTE = 60.0
HELD = NOTICE_HOLD.total_seconds() + MINUTE


async def _notices(w: World) -> list[tuple[int, str, str, int]]:
    """Every stored notice: (entry, answer, state, attempts)."""
    async with bot_of(w.env).repos.db.read() as session:
        rows = (await session.execute(select(HoursNotice).order_by(HoursNotice.id))).scalars()
        return [(r.hours_id, r.answer, r.state, r.attempts) for r in rows]


def _dm_posts(w: World) -> int:
    return sum(
        r.method == "POST" and r.path.startswith("/channels/") and r.path.endswith("/messages")
        for r in w.env.http_requests
    )


def _discord_down(w: World, times: int | None = 1) -> None:
    w.env.inject_error(
        "POST", "/channels/*/messages", status=503, message="Unavailable", times=times
    )


async def _decline(w: World, fiona: Any, when: str = "2026-01-05 60") -> tuple[int, Any]:
    entry_id, _ = await _ask(w, when)
    review = await _review(fiona, w, entry_id)
    assert review.response is not None
    shown = await fiona.click(review.response.message, label="Decline")
    return entry_id, shown


async def test_a_restart_between_the_answer_and_its_dm_still_tells_her_once(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, shown = await _decline(w, fiona)
    _discord_down(w)  # the DM after the answer does not go out
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    assert_responded(declined, contains="Declined.", ephemeral=True)
    assert "I'll try again" in declined.response.content
    assert _dms(w.alice) == []
    assert await _notices(w) == [(entry_id, "declined", "pending", 1)]

    await w.env.restart_bot(create_bot())  # before its retry is due
    await w.env.advance_time(2 * MINUTE)
    (dm,) = _dms(w.alice)
    assert f"declined to attest your consultation hours entry `#{entry_id}` of 2026-01-05" in dm
    assert "Not that day" not in dm
    assert await _notices(w) == [(entry_id, "declined", "sent", 2)]

    await w.env.restart_bot(create_bot())  # a sent one is never sent again
    await w.env.advance_time(HELD)
    assert len(_dms(w.alice)) == 1


async def test_a_server_error_on_the_dm_is_retried_until_discord_takes_it(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, _ = await _ask(w, "2026-01-06 90")
    review = await _review(fiona, w, entry_id)
    assert review.response is not None
    shown = await fiona.click(review.response.message, label="Attest")
    _discord_down(w, times=2)  # the first try and the first retry fail
    before = _dm_posts(w)
    attested = await fiona.submit_modal(shown, {"name": "Dr Fiona Lee", "credential": "LMFT"})
    assert_responded(attested, contains="Attested as Dr Fiona Lee, LMFT", ephemeral=True)
    assert "I'll try again" in attested.response.content
    assert "The member was told by DM." not in attested.response.content
    await w.env.advance_time(MINUTE + 1)  # retry 1: Discord still fails
    assert _dms(w.alice) == []
    assert await _notices(w) == [(entry_id, "attested", "pending", 2)]
    await w.env.advance_time(2 * MINUTE + 1)  # retry 2: it goes out
    (dm,) = _dms(w.alice)
    assert f"attested your consultation hours entry `#{entry_id}` of 2026-01-06" in dm
    await w.env.advance_time(HELD)
    assert len(_dms(w.alice)) == 1
    assert await _notices(w) == [(entry_id, "attested", "sent", 3)]
    assert _dm_posts(w) - before == 3


async def test_closed_dms_are_not_retried_and_the_facilitator_is_told(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    entry_id, shown = await _decline(w, fiona)
    close_dms(w.env)
    before = _dm_posts(w)
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    assert_responded(declined, contains="couldn't tell the member by DM", ephemeral=True)
    assert "don't accept DMs" in declined.response.content
    assert await _notices(w) == [(entry_id, "declined", "closed", 1)]
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert _dms(w.alice) == []
    assert _dm_posts(w) - before == 1  # tried once, never again
    assert await _notices(w) == [(entry_id, "declined", "closed", 1)]


async def test_forget_erases_a_dm_waiting_for_a_retry(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    entry_id, shown = await _decline(w, fiona)
    _discord_down(w)
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    assert "I'll try again" in declined.response.content
    assert await _notices(w) == [(entry_id, "declined", "pending", 1)]

    exported = await w.alice.slash(w.channel, "export")
    assert exported.response is not None
    files = {a.filename: a for a in exported.response.attachments}
    document = json.loads(await files["sparkle-export.json"].read())
    assert [(d["hours_entry"], d["answer"], d["state"]) for d in document["hours_answer_dms"]] == [
        (entry_id, "declined", "pending")
    ]

    ask = await w.alice.slash(w.channel, "forget")
    assert ask.response is not None
    await w.alice.click(ask.response.message, label="Erase everything")
    assert await _notices(w) == []
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert [m for m in _dms(w.alice) if "consultation hours" in m] == []


@pytest.fixture
def unrecorded(world: World) -> Iterator[list[bool]]:
    """While the list holds True, recording a notice's end (sent, closed) fails as a locked
    database does: Discord took the DM, and the bot could not write that down."""
    with failing_while_on(
        world.env,
        lambda sql: sql.startswith("UPDATE HOURS_NOTICES SET STATE"),
        "database is locked",
    ) as on:
        yield on


async def test_a_dm_discord_took_but_the_bot_did_not_record_is_not_sent_again(
    world: World, facilitated: Any, unrecorded: list[bool]
) -> None:
    """Discord took the DM, and its record failed (as if the bot stopped right after the
    send): the facilitator is told she was DMed, and the retry after the hold finds the DM
    in her channel and records it, without sending it a second time, across a restart too."""
    w, fiona = world, facilitated
    entry_id, shown = await _decline(w, fiona)
    unrecorded.append(True)
    before = _dm_posts(w)
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    unrecorded.clear()
    assert_responded(declined, contains="The member was told by DM.", ephemeral=True)
    assert len(_dms(w.alice)) == 1
    assert await _notices(w) == [(entry_id, "declined", "pending", 1)]
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(HELD)
    assert len(_dms(w.alice)) == 1  # not twice
    assert await _notices(w) == [(entry_id, "declined", "sent", 2)]
    assert _dm_posts(w) - before == 1


@pytest.fixture
def notices_down(world: World) -> Iterator[list[bool]]:
    """While the list holds True, every statement reading or marking the hours-answer DMs
    fails, as a database that went away does; storing one, with its answer, still works."""
    with failing_while_on(
        world.env,
        lambda sql: "HOURS_NOTICES" in sql and not sql.startswith("INSERT"),
        "server closed the connection",
    ) as on:
        yield on


async def test_the_database_failing_after_the_answer_still_answers_and_tells_her_soon(
    world: World, facilitated: Any, notices_down: list[bool]
) -> None:
    """The facilitator's answer is stored, and the database fails just before its DM is
    sent. Before, the facilitator was told something went wrong although the answer stood
    (and a second try was refused), and the DM waited up to an hour for the loop's idle wake.
    Now she is told the answer is saved and the member will be told; the DM goes out once
    the database is back, on the loop's next pass."""
    w, fiona = world, facilitated
    entry_id, shown = await _decline(w, fiona)
    notices_down.append(True)
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    assert_responded(declined, contains="Declined.", ephemeral=True)
    assert "something went wrong" not in declined.response.content.lower()
    assert "I'll try again" in declined.response.content
    notices_down.clear()
    assert _dms(w.alice) == []
    assert await _notices(w) == [(entry_id, "declined", "pending", 0)]
    await w.env.advance_time(2 * MINUTE)
    (dm,) = _dms(w.alice)
    assert f"declined to attest your consultation hours entry `#{entry_id}`" in dm
    assert await _notices(w) == [(entry_id, "declined", "sent", 1)]


@pytest.mark.postgres_too
async def test_forget_while_the_dm_is_being_sent_takes_it_back(
    world: World, facilitated: Any
) -> None:
    """Alice erases her data after the DM's last check read her entry and before Discord took
    the DM: before, the DM (her entry's number, date and length) stayed in her DM after her
    erasure. Now the bot finds the notice gone when it records the send, and deletes the DM."""
    w, fiona = world, facilitated
    _, shown = await _decline(w, fiona)
    repos = bot_of(w.env).repos
    real_get = repos.hours.get

    async def erased_after_reading(*args: Any, **kwargs: Any) -> Any:
        repos.hours.get = real_get  # pyright: ignore[reportAttributeAccessIssue]
        entry = await real_get(*args, **kwargs)
        await repos.userdata.forget(w.alice.id)
        return entry

    before = _dm_posts(w)
    repos.hours.get = erased_after_reading  # pyright: ignore[reportAttributeAccessIssue]
    declined = await fiona.submit_modal(shown, {"reason": "Not that day"})
    repos.hours.get = real_get  # pyright: ignore[reportAttributeAccessIssue]
    assert declined.response is not None
    assert _dm_posts(w) - before == 1  # it went out, then was taken back
    assert [m for m in _dms(w.alice) if "consultation hours" in m] == []
    assert await _notices(w) == []
    await w.env.advance_time(HELD)
    assert [m for m in _dms(w.alice) if "consultation hours" in m] == []
