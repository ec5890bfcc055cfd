"""Editing an entry that a posted weekly summary quotes: the summary does not keep her old words.

The edit withdraws her approval of the excerpt (she is asked again), and the posted summary is
rebuilt from what is stored now, as after an erasure: edited in place without the old excerpt;
once she approves the new one, it quotes that, exactly as she approved it. The rebuild is a
stored job written with the edit, so a refused or failed message edit, or a restart before
it, is retried by the outbox loop; a summary deleted meanwhile is let go.
"""

from __future__ import annotations

import discord
import pytest
from simcord import ChannelHandle, InteractionResult, MemberActor, assert_responded

from bot.app import create_bot
from bot.models import QuoteStatus
from bot.outbox import PostState
from bot.summary.render import highlight_quote
from cogs import _services
from tests.e2e.conftest import World
from tests.e2e.helpers import SPARKLE_PAGES, bot_of, forge_submit
from tests.e2e.test_excerpts import _include, _write
from tests.e2e.test_summary_flow import DAY, members_reflected

pytestmark = pytest.mark.simcord(settle_timeout=30)  # posts, rebuilds, restarts

FIRST = "The client laughed for the first time in weeks."
SECOND = "The client laughed twice, and told me her sister noticed too."


def _shown(message: discord.Message) -> str:
    return str(message.embeds[0].to_dict())


async def _posted_quoting_alice(
    w: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> tuple[int, discord.Message]:
    """Three others reflected (nothing of theirs approved for quoting) and Alice approved her
    excerpt; once the week is over, fiona posts its summary, which quotes Alice alone."""
    await members_reflected(
        w, facilitation, 3, schedule=False, moment="Someone else's moment {}.", approve=False
    )
    entry_id, recap = await _write(w, w.alice, FIRST)
    review = await _include(w.alice, recap)
    included = await w.alice.click(review, label="Include")
    assert included.response is not None and "**Included.**" in included.response.content
    await w.env.advance_time(5 * DAY)  # Tue 6 Jan: her week is over
    pulled = await fiona.slash(w.channel, "summary", week="last week")
    posted = await fiona.click(pulled.response.message, label="Post to the summary channel")
    assert_responded(posted, content="Posted.", ephemeral=True)
    (message,) = weekly.history()
    assert "4 reflections from 4 contributors" in (message.embeds[0].description or "")
    assert highlight_quote(FIRST) in _shown(message)
    return entry_id, message


async def _edit(w: World, entry_id: int, moment: str) -> InteractionResult:
    """Alice submits her entry's first page again with a new moment (its Edit form)."""
    edited = await forge_submit(
        w.alice, w.channel, f"sk:page:sparkle:{entry_id}:0", {**SPARKLE_PAGES[0], "moment": moment}
    )
    assert edited.acknowledged and edited.ephemeral
    return edited


def _asked_again(edited: InteractionResult) -> discord.Message:
    (asked,) = [m for m in edited.followups if "is in the weekly group summary" in m.content]
    assert highlight_quote(SECOND) in asked.content
    return asked


def _without_her_words(weekly: ChannelHandle, posted: discord.Message) -> None:
    (now,) = weekly.history()
    assert now.id == posted.id  # edited in place, not posted again
    assert "4 reflections from 4 contributors" in (now.embeds[0].description or "")
    text = _shown(now)
    assert "first time in weeks" not in text and "sister noticed" not in text
    assert "Highlights" not in text


async def _summary_post(w: World):
    (post,) = await bot_of(w.env).repos.outbox.summaries_of(w.guild.id)
    return post


async def test_an_edit_rebuilds_the_posted_summary_without_the_old_words_then_with_the_new(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    edited = await _edit(w, entry_id, SECOND)
    asked = _asked_again(edited)
    _without_her_words(weekly, posted)
    repos = bot_of(w.env).repos
    entry = await repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.answers["moment"] == SECOND
    assert entry.quote_status is QuoteStatus.PENDING  # not quoted until she approves again
    post = await _summary_post(w)
    assert post.state is PostState.POSTED and post.message_id == posted.id
    # She approves the new excerpt: the posted summary quotes it, exactly as she saw it.
    done = await w.alice.click(asked, label="Include")
    assert done.response is not None and "**Included.**" in done.response.content
    (now,) = weekly.history()
    assert now.id == posted.id
    assert (now.embeds[0].description or "").endswith("**Highlights**\n" + highlight_quote(SECOND))
    assert "first time in weeks" not in _shown(now)
    entry = await repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.APPROVED
    assert entry.excerpts == {"moment": SECOND}
    post = await _summary_post(w)
    assert post.state is PostState.POSTED and post.problem is None


async def test_a_refused_message_edit_after_an_entry_edit_is_retried(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """Discord refuses the summary's edit (403): her edit is saved and answered all the same,
    the rebuild stays a stored job with its reason, and the outbox loop retries it."""
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    w.env.inject_error(
        "PATCH",
        f"/channels/{weekly.id}/messages/*",
        status=403,
        code=50001,
        message="Missing Access",
    )
    edited = await _edit(w, entry_id, SECOND)
    _asked_again(edited)
    (still,) = weekly.history()
    assert highlight_quote(FIRST) in _shown(still)  # refused once
    job = await _summary_post(w)
    assert job.state is PostState.REFRESHING
    assert job.problem is not None and "View Channels" in job.problem
    # The facilitator is told what failed, truly for an edit, and not whose edit it was.
    told = await fiona.slash(w.channel, "summary", week="last week")
    assert told.response is not None
    assert (
        "Updating a posted summary after a member changed or withdrew what they contributed "
        "failed" in told.response.content
    )
    assert "erased" not in told.response.content and "alice" not in told.response.content
    await w.env.advance_time(2 * 60)  # the first retry is due after a minute
    _without_her_words(weekly, posted)
    done = await _summary_post(w)
    assert done.state is PostState.POSTED and done.problem is None


async def test_a_summary_deleted_before_the_rebuild_is_let_go(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """A moderator deleted the posted summary: the rebuild finds it gone (404) and keeps
    nothing of it; her edit is saved and answered."""
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    mods = w.guild.create_role("Mods", permissions=discord.Permissions(manage_messages=True))
    mod = w.guild.add_member(w.env.create_user("mod"), roles=[mods])
    await mod.delete(posted)
    assert weekly.history() == []
    edited = await _edit(w, entry_id, SECOND)
    _asked_again(edited)
    assert weekly.history() == []
    assert await bot_of(w.env).repos.outbox.summaries_of(w.guild.id) == []
    await w.env.advance_time(6 * 3600)
    assert weekly.history() == []


async def test_a_restart_between_the_edit_and_the_rebuild_still_rebuilds(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """The edit commits with its rebuild job; the bot stops before the summary's message is
    edited. The restarted bot's outbox loop rebuilds it."""
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    summaries = _services.find(bot_of(w.env), _services.Summaries)
    assert summaries is not None

    async def stopped_here(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the bot stopped here")

    summaries.refresh_after_erasure = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    summaries.refresh = stopped_here  # pyright: ignore[reportAttributeAccessIssue]
    edited = await _edit(w, entry_id, SECOND)
    _asked_again(edited)
    (still,) = weekly.history()
    assert highlight_quote(FIRST) in _shown(still)
    job = await _summary_post(w)
    assert job.state is PostState.REFRESHING  # the rebuild is a stored job already
    await w.env.restart_bot(create_bot())
    await w.env.advance_time(1)
    _without_her_words(weekly, posted)
    done = await _summary_post(w)
    assert done.state is PostState.POSTED


async def test_editing_an_approved_excerpt_takes_the_old_one_out_of_the_posted_summary(
    world: World, facilitation, fiona: MemberActor, weekly: ChannelHandle
) -> None:
    """Editing the excerpt itself (Review excerpt → Edit) withdraws the approved wording too:
    the posted summary stops quoting it at once, and quotes the new one once she includes it."""
    w = world
    entry_id, posted = await _posted_quoting_alice(w, facilitation, fiona, weekly)
    listed = await w.alice.slash(w.channel, "entries")
    opened = await w.alice.select(listed.response.message, [str(entry_id)])
    review = await w.alice.click(opened.response.message, label="Review excerpt")
    assert_responded(review, contains="**Approved.**", ephemeral=True)
    form = await w.alice.click(review.response.message, label="Edit")
    shown = await w.alice.submit_modal(form, {"moment": SECOND})
    assert shown.response is not None and highlight_quote(SECOND) in shown.response.content
    _without_her_words(weekly, posted)
    entry = await bot_of(w.env).repos.entries.get(entry_id, w.alice.id)
    assert entry is not None and entry.quote_status is QuoteStatus.PENDING
    assert entry.excerpts == {"moment": SECOND}
    await w.alice.click(shown.response.message, label="Include")
    (now,) = weekly.history()
    assert (now.embeds[0].description or "").endswith("**Highlights**\n" + highlight_quote(SECOND))
    assert (await _summary_post(w)).state is PostState.POSTED
