"""Which posted weekly summaries a change to an entry marks for a rebuild, in the change's own
transaction: those of the week the entry falls in, in its server's time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.outbox import Landed, PostState, parse_slot, summary_slot, summary_slots
from storage.repos import Repositories

ALICE, GUILD, CHANNEL = 1001, 9, 77
# Sunday 23:30 UTC is already Monday 08:30 in Tokyo: the next week there.
SUNDAY_NIGHT_UTC = datetime(2026, 1, 4, 23, 30, tzinfo=UTC)
UTC_WEEK, TOKYO_WEEK = date(2025, 12, 29), date(2026, 1, 5)


def test_a_summary_slot_names_its_server_and_week_and_whether_it_was_mid_week() -> None:
    week = date(2026, 3, 2)
    assert parse_slot(summary_slot(GUILD, week)) == (GUILD, week, False)
    assert parse_slot(summary_slot(GUILD, week, early=True)) == (GUILD, week, True)
    assert summary_slots(GUILD, week) == (
        summary_slot(GUILD, week),
        summary_slot(GUILD, week, early=True),
    )


async def _counted_entry(repos: Repositories, *, consent: bool = True) -> int:
    repos.db.clock.now = SUNDAY_NIGHT_UTC  # pyright: ignore[reportAttributeAccessIssue]
    header = await repos.entries.save_page(
        entry_id=None,
        author_id=ALICE,
        kind="sparkle",
        guild_id=GUILD,
        answers={"moment": "The client laughed for the first time in weeks."},
        advance_to=3,
        complete=True,
    )
    assert header is not None and header.created_at > SUNDAY_NIGHT_UTC
    assert await repos.entries.set_consent(header.id, ALICE, consent)
    return header.id


async def _posted(repos: Repositories, slot: str, message_id: int) -> int:
    post = await repos.outbox.claim_summary(slot, GUILD)
    assert post is not None
    assert await repos.outbox.record_sent(post.id, post.claim, CHANNEL, message_id) is (
        Landed.RECORDED
    )
    return post.id


async def _states(repos: Repositories, *post_ids: int) -> list[PostState]:
    found = {p.id: p.state for p in await repos.outbox.by_ids(post_ids)}
    return [found[i] for i in post_ids]


async def _edit(repos: Repositories, entry_id: int) -> None:
    header = await repos.entries.save_page(
        entry_id=entry_id,
        author_id=ALICE,
        kind="sparkle",
        guild_id=GUILD,
        answers={"moment": "Edited words."},
        advance_to=None,
    )
    assert header is not None


async def test_an_edit_marks_the_summaries_of_its_week_in_the_servers_time_zone(
    repos: Repositories,
) -> None:
    await repos.servers.update(GUILD, timezone="Asia/Tokyo")
    entry_id = await _counted_entry(repos)
    tokyo = await _posted(repos, summary_slot(GUILD, TOKYO_WEEK), 1)
    mid_week = await _posted(repos, summary_slot(GUILD, TOKYO_WEEK, early=True), 2)
    utc_week = await _posted(repos, summary_slot(GUILD, UTC_WEEK), 3)
    await _edit(repos, entry_id)
    assert await _states(repos, tokyo, mid_week, utc_week) == [
        PostState.REFRESHING,
        PostState.REFRESHING,
        PostState.POSTED,
    ]


async def test_an_edit_of_an_entry_left_out_of_the_summary_marks_nothing(
    repos: Repositories,
) -> None:
    entry_id = await _counted_entry(repos, consent=False)
    posted = await _posted(repos, summary_slot(GUILD, UTC_WEEK), 1)
    await _edit(repos, entry_id)
    assert await _states(repos, posted) == [PostState.POSTED]


async def test_an_approval_marks_the_weeks_scheduled_summary_not_a_mid_week_snapshot(
    repos: Repositories,
) -> None:
    entry_id = await _counted_entry(repos)
    scheduled = await _posted(repos, summary_slot(GUILD, UTC_WEEK), 1)
    mid_week = await _posted(repos, summary_slot(GUILD, UTC_WEEK, early=True), 2)
    excerpts = {"moment": "The client laughed for the first time in weeks."}
    assert await repos.entries.show_excerpts(entry_id, ALICE, excerpts)
    assert await _states(repos, scheduled, mid_week) == [PostState.POSTED, PostState.POSTED]
    assert await repos.entries.approve_excerpts(entry_id, ALICE, excerpts)
    assert await _states(repos, scheduled, mid_week) == [PostState.REFRESHING, PostState.POSTED]


async def _approved(repos: Repositories, entry_id: int) -> dict[str, str]:
    excerpts = {"moment": "The client laughed for the first time in weeks."}
    assert await repos.entries.show_excerpts(entry_id, ALICE, excerpts)
    assert await repos.entries.approve_excerpts(entry_id, ALICE, excerpts)
    return excerpts


async def test_withdrawing_what_was_approved_marks_the_weeks_summaries_in_the_same_change(
    repos: Repositories,
) -> None:
    """Don't quote me, an edited excerpt and leaving the summary each withdraw an approved
    excerpt: the week's posted summaries (mid-week ones too) are marked with the change."""
    entry_id = await _counted_entry(repos)
    await _approved(repos, entry_id)
    scheduled = await _posted(repos, summary_slot(GUILD, UTC_WEEK), 1)
    mid_week = await _posted(repos, summary_slot(GUILD, UTC_WEEK, early=True), 2)
    for withdraw in (
        lambda: repos.entries.decline_quotes(entry_id, ALICE),
        lambda: repos.entries.show_excerpts(entry_id, ALICE, {"moment": "Other words here."}),
        lambda: repos.entries.set_consent(entry_id, ALICE, False),
    ):
        assert await repos.entries.set_consent(entry_id, ALICE, True)
        await _approved(repos, entry_id)
        for post in await repos.outbox.refreshes_due(repos.db.clock()):
            await repos.outbox.refreshed(post.id, post.claim)  # rebuilt since the approval
        assert await _states(repos, scheduled, mid_week) == [PostState.POSTED] * 2
        assert await withdraw()
        assert await _states(repos, scheduled, mid_week) == [PostState.REFRESHING] * 2


async def test_declining_before_anything_was_approved_marks_nothing(repos: Repositories) -> None:
    entry_id = await _counted_entry(repos)
    posted = await _posted(repos, summary_slot(GUILD, UTC_WEEK), 1)
    assert await repos.entries.show_excerpts(entry_id, ALICE, {"moment": "Words shown only."})
    assert await repos.entries.decline_quotes(entry_id, ALICE)
    assert await _states(repos, posted) == [PostState.POSTED]
