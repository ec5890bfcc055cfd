"""Several processes, each owning some gateway shards: every process runs the scheduled jobs
of every server (whichever claims a job first does it), so a process must be able to do the job
of a server on a shard it does not run, where it has none of the server's channels in its cache.

The bot here runs shard 1 of 2, as process B of the README's example; the server is on shard 0
(process A's), so this process never hears of it through the gateway."""

from __future__ import annotations

from datetime import UTC, date, datetime

import discord
import pytest
from simcord import Env

from bot.app import SparkleBot, create_bot
from bot.hours.meeting import MeetingPlan
from bot.hours.model import Format
from bot.outbox import PostState, summary_slot
from tests.e2e.helpers import (
    bot_of,
    dm_reflection,
    failing_while_on,
    modal_defaults,
    stored_entry,
    texts,
)

HOUR = 3600.0


@pytest.fixture
def shards() -> str:
    """The shards this process runs (of 2): process B's, unless a test says otherwise."""
    return "1"


@pytest.fixture
def simcord_bot(
    sparkle_env: None, bots_closed: None, monkeypatch: pytest.MonkeyPatch, shards: str
) -> SparkleBot:
    monkeypatch.setenv("SHARD_COUNT", "2")
    monkeypatch.setenv("SHARD_IDS", shards)
    return create_bot()


async def _guild_on_shard(env: Env, shard: int):
    """A server on `shard` (of 2): a snowflake's shard is its creation millisecond's."""
    for n in range(64):
        guild = env.create_guild(f"Consultation {n}")
        if (guild.id >> 22) % 2 == shard:
            return guild
        await env.advance_time(0.001)
    raise AssertionError(f"no guild id fell on shard {shard}")


async def _guild_on_shard_0(env: Env):
    return await _guild_on_shard(env, 0)


async def test_the_weekly_summary_of_a_server_on_another_shard_is_posted_by_this_process(
    simcord_env: Env,
) -> None:
    """Before: the process found no such server in its cache and recorded the post as failed,
    'no summary channel I can use is set' (what its facilitators were then shown), leaving it
    to retries that either process may take."""
    env = simcord_env
    bot = bot_of(env)
    guild = await _guild_on_shard_0(env)
    weekly = guild.create_text_channel("weekly")
    assert bot.get_guild(guild.id) is None  # not this process's shard
    # What process A stored when the admin set the server up and members reflected.
    await bot.repos.servers.update(
        guild.id, summary_channel_id=weekly.id, summary_day=0, summary_time="09:00"
    )
    for author in (101, 102, 103):
        answers = {"moment": f"Member {author}: a good moment.", "frequency": "6"}
        entry_id = await stored_entry(bot, author, answers, guild_id=guild.id)
        assert await bot.repos.entries.set_consent(entry_id, author, True)

    await env.advance_time(4 * 24 * HOUR + 9 * HOUR + 60)  # Monday 5 January, 09:01 UTC
    posts = [m for m in weekly.history() if m.embeds]
    assert [m.embeds[0].title for m in posts] == [
        "Weekly reflections, 29 December 2025 – 4 January 2026"
    ], [m.embeds[0].title for m in posts]
    assert posts[0].author.id == bot.user.id  # type: ignore[union-attr]
    assert await bot.repos.outbox.problems_in(guild.id) == []
    assert await bot.repos.audit.kinds("summary_post") == [(None, guild.id, "2025-12-29")]
    assert isinstance(bot, discord.AutoShardedClient)


async def test_a_summary_of_a_server_on_another_shard_whose_record_was_lost_is_not_posted_twice(
    simcord_env: Env,
) -> None:
    """The post went up but its record was lost (the database failed right after the send);
    the process restarts and its repair looks for the post by its ref. Before: it looked in
    its cache, which holds no channel of that server, took the post for one never made, and
    the retry posted the week's summary a second time."""
    env = simcord_env
    bot = bot_of(env)
    guild = await _guild_on_shard_0(env)
    weekly = guild.create_text_channel("weekly")
    await bot.repos.servers.update(
        guild.id, summary_channel_id=weekly.id, summary_day=0, summary_time="09:00"
    )
    for author in (101, 102, 103):
        answers = {"moment": f"Member {author}: a good moment.", "frequency": "6"}
        entry_id = await stored_entry(bot, author, answers, guild_id=guild.id)
        assert await bot.repos.entries.set_consent(entry_id, author, True)

    def records_the_send(statement: str) -> bool:
        return statement.startswith("UPDATE POSTS") and "MESSAGE_ID" in statement

    with failing_while_on(env, records_the_send, "server closed the connection") as on:
        on.append(True)
        await env.advance_time(4 * 24 * HOUR + 9 * HOUR + 60)  # Monday 09:01 UTC
        on.clear()
    assert len([m for m in weekly.history() if m.embeds]) == 1
    await env.restart_bot(create_bot())
    await env.advance_time(6 * HOUR)
    (posted,) = [m for m in weekly.history() if m.embeds]
    post = await bot_of(env).repos.outbox.by_slot(summary_slot(guild.id, date(2025, 12, 29)))
    assert post is not None and post.state is PostState.POSTED and post.message_id == posted.id
    assert await bot_of(env).repos.outbox.problems_in(guild.id) == []


@pytest.mark.parametrize("shards", ["0"])
async def test_a_dm_reflection_counts_in_her_server_on_another_shard(
    simcord_env: Env, shards: str
) -> None:
    """DMs arrive on shard 0 only; her one server is on shard 1 (the other process's). Before:
    'Include in weekly group summary' told her she shares no server with Sparkle, and the
    entry counted nowhere; /entries said 'included, but in no server yet'."""
    env = simcord_env
    bot = bot_of(env)
    assert bot.settings.shard_id_list == [0]
    guild = await _guild_on_shard(env, 1)
    dana = env.create_user("dana")
    guild.add_member(dana)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")
    assert done.acknowledged
    told = done.followups[0]
    assert f"Counted in the weekly summary of **{guild.name}**" in told.content, told.content
    repos = bot.repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.consent_summary and entry.guild_id == guild.id
    listed = await dana.slash("entries")
    opened = await dana.select(listed.response.message, [str(header.id)])
    assert texts(opened)[0].startswith(f"Weekly group summary: included, in **{guild.name}**.\n")


@pytest.mark.postgres_too
@pytest.mark.parametrize("shards", ["0"])
async def test_a_meeting_prompt_for_a_server_on_another_shard_names_it(
    simcord_env: Env, shards: str
) -> None:
    """The meeting's server is on shard 1 (the other process's); this process (shard 0, where
    DMs arrive) claims the meeting first, sends her prompt, and gets her click. Before: the
    prompt said 'Your meeting in **your group**' and the hours form's group was left blank."""
    env = simcord_env
    bot = bot_of(env)
    guild = await _guild_on_shard(env, 1)
    dana = env.create_user("dana")
    guild.add_member(dana)
    plan = MeetingPlan(guild.id, 0, "18:00", 90, Format.VIDEO)
    assert await bot.repos.meetings.set(plan, datetime(2026, 1, 5, 19, 30, tzinfo=UTC))
    await bot.repos.meetings.set_prompt(guild.id, dana.id, True)
    await env.restart_bot(create_bot())  # this process starts after the other set it up
    bot = bot_of(env)

    await env.advance_time(4 * 24 * HOUR + 19 * HOUR + 31 * 60)  # Monday 19:31 UTC
    (prompt,) = [m for m in dana.dm_channel.history() if m.author.id == bot.user.id]  # type: ignore[union-attr]
    assert f"Your meeting in **{guild.name}** has ended" in prompt.content, prompt.content
    shown = await dana.click(prompt, label="Log it")
    assert modal_defaults(shown)["group"] == guild.name
