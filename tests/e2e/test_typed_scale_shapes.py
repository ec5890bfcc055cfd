"""A typed scale answer (a server's scale too wide for a select) written as a member writes a
number elsewhere: with a full stop after it ("70."), full-width, or with a non-breaking space
or an invisible mark around it. Each is the number it shows; before, "70." was answered
"needs a whole number from 0 to 100"."""

from __future__ import annotations

import discord
import pytest
from simcord import assert_responded

from bot.conversation.script import shipped_source
from bot.models import EntryStatus
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_sparkle_errors import _to_last_page


@pytest.mark.parametrize("typed", ["70.", "70/100.", "７０．", "\u00a070\u00a0", "\u206070\ufeff"])
async def test_a_typed_scale_answer_in_another_shape_is_read(world: World, typed: str) -> None:
    w = world
    admin_role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admin_role])
    wide = shipped_source("sparkle").replace(
        'kind = "scale"\n', 'kind = "scale"\nmax_value = 100\n', 1
    )
    kept = await admin.slash(
        w.channel, "setup script upload", script="sparkle", file=("s.toml", wide.encode())
    )
    assert_responded(kept, contains="version 2", ephemeral=True)
    shown = await _to_last_page(w)
    answers = {"noticed": "My colleague", "frequency": typed, "next_step": "Slow down."}
    done = await w.alice.submit_modal(shown, answers)
    assert done.ephemeral and "All saved" in said(done), said(done)
    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status is EntryStatus.COMPLETE
    assert record.answers["frequency"] == typed  # kept as she typed it
