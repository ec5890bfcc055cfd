"""/setup facilitator refuses @everyone (it would make every member a facilitator: summaries,
attestations, moving rounds on) and a role Discord or an app manages (nobody can be given it),
saying why and what to choose instead; nothing is saved or audited."""

from __future__ import annotations

from typing import Any

from simcord import assert_responded
from sqlalchemy import func, select

from cogs.setup import EVERYONE_REFUSED, MANAGED_REFUSED
from cogs.summary import NO_FACILITATOR_ROLE, NOT_FACILITATOR
from storage.tables import AuditEvent
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of


async def _audits(w: World) -> int:
    async with bot_of(w.env).repos.db.read() as session:
        return (await session.execute(select(func.count()).select_from(AuditEvent))).scalar_one()


async def test_everyone_is_refused_and_nothing_saved(world: World, admin: Any) -> None:
    w = world
    before = await _audits(w)
    refused = await admin.slash(w.channel, "setup facilitator", role=w.guild.default_role)
    assert_responded(refused, content=EVERYONE_REFUSED, ephemeral=True)
    text = refused.response.content
    assert "Nothing was saved" in text and "every member" in text and "Create a role" in text
    assert w.channel.history() == []  # nothing public, no ping
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).facilitator_role_id is None
    assert await _audits(w) == before
    # bob, a plain member, is still no facilitator, and learns who is
    assert_responded(
        await w.bob.slash(w.channel, "summary"), content=NOT_FACILITATOR + NO_FACILITATOR_ROLE
    )


async def test_a_set_role_is_kept_when_everyone_is_refused(world: World, admin: Any) -> None:
    w = world
    role = w.guild.create_role("Facilitators")
    saved = await admin.slash(w.channel, "setup facilitator", role=role)
    assert_responded(saved, contains="Saved.", ephemeral=True)
    before = await _audits(w)
    refused = await admin.slash(w.channel, "setup facilitator", role=w.guild.default_role)
    assert_responded(refused, content=EVERYONE_REFUSED, ephemeral=True)
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).facilitator_role_id == role.id
    assert await _audits(w) == before
    shown = await admin.slash(w.channel, "setup show")
    assert f"**Facilitator role:** <@&{role.id}>\n" in shown.response.content


async def test_a_managed_role_is_refused(world: World, admin: Any) -> None:
    w = world
    me = w.guild.me
    assert me is not None
    (managed,) = [r for r in me.roles if r.managed]  # the bot's own role
    handle = next(h for h in w.guild.roles.values() if h.id == managed.id)
    before = await _audits(w)
    refused = await admin.slash(w.channel, "setup facilitator", role=handle)
    assert_responded(
        refused, content=MANAGED_REFUSED.format(role=f"<@&{managed.id}>"), ephemeral=True
    )
    assert "managed by Discord or an app" in refused.response.content
    assert (await bot_of(w.env).repos.servers.get(w.guild.id)).facilitator_role_id is None
    assert await _audits(w) == before


async def test_everyone_stored_before_makes_no_member_a_facilitator(
    world: World, admin: Any
) -> None:
    """A server whose admins chose @everyone before it was refused: its members are not all
    facilitators (those with Manage Server still are)."""
    w = world
    repos = bot_of(w.env).repos
    await repos.servers.update(w.guild.id, facilitator_role_id=w.guild.id)
    assert_responded(
        await w.bob.slash(w.channel, "summary"), content=NOT_FACILITATOR + NO_FACILITATOR_ROLE
    )
    assert (await repos.servers.get(w.guild.id)).facilitator_role_id == w.guild.id
    shown = await admin.slash(w.channel, "setup show")  # the admin is told, and what to do
    assert_responded(shown, ephemeral=True)
    assert (
        "**Facilitator role:** `@everyone`, which makes no member a facilitator (only those "
        "with Manage Server are): choose your facilitators' role with `/setup facilitator`\n"
    ) in shown.response.content
