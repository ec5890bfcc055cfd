"""A consultation or summary channel deleted on Discord after /setup chose it. A member who
shares is told the chosen channel no longer exists (not that the server "has no consultation
channel yet", nor shown a preview for a channel that is gone), nothing is posted and her
preview is kept; /setup show tells the admin which setting points at a deleted channel and
what to do; a facilitator is told why the weekly summary is not posted."""

from __future__ import annotations

from typing import Any

from simcord import ChannelHandle, assert_responded

from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_share_and_setup import _complete_sparkle  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import members_reflected


async def _deleted(w: World, channel: ChannelHandle) -> None:
    """A moderator deletes the channel on Discord."""
    w.env.backend.delete_channel(channel.id)
    await w.env.settle()


async def test_a_share_after_the_consultation_channel_was_deleted_says_so(
    configured: World, admin: Any
) -> None:
    w = configured
    lounge = w.guild.create_text_channel("lounge")
    entry = await _complete_sparkle(bot_of(w.env), w.alice.id, "It went well.", w.guild.id)
    preview = await w.alice.slash(lounge, "share", entry=str(entry))
    assert_responded(preview, contains="Preview", ephemeral=True)
    gone_id = w.channel.id
    await _deleted(w, w.channel)
    clicked = await w.alice.click(preview.response.message, label="Post anonymously")
    assert clicked.ephemeral and clicked.response is not None
    told = clicked.response.content
    assert "no consultation channel yet" not in told, told
    assert "no longer exists" in told and "`/setup channels`" in told, told
    assert "Nothing was posted" in told
    assert lounge.history() == []  # nothing public anywhere
    repos = bot_of(w.env).repos
    assert await repos.outbox.shares_of(w.alice.id) == []
    (kept,) = await repos.outbox.drafts_of_entry(entry, w.alice.id)
    assert kept.state is PostState.DRAFT and kept.message_id is None
    # a new /share is not shown a preview for a channel that is gone
    again = await w.alice.slash(lounge, "share", entry=str(entry))
    assert_responded(again, ephemeral=True)
    assert "Preview" not in again.response.content
    assert "no longer exists" in again.response.content
    # the admin is told which setting points at a deleted channel, and what to do
    shown = await admin.slash(lounge, "setup show")
    assert_responded(shown, ephemeral=True)
    (line,) = [x for x in shown.response.content.splitlines() if "Consultation" in x]
    assert f"<#{gone_id}>" in line and "deleted" in line and "`/setup channels`" in line
    # once another is chosen, the kept preview is shown again for it, and posts there
    done = await admin.slash(lounge, "setup channels", consultation=lounge)
    assert_responded(done, contains="Saved.", ephemeral=True)
    assert "deleted" not in done.response.content
    changed = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(changed, contains="Not posted", ephemeral=True)
    posted = await w.alice.click(changed.response.message, label="Post anonymously")
    assert_responded(posted, contains=f"Shared in {lounge.mention}", ephemeral=True)
    (share,) = await repos.outbox.shares_of(w.alice.id)
    assert share.channel_id == lounge.id and share.state is PostState.POSTED


async def test_a_weekly_summary_after_its_channel_was_deleted_says_so(
    world: World, facilitation: Any
) -> None:
    w = world
    admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=True)
    await _deleted(w, weekly)
    await w.env.advance_time(8 * 86400)  # past the scheduled Monday
    repos = bot_of(w.env).repos
    assert await repos.outbox.summaries_of(w.guild.id) == []  # none is up
    (job,) = await repos.outbox.problems_in(w.guild.id)
    assert job.state is PostState.FAILED and job.message_id is None
    assert job.problem is not None and "no longer exists" in job.problem
    told = await fiona.slash(w.channel, "summary", week="last week")
    assert "no longer exists" in told.response.content
    assert "`/setup channels`" in told.response.content
    shown = await admin.slash(w.channel, "setup show")
    (line,) = [x for x in shown.response.content.splitlines() if "Summary channel" in x]
    assert f"<#{weekly.id}>" in line and "deleted" in line
