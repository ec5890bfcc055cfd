"""Commands that save a setting while SQLite is locked by another writer: the bot answers
within Discord's 3 seconds (it defers before the write, which may wait up to its busy timeout),
and once the lock is gone the setting is saved and the member is told so."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from simcord import InteractionResult, MemberActor, assert_responded
from sqlalchemy import func, select

from bot.app import SparkleBot
from bot.models import QuoteStatus
from bot.outbox import PostState
from bot.round import Phase
from cogs._excerpts import DECLINED
from storage.tables import Post
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    dm_reflection,
    first_page_then,
    forge_click,
    open_first_page,
    stored_entry,
)
from tests.e2e.test_closing_faults import _closing_preview  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_excerpts import _include, _write  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, add, rows
from tests.e2e.test_page_faults import _lock_sqlite  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    said,
    share_with_question,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_setup_script import NEW_MOMENT, edited
from tests.e2e.test_share_and_setup import _preview  # pyright: ignore[reportPrivateUsage]


def _answers(w: World) -> int:
    """How many interaction callbacks (replies, defers, modals) the bot has sent so far."""
    return sum(r.method == "POST" and r.path.endswith("/callback") for r in w.env.http_requests)


async def _answered_while_locked(
    w: World, database_url: str, act: Callable[[], Coroutine[Any, Any, InteractionResult]]
) -> InteractionResult:
    """Run `act` with the database locked; assert the bot answered within 2 real seconds, then
    release the lock and return the finished interaction."""
    locker = _lock_sqlite(database_url)
    before = _answers(w)
    try:
        task = asyncio.create_task(act())
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and _answers(w) == before and not task.done():
            await asyncio.to_thread(time.sleep, 0.05)  # real time: the lock is real
        assert _answers(w) > before, "no answer within 3 seconds while the write waited"
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    return await task


async def _timezone(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    return (await bot.repos.servers.get(w.guild.id)).timezone


async def _minimum(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    return (await bot.repos.servers.get(w.guild.id)).min_contributors


async def _minutes(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    return await bot.repos.round.minutes(w.guild.id)


async def _reminder(bot: SparkleBot, w: World, admin: MemberActor) -> Any:
    reminder = await bot.repos.practitioners.reminder(admin.id)
    return None if reminder is None else reminder.day


async def _cpd(bot: SparkleBot, w: World, admin: MemberActor) -> Any:
    return await bot.repos.hours.cpd_start_month(admin.id)


CASES = [
    ("setup timezone", {"zone": "Europe/Berlin"}, "Saved", _timezone, "Europe/Berlin"),
    ("setup minimum", {"contributors": 4}, "Saved", _minimum, 4),
    ("setup round", {"clarifying": 5}, "Saved", _minutes, {"clarifying": 5}),
    ("remind", {"day": "0", "time": "09:00", "timezone": "UTC"}, "I'll DM you", _reminder, 0),
    ("hours cpdyear", {"month": 4}, "Saved", _cpd, 4),
]


@pytest.mark.postgres_too
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
@pytest.mark.simcord(settle_timeout=40)
async def test_a_setting_saved_while_sqlite_is_locked_is_answered_in_time(
    world: World, admin: MemberActor, sqlite_database_url: str, case: tuple[Any, ...]
) -> None:
    w = world
    command, options, said, read, expected = case
    done = await _answered_while_locked(
        w, sqlite_database_url, lambda: admin.slash(w.channel, command, **options)
    )
    assert done.acknowledged and done.ephemeral and done.response is not None
    assert said in done.response.content
    assert await read(bot_of(w.env), w, admin) == expected


@pytest.mark.simcord(settle_timeout=40)
async def test_hours_submitted_while_sqlite_is_locked_are_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert shown.modal is not None
    done = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.submit_modal(shown, TYPED)
    )
    assert done.ephemeral and done.response is not None and "Logged" in done.response.content
    (row,) = await rows(w)
    assert row.minutes == 90


@pytest.mark.simcord(settle_timeout=40)
async def test_asking_for_attestation_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    done = await add(w.alice, w.channel)
    assert done.response is not None
    asked = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(done.response.message, label="Ask for attestation"),  # type: ignore[union-attr]
    )
    assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    (row,) = await rows(w)
    assert row.state == "requested"


@pytest.mark.simcord(settle_timeout=40)
async def test_stepping_out_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    told = await _answered_while_locked(
        w, sqlite_database_url, lambda: g.carol.click(the_post(w), label="I may know this client")
    )
    assert_responded(told, contains="step out", ephemeral=True)
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.stepouts == 1


# -- buttons that write: each answers Discord (defers) before the write, which may wait


@pytest.mark.simcord(settle_timeout=40)
async def test_deleting_hours_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    done = await add(w.alice, w.channel)
    assert done.response is not None
    asked = await w.alice.click(done.response.message, label="Delete")
    assert asked.response is not None
    deleted = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(asked.response.message, label="Delete it"),  # type: ignore[union-attr]
    )
    assert deleted.acknowledged and deleted.response is not None
    assert deleted.response.content == "Deleted." and deleted.response.components == []
    assert await rows(w) == []


@pytest.mark.simcord(settle_timeout=40)
async def test_withdrawing_an_affirmation_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    g, w = group, group.w
    repos = await _at_affirmations(g)
    done = await affirm(w.bob, w, "You stayed curious when it was hard.")
    withdrawn = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.bob.click(done.response.message, label="Withdraw"),  # type: ignore[union-attr]
    )
    assert_responded(withdrawn, contains="Withdrawn", ephemeral=True)
    assert await repos.round.my_affirmation(g.share_id, w.bob.id) is None


@pytest.mark.simcord(settle_timeout=40)
async def test_discarding_a_draft_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    asked = await first_page_then(w.alice, w.channel, "Discard")
    assert asked.response is not None
    discarded = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(asked.response.message, label="Discard draft"),  # type: ignore[union-attr]
    )
    assert discarded.acknowledged and discarded.response is not None
    assert discarded.response.content == "Draft discarded."
    assert await bot_of(w.env).repos.entries.latest_draft(w.alice.id, "sparkle") is None


@pytest.mark.simcord(settle_timeout=40)
async def test_including_an_entry_in_the_summary_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    step = await w.alice.submit_modal(shown, SPARKLE_PAGES[0])
    for page in SPARKLE_PAGES[1:]:
        shown = await w.alice.click(step.response.message, label="Continue")  # type: ignore[union-attr]
        step = await w.alice.submit_modal(shown, page)
    label = "Include in weekly group summary: No"
    assert step.response is not None and label in buttons(step)
    included = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(step.response.message, label=label),  # type: ignore[union-attr]
    )
    assert included.acknowledged
    assert "Include in weekly group summary: Yes" in buttons(step)  # the recap, updated
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    assert entry.consent_summary


# -- more settings: (command, its options in the world, what it says, what the database holds)


async def _channels(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    settings = await bot.repos.servers.get(w.guild.id)
    return settings.consultation_channel_id, settings.summary_channel_id


async def _facilitator_role(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    return (await bot.repos.servers.get(w.guild.id)).facilitator_role_id


async def _schedule(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    settings = await bot.repos.servers.get(w.guild.id)
    return settings.summary_day, settings.summary_time


async def _meeting(bot: SparkleBot, w: World, _: MemberActor) -> Any:
    plan = await bot.repos.meetings.get(w.guild.id)
    return None if plan is None else (plan.day, plan.start, plan.minutes)


async def _prompted(bot: SparkleBot, w: World, admin: MemberActor) -> Any:
    return admin.id in await bot.repos.meetings.prompted(w.guild.id)


async def _script_upload(bot: SparkleBot, w: World, admin: MemberActor) -> Any:
    """The server's stored sparkle script version and its audit records by the admin."""
    latest = await bot.repos.scripts.latest(w.guild.id, "sparkle")
    audited = [
        s for a, g, s in await bot.repos.audit.kinds("script") if (a, g) == (admin.id, w.guild.id)
    ]
    return None if latest is None else (latest[0], audited)


EDITED_SCRIPT = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))

MORE_CASES: list[tuple[str, Callable[[World], dict[str, Any]], str, Any, Any]] = [
    (
        "setup channels",
        lambda w: {"consultation": w.channel, "summary": w.channel},
        "Saved",
        _channels,
        lambda w: (w.channel.id, w.channel.id),
    ),
    (
        "setup facilitator",
        lambda w: {"role": w.guild.create_role("Facilitators")},
        "Saved",
        _facilitator_role,
        lambda w: next(r.id for r in w.guild.roles.values() if r.name == "Facilitators"),
    ),
    (
        "setup schedule",
        lambda w: {"day": "0", "time": "08:30"},
        "Saved",
        _schedule,
        lambda w: (0, "08:30"),
    ),
    (
        "hours meeting",
        lambda w: {"day": "2", "time": "18:00", "minutes": 60},
        "Saved",
        _meeting,
        lambda w: (2, "18:00", 60),
    ),
    ("hours prompts", lambda w: {"on": True}, "Prompts are on", _prompted, lambda w: True),
    (
        "setup script upload",
        lambda w: {"script": "sparkle", "file": ("sparkle.toml", EDITED_SCRIPT)},
        "Saved",
        _script_upload,
        lambda w: (2, ["upload:sparkle:v2"]),
    ),
]


@pytest.mark.parametrize("case", MORE_CASES, ids=[c[0] for c in MORE_CASES])
@pytest.mark.simcord(settle_timeout=40)
async def test_more_settings_saved_while_sqlite_is_locked_are_answered_in_time(
    world: World, admin: MemberActor, sqlite_database_url: str, case: tuple[Any, ...]
) -> None:
    w = world
    command, options, said, read, expected = case
    chosen = options(w)
    done = await _answered_while_locked(
        w, sqlite_database_url, lambda: admin.slash(w.channel, command, **chosen)
    )
    assert done.acknowledged and done.ephemeral and done.response is not None
    assert said in done.response.content
    assert await read(bot_of(w.env), w, admin) == expected(w)


@pytest.mark.parametrize("label", ["Include", "Don't quote me"])
@pytest.mark.simcord(settle_timeout=40)
async def test_answering_about_excerpts_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str, label: str
) -> None:
    w = world
    entry_id, recap = await _write(w, w.alice, "The client laughed for the first time in weeks.")
    review = await _include(w.alice, recap)
    answered = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.click(review, label=label)
    )
    assert answered.acknowledged and answered.response is not None
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None
    if label == "Include":
        assert answered.response.content.startswith("**Included.**")
        assert entry.quote_status is QuoteStatus.APPROVED
    else:
        assert answered.response.content == DECLINED
        assert entry.quote_status is QuoteStatus.DECLINED


@pytest.mark.simcord(settle_timeout=40)
async def test_cancelling_a_share_preview_while_sqlite_is_locked_is_answered_in_time(
    configured: World, sqlite_database_url: str
) -> None:
    w = configured
    preview = await _preview(w)
    cancelled = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(preview.response.message, label="Cancel"),  # type: ignore[union-attr]
    )
    assert cancelled.response is not None and cancelled.response.content == "Not shared."
    assert w.channel.history() == []
    async with bot_of(w.env).repos.db.read() as session:
        assert (await session.execute(select(func.count()).select_from(Post))).scalar_one() == 0


@pytest.mark.simcord(settle_timeout=40)
async def test_picking_the_summary_server_while_sqlite_is_locked_is_answered_in_time(
    world: World, sqlite_database_url: str
) -> None:
    w = world
    other = w.env.create_guild("Second group")
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    other.add_member(dana)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")  # type: ignore[union-attr]
    ask, _ = done.followups
    picked = await _answered_while_locked(
        w, sqlite_database_url, lambda: dana.select(ask, [str(other.id)])
    )
    assert_responded(picked, contains="Counted in the weekly summary of **Second group**")
    repos = bot_of(w.env).repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.guild_id == other.id


async def _draft_id(w: World) -> int:
    """The id of the one stored post: the member's share preview."""
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(Post.id))).scalar_one()


async def _posts_stored(w: World) -> int:
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(func.count()).select_from(Post))).scalar_one()


@pytest.mark.simcord(settle_timeout=40)
async def test_deleting_a_draft_share_while_sqlite_is_locked_is_answered_in_time(
    configured: World, sqlite_database_url: str
) -> None:
    """ "Delete share" on a share that is still a preview (as the permission matrix clicks
    it): answered before the write, which waits; then nothing is stored or posted."""
    w = configured
    preview = await _preview(w)
    assert preview.response is not None
    custom_id = f"sk:shp:del:{await _draft_id(w)}"
    deleted = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: forge_click(w.alice, preview.response.message, custom_id),  # type: ignore[union-attr]
    )
    assert_responded(deleted, contains="Not shared.", ephemeral=True)
    assert w.channel.history() == [] and await _posts_stored(w) == 0


@pytest.mark.simcord(settle_timeout=40)
async def test_a_draft_share_claimed_elsewhere_while_its_delete_waited_is_not_called_unshared(
    configured: World, sqlite_database_url: str
) -> None:
    """ "Delete share" on a preview waits for the lock, held by another instance that claims
    the same preview for posting: the member is not told "Not shared." of a share that is
    being posted, and is offered to delete it once it is up."""
    w = configured
    preview = await _preview(w)
    assert preview.response is not None
    draft_id = await _draft_id(w)
    locker = _lock_sqlite(sqlite_database_url)
    before = _answers(w)
    try:
        task = asyncio.create_task(
            forge_click(w.alice, preview.response.message, f"sk:shp:del:{draft_id}")
        )
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and _answers(w) == before:
            await asyncio.to_thread(time.sleep, 0.05)  # real time: the lock is real
        assert _answers(w) > before, "no answer within 3 seconds while the write waited"
        # The other instance claims the preview (as its Post click does) and commits.
        locker.execute(
            "UPDATE posts SET state = 'sending', channel_id = ? WHERE id = ?",
            (w.channel.id, draft_id),
        )
        locker.execute("COMMIT")
    finally:
        locker.close()
    deleted = await task
    assert deleted.response is not None
    assert "Not shared." not in deleted.response.content
    assert "being posted" in deleted.response.content and "Delete share" in buttons(deleted)
    stored = await bot_of(w.env).repos.outbox.get(draft_id)
    assert stored is not None and stored.state is PostState.SENDING


@pytest.mark.simcord(settle_timeout=40)
async def test_posting_a_share_while_sqlite_is_locked_is_answered_in_time(
    configured: World, sqlite_database_url: str
) -> None:
    """Post anonymously claims the preview (a write) only after answering Discord."""
    w = configured
    preview = await _preview(w)
    posted = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(preview.response.message, label="Post anonymously"),  # type: ignore[union-attr]
    )
    assert posted.response is not None and "Shared in" in posted.response.content
    (share,) = [m for m in w.channel.history() if m.embeds]
    (stored,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert stored.state is PostState.POSTED and stored.message_id == share.id


@pytest.mark.simcord(settle_timeout=40)
async def test_posting_the_closing_while_sqlite_is_locked_is_answered_in_time(
    group: Group, sqlite_database_url: str
) -> None:
    """Post my closing claims the closing (a write) only after answering Discord."""
    g, w = group, group.w
    preview = await _closing_preview(g)
    posted = await _answered_while_locked(
        w,
        sqlite_database_url,
        lambda: w.alice.click(preview.response.message, label="Post my closing"),
    )
    assert_responded(posted, contains="round is closed", ephemeral=True)
    assert [m.embeds[0].title for m in said(thread_of(w)) if m.embeds][-1] == "Closing"
    record = await bot_of(w.env).repos.round.get(g.share_id)
    assert record is not None and record.phase is Phase.CLOSED


@pytest.mark.simcord(settle_timeout=40)
async def test_a_share_preview_made_while_sqlite_is_locked_is_answered_in_time(
    configured: World, sqlite_database_url: str
) -> None:
    """/share stores the preview (a write) only after answering Discord."""
    w = configured
    entry = await stored_entry(
        bot_of(w.env), w.alice.id, {"moment": "It went well."}, guild_id=w.guild.id
    )
    shown = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.slash(w.channel, "share", entry=str(entry))
    )
    assert_responded(shown, contains="Preview", ephemeral=True)
    assert "Post anonymously" in buttons(shown) and w.channel.history() == []
    assert await _posts_stored(w) == 1


@pytest.mark.postgres_too
@pytest.mark.simcord(settle_timeout=40)
async def test_a_preview_edited_while_sqlite_is_locked_is_answered_in_time(
    configured: World, sqlite_database_url: str
) -> None:
    """The preview's Edit text form stores the new text only after answering Discord."""
    w = configured
    preview = await _preview(w)
    opened = await w.alice.click(preview.response.message, label="Edit text")  # type: ignore[union-attr]
    edited = await _answered_while_locked(
        w, sqlite_database_url, lambda: w.alice.submit_modal(opened, {"text": "Calmer now."})
    )
    assert_responded(edited, contains="Preview of your edited text", ephemeral=True)
    stored = await bot_of(w.env).repos.outbox.get(await _draft_id(w))
    assert stored is not None and stored.text == "Calmer now."
