"""A step-out whose answer Discord lost (both private follow-ups refused) is still a step-out
the presenter hears of at once, by DM, not at her next click; a retry says it is done."""

from __future__ import annotations

from simcord import assert_responded

from tests.e2e.helpers import bot_of
from tests.e2e.test_round import (
    Group,
    _at_affirmations,  # pyright: ignore[reportPrivateUsage]
    affirm,
    group,
    share_with_question,
    the_post,
)
from tests.e2e.test_step_out_notice import NOTICE, _told

__all__ = ["group"]  # the fixture, used by name


async def test_a_step_out_whose_answers_were_lost_still_tells_the_presenter_once(
    group: Group,
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)
    lost = await g.carol.click(the_post(w), label="I may know this client")
    assert lost.acknowledged

    # stored, and the presenter told by DM without waiting for a click of hers
    assert await _told(g) == [True]
    dms = [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert len(dms) == 1 and NOTICE in dms[0].content and "carol" not in dms[0].content
    assert "Members who stepped out: 1" in (the_post(w).embeds[1].footer.text or "")

    again = await g.carol.click(the_post(w), label="I may know this client")
    assert_responded(again, contains="stepped out of this round already", ephemeral=True)
    assert await _told(g) == [True]
    assert len([m for m in w.alice.user.dm_channel.history() if m.author.bot]) == 1


def _footer(g: Group) -> str:
    return the_post(g.w).embeds[1].footer.text or ""


async def test_a_withdrawal_whose_answers_were_lost_is_shown_on_the_round_at_once(
    group: Group,
) -> None:
    """Discord loses the answer to Withdraw: the affirmation is withdrawn all the same, and the
    round's post counts it out at once, not at someone's next click."""
    g, w = group, group.w
    await _at_affirmations(g)
    done = await affirm(w.bob, w, "You stayed with the silence.")
    assert "Affirmations written so far: 1" in _footer(g)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)
    lost = await w.bob.click(done.response.message, label="Withdraw")
    assert lost.acknowledged
    assert await bot_of(w.env).repos.round.my_affirmation(g.share_id, w.bob.id) is None
    assert "Affirmations written so far: 0" in _footer(g)
