"""The round's forms filled to their limits, as a presenter may: what the preview says is
posted is what the thread shows. A closing whose parts were each at the form's limit, with
names replaced and a lone "_" before each shown as typed, came out longer than the bot's own
cut for a round post: the preview showed it whole as "exactly what will be posted", and the
thread showed it cut, its next step lost behind an ellipsis."""

from __future__ import annotations

from simcord import assert_no_errors, assert_responded

from bot.outbox import PostState
from bot.round import Phase
from cogs._round_ui import CLOSING_PART_MAX
from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    said,
    the_post,
    thread_of,
)
from tests.e2e.test_round import group as group  # the fixture

# Each at the form's limit; each name is replaced ("[name]") and each lone "_" escaped.
TAKEAWAY = ("_Jo " * CLOSING_PART_MAX)[:CLOSING_PART_MAX]
STEP = ("_Al " * CLOSING_PART_MAX)[:CLOSING_PART_MAX]


async def test_a_closing_at_the_form_limit_is_posted_exactly_as_its_preview_showed(
    group: Group,
) -> None:
    g, w = group, group.w
    await _at_affirmations(g)
    await w.alice.click(the_post(w), label="Reveal affirmations")
    await w.alice.click(the_post(w), label="Next phase")
    opened = await w.alice.click(the_post(w), label="Write my closing")
    shown = await w.alice.submit_modal(opened, {"takeaway": TAKEAWAY, "step": STEP})
    assert_responded(shown, contains="exactly what will be posted", ephemeral=True)
    assert shown.response is not None
    promised = shown.response.embeds[0].description or ""
    assert len(promised) > 3000  # longer than the cut a round post had

    posted = await w.alice.click(shown.response.message, label="Post my closing")
    assert_responded(posted, contains="round is closed", ephemeral=True)
    (message,) = [m for m in said(thread_of(w)) if m.embeds and m.embeds[0].title == "Closing"]
    assert message.embeds[0].description == promised
    repos = bot_of(w.env).repos
    closing = await repos.round.closing_post(g.share_id)
    record = await repos.round.get(g.share_id)
    assert closing is not None and record is not None
    assert (closing.state, closing.text, record.phase) == (
        PostState.POSTED,
        promised,
        Phase.CLOSED,
    )
    assert_no_errors(w.env)
