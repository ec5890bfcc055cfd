"""A reflection written in a DM counts for a server's weekly summary: the one server its
author shares with the bot, or the one they pick; /entries says which."""

from __future__ import annotations

import pytest
from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, dm_reflection, texts


@pytest.mark.postgres_too
async def test_one_shared_server_is_chosen_and_shown_in_entries(world: World) -> None:
    w = world
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")
    assert done.acknowledged
    told, review = done.followups
    assert "Counted in the weekly summary of **Consultation**" in told.content and told.ephemeral
    assert "is in the weekly group summary" in review.content and review.ephemeral
    repos = bot_of(w.env).repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    entry = await repos.entries.get(header.id, dana.id)
    assert entry is not None and entry.consent_summary and entry.guild_id == w.guild.id
    listed = await dana.slash("entries")
    opened = await dana.select(listed.response.message, [str(header.id)])
    assert opened.ephemeral
    assert texts(opened)[0].startswith("Weekly group summary: included, in **Consultation**.\n")


async def test_with_two_servers_the_author_picks_one(world: World) -> None:
    w = world
    other = w.env.create_guild("Second group")
    dana = w.env.create_user("dana")
    w.guild.add_member(dana)
    other.add_member(dana)
    step = await dm_reflection(dana)
    done = await dana.click(step.response.message, label="Include in weekly group summary: No")
    ask, review = done.followups
    assert "Which server's weekly summary" in ask.content
    assert "is in the weekly group summary" in review.content and review.ephemeral
    repos = bot_of(w.env).repos
    (header,) = (await repos.entries.list_for_author(dana.id)).items
    assert (await repos.entries.get(header.id, dana.id)).guild_id is None
    picked = await dana.select(ask, [str(other.id)])
    assert_responded(picked, contains="Counted in the weekly summary of **Second group**")
    assert (await repos.entries.get(header.id, dana.id)).guild_id == other.id
    consented = await repos.summaries.consented_entries(
        other.id, header.created_at.replace(year=2000), header.created_at.replace(year=2100)
    )
    assert [e.id for e in consented] == [header.id]
