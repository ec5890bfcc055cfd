"""A facilitator's reveal whose answers Discord lost (both private follow-ups refused): the
affirmations are posted once, and the presenter is still offered to keep them, by DM at once;
the facilitator's retry says the round moved on and offers nothing twice."""

from __future__ import annotations

from simcord import assert_responded

from bot.round import Phase
from tests.e2e.helpers import bot_of
from tests.e2e.test_keep_offer_dms_closed import OFFER, _kept, _owed
from tests.e2e.test_round import Group, affirm, group, share_with_question, the_post

__all__ = ["group"]  # the fixture, used by name

AFFIRMATION = "You stayed with the silence."


def _bot_dms(g: Group) -> list:
    dm = g.w.alice.user.dm_channel
    return [] if dm is None else [m for m in dm.history() if m.author.bot]


async def test_a_reveal_whose_answers_were_lost_still_offers_the_presenter_to_keep(
    group: Group,
) -> None:
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, AFFIRMATION)

    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=2)
    lost = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert lost.acknowledged
    assert (await bot_of(w.env).repos.round.get(g.share_id)).phase is Phase.REFLECTIONS
    (thread,) = w.channel.threads
    assert [
        m
        for m in thread.history()
        if AFFIRMATION in m.content or any(AFFIRMATION in (e.description or "") for e in m.embeds)
    ]  # posted
    (offer,) = _bot_dms(g)
    assert OFFER in offer.content and not await _owed(g)

    again = await g.fiona.click(the_post(w), label="Next phase")  # the post moved on: to closing
    assert again.acknowledged
    assert len(_bot_dms(g)) == 1  # offered once
    kept = await w.alice.user.click(offer, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1


async def test_a_presenter_whose_own_reveal_answers_were_lost_is_offered_by_dm(
    group: Group,
) -> None:
    """She reveals herself; Discord loses her answer and the offer that follows it in her
    reply: the offer comes by DM instead, rather than never."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, AFFIRMATION)

    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=4)
    lost = await w.alice.click(the_post(w), label="Reveal affirmations")
    assert lost.acknowledged
    assert (await bot_of(w.env).repos.round.get(g.share_id)).phase is Phase.REFLECTIONS
    (offer,) = _bot_dms(g)
    assert OFFER in offer.content and not await _owed(g)
    kept = await w.alice.user.click(offer, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1
