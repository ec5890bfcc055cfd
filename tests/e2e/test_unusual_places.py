"""Commands used where nobody tried them: in a public thread, a private thread, a forum
post, an announcement channel and a voice channel's text chat, every member command answers
privately and posts nothing there; `/setup channels` offers only text and announcement
channels (Discord shows no forum, voice channel, category or thread for it), and an
announcement channel works as the consultation channel: share, its thread, the round."""

from __future__ import annotations

import discord
import pytest
import simcord
from simcord import ChannelHandle, MemberActor, assert_responded
from simcord.builders import ChannelHandle as _Handle
from simcord.enums import ChannelType

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import affirm, said
from tests.e2e.test_share_and_setup import _complete_sparkle


def _thread(w: World, parent: ChannelHandle, owner: MemberActor, kind: int) -> ChannelHandle:
    """A thread a member opened (SimCord 3.2.1 has no builder for one: SIMCORD.md, 7)."""
    channel = w.env.backend.create_thread(parent.id, "talk", owner.id, type=kind)
    return _Handle(w.env, w.guild, channel)


def _visible(channel: ChannelHandle) -> list[discord.Message]:
    """What the bot posted there for everyone to see."""
    return [m for m in channel.history() if m.author.bot and not m.flags.ephemeral]


async def test_member_commands_answer_privately_wherever_they_are_used(
    configured: World,
) -> None:
    w = configured
    places = {
        "public thread": _thread(w, w.channel, w.alice, ChannelType.PUBLIC_THREAD),
        "private thread": _thread(w, w.channel, w.alice, ChannelType.PRIVATE_THREAD),
        "forum post": _thread(
            w, w.guild.create_forum_channel("cases"), w.alice, ChannelType.PUBLIC_THREAD
        ),
        "announcement channel": w.guild.create_news_channel("news"),
        "voice channel chat": w.guild.create_voice_channel("room"),
    }
    await w.env.settle()
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    commands = [
        ("sparkle", {}),
        ("entries", {}),
        ("privacy", {}),
        ("whatworks", {}),
        ("share", {"entry": str(entry)}),
        ("summary", {}),
        ("hours list", {}),
        ("remind", {"day": "off"}),
    ]
    for where, channel in places.items():
        for command, options in commands:
            answer = await w.alice.slash(channel, command, **options)
            assert answer.acknowledged and answer.ephemeral, (where, command)
            assert answer.modal is None and answer.response is not None, (where, command)
            assert all(f.ephemeral for f in answer.followups), (where, command)
        assert _visible(channel) == [], where
    assert _visible(w.channel) == []  # the share's preview posted nothing either
    assert await bot_of(w.env).repos.outbox.shares_of(w.alice.id) == []


@pytest.mark.postgres_too
@pytest.mark.parametrize("kind", ["forum", "voice", "category", "thread"])
async def test_setup_channels_offers_only_text_and_announcement_channels(
    world: World, admin: MemberActor, kind: str
) -> None:
    w = world
    channel = {
        "forum": lambda: w.guild.create_forum_channel("cases"),
        "voice": lambda: w.guild.create_voice_channel("room"),
        "category": lambda: w.guild.create_category("Consultation"),
        "thread": lambda: _thread(w, w.channel, admin, ChannelType.PUBLIC_THREAD),
    }[kind]()
    for option in ("consultation", "summary"):
        with pytest.raises(simcord.OptionError, match=r"only allows channel types \[0, 5\]"):
            await admin.slash(w.channel, "setup channels", **{option: channel})
    stored = await bot_of(w.env).repos.servers.get(w.guild.id)
    assert (stored.consultation_channel_id, stored.summary_channel_id) == (None, None)


async def test_a_channel_the_bot_cannot_see_is_refused_with_the_permission(
    world: World, admin: MemberActor
) -> None:
    w = world
    hidden = w.guild.create_text_channel(
        "private", overwrites={w.guild.me: discord.PermissionOverwrite(view_channel=False)}
    )
    refused = await admin.slash(w.channel, "setup channels", consultation=hidden)
    assert_responded(refused, contains="Nothing was saved.", ephemeral=True)
    assert "**View Channels**" in refused.response.content
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).consultation_channel_id is None


async def test_an_announcement_channel_works_as_the_consultation_channel(
    world: World, admin: MemberActor
) -> None:
    w = world
    news = w.guild.create_news_channel("announcements")
    saved = await admin.slash(w.channel, "setup channels", consultation=news, summary=news)
    assert_responded(saved, contains="Saved.", ephemeral=True)
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(w.channel, "share", entry=str(entry))
    assert preview.response is not None and _visible(news) == []
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains=f"Shared in <#{news.id}>", ephemeral=True)
    (post,) = [m for m in news.history() if m.type is discord.MessageType.default]
    (thread,) = news.threads
    moved = await w.alice.click(post, label="Next phase")
    assert_responded(moved, content="The round is now in **Affirmations**.", ephemeral=True)
    w.channel = news  # `affirm` clicks the post in the world's channel
    await affirm(w.bob, w, "You stayed curious.")
    revealed = await w.alice.click(post, label="Reveal affirmations")
    assert_responded(revealed, content="The round is now in **Reflections**.", ephemeral=True)
    assert [m.embeds[0].description for m in said(thread)] == ["You stayed curious."]
