"""/setup timezone and /remind accept a zone as people type it, and say how they read it."""

from __future__ import annotations

import discord
import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of

# The subject (reading a typed zone) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only

HOUR = 3600.0


async def test_setup_timezone_takes_a_city_an_abbreviation_or_an_offset(world: World) -> None:
    w = world
    role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[role])
    repos = bot_of(w.env).repos
    for typed, zone, said in (
        ("London", "Europe/London", "Saved (London read as Europe/London)."),
        ("Chicago", "America/Chicago", "Saved (Chicago read as America/Chicago)."),
        ("CET", "Europe/Berlin", "Saved (CET read as Europe/Berlin (Central European Time"),
        ("UTC+2", "Etc/GMT-2", "UTC+02:00 all year"),
    ):
        reply = await admin.slash(w.channel, "setup timezone", zone=typed)
        assert_responded(reply, contains=said, ephemeral=True)
        assert f"**Time zone:** {zone}" in reply.response.content
        assert (await repos.servers.get(w.guild.id)).timezone == zone
    bad = await admin.slash(w.channel, "setup timezone", zone="Narnia")
    assert_responded(bad, contains="`London`", ephemeral=True)
    assert "isn't a time zone I know" in bad.response.content
    assert (await repos.servers.get(w.guild.id)).timezone == "Etc/GMT-2"  # unchanged


async def test_remind_takes_an_abbreviation_and_fires_at_that_local_time(world: World) -> None:
    w = world
    # Thu 1 Jan 2026 00:00 UTC. EST is read as America/New_York: Friday 09:00 there is 14:00 UTC.
    reply = await w.alice.slash(w.channel, "remind", day="4", time="09:00", timezone="EST")
    assert_responded(reply, contains="Time zone: EST read as America/New_York", ephemeral=True)
    assert "every Friday at 09:00 (America/New_York)" in reply.response.content
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.alice.id)
    assert reminder is not None and reminder.timezone == "America/New_York"
    dms = w.alice.user.dm_channel
    await w.env.advance_time(24 * HOUR + 13 * HOUR + 59 * 60)  # Fri 13:59 UTC
    assert [m for m in dms.history() if m.author.bot] == []
    await w.env.advance_time(2 * 60)
    assert len([m for m in dms.history() if m.author.bot]) == 1


async def test_remind_takes_a_city_typed_without_autocomplete(world: World) -> None:
    w = world
    reply = await w.bob.slash(w.channel, "remind", day="0", time="08:15", timezone="chicago")
    assert_responded(reply, contains="every Monday at 08:15 (America/Chicago)", ephemeral=True)
    reminder = await bot_of(w.env).repos.practitioners.reminder(w.bob.id)
    assert reminder is not None and reminder.timezone == "America/Chicago"


async def test_a_zone_typed_without_a_sign_is_refused_not_misread(world: World) -> None:
    """ "UTC10", a bare "10" or a letter before a number is no offset: Sparkle says it does not
    know it and keeps the zone in force, instead of reading "UTC10" as UTC or "a1" as UTC+1."""
    w = world
    role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[role])
    repos = bot_of(w.env).repos
    saved = await admin.slash(w.channel, "setup timezone", zone="UTC+10")
    assert_responded(saved, contains="UTC+10:00 all year", ephemeral=True)
    for typed in ("UTC10", "GMT11", "10", "a1", "=5"):
        bad = await admin.slash(w.channel, "setup timezone", zone=typed)
        assert_responded(bad, contains="isn't a time zone I know", ephemeral=True)
        assert (await repos.servers.get(w.guild.id)).timezone == "Etc/GMT-10"  # unchanged
    refused = await w.alice.slash(w.channel, "remind", day="4", time="09:00", timezone="utc12")
    assert refused.acknowledged and refused.ephemeral and refused.response is not None
    assert "read as" not in refused.response.content
    assert await repos.practitioners.reminder(w.alice.id) is None
