"""/sparkle end to end: every page, stored answers, progress, the recap."""

from __future__ import annotations

import pytest
from simcord import Env, assert_responded

from tests.e2e import helpers
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, buttons, modal_ids, said, texts


@pytest.fixture
def world(simcord_env: Env):
    guild = simcord_env.create_guild("Consultation")
    channel = guild.create_text_channel("reflections")
    alice = guild.add_member(simcord_env.create_user("alice"))
    return simcord_env, guild, channel, alice


async def test_sparkle_walks_every_page_and_stores_what_was_typed(world) -> None:
    env, _guild, channel, alice = world
    notice = await alice.slash(channel, "sparkle")
    assert notice.acknowledged and notice.ephemeral
    assert "de-identified" in notice.response.content
    shown = await alice.click(notice.response.message, label="Continue")
    assert shown.acknowledged
    assert modal_ids(shown) == ["moment", "signs"]
    assert shown.modal["title"] == "Your sparkling moment"
    guidance = shown.modal["components"][0]  # above the questions, as text
    assert guidance["type"] == 10
    assert guidance["content"] == (
        "One moment, however small, from a recent session. Describe it as a camera "
        "would have seen it, and leave out anything that could identify the client."
    )

    step = await alice.submit_modal(shown, SPARKLE_PAGES[0])
    assert_responded(step, contains="1 of 3 pages done", ephemeral=True)
    assert buttons(step) == ["Continue", "Finish later", "Discard"]

    shown = await alice.click(step.response.message, label="Continue")
    assert shown.acknowledged
    assert modal_ids(shown) == ["doing", "saying", "experiencing", "how"]
    step = await alice.submit_modal(shown, SPARKLE_PAGES[1])
    assert_responded(step, contains="2 of 3 pages done", ephemeral=True)

    shown = await alice.click(step.response.message, label="Continue")
    assert modal_ids(shown) == ["noticed", "frequency", "next_step"]
    recap = await alice.submit_modal(shown, SPARKLE_PAGES[2])
    assert recap.ephemeral and "All saved" in said(recap)
    shown = texts(recap)
    assert "## Recap: Sparkling-moment reflection" in shown
    assert shown[2:4] == [
        f"### What happened in that moment?\n{SPARKLE_PAGES[0]['moment']}",
        f"### How could you tell it was going well?\n{SPARKLE_PAGES[0]['signs']}",
    ]
    assert "**How often does this happen now? (0-10)** · 6 / 10" in shown, shown
    assert recap.response.content == "" and recap.response.embeds == []
    assert channel.history() == []  # nothing public

    repos = bot_of(env).repos
    page = await repos.entries.list_for_author(alice.id)
    assert page.total == 1
    stored = await repos.entries.get(page.items[0].id, alice.id)
    assert stored is not None
    assert stored.status == "complete" and stored.kind == "sparkle"
    assert stored.guild_id == channel_guild_id(world)
    assert stored.answers == helpers.stored(*SPARKLE_PAGES)
    assert stored.answers["frequency"] == "6"


def channel_guild_id(world) -> int:
    _env, guild, _channel, _alice = world
    return guild.id
