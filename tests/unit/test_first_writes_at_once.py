"""Two first-time writes of the same row at the same moment (a double click, two facilitators).

Each repository write that creates its row on first use is one `INSERT … ON CONFLICT … DO
UPDATE` (storage/upsert.py): on PostgreSQL an UPDATE that finds nothing followed by an INSERT
let both writers insert, and the second failed on the primary key. Run on every backend under
test; the writes are overlapped with `asyncio.gather`, and the row ends with one of them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format
from storage.repos import Repositories
from tests.pages import save_sparkle_page

ALICE, GUILD, CHANNEL = 2001, 31, 88


async def _at_once(*writes: Callable[[], Awaitable[object]]) -> None:
    await asyncio.gather(*(write() for write in writes))


async def test_two_agreement_acceptances(repos: Repositories) -> None:
    await _at_once(
        lambda: repos.round.accept(GUILD, ALICE, "v1"),
        lambda: repos.round.accept(GUILD, ALICE, "v1"),
    )
    assert await repos.round.accepted(GUILD, ALICE, "v1")
    assert [g for g, _ in await repos.round.acceptances(ALICE)] == [GUILD]


async def test_agreement_and_timings_saved_together(repos: Repositories) -> None:
    await _at_once(
        lambda: repos.round.set_agreement(GUILD, "We keep it in the room."),
        lambda: repos.round.set_minutes(GUILD, {"clarifying": 7}),
    )
    assert await repos.round.agreement(GUILD) == "We keep it in the room."
    assert await repos.round.minutes(GUILD) == {"clarifying": 7}


async def test_two_server_settings_at_once(repos: Repositories) -> None:
    await _at_once(
        lambda: repos.servers.update(GUILD, consultation_channel_id=CHANNEL),
        lambda: repos.servers.update(GUILD, min_contributors=4),
    )
    settings = await repos.servers.get(GUILD)
    assert (settings.consultation_channel_id, settings.min_contributors) == (CHANNEL, 4)
    assert settings.timezone == "UTC"  # the defaults of a new server


async def test_reminder_and_hours_year_set_at_once(repos: Repositories) -> None:
    next_at = repos.db.clock() + timedelta(days=2)
    await _at_once(
        lambda: repos.practitioners.set_reminder(
            ALICE, day=2, time="09:00", timezone="Europe/Oslo", next_at=next_at
        ),
        lambda: repos.hours.set_cpd_start_month(ALICE, 4),
        lambda: repos.practitioners.mark_notice_seen(ALICE),
    )
    reminder = await repos.practitioners.reminder(ALICE)
    assert reminder is not None and (reminder.day, reminder.time) == (2, "09:00")
    assert await repos.hours.cpd_start_month(ALICE) == 4


async def test_two_meeting_plans_at_once(repos: Repositories) -> None:
    end = repos.db.clock() + timedelta(days=1)
    plans = [MeetingPlan(GUILD, day, "18:00", 60, Format.VIDEO) for day in (1, 3)]
    await _at_once(*(lambda plan=plan: repos.meetings.set(plan, end) for plan in plans))
    assert await repos.meetings.get(GUILD) in plans


async def test_key_question_and_round_start_at_once(repos: Repositories) -> None:
    header = await save_sparkle_page(repos.entries, ALICE, {"moment": "A moment."})
    assert header is not None
    share = await repos.outbox.draft_share(
        author_id=ALICE, entry_id=header.id, guild_id=GUILD, title="T", text="Shared words."
    )
    await _at_once(
        lambda: repos.round.set_key_question(share.id, ALICE, "What else helped?"),
        lambda: repos.round.set_key_question(share.id, ALICE, "What else helped?"),
    )
    await _at_once(lambda: repos.round.start(share.id), lambda: repos.round.start(share.id))
    record = await repos.round.get(share.id)
    assert record is not None and record.key_question == "What else helped?"
