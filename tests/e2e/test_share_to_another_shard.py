"""/share from a DM when the bot runs as several processes, each with some gateway shards: a
DM arrives on shard 0, so the process that answers it may hold none of her server's channels
(a server on another process's shard). She must still be able to share into any server she and
the bot share, whichever process answers her DM.

The bot here runs shard 0 of 2 (process A of the README's example); the server is on shard 1.
What the bot cannot check there without the server in its cache (its own permissions) is left
to Discord, which refuses; what a member may do (see the channel) is asked of Discord."""

from __future__ import annotations

import discord
import pytest
from simcord import Env, assert_responded

from bot.app import SparkleBot, create_bot
from bot.outbox import PostKind, PostState
from bot.round import DEFAULT_AGREEMENT, agreement_version
from tests.e2e.conftest import accept_agreement
from tests.e2e.helpers import bot_of, dm_reflection, said


@pytest.fixture
def simcord_bot(
    sparkle_env: None, bots_closed: None, monkeypatch: pytest.MonkeyPatch
) -> SparkleBot:
    monkeypatch.setenv("SHARD_COUNT", "2")
    monkeypatch.setenv("SHARD_IDS", "0")
    return create_bot()


async def _guild_on_shard(env: Env, shard: int, name: str):
    """A server on `shard` (of 2): a snowflake's shard is its creation millisecond's."""
    for n in range(64):
        guild = env.create_guild(f"{name} {n}")
        if (guild.id >> 22) % 2 == shard:
            return guild
        await env.advance_time(0.001)
    raise AssertionError(f"no guild id fell on shard {shard}")


async def _elsewhere(env: Env, dana, *, overwrites=None):
    """Her group's server, on shard 1 (the other process's), set up there: a consultation
    channel she may see (unless `overwrites` say otherwise), and the agreement accepted."""
    bot = bot_of(env)
    guild = await _guild_on_shard(env, 1, "Elsewhere")
    channel = guild.create_text_channel("consultation", overwrites=overwrites or {})
    guild.add_member(dana)
    assert bot.get_guild(guild.id) is None  # not this process's shard
    await bot.repos.servers.update(guild.id, consultation_channel_id=channel.id)
    await accept_agreement(env, guild.id, dana.id)
    return guild, channel


def _posts(channel) -> list[discord.Message]:
    return [m for m in channel.history() if m.type is discord.MessageType.default]


async def _share_records(env: Env) -> list:
    return [p for p in await bot_of(env).repos.outbox.records() if p.kind is PostKind.SHARE]


async def test_a_dm_share_to_her_server_on_another_shard_is_offered_and_posted(
    simcord_env: Env,
) -> None:
    """Before: 'You don't share a server with Sparkle, so there is no consultation group to
    share this with yet', though she and the bot share her group's server."""
    env = simcord_env
    dana = env.create_user("dana")
    guild, channel = await _elsewhere(env, dana)
    recap = await dm_reflection(dana)
    preview = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    assert f"<#{channel.id}> on **{guild.name}**" in said(preview), said(preview)
    assert "signs it as **dana**" in said(preview), said(preview)
    assert _posts(channel) == []  # nothing without her confirm

    posted = await dana.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains=f"Shared in <#{channel.id}>", ephemeral=True)
    (message,) = _posts(channel)
    assert message.embeds and message.embeds[0].footer.text
    assert len(channel.threads) == 1
    (record,) = await _share_records(env)
    assert record.state is PostState.POSTED and record.guild_id == guild.id
    assert (record.channel_id, record.message_id) == (channel.id, message.id)
    assert record.thread_id == channel.threads[0].id


async def test_a_dm_share_offers_her_servers_on_both_shards(simcord_env: Env) -> None:
    """Before: only the server on this process's shard was offered (and, alone, previewed)."""
    env = simcord_env
    dana = env.create_user("dana")
    here = await _guild_on_shard(env, 0, "Here")
    here.create_text_channel("consultation")
    here.add_member(dana)
    guild, channel = await _elsewhere(env, dana)
    recap = await dm_reflection(dana)
    asked = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(asked, contains="Share to which server?", ephemeral=True)
    (menu,) = asked.response.components[0]["components"]
    assert sorted(o["label"] for o in menu["options"]) == sorted([here.name, guild.name])
    preview = await dana.select(asked.response.message, [str(guild.id)])
    assert_responded(preview, contains=f"<#{channel.id}> on **{guild.name}**", ephemeral=True)
    posted = await dana.click(preview.response.message, label="Post with my name")
    assert_responded(posted, contains=f"Shared in <#{channel.id}>", ephemeral=True)
    (message,) = _posts(channel)
    assert "dana" in (message.embeds[0].footer.text or "")


async def test_a_dm_share_into_a_channel_she_cannot_see_on_another_shard_is_refused(
    simcord_env: Env,
) -> None:
    """Her permissions there are asked of Discord (the server is not in this process's cache):
    no crash, and no share into a channel she cannot see."""
    env = simcord_env
    dana = env.create_user("dana")
    guild = await _guild_on_shard(env, 1, "Elsewhere")
    hidden = guild.create_text_channel(
        "consultation",
        overwrites={guild.default_role: discord.PermissionOverwrite(view_channel=False)},
    )
    guild.add_member(dana)
    await bot_of(env).repos.servers.update(guild.id, consultation_channel_id=hidden.id)
    await accept_agreement(env, guild.id, dana.id)
    recap = await dm_reflection(dana)
    told = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(told, contains="You can't see", ephemeral=True)
    assert _posts(hidden) == [] and await _share_records(env) == []


async def test_a_dm_share_that_discord_refuses_on_another_shard_keeps_her_preview(
    simcord_env: Env,
) -> None:
    """The bot's own permissions in a server on another process's shard are not in this
    process's cache: Discord decides, and its refusal is told as the posts tell it."""
    env = simcord_env
    dana = env.create_user("dana")
    guild = await _guild_on_shard(env, 1, "Elsewhere")
    # Only members write there (not @everyone), and the admin took Send Messages from the
    # bot's own (managed) role.
    channel = guild.create_text_channel(
        "consultation",
        overwrites={guild.default_role: discord.PermissionOverwrite(send_messages=False)},
    )
    (role,) = [r for r in env.backend.get_guild(guild.id).roles.values() if r.managed]
    less = discord.Permissions(role.permissions)
    less.send_messages = False
    env.backend.edit_role(guild.id, role.id, {"permissions": less.value})
    guild.add_member(dana)
    await bot_of(env).repos.servers.update(guild.id, consultation_channel_id=channel.id)
    await accept_agreement(env, guild.id, dana.id)
    recap = await dm_reflection(dana)
    preview = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    refused = await dana.click(preview.response.message, label="Post anonymously")
    assert_responded(refused, contains=f"I can't post in <#{channel.id}>", ephemeral=True)
    assert "your preview is kept" in said(refused)
    assert _posts(channel) == []
    (record,) = await _share_records(env)
    assert record.state is PostState.DRAFT and record.message_id is None


async def test_the_agreement_of_her_server_on_another_shard_is_accepted_from_a_dm(
    simcord_env: Env,
) -> None:
    """Before: 'I accept' under the agreement answered 'not available' (the server was looked
    for in this process's cache only), so she could never share there from a DM."""
    env = simcord_env
    dana = env.create_user("dana")
    guild = await _guild_on_shard(env, 1, "Elsewhere")
    channel = guild.create_text_channel("consultation")
    guild.add_member(dana)
    await bot_of(env).repos.servers.update(guild.id, consultation_channel_id=channel.id)
    recap = await dm_reflection(dana)
    asked = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(asked, contains="please read and accept the group agreement")
    accepted = await dana.click(asked.response.message, label="I accept")
    assert_responded(accepted, contains="you have accepted the group agreement", ephemeral=True)
    assert await bot_of(env).repos.round.accepted(
        guild.id, dana.id, agreement_version(DEFAULT_AGREEMENT)
    )
    again = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(again, contains="**Preview**", ephemeral=True)
    assert _posts(channel) == []


async def test_a_dm_share_into_a_channel_the_bot_cannot_see_on_another_shard_says_so(
    simcord_env: Env,
) -> None:
    """The bot's role may not see the channel. Discord refuses to show it to this process
    (403; SimCord 3.2.1 shows it all the same, so the preview is shown here) and refuses the
    post: the member is told which permissions the bot's role needs, her preview is kept."""
    env = simcord_env
    dana = env.create_user("dana")
    guild = await _guild_on_shard(env, 1, "Elsewhere")
    (managed,) = [r for r in env.backend.get_guild(guild.id).roles.values() if r.managed]
    (bots,) = [h for h in guild.roles.values() if h.id == managed.id]
    channel = guild.create_text_channel(
        "consultation", overwrites={bots: discord.PermissionOverwrite(view_channel=False)}
    )
    guild.add_member(dana)
    await bot_of(env).repos.servers.update(guild.id, consultation_channel_id=channel.id)
    await accept_agreement(env, guild.id, dana.id)
    recap = await dm_reflection(dana)
    preview = await dana.click(recap.response.message, label="Share anonymized")
    assert_responded(preview, contains="**Preview**", ephemeral=True)
    refused = await dana.click(preview.response.message, label="Post anonymously")
    assert_responded(
        refused,
        contains=f"I can't post in <#{channel.id}>: my role needs **View Channels**",
        ephemeral=True,
    )
    assert _posts(channel) == []
    (record,) = await _share_records(env)
    assert record.state is PostState.DRAFT and record.message_id is None
