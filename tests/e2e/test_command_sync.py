"""Slash commands are synced only when they changed, and a development guild shows them once."""

from __future__ import annotations

import pytest
from simcord import Env

from bot.app import create_bot
from tests.e2e.conftest import World

# The subject (command syncing) sits above the storage layer, whose every query
# other tests run on PostgreSQL too: SQLite alone.
pytestmark = pytest.mark.sqlite_only


def _syncs(env: Env) -> list[str]:
    return [r.path for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]


async def test_a_restart_with_the_same_commands_does_not_sync_again(world: World) -> None:
    env = world.env
    assert len(_syncs(env)) == 1  # the first start synced the global commands
    await env.restart_bot(create_bot())
    assert len(_syncs(env)) == 1  # nothing changed: no second sync
    answer = await world.alice.slash(world.channel, "privacy")  # commands still work
    assert answer.acknowledged and answer.ephemeral
    assert env.backend.find_command("sparkle", None) is not None


async def test_a_development_guild_gets_the_commands_once_and_a_change_resyncs(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = world.env
    monkeypatch.setenv("SPARKLE_DEV_GUILD_ID", str(world.guild.id))
    await env.restart_bot(create_bot())  # the set of commands per scope changed: synced
    syncs = _syncs(env)
    assert len(syncs) == 3 and any(f"/guilds/{world.guild.id}/" in p for p in syncs)
    names = [
        c["name"]
        for c in env.backend.visible_commands(user_id=world.alice.id, channel_id=world.channel.id)
    ]
    assert names.count("sparkle") == 1  # in the guild only, never twice
    assert env.backend.commands.get(None) == {}  # the global list was emptied
    answer = await world.alice.slash(world.channel, "privacy")
    assert answer.acknowledged and answer.ephemeral
    await env.restart_bot(create_bot())
    assert len(_syncs(env)) == 3  # unchanged again


async def test_commands_removed_on_discords_side_are_synced_again(world: World) -> None:
    env = world.env
    env.backend.commands[None] = {}  # say another deployment of the app replaced them
    await env.restart_bot(create_bot())
    assert len(_syncs(env)) == 2
    assert env.backend.find_command("sparkle", None) is not None
    answer = await world.alice.slash(world.channel, "privacy")
    assert answer.acknowledged and answer.ephemeral
