"""Share anonymized, from a reflection written in a DM, when the one server she shares with
Sparkle has no consultation channel: she is told which server has none (a DM is no server, so
"this server" named nothing), and nothing is drafted or posted."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, dm_reflection, said

# The subject (what she is told) sits above the storage layer: SQLite alone.
pytestmark = pytest.mark.sqlite_only


async def test_sharing_from_a_dm_names_the_server_without_a_consultation_channel(
    world: World,
) -> None:
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)  # "Consultation", no consultation channel set
    step = await dm_reflection(dana)
    assert step.response is not None
    told = await dana.click(step.response.message, label="Share anonymized")
    assert told.acknowledged and told.response is not None and told.response.ephemeral
    text = said(told)
    assert "This server" not in text
    assert "**Consultation** has no consultation channel yet" in text
    assert "`/setup channels`" in text
    assert await bot_of(w.env).repos.outbox.records() == []  # no preview drafted
    assert w.channel.history() == []
