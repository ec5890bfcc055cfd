"""Bad input keeps what was typed; discarding; other users are refused and learn nothing."""

from __future__ import annotations

import discord
from simcord import assert_responded

from bot.conversation.script import shipped_source
from bot.models import EntryHeader, EntryStatus
from cogs._render import NOT_AVAILABLE
from storage.repos import Repositories
from tests.e2e.conftest import World
from tests.e2e.helpers import (
    SPARKLE_PAGES,
    bot_of,
    buttons,
    first_page_saved,
    first_page_then,
    forge_click,
    modal_defaults,
    modal_ids,
    open_first_page,
    said,
)


async def _to_last_page(w: World):
    step = await w.alice.submit_modal(
        await first_page_then(w.alice, w.channel, "Continue"), SPARKLE_PAGES[1]
    )
    return await w.alice.click(step.response.message, label="Continue")


async def test_the_scale_is_a_select_of_whole_numbers_that_edit_answers_keeps(
    world: World,
) -> None:
    w = world
    shown = await _to_last_page(w)
    assert shown.modal is not None
    (scale,) = [
        c["component"]
        for c in shown.modal["components"]
        if c.get("component", {}).get("custom_id") == "frequency"
    ]
    assert scale["type"] == discord.ComponentType.select.value
    assert [o["value"] for o in scale["options"]] == [str(n) for n in range(11)]
    bad = await w.alice.submit_modal(
        shown, SPARKLE_PAGES[2] | {"frequency": ["9"], "next_step": " "}
    )
    assert_responded(bad, contains="needs an answer", ephemeral=True)
    entry = (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).items[0]
    record = await bot_of(w.env).repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers["frequency"] == "9"
    reopened = await w.alice.click(bad.response.message, label="Edit answers")
    assert modal_defaults(reopened)["frequency"] == ["9"]
    recap = await w.alice.submit_modal(reopened, SPARKLE_PAGES[2] | {"frequency": ["9"]})
    assert recap.ephemeral and "All saved" in said(recap)


async def scale_out_of_100(w: World) -> None:
    """An admin uploads the sparkle script with its scale 0-100: too wide for a select, so
    members type the answer."""
    admin_role = w.guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    admin = w.guild.add_member(w.env.create_user("admin"), roles=[admin_role])
    wide = shipped_source("sparkle").replace(
        'kind = "scale"\n', 'kind = "scale"\nmax_value = 100\n', 1
    )
    kept = await admin.slash(
        w.channel, "setup script upload", script="sparkle", file=("s.toml", wide.encode())
    )
    assert_responded(kept, contains="version 2", ephemeral=True)


async def test_an_invalid_typed_scale_answer_is_explained_and_reopens_prefilled(
    world: World,
) -> None:
    """A server's scale too wide for a select (0-100) is typed, so it is checked."""
    w = world
    await scale_out_of_100(w)
    shown = await _to_last_page(w)
    typed = {
        "noticed": "My colleague",
        "frequency": "lots",
        "next_step": "Slow down at the start.",
    }
    bad = await w.alice.submit_modal(shown, typed)
    assert_responded(bad, contains="needs a whole number from 0 to 100", ephemeral=True)
    assert "How often does this happen now? (0-10)" in bad.response.content
    assert buttons(bad) == ["Edit answers"]

    repos = bot_of(w.env).repos
    entry = (await repos.entries.list_for_author(w.alice.id)).items[0]
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.status is EntryStatus.DRAFT and record.next_page == 2
    assert {k: record.answers[k] for k in typed} == typed  # nothing typed is lost

    reopened = await w.alice.click(bad.response.message, label="Edit answers")
    assert reopened.acknowledged
    assert modal_ids(reopened) == ["noticed", "frequency", "next_step"]
    assert modal_defaults(reopened) == typed
    done = await w.alice.submit_modal(reopened, typed | {"frequency": "70"})
    assert done.ephemeral and "All saved" in said(done)


async def test_whitespace_only_required_answer_is_refused_and_kept(world: World) -> None:
    w = world
    shown = await open_first_page(w.alice, w.channel)
    bad = await w.alice.submit_modal(shown, {"moment": "   ", "signs": "She smiled."})
    assert_responded(bad, contains="needs an answer", ephemeral=True)
    reopened = await w.alice.click(bad.response.message, label="Edit answers")
    assert modal_defaults(reopened) == {"moment": "   ", "signs": "She smiled."}


async def test_discard_asks_first_then_removes_the_draft(world: World) -> None:
    w = world
    confirm = await first_page_then(w.alice, w.channel, "Discard")
    assert confirm.acknowledged
    assert "can't be undone" in confirm.response.content
    repos = bot_of(w.env).repos
    assert (await repos.entries.list_for_author(w.alice.id)).total == 1
    kept = await w.alice.click(confirm.response.message, label="Keep it")
    assert kept.acknowledged and "Next:" in kept.response.content
    confirm = await w.alice.click(kept.response.message, label="Discard")
    gone = await w.alice.click(confirm.response.message, label="Discard draft")
    assert gone.acknowledged and gone.response.content == "Draft discarded."
    assert (await repos.entries.list_for_author(w.alice.id)).total == 0
    fresh = await w.alice.slash(w.channel, "sparkle")
    assert fresh.acknowledged and modal_ids(fresh) == ["moment", "signs"]


async def _alices_first_page(w: World) -> tuple[Repositories, EntryHeader]:
    """Alice saves her draft's first page: the repositories and her entry."""
    await first_page_saved(w.alice, w.channel)
    repos = bot_of(w.env).repos
    return repos, (await repos.entries.list_for_author(w.alice.id)).items[0]


async def test_another_member_cannot_use_buttons_carrying_my_entry(world: World) -> None:
    w = world
    repos, entry = await _alices_first_page(w)
    # Bob gets a message of his own to click on, then forges ids pointing at Alice's entry.
    bobs = await open_first_page(w.bob, w.channel)
    bob_step = await w.bob.submit_modal(bobs, {"moment": "Mine", "signs": "Mine too"})
    actions = ("go", "resume", "edit", "later", "discard", "discardyes", "keep", "done")
    actions += ("consent", "note", "share", "delete", "deleteyes", "deleteno")
    for action in actions:
        forged = await forge_click(w.bob, bob_step.response.message, f"sk:{action}:{entry.id}:1")
        assert_responded(forged, content=NOT_AVAILABLE, ephemeral=True)
        assert forged.modal is None
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == SPARKLE_PAGES[0]


async def test_a_forged_modal_submit_cannot_write_into_my_entry(world: World) -> None:
    w = world
    repos, entry = await _alices_first_page(w)
    shown = await open_first_page(w.bob, w.channel)
    # A tampered client submits the modal under a custom id naming Alice's entry.
    shown._interaction.modal["custom_id"] = f"sk:page:sparkle:{entry.id}:0"  # pyright: ignore[reportPrivateUsage]
    refused = await w.bob.submit_modal(shown, {"moment": "overwritten", "signs": "overwritten"})
    assert_responded(refused, content=NOT_AVAILABLE, ephemeral=True)
    record = await repos.entries.get(entry.id, w.alice.id)
    assert record is not None and record.answers == SPARKLE_PAGES[0]


async def test_a_discard_whose_answer_discord_lost_still_says_discarded(world: World) -> None:
    """The draft is gone but Discord refused the edit that says so: the member is told in a
    new private message, not "anything you saved is safe; try again"."""
    w = world
    confirm = await first_page_then(w.alice, w.channel, "Discard")
    w.env.inject_error("PATCH", "/webhooks/*", status=500, message="upstream down", times=1)
    gone = await w.alice.click(confirm.response.message, label="Discard draft")
    assert gone.acknowledged
    assert [(m.content, m.ephemeral) for m in gone.followups] == [("Draft discarded.", True)]
    assert (await bot_of(w.env).repos.entries.list_for_author(w.alice.id)).total == 0
