"""The group's weekly meeting: after it ends (server's local time), a one-click prompt to log it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import discord
import pytest
from simcord import assert_error, assert_responded
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.util import await_only

from bot.app import create_bot
from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format
from cogs._hours_texts import NOT_MEETING_FACILITATOR
from storage.repos.audit import AuditNote
from storage.tables import HoursLog, Meeting
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, engine_hooks, modal_defaults
from tests.e2e.test_after_the_post import refused_table as refused_table  # the fixture

HOUR = 3600


async def _meeting_row(w: World) -> Meeting | None:
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(Meeting))).scalar()


def prompts(actor: Any) -> list[Any]:
    return [m for m in actor.user.dm_channel.history() if "meeting in" in m.content]


@pytest.mark.runs_long
async def test_prompt_after_the_meeting_at_local_time(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    await bot_of(w.env).repos.servers.update(w.guild.id, timezone="Europe/Berlin")
    refused = await w.bob.slash(w.channel, "hours meeting", day="0")
    # what was refused, not attestation requests, which /hours meeting has nothing to do with
    assert_responded(refused, content=NOT_MEETING_FACILITATOR, ephemeral=True)
    assert "meeting" in NOT_MEETING_FACILITATOR and "attest" not in NOT_MEETING_FACILITATOR
    assert await _meeting_row(w) is None

    saved = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    assert_responded(
        saved, contains="Mondays at 18:00 for 90 minutes (Europe/Berlin)", ephemeral=True
    )
    row = await _meeting_row(w)
    assert row is not None  # Monday 5 January, 19:30 in Berlin is 18:30 UTC
    assert row.next_end_at == datetime(2026, 1, 5, 18, 30, tzinfo=UTC)

    on = await w.alice.slash(w.channel, "hours prompts", on=True)
    assert_responded(on, contains="Prompts are on", ephemeral=True)
    off = await w.bob.slash(w.channel, "hours prompts", on=False)
    assert_responded(off, content="Prompts are off.", ephemeral=True)
    for _ in range(4):
        await w.env.advance_time(24 * HOUR)
    await w.env.advance_time(18 * HOUR + 29 * 60)  # 18:29 UTC: the meeting has not ended
    assert prompts(w.alice) == []
    await w.env.advance_time(2 * 60)
    (prompt,) = prompts(w.alice)
    assert "2026-01-05 18:00-19:30" in prompt.content
    # bob turned them off; fiona, a facilitator, is not in the group (no agreement, no hours)
    assert prompts(w.bob) == [] and prompts(fiona) == []
    assert w.channel.history() == []

    shown = await w.alice.user.click(prompt, label="Log it")
    defaults = modal_defaults(shown)
    assert defaults["when"] == "2026-01-05 18:00-19:30" and defaults["group"] == "Consultation"
    typed = {k: v or "" for k, v in defaults.items()}
    done = await w.alice.user.submit_modal(shown, typed)
    assert_responded(done, contains="Logged", ephemeral=True)
    async with bot_of(w.env).repos.db.read() as session:
        (entry,) = (await session.execute(select(HoursLog))).scalars()
    assert (entry.author_id, entry.minutes, entry.start_time) == (w.alice.id, 90, "18:00")
    assert (entry.kind, entry.part, entry.format) == ("peer_group", "participant", "video")

    # One prompt per meeting; the next week's comes after a restart too.
    row = await _meeting_row(w)
    assert row is not None and row.next_end_at == datetime(2026, 1, 12, 18, 30, tzinfo=UTC)
    await w.env.restart_bot(create_bot())
    for _ in range(7):
        await w.env.advance_time(24 * HOUR)
    assert len(prompts(w.alice)) == 2

    off = await w.alice.slash(w.channel, "hours prompts", on=False)
    assert_responded(off, content="Prompts are off.", ephemeral=True)
    for _ in range(7):
        await w.env.advance_time(24 * HOUR)
    assert len(prompts(w.alice)) == 2


async def test_closed_dms_do_not_stop_the_others(world: World, facilitated: Any) -> None:
    w, fiona = world, facilitated
    await fiona.slash(w.channel, "hours meeting", day="3", time="01:00", minutes=30)
    for member in (w.alice, w.bob):
        await member.slash(w.channel, "hours prompts", on=True)
    w.env.inject_error(
        "POST", "/channels/*/messages", status=403, code=50007,
        message="Cannot send messages to this user", times=1,
    )  # fmt: skip
    await w.env.advance_time(2 * HOUR)
    # The first DM was refused; the other member still got theirs.
    assert len(prompts(w.alice)) + len(prompts(w.bob)) == 1
    row = await _meeting_row(w)
    assert row is not None and row.next_end_at == datetime(2026, 1, 8, 1, 30, tzinfo=UTC)


async def test_meeting_in_a_dm_and_prompts_in_a_dm(world: World) -> None:
    w = world
    refused = await w.alice.user.slash("hours meeting", day="0")
    assert_responded(refused, content=NOT_MEETING_FACILITATOR, ephemeral=True)
    dm = await w.alice.user.slash("hours prompts", on=True)
    assert_responded(dm, contains="in the server whose meetings you attend", ephemeral=True)


@pytest.mark.runs_long
# Its subject (the local meeting's length across a clock change) sits above the storage layer,
# whose meeting queries run on both backends in the tests above; reaching March costs ~25 s of
# PostgreSQL time.
@pytest.mark.sqlite_only
async def test_a_meeting_across_the_clocks_changing_is_given_in_minutes(
    world: World, facilitated: Any
) -> None:
    w, fiona = world, facilitated
    # Sunday 8 March 2026 in New York: at 02:00 EST the clocks go forward to 03:00 EDT, so a
    # meeting from 01:30 to 03:30 on the clock lasted one hour.
    await bot_of(w.env).repos.servers.update(w.guild.id, timezone="America/New_York")
    # to Sunday 8 March, 00:00 UTC (Saturday evening in New York) before the meeting is set,
    # so that no earlier weekly meeting is run on the way; a day at a time, so that each
    # advance settles well within the settle timeout on a busy machine
    for _ in range(66):
        await w.env.advance_time(24 * HOUR)
    await fiona.slash(w.channel, "hours meeting", day="6", time="01:30", minutes=60)
    await w.alice.slash(w.channel, "hours prompts", on=True)
    await w.env.advance_time(6 * HOUR)  # 06:00 UTC, 01:00 EST: the meeting has not begun
    before = len(prompts(w.alice))
    await w.env.advance_time(2 * HOUR)  # it began at 06:30 UTC and ended at 07:30 UTC
    assert len(prompts(w.alice)) == before + 1
    prompt = prompts(w.alice)[before]
    assert "2026-03-08, 60 minutes" in prompt.content and "01:30-03:30" not in prompt.content
    shown = await w.alice.user.click(prompt, label="Log it")
    defaults = modal_defaults(shown)
    assert defaults["when"] == "2026-03-08 60"
    done = await w.alice.user.submit_modal(shown, {k: v or "" for k, v in defaults.items()})
    assert_responded(done, contains="Logged", ephemeral=True)
    async with bot_of(w.env).repos.db.read() as session:
        entries = (await session.execute(select(HoursLog))).scalars().all()
    assert [(e.author_id, e.minutes) for e in entries] == [(w.alice.id, 60)]


async def test_a_meeting_is_set_or_cleared_with_its_audit_record_or_not_at_all(
    world: World, facilitated: Any, refused_table: list[str]
) -> None:
    """Setting the group's meeting and its audit record are one write: when the record
    cannot be written, no meeting is stored (before, the meeting was set without its record
    while the facilitator was told something went wrong), and the retry stores both."""
    w, fiona = world, facilitated
    audit = bot_of(w.env).repos.audit
    refused_table.append("audit_events")
    failed = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    refused_table.clear()
    assert failed.response is not None and "something went wrong" in failed.response.content
    assert_error(w.env, OperationalError)
    assert await _meeting_row(w) is None  # nothing set without its record
    assert await audit.kinds("meeting_set") == []

    saved = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    assert_responded(saved, contains="Saved: Mondays at 18:00", ephemeral=True)
    assert await _meeting_row(w) is not None
    assert await audit.kinds("meeting_set") == [(fiona.id, w.guild.id, None)]

    refused_table.append("audit_events")
    failed = await fiona.slash(w.channel, "hours meeting", day="off")
    refused_table.clear()
    assert_error(w.env, OperationalError)
    assert await _meeting_row(w) is not None  # still set: not cleared without its record
    off = await fiona.slash(w.channel, "hours meeting", day="off")
    assert_responded(off, content="No regular meeting: no prompts.", ephemeral=True)
    assert await _meeting_row(w) is None
    assert await audit.kinds("meeting_cleared") == [(fiona.id, w.guild.id, None)]


@pytest.mark.postgres_too
async def test_setting_the_same_meeting_again_changes_nothing_and_audits_nothing(
    world: World, facilitated: Any
) -> None:
    """Setting the group's meeting exactly as it is (a second run, a double submit) wrote a
    second meeting_set record for a change that was none, and said Saved. It now says nothing
    changed and writes nothing; a real change is saved and audited; clearing when there is
    no meeting says so and writes no record either."""
    w, fiona = world, facilitated
    audit = bot_of(w.env).repos.audit
    saved = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    assert_responded(saved, contains="Saved: Mondays at 18:00 for 90 minutes", ephemeral=True)
    before = await _meeting_row(w)
    assert before is not None
    again = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    assert_responded(
        again,
        contains="Nothing changed: the meeting is already Mondays at 18:00 for 90 minutes",
        ephemeral=True,
    )
    assert "Saved" not in again.response.content
    assert await audit.kinds("meeting_set") == [(fiona.id, w.guild.id, None)]
    after = await _meeting_row(w)
    assert after is not None and after.updated_at == before.updated_at

    longer = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=120)
    assert_responded(longer, contains="Saved: Mondays at 18:00 for 120 minutes", ephemeral=True)
    assert len(await audit.kinds("meeting_set")) == 2
    row = await _meeting_row(w)
    assert row is not None and row.minutes == 120

    off = await fiona.slash(w.channel, "hours meeting", day="off")
    assert_responded(off, content="No regular meeting: no prompts.", ephemeral=True)
    off_again = await fiona.slash(w.channel, "hours meeting", day="off")
    assert_responded(off_again, contains="Nothing changed: no regular meeting", ephemeral=True)
    assert await _meeting_row(w) is None
    assert await audit.kinds("meeting_cleared") == [(fiona.id, w.guild.id, None)]


@pytest.fixture
def overlapping(world: World) -> Iterator[None]:
    """On PostgreSQL, the first `/hours meeting` write to reach its audit record waits there
    until the other one has looked at the meeting (read it, or begun to write it): the two
    transactions then overlap, as two submissions at the same instant do. SQLite runs writes
    one at a time, so there nothing waits."""
    looked: set[int] = set()
    turn = asyncio.Event()

    def reads(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if conn.dialect.name == "postgresql" and statement.lstrip().startswith("SELECT meetings"):
            looked.add(id(conn))
            turn.set()

    def writes(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if conn.dialect.name != "postgresql":
            return
        text = statement.lstrip()
        if text.startswith("INSERT INTO meetings"):
            looked.add(id(conn))
            turn.set()
        elif text.startswith("INSERT INTO audit_events"):
            while not looked - {id(conn)}:  # the other submission has not looked yet
                turn.clear()
                await_only(turn.wait())

    with engine_hooks(world.env, after_cursor_execute=reads, before_cursor_execute=writes):
        yield


@pytest.mark.postgres_too
async def test_two_same_submissions_at_one_instant_write_one_audit_record(
    world: World, facilitated: Any, overlapping: None
) -> None:
    """Two identical `/hours meeting` submissions at the same instant (a double submit, or a
    second bot process): on PostgreSQL both found no meeting set, as neither had committed,
    so both wrote it and an audit record. The check and the write are now one statement: one
    is saved and audited, the other is told nothing changed. (SimCord plays one interaction
    at a time, so the other submission is the same write the command makes, started first.)"""
    w, fiona = world, facilitated
    bot = bot_of(w.env)
    plan = MeetingPlan(w.guild.id, 0, "18:00", 90, Format.VIDEO)
    next_end = plan.next_end(discord.utils.utcnow(), ZoneInfo("UTC"))
    other = asyncio.ensure_future(
        bot.repos.meetings.set(plan, next_end, audit=AuditNote("meeting_set", fiona.id, w.guild.id))
    )
    result = await fiona.slash(w.channel, "hours meeting", day="0", time="18:00", minutes=90)
    other_saved = await other
    assert_responded(result, contains="Mondays at 18:00 for 90 minutes (UTC)", ephemeral=True)
    assert result.response is not None
    saved = result.response.content.startswith("Saved:")
    assert saved != other_saved  # one of the two was saved
    if not saved:
        assert result.response.content.startswith("Nothing changed: the meeting is already")
    assert await bot.repos.audit.kinds("meeting_set") == [(fiona.id, w.guild.id, None)]
    row = await _meeting_row(w)
    assert row is not None and (row.day, row.start, row.minutes) == (0, "18:00", 90)
    assert row.next_end_at == next_end
