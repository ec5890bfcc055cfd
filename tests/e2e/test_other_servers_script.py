"""A server's own script is read only where it applies: in that server, or for an entry
written there. A page form whose custom id names another server's script (a tampered client,
in a server or a DM) is not available: before, the bot loaded that server's script for it,
so a member of server A, or anyone in a DM with the bot, read server B's question wording in
the reply ("… needs an answer") and could store an entry under B's script version."""

from __future__ import annotations

import discord
import pytest
from simcord import GuildHandle, MemberActor, assert_responded

from bot.conversation.script import shipped_source
from cogs._interactions import SHOWN_BACK
from cogs._render import NOT_AVAILABLE
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    forge_submit,
    modal_questions,
    open_first_page,
    said,
)

MOMENT_LABEL = 'label = "What happened in that moment?"'
B_LABEL = "Tell us the moment, in a line or two"


async def _server_b(w: World) -> tuple[GuildHandle, int, MemberActor]:
    """Server B with its own sparkle script (B_LABEL on its first page); its version, and
    B's admin."""
    b = w.env.create_guild("Second circle")
    channel = b.create_text_channel("b-reflections")
    admins = b.create_role("B admins", permissions=discord.Permissions(manage_guild=True))
    b_admin = b.add_member(w.env.create_user("b-admin"), roles=[admins])
    source = shipped_source("sparkle").replace(MOMENT_LABEL, f'label = "{B_LABEL}"')
    uploaded = await b_admin.slash(
        channel, "setup script upload", script="sparkle", file=("s.toml", source.encode())
    )
    assert_responded(uploaded, contains="Saved.", ephemeral=True)
    version = (await bot_of(w.env).scripts.current(b.id, "sparkle")).version
    assert version > 1
    return b, version, b_admin


def _seen(result) -> str:
    return "\n".join(
        [said(result), *(f.content for f in result.followups), str(result.modal or "")]
    )


@pytest.mark.parametrize("where", ["server", "dm"])
async def test_a_page_naming_another_servers_script_is_not_available(
    world: World, where: str
) -> None:
    w = world
    b, version, _ = await _server_b(w)
    repos = bot_of(w.env).repos
    typed = {"moment": "", "signs": "Her shoulders dropped."}  # the moment left empty
    if where == "dm":
        assert (await w.alice.user.slash("privacy")).ephemeral  # opens her DM with the bot
    for custom_id in (
        f"sk:pagenew:sparkle:0:{version}:{b.id}:AAAAAAAAAAAAAAAA",
        f"sk:page:sparkle:0:0:{version}:{b.id}",
    ):
        if where == "server":
            result = await forge_submit(w.alice, w.channel, custom_id, typed)
        else:
            result = await forge_submit(w.alice.user, w.alice.user.dm_channel, custom_id, typed)
        assert result.acknowledged and result.ephemeral
        assert result.response is not None and result.response.content == NOT_AVAILABLE
        (back,) = result.followups  # what she typed comes back
        assert back.content.startswith(SHOWN_BACK) and "Her shoulders dropped." in back.content
        assert B_LABEL not in _seen(result)
    assert (await repos.entries.list_for_author(w.alice.id)).items == []
    assert w.env.errors == []


async def test_her_entry_of_another_server_is_still_saved_from_a_dm(world: World) -> None:
    """The script of the server an entry was written in still applies to it in a DM."""
    w = world
    b, version, _ = await _server_b(w)
    alice_b = b.add_member(w.alice.user)
    (b_channel,) = [c for c in b.channels.values() if c.name == "b-reflections"]
    shown = await open_first_page(alice_b, b_channel)
    assert B_LABEL in [q["label"] for q in modal_questions(shown)]
    first = await alice_b.submit_modal(shown, SPARKLE_PAGES[0])
    assert "**Saved.** 1 of 3 pages done." in said(first)
    (entry,) = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items
    assert (entry.guild_id, entry.script_version) == (b.id, version)

    listed = await w.alice.user.slash("entries")
    opened = await w.alice.user.select(listed.response.message, [str(entry.id)])
    page = await w.alice.user.click(opened.response.message, label="Resume")
    assert page.modal is not None and page.modal["custom_id"].endswith(f":{version}:{b.id}")
    saved = await w.alice.user.submit_modal(page, SPARKLE_PAGES[1])
    assert saved.ephemeral and NOT_AVAILABLE not in said(saved)
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["doing"] == "I slowed right down."
