"""A keep offer her closed DMs refused reaches the presenter with her next command of any kind
(/privacy, /export, /sparkle's notice, /hours list ...), not only /entries or a click on the
round: privately, after that command's own answer, once; a follow-up Discord loses keeps it
owed; a form opened directly has no reply to follow; nobody else is shown it."""

from __future__ import annotations

import pytest
from simcord import InteractionResult, assert_responded

from bot.app import create_bot
from tests.e2e.helpers import bot_of, failing_while_on
from tests.e2e.test_keep_offer_dms_closed import (
    OFFER,
    _kept,
    _owed,
    _revealed_by_the_facilitator,
)
from tests.e2e.test_round import Group, group

__all__ = ["group"]  # the fixture, used by name


def _offers(result: InteractionResult) -> list:
    return [m for m in result.followups if OFFER in m.content]


@pytest.mark.postgres_too
async def test_the_owed_offer_comes_with_her_next_other_command_once(group: Group) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)

    # Bob's command is his own: nothing of her offer.
    assert _offers(await w.bob.slash(w.channel, "privacy")) == []
    assert await _owed(g)

    await w.env.restart_bot(create_bot())
    told = await w.alice.slash(w.channel, "privacy")
    assert told.acknowledged and told.ephemeral
    assert told.response.embeds  # her command's own answer first
    (offer,) = _offers(told)
    assert offer.ephemeral and "bob" not in offer.content and "@everyone" not in offer.content
    assert not await _owed(g)

    assert _offers(await w.alice.slash(w.channel, "export")) == []  # once
    assert _offers(await w.alice.slash(w.channel, "entries")) == []
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1


async def test_the_owed_offer_comes_with_hours_list_from_her_dm(group: Group) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    listed = await w.alice.user.slash("hours list")
    assert listed.acknowledged and listed.response is not None
    (offer,) = _offers(listed)
    assert offer.ephemeral and not await _owed(g)


async def test_a_follow_up_discord_loses_keeps_the_offer_owed(group: Group) -> None:
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    w.env.inject_error("POST", "/webhooks/*", status=500, message="upstream down", times=1)
    lost = await w.alice.slash(w.channel, "privacy")
    assert lost.acknowledged and _offers(lost) == []
    assert await _owed(g)  # Discord lost it: it stays owed
    again = await w.alice.slash(w.channel, "privacy")
    (offer,) = _offers(again)
    assert not await _owed(g)
    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1
    assert await bot_of(w.env).repos.round.keep_offers_owed(w.alice.id) == []


@pytest.mark.postgres_too
@pytest.mark.parametrize(
    ("fault", "message"),
    [("locked", "database is locked"), ("down", "server closed the connection")],
)
async def test_a_keep_click_while_the_database_fails_keeps_nothing_and_says_try_again(
    group: Group, fault: str, message: str
) -> None:
    """The keep write is refused (SQLite locked by another program past its wait, or the
    server gone): she is told privately, with a reference, that nothing was kept and that the
    same button keeps them later (not the generic "anything you saved is safe"); nothing is
    kept half-way; the same button keeps them once the database is back."""
    g, w = group, group.w
    await _revealed_by_the_facilitator(g)
    (offer,) = _offers(await w.alice.slash(w.channel, "privacy"))
    writes = (
        (lambda sql: "KEPT_AFFIRMATIONS" in sql and sql.startswith("INSERT"))
        if fault == "locked"
        else (lambda sql: True)
    )
    with failing_while_on(w.env, writes, message) as on:
        on.append(True)
        failed = await w.alice.click(offer.message, label="Keep them with my entry")
    assert failed.acknowledged and failed.ephemeral
    told = "\n".join(m.content for m in [failed.response, *failed.followups] if m is not None)
    assert "something went wrong" in told and "reference `" in told and "try again" in told
    assert "Kept" not in told and "INSERT" not in told and "sqlite" not in told.lower()
    assert "Nothing was kept" in told and "the same **Keep them with my entry**" in told
    assert "Anything you saved before this is safe" not in told
    assert len([m for m in [failed.response, *failed.followups] if m is not None]) == 1
    assert await _kept(g) == 0

    kept = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(kept, contains="Kept: 1 affirmation", ephemeral=True)
    assert await _kept(g) == 1
    again = await w.alice.click(offer.message, label="Keep them with my entry")
    assert_responded(again, contains="kept with your entry already", ephemeral=True)
    assert await _kept(g) == 1
