"""Acceptance checks of what a member does twice at once, or across a restart: the /hours
form submitted twice at the same moment (a double click on Submit after Discord lost the
first answer), and a preview (an edited share, a closing) confirmed after the bot
restarted. Each is stored and posted once, exactly
as shown, and each click is answered privately."""

from __future__ import annotations

import asyncio

import pytest
from simcord import assert_no_errors, assert_responded

from bot.app import create_bot
from bot.hours.model import Format, HoursDraft, Kind, Part, own_minutes_for, parse_when
from bot.models import AlreadySaved
from bot.outbox import PostState
from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of
from tests.e2e.test_closing_faults import _closing_preview, _closings  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_hours import TYPED, rows
from tests.e2e.test_round import Group
from tests.e2e.test_round import group as group  # the fixture
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]

EDITED = "The pause helped, she said. **Bold** @everyone <@&1> \u202eevil\u202c"


@pytest.mark.postgres_too
async def test_an_hours_form_submitted_twice_at_the_same_moment_is_logged_once(
    world: World,
) -> None:
    """Both submits of one /hours form reach the store at once (SimCord runs one operation at
    a time, so the race is run on the repository the form's handler calls, with the form's own
    one-time id): one row is logged; the form's submit then says it is logged already."""
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    assert shown.modal is not None
    token = shown.modal["custom_id"].rsplit(":", 1)[1]
    when = parse_when("2026-01-05", "14:00-15:30")
    draft = HoursDraft(
        when=when,
        own_minutes=own_minutes_for(Part.PRESENTER, when.minutes, None),
        format=Format.VIDEO,
        kind=Kind.PEER_GROUP,
        part=Part.PRESENTER,
        texts={k: v for k, v in TYPED.items() if k != "when"},
    )
    hours = bot_of(w.env).repos.hours
    outcomes = await asyncio.gather(
        hours.add(w.alice.id, w.guild.id, draft, token),
        hours.add(w.alice.id, w.guild.id, draft, token),
        return_exceptions=True,
    )
    (logged,) = [o for o in outcomes if not isinstance(o, BaseException)]
    (refused,) = [o for o in outcomes if isinstance(o, BaseException)]
    assert isinstance(refused, AlreadySaved) and refused.row_id == logged.id

    again = await w.alice.submit_modal(shown, TYPED)
    assert_responded(again, contains="Already logged", ephemeral=True)
    (row,) = await rows(w)
    assert (row.id, row.author_id, row.minutes, row.start_time, row.form_token) == (
        logged.id,
        w.alice.id,
        90,
        "14:00",
        token,
    )
    assert w.channel.history() == []
    assert_no_errors(w.env)


async def test_an_edited_share_confirmed_after_a_restart_posts_what_was_shown_once(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    modal = await w.alice.click(preview.response.message, label="Edit text")
    edited = await w.alice.submit_modal(modal, {"text": EDITED})
    assert_responded(edited, contains="edited text", ephemeral=True)
    shown = edited.response.embeds[0].description
    assert shown and "pause helped" in shown
    assert posts(w) == []  # nothing posted before the confirm

    await w.env.restart_bot(create_bot())
    posted = await w.alice.click(edited.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    (message,) = posts(w)
    assert message.embeds[0].description == shown  # exactly as previewed
    assert not message.mention_everyone and message.role_mentions == []
    assert not w.env.backend.get_message(w.channel.id, message.id).ping_user_ids
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert (share.state, share.message_id) == (PostState.POSTED, message.id)
    again = await w.alice.click(edited.response.message, label="Post anonymously")
    assert again.acknowledged and again.ephemeral and len(posts(w)) == 1


async def test_a_closing_confirmed_after_a_restart_is_posted_once_as_shown(group: Group) -> None:
    g, w = group, group.w
    preview = await _closing_preview(g)
    assert _closings(g) == []
    (embed,) = preview.response.embeds
    shown = embed.description
    assert shown and "Slowing down works for me." in shown

    await w.env.restart_bot(create_bot())
    posted = await w.alice.click(preview.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    (closing,) = _closings(g)
    assert closing.embeds[0].description == shown  # exactly as previewed
    again = await w.alice.click(preview.response.message, label="Post my closing")
    assert again.acknowledged and again.ephemeral and len(_closings(g)) == 1
    record = await bot_of(w.env).repos.round.closing(g.share_id)
    assert record is not None and record.takeaway == "Slowing down works for me."
