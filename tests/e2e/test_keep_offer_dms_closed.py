"""A presenter whose DMs are closed is still offered to keep the affirmations when a facilitator
reveals them: the offer is stored as owed until it reaches her, and is given privately with her
next /entries or her next click on the round, after a restart too, and once only."""

from __future__ import annotations

from simcord import InteractionResult, assert_responded
from sqlalchemy import select

from bot.app import create_bot
from bot.round import Phase
from storage.tables import KeptAffirmations, Round
from tests.e2e.helpers import bot_of, failing_while_on
from tests.e2e.test_round import Group, affirm, group, share_with_question, the_post
from tests.e2e.test_step_out_notice import _close_her_dms

__all__ = ["group"]  # the fixture, used by name

OFFER = "Would you like to keep them with your entry?"


async def _owed(g: Group) -> bool:
    async with bot_of(g.w.env).repos.db.read() as session:
        found = await session.execute(
            select(Round.keep_offer_owed).where(Round.post_id == g.share_id)
        )
        return bool(found.scalar_one())


async def _kept(g: Group) -> int:
    async with bot_of(g.w.env).repos.db.read() as session:
        return len(list((await session.execute(select(KeptAffirmations))).scalars()))


def _offers(result: InteractionResult) -> list:
    return [m for m in result.followups if OFFER in m.content]


async def _revealed_by_the_facilitator(g: Group) -> None:
    """Alice's share reaches the affirmations, bob writes one, her DMs close, fiona reveals."""
    w = g.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed with the silence @everyone.")
    await _close_her_dms(g)
    revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    assert OFFER not in revealed.response.content  # not to the facilitator
    assert not [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert await _owed(g)  # stored: it waits for her


async def test_an_offer_her_dms_refused_comes_with_her_next_entries_after_a_restart(
    group: Group,
) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    await g.fiona.click(the_post(w), label="Next phase")  # to the closing
    closed = await g.fiona.click(the_post(w), label="Close the round")
    assert_responded(closed, contains="closed", ephemeral=True)
    assert (await bot_of(w.env).repos.round.get(g.share_id)).phase is Phase.CLOSED

    await w.env.restart_bot(create_bot())
    listed = await w.alice.slash(w.channel, "entries")
    assert listed.acknowledged and listed.ephemeral
    (offer,) = _offers(listed)
    assert offer.ephemeral and "bob" not in offer.content
    assert not await _owed(g)  # given once
    assert _offers(await w.alice.slash(w.channel, "entries")) == []

    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation is now", ephemeral=True)
    assert await _kept(g) == 1


async def test_an_offer_is_given_at_her_next_click_and_a_lost_one_comes_again(
    group: Group,
) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    # Bob's click on the round is not hers: nothing of her offer is shown to him.
    bobs = await w.bob.click(the_post(w), label="I may know this client")
    assert _offers(bobs) == [] and await _owed(g)

    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    lost = await w.alice.click(the_post(w), label="I may know this client")
    assert_responded(lost, contains="your own share", ephemeral=True)
    assert _offers(lost) == [] and await _owed(g)  # Discord lost it: it stays owed
    moved = await w.alice.click(the_post(w), label="Next phase")  # to the closing
    (offer,) = _offers(moved)  # given with her next click
    again = await w.alice.click(the_post(w), label="Write my closing")
    assert again.modal is not None and not await _owed(g)
    from_list = await w.alice.slash(w.channel, "entries")
    assert _offers(from_list) == []  # given once
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1


async def test_the_offer_is_still_sent_when_noting_it_fails(group: Group) -> None:
    """The database refuses to note the offer (locked, or down for a moment): her open DMs get
    it all the same, and the facilitator's reveal is answered as done."""
    g, w = group, group.w
    await share_with_question(g, "What else could I try?")
    await w.alice.click(the_post(w), label="Next phase")
    await affirm(w.bob, w, "You stayed with the silence.")
    noting = lambda sql: sql.startswith("UPDATE ROUNDS") and "KEEP_OFFER_OWED" in sql  # noqa: E731
    with failing_while_on(w.env, noting, "database is locked") as on:
        on.append(True)
        revealed = await g.fiona.click(the_post(w), label="Reveal affirmations")
    assert_responded(revealed, contains="Reflections", ephemeral=True)
    told = [revealed.response.content, *(m.content for m in revealed.followups)]
    assert not any("went wrong" in t for t in told)
    (offer,) = [m for m in w.alice.user.dm_channel.history() if m.author.bot]
    assert OFFER in offer.content and not await _owed(g)
    kept = await w.alice.user.click(offer, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1
