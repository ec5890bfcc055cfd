"""The private step-out notice reaches the presenter even when her DMs are closed: it waits,
stored, for her next click on the round, survives a restart, and is cleared only once shown."""

from __future__ import annotations

from simcord import InteractionResult, assert_responded
from sqlalchemy import select

from bot.app import create_bot
from storage.tables import RoundStepOut
from tests.e2e.helpers import bot_of, erase_everything
from tests.e2e.test_round import Group, group, posts, share_with_question, the_post

__all__ = ["group"]  # the fixture, used by name

NOTICE = "may know the client"


async def _told(g: Group) -> list[bool]:
    """Whether the presenter was told of each step-out on her share, as stored."""
    async with bot_of(g.w.env).repos.db.read() as session:
        rows = await session.execute(
            select(RoundStepOut.told).where(RoundStepOut.post_id == g.share_id)
        )
        return list(rows.scalars())


def _notices(result: InteractionResult) -> list[object]:
    """The private step-out notices a click's answer carried (after its own reply)."""
    return [m for m in result.followups if NOTICE in m.content]


async def _close_her_dms(g: Group) -> None:
    """The bot's DMs to the presenter (alice) are refused from now on."""
    w = g.w
    await w.alice.user.send_dm("hello")  # her DM channel exists; the bot's DMs are refused
    dm = w.alice.user.dm_channel
    assert dm is not None
    w.env.inject_error(
        "POST", f"/channels/{dm.id}/messages", status=403, code=50007,
        message="Cannot send messages to this user", times=10,
    )  # fmt: skip


async def test_a_presenter_with_closed_dms_is_told_at_her_next_click_even_after_a_restart(
    group: Group,
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await _close_her_dms(g)
    stepped = await g.carol.click(the_post(w), label="I may know this client")
    assert_responded(stepped, contains="step out", ephemeral=True)
    assert not [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert await _told(g) == [False]  # stored as not yet told

    await w.env.restart_bot(create_bot())
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert moved.acknowledged and "Affirmations" in moved.response.content
    (notice,) = _notices(moved)
    assert notice.ephemeral and "carol" not in notice.content
    assert await _told(g) == [True]
    again = await w.alice.click(the_post(w), label="I may know this client")
    assert_responded(again, contains="your own share", ephemeral=True)
    assert _notices(again) == []  # told once

    removed = await w.alice.click(notice.message, label="Remove my share")
    assert removed.acknowledged and "deleted" in removed.response.content
    assert posts(w) == [] and w.channel.threads == []


async def test_a_step_out_notice_whose_delivery_was_lost_is_given_at_the_next_click(
    group: Group,
) -> None:
    """Discord loses the notice's follow-up: it stays untold and comes with the next click."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await _close_her_dms(g)
    await g.carol.click(the_post(w), label="I may know this client")
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    first = await w.alice.click(the_post(w), label="I may know this client")
    assert_responded(first, contains="your own share", ephemeral=True)
    assert _notices(first) == [] and await _told(g) == [False]
    second = await w.alice.click(the_post(w), label="I may know this client")
    assert len(_notices(second)) == 1 and await _told(g) == [True]


async def test_a_step_out_told_by_dm_is_not_repeated_at_her_next_click(group: Group) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await g.carol.click(the_post(w), label="I may know this client")
    dms = [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert len(dms) == 1 and NOTICE in dms[0].content
    assert await _told(g) == [True]
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert moved.acknowledged and _notices(moved) == []


async def test_a_member_who_stepped_out_and_erased_her_data_is_still_counted_and_told(
    group: Group,
) -> None:
    """/forget drops the member's tag from her step-out, not the step-out: the count stays,
    and the presenter not yet told of it is still told."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await _close_her_dms(g)
    await g.carol.click(the_post(w), label="I may know this client")
    erased = await erase_everything(g.carol, w.channel)
    assert "erased" in erased.response.content
    repos = bot_of(w.env).repos
    record = await repos.round.get(g.share_id)
    assert record is not None and record.stepouts == 1
    assert await _told(g) == [False]
    async with repos.db.read() as session:
        (tag,) = (await session.execute(select(RoundStepOut.member_key))).scalars()
    assert tag != repos.outbox.author_key(g.carol.id)
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert len(_notices(moved)) == 1 and await _told(g) == [True]
    assert (the_post(w).embeds[1].footer.text or "").endswith("Members who stepped out: 1")


async def test_a_presenter_with_closed_dms_is_told_when_she_lists_her_entries_once(
    group: Group,
) -> None:
    """She may never click the round again: /entries, where her shared entry is, tells her
    too (once), and a later click on the round does not repeat it."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await _close_her_dms(g)
    await g.carol.click(the_post(w), label="I may know this client")
    assert await _told(g) == [False]

    listed = await w.alice.slash(w.channel, "entries")
    assert listed.acknowledged and listed.ephemeral
    (notice,) = _notices(listed)
    assert notice.ephemeral and "carol" not in notice.content
    assert await _told(g) == [True]
    again = await w.alice.slash(w.channel, "entries")
    assert again.acknowledged and _notices(again) == []
    moved = await w.alice.click(the_post(w), label="Next phase")
    assert moved.acknowledged and _notices(moved) == []
    # Others listing their entries are told nothing of her share.
    theirs = await g.carol.slash(w.channel, "entries")
    assert theirs.acknowledged and _notices(theirs) == []

    removed = await w.alice.click(notice.message, label="Remove my share")
    assert removed.acknowledged and "deleted" in removed.response.content
    assert posts(w) == []
