"""Discord's interaction tokens last 15 minutes: a follow-up or an edit made with one after
that fails (Unknown Webhook). A member who leaves a preview or a form open for twenty minutes
and then confirms, posts or submits gets a new interaction, and the bot answers through it,
never through the one that showed the preview: each of these is answered, once, and does
what it said."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.conftest import World
from tests.e2e.helpers import bot_of, said
from tests.e2e.test_hours import FORM_IDS, TYPED, rows
from tests.e2e.test_share_and_setup import _preview, posts  # pyright: ignore[reportPrivateUsage]
from tests.e2e.test_summary_flow import _posts, members_reflected  # pyright: ignore[reportPrivateUsage]

LATER = 20 * 60


async def test_a_share_preview_confirmed_twenty_minutes_later_is_posted_once(
    configured: World,
) -> None:
    w = configured
    preview = await _preview(w)
    await w.env.advance_time(LATER)
    posted = await w.alice.click(preview.response.message, label="Post anonymously")
    assert_responded(posted, contains="Shared in", ephemeral=True)
    assert len(posts(w)) == 1
    (share,) = await bot_of(w.env).repos.outbox.shares_of(w.alice.id)
    assert share.message_id == posts(w)[0].id


async def test_a_summary_preview_posted_twenty_minutes_later_is_posted_once(
    world: World, facilitation
) -> None:
    w = world
    _admin, fiona, _facilitators, weekly = facilitation
    await members_reflected(w, facilitation, 3, schedule=False)
    preview = await fiona.slash(w.channel, "summary", week="this week")
    assert preview.response is not None and preview.response.embeds
    await w.env.advance_time(LATER)
    posted = await fiona.click(preview.response.message, label="Post to the summary channel")
    assert_responded(posted, contains="Posted.", ephemeral=True)
    assert len(_posts(weekly)) == 1


async def test_an_hours_form_submitted_twenty_minutes_later_is_logged(world: World) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    await w.env.advance_time(LATER)
    logged = await w.alice.submit_modal(shown, {k: TYPED[k] for k in FORM_IDS})
    assert_responded(logged, contains="Logged", ephemeral=True)
    assert len(await rows(w)) == 1


async def test_forget_confirmed_twenty_minutes_later_erases(world: World) -> None:
    w = world
    shown = await w.alice.slash(
        w.channel, "hours add", format="video", type="peer_group", role="presenter"
    )
    await w.alice.submit_modal(shown, {k: TYPED[k] for k in FORM_IDS})
    ask = await w.alice.slash(w.channel, "forget")
    assert ask.response is not None
    await w.env.advance_time(LATER)
    erased = await w.alice.click(ask.response.message, label="Erase everything")
    assert erased.response is not None and erased.response.ephemeral
    assert "erased" in said(erased).lower()
    assert await rows(w) == []
