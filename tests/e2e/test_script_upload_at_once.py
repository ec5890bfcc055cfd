"""One edited script uploaded twice at the same moment (a double submit, or two admins with
the same file): one version is stored and audited once, and a later upload of it says so.
SimCord runs one interaction at a time, so the race is run on the library call that
/setup script upload makes, as the handler makes it."""

from __future__ import annotations

import asyncio

import pytest
from simcord import assert_no_errors, assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_setup_script import (
    NEW_MOMENT,
    _upload,  # pyright: ignore[reportPrivateUsage]
    edited,
)


@pytest.mark.postgres_too
async def test_one_script_uploaded_twice_at_once_is_one_version_audited_once(
    world: World, admin
) -> None:
    w = world
    bot = bot_of(w.env)
    data = edited("sparkle", ('label = "What happened in that moment?"', NEW_MOMENT))
    both = await asyncio.gather(
        bot.scripts.upload(w.guild.id, data, "sparkle", actor_id=admin.id),
        bot.scripts.upload(w.guild.id, data, "sparkle", actor_id=admin.id),
    )
    assert [script.version for script, _ in both] == [2, 2]
    assert await bot.repos.scripts.latest(w.guild.id, "sparkle") == (2, data.decode())
    assert await bot.repos.audit.kinds("script") == [(admin.id, w.guild.id, "upload:sparkle:v2")]

    again = await _upload(w, admin, "sparkle", data)
    assert_responded(again, contains="already the current one", ephemeral=True)
    assert "version 2" in again.response.content
    assert len(await bot.repos.audit.kinds("script")) == 1
    assert_no_errors(w.env)
