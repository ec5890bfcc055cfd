"""One member in two servers with different scripts, time zones and group agreements: what she
writes, shares and logs in each stays in that server (its script, its channel, its
facilitators), and /export and /forget take all of it together."""

from __future__ import annotations

import json

import discord
from simcord import ChannelHandle, GuildHandle, MemberActor, assert_responded

from bot.conversation.script import shipped_source
from tests.e2e.conftest import World, accept_agreement
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    assert_nothing_stored_of,
    bot_of,
    erase_everything,
    modal_questions,
    open_first_page,
    said,
)
from tests.e2e.test_hours import add

MOMENT_LABEL = 'label = "What happened in that moment?"'
B_LABEL = 'label = "Tell us the moment, in a line or two"'


def _posts(channel: ChannelHandle) -> list[discord.Message]:
    return [m for m in channel.history() if m.type is discord.MessageType.default]


async def _reflect(actor: MemberActor, channel: ChannelHandle) -> list[str]:
    """She writes a whole /sparkle in `channel`; returns the labels of its first page."""
    shown = await open_first_page(actor, channel)
    labels = [q["label"] for q in modal_questions(shown)]
    step = await actor.submit_modal(shown, SPARKLE_PAGES[0])
    for page in SPARKLE_PAGES[1:]:
        step = await actor.submit_modal(
            await actor.click(step.response.message, label="Continue"), page
        )
    assert step.ephemeral and "All saved" in said(step)
    return labels


async def _share(actor: MemberActor, channel: ChannelHandle, entry: int) -> None:
    preview = await actor.slash(channel, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    posted = await actor.click(preview.response.message, label="Post anonymously")
    assert posted.acknowledged and posted.ephemeral


async def test_one_member_in_two_servers(world: World, admin: MemberActor) -> None:
    w = world
    bot = bot_of(w.env)
    repos = bot.repos
    a_channel = w.channel
    # Server A: the world's, default script and agreement, New York time, facilitator fiona.
    a_fac = w.guild.create_role("Facilitators")
    fiona = w.guild.add_member(w.env.create_user("fiona"), roles=[a_fac])
    for command, options in (
        ("setup channels", {"consultation": a_channel}),
        ("setup facilitator", {"role": a_fac}),
        ("setup timezone", {"zone": "America/New_York"}),
    ):
        assert_responded(await admin.slash(a_channel, command, **options), contains="Saved.")
    # Server B: its own script, agreement and time zone; alice is a member of both.
    b: GuildHandle = w.env.create_guild("Second circle")
    b_channel = b.create_text_channel("b-reflections")
    b_admins = b.create_role("B admins", permissions=discord.Permissions(manage_guild=True))
    b_fac = b.create_role("B facilitators")
    b_admin = b.add_member(w.env.create_user("b-admin"), roles=[b_admins])
    gwen = b.add_member(w.env.create_user("gwen"), roles=[b_fac])
    alice_b = b.add_member(w.alice.user)
    for command, options in (
        ("setup channels", {"consultation": b_channel}),
        ("setup facilitator", {"role": b_fac}),
        ("setup timezone", {"zone": "Pacific/Auckland"}),
    ):
        assert_responded(await b_admin.slash(b_channel, command, **options), contains="Saved.")
    source = shipped_source("sparkle")
    assert source.count(MOMENT_LABEL) == 1
    uploaded = await b_admin.slash(
        b_channel,
        "setup script upload",
        script="sparkle",
        file=("s.toml", source.replace(MOMENT_LABEL, B_LABEL).encode()),
    )
    assert_responded(uploaded, contains="Saved.", ephemeral=True)
    agreement = await b_admin.slash(b_channel, "setup agreement")
    set_b = await b_admin.submit_modal(agreement, {"agreement": "In the second circle we ..."})
    assert_responded(set_b, contains="Saved.", ephemeral=True)
    await accept_agreement(w.env, w.guild.id, fiona.id)
    await accept_agreement(w.env, b.id, gwen.id)

    # She reflects in each server: each with that server's script.
    a_labels = await _reflect(w.alice, a_channel)
    b_labels = await _reflect(alice_b, b_channel)
    assert "What happened in that moment?" in a_labels
    # (her own last next step, from A, is asked after: her practice is hers in every server)
    assert "Tell us the moment, in a line or two" in b_labels
    assert "What happened in that moment?" not in b_labels
    page = await repos.entries.list_for_author(w.alice.id)
    b_entry, a_entry = page.items  # newest first
    assert (a_entry.guild_id, b_entry.guild_id) == (w.guild.id, b.id)
    assert a_entry.script_version == 1 and b_entry.script_version > 1

    # /entries anywhere lists both; her B entry opens with B's questions, in a DM too.
    listed = await w.alice.user.slash("entries")
    assert listed.ephemeral
    opened = await w.alice.user.select(listed.response.message, [str(b_entry.id)])
    assert "Tell us the moment, in a line or two" in str(opened.response.components)
    assert "What happened in that moment?" not in str(opened.response.components)

    # Sharing in B asks for B's agreement first (she accepted A's only), then posts in B only.
    asked = await alice_b.slash(b_channel, "share", entry=str(b_entry.id))
    assert asked.ephemeral and "group agreement" in asked.response.content
    assert "In the second circle" in (asked.response.embeds[0].description or "")
    await alice_b.click(asked.response.message, label="I accept")
    await _share(alice_b, b_channel, b_entry.id)
    await _share(w.alice, a_channel, a_entry.id)
    assert len(_posts(b_channel)) == 1 and len(_posts(a_channel)) == 1
    shares = {s.guild_id: s for s in await repos.outbox.shares_of(w.alice.id)}
    assert set(shares) == {w.guild.id, b.id}

    # Hours she asks each server to attest reach that server's facilitators only.
    for actor, channel, when in (
        (w.alice, a_channel, "2026-01-05 60"),
        (alice_b, b_channel, "2026-01-06 45"),
    ):
        done = await add(actor, channel, {
            "when": when, "group": "Peer group", "topic": f"Topic {when}",
            "learning": "Pace", "reflection": "Fine.",
        })  # fmt: skip
        asked = await actor.click(done.response.message, label="Ask for attestation")
        assert_responded(asked, contains="Asked this server's facilitators", ephemeral=True)
    a_pending = await fiona.slash(a_channel, "hours pending")
    b_pending = await gwen.slash(b_channel, "hours pending")
    assert (
        "2026-01-05" in a_pending.response.content
        and "2026-01-06" not in a_pending.response.content
    )
    assert (
        "2026-01-06" in b_pending.response.content
        and "2026-01-05" not in b_pending.response.content
    )

    # /export holds all of it together, each with its server.
    result = await w.alice.user.slash("export")
    files = {x.filename: await x.read() for x in result.response.attachments}
    document = json.loads(files["sparkle-export.json"])
    assert {e["server_id"] for e in document["entries"]} == {w.guild.id, b.id}
    assert len(document["hours"]) == 2
    assert "Tell us the moment, in a line or two" in files["sparkle-export.md"].decode()

    # /forget erases it all and deletes her posts in both servers.
    done = await erase_everything(w.alice, a_channel)
    assert done.acknowledged
    assert _posts(a_channel) == [] and _posts(b_channel) == []
    await assert_nothing_stored_of(repos, w.alice.id)


async def test_two_servers_weekly_summaries_each_at_its_own_time_with_its_own_entries(
    world: World, admin: MemberActor
) -> None:
    """alice contributes in both; each server's summary is posted at 09:00 Monday in its own
    zone (Auckland's a day ahead of New York's), in its own channel, counting only the
    reflections written for that server."""
    from tests.e2e.test_summary_flow import _consented

    w = world
    bot = bot_of(w.env)
    a_weekly = w.guild.create_text_channel("a-weekly")
    b = w.env.create_guild("Second circle")
    b_weekly = b.create_text_channel("b-weekly")
    b_admins = b.create_role("B admins", permissions=discord.Permissions(manage_guild=True))
    b_admin = b.add_member(w.env.create_user("b-admin"), roles=[b_admins])
    b.add_member(w.alice.user)
    for who, channel, zone in (
        (admin, a_weekly, "America/New_York"),
        (b_admin, b_weekly, "Pacific/Auckland"),
    ):
        for command, options in (
            ("setup channels", {"summary": channel}),
            ("setup timezone", {"zone": zone}),
            ("setup schedule", {"day": "0", "time": "09:00"}),
        ):
            assert_responded(await who.slash(channel, command, **options), contains="Saved.")
    # Thu 1 Jan 2026 00:00 UTC: alice and two others write for A, alice and three others for B.
    for author in (w.alice.id, 101, 102):
        await _consented(bot, author, w.guild.id, f"A moment for the first server, by {author}.")
    for author in (w.alice.id, 201, 202, 203):
        await _consented(bot, author, b.id, f"A moment for the second circle, by {author}.")

    # Monday 09:00 in Auckland is Sunday 20:00 UTC: B's summary only.
    await w.env.advance_time(3 * 86400 + 20 * 3600 - 60)
    assert _posts(b_weekly) == [] and _posts(a_weekly) == []
    await w.env.advance_time(120)
    (b_post,) = _posts(b_weekly)
    assert "4 reflections from 4 contributors" in (b_post.embeds[0].description or "")
    assert _posts(a_weekly) == []
    # Monday 09:00 in New York is Monday 14:00 UTC: A's summary, its own three.
    await w.env.advance_time(18 * 3600)
    (a_post,) = _posts(a_weekly)
    assert "3 reflections from 3 contributors" in (a_post.embeds[0].description or "")
    assert len(_posts(b_weekly)) == 1
    for post in (a_post, b_post):
        assert "29 December" in (post.embeds[0].title or "")
        assert str(w.alice.id) not in str(post.embeds[0].to_dict())
    for guild_id, channel, post in ((w.guild.id, a_weekly, a_post), (b.id, b_weekly, b_post)):
        (record,) = await bot.repos.outbox.summaries_of(guild_id)
        assert (record.channel_id, record.message_id) == (channel.id, post.id)
